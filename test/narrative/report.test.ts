/** The narrative report plan: sections, adaptive sentences, and where every number comes from. */
import { checkDataset, loadDataset, type RawDataset } from "../../src/domain";
import {
  buildReportPlan,
  chineseNumber,
  numbering,
  reportDate,
  reportText,
  type ReportPlan,
} from "../../src/narrative";
import JSZip from "jszip";
import { renderDocx } from "../../src/renderers/docx";
import { unexplainedNumbers } from "../helpers/provenance";
import { baseDataset, fundTable, sampleRaw } from "../helpers/datasets";

const planOf = (raw: RawDataset) => {
  const { model, findings } = checkDataset(loadDataset(raw));
  return { model, findings, plan: buildReportPlan(model, findings) };
};
const text = (plan: ReportPlan) => reportText(plan);
const headings = (plan: ReportPlan, level: number) =>
  plan.blocks
    .filter((b) => b.kind === "heading" && b.level === level)
    .map((b) => (b.kind === "heading" ? b.text : ""));

describe("numbering", () => {
  it.each([
    [1, 1, "一、"],
    [1, 10, "十、"],
    [2, 3, "（三）"],
    [3, 2, "2."],
    [4, 12, "（12）"],
    [5, 3, "③"],
  ])("level %i item %i is %s", (level, i, expected) => {
    expect(numbering(level as 1, i)).toBe(expected);
  });
  it.each([
    [11, "十一"],
    [20, "二十"],
    [21, "二十一"],
  ])("%i in Chinese is %s", (n, cn) => expect(chineseNumber(n)).toBe(cn));
});

describe("the sample's report", () => {
  const { model, findings, plan } = planOf(sampleRaw());
  const all = text(plan);

  it("has the title and every section of the outline, in order", () => {
    expect(plan.blocks[0]).toEqual({
      kind: "title",
      text: "2024年度湖南省卫生健康委员会部门整体支出绩效自评报告",
      lines: ["2024年度湖南省卫生健康委员会", "部门整体支出绩效自评报告"],
    });
    expect(plan.outline).toBe("hunan");
    expect(headings(plan, 1)).toEqual([
      "一、基本情况",
      "二、一般公共预算支出情况",
      "三、政府性基金预算支出情况",
      "四、国有资本经营预算支出情况",
      "五、社会保险基金预算支出情况",
      "六、部门整体支出绩效情况",
      "七、存在的问题及原因分析",
      "八、下一步改进措施",
      "九、绩效自评结果拟应用和公开情况",
      "十、其他需要说明的情况",
    ]);
    expect(headings(plan, 3)).toEqual(
      expect.arrayContaining(["1.部门职能职责", "1.公共卫生专项", "2.中医药专项", "3.独生子女保健费"]),
    );
  });

  it("writes the 三公 sentences in the report's register, the totals as the unit reported them (尾差)", () => {
    // The categories sum to 378.63 / 367.10; the reported 378.62 / 367.09 differ by 尾差 only and are
    // the 决算's own figures, so the report states them (docs/domain.md §2).
    expect(all).toContain(
      "“三公”经费财政拨款支出全年预算数为378.62万元，支出决算为367.09万元，完成预算的96.95%。",
    );
    expect(all).not.toMatch(/378\.63|367\.10/);
    expect(all).toContain(
      "公务用车购置及运行维护费支出全年预算数为309.65万元，支出决算为298.32万元，完成预算的96.34%；决算数小于预算数的主要原因是我委严格按预算做好公务用车运行维护经费开支安排",
    );
    expect(all).toContain(
      "因公出国（境）费支出全年预算数为61.88万元，支出决算为61.88万元，完成预算的100.00%。",
    );
  });

  it("leads each fund table with 预算, 到位, 到位率, 使用 and 执行率 and prints the table", () => {
    expect(all).toContain(
      "2024年度公共卫生专项预算14,660.00万元，实际到位14,478.49万元，资金到位率98.76%；实际使用11,138.01万元，预算执行率75.98%。",
    );
    // 11,138.01 is the table's reported 合计 (its 23 rows sum to 11,138.02: 尾差).
    expect(all).not.toContain("11,138.02");
    const tables = plan.blocks.filter((b) => b.kind === "table");
    expect(tables).toHaveLength(4);
    const first = tables[0].kind === "table" ? tables[0] : undefined;
    expect(first?.rows[1].cells[0]).toEqual({ text: "医疗服务与保障能力提升", rowSpan: 14, align: "center" });
    expect(first?.rows.at(-1)?.cells.map((c) => c.text)).toEqual([
      "合计",
      "14,660.00",
      "14,478.49",
      "11,138.01",
      "75.98%",
    ]);
    expect(all).toContain("国家医学中心创建及国家公立医院高质量发展试点\t500.00\t500.00\t-\t0.00%");
    expect(plan.blocks.filter((b) => b.kind === "unitNote")).toHaveLength(4);
  });

  it("states the score and grade", () => {
    expect(all).toContain("2024年度我委整体支出绩效自评得分94.17分，部门整体支出绩效为“优”。");
  });

  it("analyses the indicators: each 一级指标 out of its weight, then those not met with the unit's note", () => {
    expect(all).toContain(
      "从一级指标看，投入指标分值10分，得分10.00分；过程指标分值20分，得分14.96分；产出指标分值30分，得分29.21分；效果指标分值40分，得分40.00分。",
    );
    expect(all).toContain(
      "食品放射性污染风险监测样品数目标值≥152份，实际完成140份，得分9.21分（分值10分）。偏差原因：常规食品监测样品数量、海产品监测样品数量未达标。",
    );
    // An indicator not met without a deviation note names the gap, highlighted.
    const unmet = plan.blocks.find(
      (b) => b.kind === "paragraph" && b.runs[0].text.startsWith("中医药专项预算执行率目标值≥100%"),
    );
    expect(unmet).toEqual({
      kind: "paragraph",
      runs: [
        { text: "中医药专项预算执行率目标值≥100%，实际完成47.13%，得分2.36分（分值5分）。" },
        { text: "【待补充：偏差原因】", placeholder: true },
      ],
    });
  });

  it("drafts 存在的问题 from the findings, marked as a draft, numbered after the unit's own points", () => {
    const drafts = plan.blocks.filter((b) => b.kind === "paragraph" && b.draft);
    expect(drafts.length).toBeGreaterThanOrEqual(3);
    const draft = reportText({ ...plan, blocks: drafts });
    // A table whose total is low first (its rate, then its worst items), then the other table's items.
    expect(draft).toContain("中医药专项预算执行率47.13%，其中湘西州（14.09%）、湘潭市（23.76%）");
    expect(draft).toContain(
      "公共卫生专项中国家医学中心创建及国家公立医院高质量发展试点、卫生科研经费（45.34%）",
    );
    expect(draft).toContain("预算执行率低于60%，");
    expect(draft).toContain("其中国家医学中心创建及国家公立医院高质量发展试点全年未使用资金。");
    expect(draft).toContain("降消项目实际到位218.33万元，预算批复205.00万元");
    // A wrong figure is named with its item and both figures (the report check reads it as a
    // quotation of the finding); 尾差 is no problem and is left out.
    expect(draft).toContain(
      "部分数据填报不够准确。中医药专项中岳阳市报送执行率45.62%，按37.86 ÷ 83.00应为45.61%，需加强数据审核。",
    );
    expect(draft).not.toMatch(/尾差|378\.6|367\.(09|10)|0\.00%|（-）/);
    // The unit's problems are （一）（二） under 七、; the draft goes on with （三）, never （1）.
    expect(all).toContain("七、存在的问题及原因分析\n（一）部分专项资金拨付及时性有待提高");
    expect(draft).toMatch(/\n（三）部分项目预算执行率偏低。/);
    expect(draft).not.toMatch(/（1）/);
  });

  it("ends with 附件说明 and the 落款, and names the 成文日期 it lacks", () => {
    const tail = plan.blocks.slice(-2);
    expect(tail[0]).toEqual({
      kind: "attachments",
      lines: [
        { text: "附件：1.2024年度部门整体支出绩效自评表", startChars: 2, wrapChars: 6 },
        { text: "2.2024年度项目支出绩效自评表（公共卫生专项）", startChars: 5, wrapChars: 6 },
        { text: "3.2024年度项目支出绩效自评表（中医药专项）", startChars: 5, wrapChars: 6 },
        { text: "4.2024年度项目支出绩效自评表（独生子女保健费）", startChars: 5, wrapChars: 6 },
        { text: "5.2024年度项目支出绩效自评表（爱心助孕）", startChars: 5, wrapChars: 6 },
      ],
    });
    expect(tail[1]).toEqual({
      kind: "signature",
      lines: [
        { text: "湖南省卫生健康委员会", rightChars: 4 },
        { text: "【待补充：成文日期】", rightChars: 2, placeholder: true },
      ],
    });
    expect(plan.attachments.map((a) => a.title)[0]).toBe("2024年度部门整体支出绩效自评表");
  });

  it("takes every number of its prose from the computed model (or the unit's own text)", () => {
    expect(unexplainedNumbers(plan, model, findings)).toEqual([]);
    // The check itself notices a figure that is not the model's, e.g. a reported one.
    const tampered: ReportPlan = {
      ...plan,
      blocks: [
        ...plan.blocks,
        { kind: "paragraph", runs: [{ text: "实际使用 11,138.03 万元，执行率 76.94%。" }] },
      ],
    };
    expect(unexplainedNumbers(tampered, model, findings)).toEqual(["11,138.03", "76.94"]);
  });

  it("renders to a .docx in the GB/T 9704 layout, with font fallbacks", async () => {
    const bytes = await renderDocx(plan);
    const zip = await JSZip.loadAsync(bytes);
    const document = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const fonts = (await zip.file("word/fontTable.xml")?.async("string")) ?? "";
    // A4 and margins 37/35/28/26 mm in twips; 28 pt exact spacing; 2-character indent at 16 pt.
    // (Booleans, so that a failure does not print the whole document.)
    const has = (text: string) => document.includes(text);
    expect(has('<w:pgSz w:w="11906" w:h="16838"')).toBe(true);
    expect(has('<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"')).toBe(true);
    expect(has('<w:spacing w:line="560" w:lineRule="exact"/>')).toBe(true);
    expect(has('<w:ind w:firstLine="640"/>')).toBe(true);
    expect(has('w:eastAsia="仿宋_GB2312"')).toBe(true);
    expect(has('w:eastAsia="黑体"')).toBe(true);
    const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
    const footer = footers.length ? ((await zip.file(footers[0])?.async("string")) ?? "") : "";
    expect(footer.includes("PAGE")).toBe(true);
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
  });
});

describe("the 成文日期", () => {
  it.each([
    ["2025-03-31", "2025年3月31日"],
    ["2024-02-29", "2024年2月29日"],
    ["2025-12-01", "2025年12月1日"],
    ["2025-02-30", null],
    ["2025年3月31日", null],
    ["", null],
    [undefined, null],
  ])("%p is written %p", (iso, written) => {
    expect(reportDate(iso)).toBe(written);
  });

  it("is named as missing under the 落款 when it is not a date", () => {
    const { plan } = planOf(baseDataset({ settings: { reportDate: "2025-02-30" } }));
    expect(plan.blocks.at(-1)).toMatchObject({
      lines: [{ text: "测试县卫生健康局" }, { text: "【待补充：成文日期】", placeholder: true }],
    });
  });
});

describe("sentences adapt to the data", () => {
  const sangong = (reception: { budget: string; actual: string; note?: string }) =>
    text(planOf(baseDataset({ sangong: { items: { reception } } })).plan);

  it.each([
    [{ budget: "10.00", actual: "8.00", note: "厉行节约。" }, "决算数小于预算数的主要原因是厉行节约"],
    [
      { budget: "10.00", actual: "12.00", note: "接待任务增加。" },
      "决算数大于预算数的主要原因是接待任务增加",
    ],
    [{ budget: "10.00", actual: "10.00", note: "严格按预算执行。" }, "完成预算的100.00%；严格按预算执行"],
  ])("三公 %p → %s", (reception, expected) => {
    expect(sangong(reception)).toContain(expected);
  });

  it("gives no reason sentence where no reason is given", () => {
    const t = sangong({ budget: "10.00", actual: "8.00" });
    expect(t).toContain("完成预算的80.00%。");
    expect(t).not.toContain("主要原因");
  });

  it("writes 无 only where the unit wrote it, and names what an absent section lacks", () => {
    const t = text(planOf(baseDataset()).plan);
    expect(t).toContain(
      "三、政府性基金预算支出情况\n【待补充：政府性基金预算支出情况（没有此项支出的，请填写“无”）】",
    );
    expect(t).toContain("十、其他需要说明的情况\n【待补充：其他需要说明的情况（没有的，请填写“无”）】");
    expect(t).not.toMatch(/^无。?$/m);
    const written = text(
      planOf(baseDataset({ narrative: { otherFunds: { governmentFund: "无。" }, other: "无" } })).plan,
    );
    expect(written).toContain("三、政府性基金预算支出情况\n无。");
    expect(written).toContain("十、其他需要说明的情况\n无");
  });

  it("leaves out 到位 where a table has none", () => {
    const t = text(
      planOf(baseDataset({ fundTables: [fundTable([{ name: "甲", budget: "100", used: "80" }])] })).plan,
    );
    expect(t).toContain("2024年度测试专项预算100.00万元；实际使用80.00万元，预算执行率80.00%。");
  });

  it("says 在职人员控制率 in 人员编制, and 在职人员 beside 编制 only with the 编制外 split", () => {
    const staffing = (s: Record<string, unknown>) => {
      const lines = text(planOf(baseDataset({ profile: { staffing: s } })).plan).split("\n");
      return lines[lines.indexOf("3.人员编制") + 1];
    };
    expect(staffing({ authorized: 120, actualInQuota: 114, actualTotal: 130 })).toBe(
      "2024年度核定在职人员编制数为120人，编制内实有人数为114人，在职人员控制率为95.00%。",
    );
    expect(staffing({ authorized: 120, actualInQuota: 114, actualOutOfQuota: 16, actualTotal: 130 })).toBe(
      "2024年度核定在职人员编制数为120人，编制内实有人数为114人，在职人员控制率为95.00%，编制外人员16人。年末在职人员130人。",
    );
    // Without 编制数 there is nothing to set 在职人员 beside; 离休/退休 as the unit wrote it.
    expect(staffing({ actualTotal: 86, retired: 99, retiredAs: "退休" })).toBe(
      "年末在职人员86人，退休人员99人。",
    );
    expect(staffing({ authorized: 50, retired: 40, retiredAs: "离休" })).toBe(
      "2024年度核定在职人员编制数为50人。离休人员40人。",
    );
    expect(staffing({ authorized: 50, retired: 3 })).toBe(
      "2024年度核定在职人员编制数为50人。离退休人员3人。",
    );
  });

  it("states the finance bureau's notice in the opening paragraph when given", () => {
    const opening = (notice: Record<string, string>) =>
      text(planOf(baseDataset({ narrative: { notice } })).plan).split("\n")[1];
    expect(
      opening({
        title: "关于开展2024年度省级预算部门绩效自评和部门评价的通知",
        documentNumber: "湘财绩〔2025〕2号",
      }),
    ).toContain(
      "及预算绩效管理有关规定，按照《关于开展2024年度省级预算部门绩效自评和部门评价的通知》（湘财绩〔2025〕2号）要求，我单位对2024年度部门整体支出开展了绩效自评。",
    );
    expect(opening({ documentNumber: "湘财绩〔2025〕2号" })).toContain("按照湘财绩〔2025〕2号文件要求，");
    expect(opening({})).toContain("及预算绩效管理有关规定，我单位对2024年度");
  });

  it("leaves a clause out where its figure is missing, never writing 0.00", () => {
    const t = text(
      planOf(
        baseDataset({
          finance: { expenditure: { basic: "960.56" } },
          sangong: { items: { reception: { actual: "3.20" } } },
        }),
      ).plan,
    );
    // 项目支出 unknown: no total of 支出 (it is not 960.56); 公务用车 and 因公出国 unknown: no 三公 total.
    expect(t).toContain("2024年度一般公共预算财政拨款支出中，基本支出960.56万元。");
    expect(t).not.toContain("财政拨款支出960.56万元");
    expect(t).toContain("2024年度财政拨款基本支出960.56万元。");
    expect(t).toContain("2024年度“三公”经费财政拨款支出中，公务接待费支出决算为3.20万元。");
    expect(t).not.toMatch(/(?<![\d,.])0\.00(?!\d)/);
  });

  it("drafts nothing when there is nothing to say", () => {
    const { plan } = planOf(
      baseDataset({
        fundTables: [fundTable([{ name: "甲", budget: "100", used: "90", reportedRate: "90.00" }])],
      }),
    );
    expect(plan.blocks.filter((b) => b.kind === "paragraph" && b.draft)).toEqual([]);
  });
});
