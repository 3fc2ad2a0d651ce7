/** The narrative report plan: sections, adaptive sentences, and where every number comes from. */
import type Decimal from "decimal.js";
import {
  checkDataset,
  Dec,
  formatAmount,
  formatRate,
  loadDataset,
  type ComputedModel,
  type RawDataset,
} from "../../src/domain";
import { buildReportPlan, chineseNumber, numbering, reportText, type ReportPlan } from "../../src/narrative";
import JSZip from "jszip";
import { renderDocx } from "../../src/renderers/docx";
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
    [3, 2, "2. "],
    [4, 12, "（12）"],
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
  const { model, plan } = planOf(sampleRaw());
  const all = text(plan);

  it("has the title and every section of the outline, in order", () => {
    expect(plan.blocks[0]).toEqual({
      kind: "title",
      text: "2024年度湖南省卫生健康委员会部门整体支出绩效自评报告",
    });
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
      expect.arrayContaining(["1. 部门职能职责", "1. 公共卫生专项", "2. 中医药专项", "3. 独生子女保健费"]),
    );
  });

  it("writes the 三公 sentences in the report's register, from the recomputed totals", () => {
    expect(all).toContain(
      "“三公”经费财政拨款支出全年预算数为 378.63 万元，支出决算为 367.10 万元，完成预算的 96.95%。",
    );
    expect(all).toContain(
      "公务用车购置及运行维护费支出全年预算数为 309.65 万元，支出决算为 298.32 万元，完成预算的 96.34%；决算数小于预算数的主要原因是我委严格按预算做好公务用车运行维护经费开支安排",
    );
    expect(all).toContain(
      "因公出国（境）费支出全年预算数为 61.88 万元，支出决算为 61.88 万元，完成预算的 100.00%。",
    );
  });

  it("leads each fund table with 预算, 到位, 到位率, 使用 and 执行率 and prints the table", () => {
    expect(all).toContain(
      "2024 年度公共卫生专项预算 14,660.00 万元，实际到位 14,478.49 万元，资金到位率 98.76%；实际使用 11,138.02 万元，预算执行率 75.98%。",
    );
    const tables = plan.blocks.filter((b) => b.kind === "table");
    expect(tables).toHaveLength(3);
    const first = tables[0].kind === "table" ? tables[0] : undefined;
    expect(first?.rows[1].cells[0]).toEqual({ text: "医疗服务与保障能力提升", rowSpan: 14, align: "center" });
    expect(first?.rows.at(-1)?.cells.map((c) => c.text)).toEqual([
      "合计",
      "14,660.00",
      "14,478.49",
      "11,138.02",
      "75.98%",
    ]);
    expect(all).toContain("国家医学中心创建及国家公立医院高质量发展试点\t500.00\t500.00\t-\t0.00%");
    expect(plan.blocks.filter((b) => b.kind === "unitNote")).toHaveLength(3);
  });

  it("states the score and grade", () => {
    expect(all).toContain("2024 年度我委整体支出绩效自评得分 94.26 分，部门整体支出绩效为“优”。");
  });

  it("drafts 存在的问题 from the findings, marked as a draft", () => {
    const drafts = plan.blocks.filter((b) => b.kind === "paragraph" && b.draft);
    expect(drafts.length).toBeGreaterThanOrEqual(3);
    const draft = reportText({ ...plan, blocks: drafts });
    expect(draft).toContain("公共卫生专项中卫生健康信息系统运行维护及升级改造（50.34%）");
    expect(draft).toContain("湘西州（14.09%）");
    expect(draft).toContain("其中国家医学中心创建及国家公立医院高质量发展试点全年未使用资金。");
    expect(draft).toContain("降消项目实际到位 218.33 万元，预算批复 205.00 万元");
    expect(draft).toContain("有 1 处报送的比率");
  });

  it("takes every number of its prose from the computed model (or the unit's own text)", () => {
    expect(unexplainedNumbers(plan, model)).toEqual([]);
    // The check itself notices a figure that is not the model's, e.g. a reported one.
    const tampered: ReportPlan = {
      ...plan,
      blocks: [
        ...plan.blocks,
        { kind: "paragraph", runs: [{ text: "实际使用 11,138.01 万元，执行率 76.93%。" }] },
      ],
    };
    expect(unexplainedNumbers(tampered, model)).toEqual(["11,138.01", "76.93"]);
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

describe("sentences adapt to the data", () => {
  const sangong = (reception: { budget: string; actual: string; note?: string }) =>
    text(planOf(baseDataset({ sangong: { items: { reception } } })).plan);

  it.each([
    [{ budget: "10.00", actual: "8.00", note: "厉行节约。" }, "决算数小于预算数的主要原因是厉行节约"],
    [
      { budget: "10.00", actual: "12.00", note: "接待任务增加。" },
      "决算数大于预算数的主要原因是接待任务增加",
    ],
    [{ budget: "10.00", actual: "10.00", note: "严格按预算执行。" }, "完成预算的 100.00%；严格按预算执行"],
  ])("三公 %p → %s", (reception, expected) => {
    expect(sangong(reception)).toContain(expected);
  });

  it("gives no reason sentence where no reason is given", () => {
    const t = sangong({ budget: "10.00", actual: "8.00" });
    expect(t).toContain("完成预算的 80.00%。");
    expect(t).not.toContain("主要原因");
  });

  it("writes 无 for absent fund types and sections", () => {
    const t = text(planOf(baseDataset()).plan);
    expect(t).toContain("三、政府性基金预算支出情况\n无。");
    expect(t).toContain("十、其他需要说明的情况\n无。");
  });

  it("leaves out 到位 where a table has none", () => {
    const t = text(
      planOf(baseDataset({ fundTables: [fundTable([{ name: "甲", budget: "100", used: "80" }])] })).plan,
    );
    expect(t).toContain("2024 年度测试专项预算 100.00 万元；实际使用 80.00 万元，预算执行率 80.00%。");
  });

  it("says 在职人员控制率 in 人员编制", () => {
    const t = text(
      planOf(
        baseDataset({ profile: { staffing: { authorized: 120, actualInQuota: 114, actualTotal: 130 } } }),
      ).plan,
    );
    expect(t).toContain(
      "2024 年度核定在职人员编制数为 120 人，编制内实有人数为 114 人，在职人员控制率为 95.00%。年末在职人员 130 人。",
    );
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

/** Numbers in the report that neither the model, the numbering, the cited document nor the unit's own text explain. */
function unexplainedNumbers(plan: ReportPlan, model: ComputedModel): string[] {
  const allowed = new Set<string>();
  const add = (d: Decimal | null | undefined) => {
    if (!d) return;
    for (const s of [formatAmount(d), formatRate(d), formatAmount(d, 0), d.toFixed(2), d.toString()])
      allowed.add(s.replace(/%$/, ""));
  };
  const walk = (v: unknown, depth = 0): void => {
    if (depth > 8 || v === null || v === undefined) return;
    if (Dec.isDecimal(v)) return add(v as Decimal);
    if (Array.isArray(v)) return v.forEach((x) => walk(x, depth + 1));
    // Parsed dataset cells are inputs and reported figures, not computed ones: not a source.
    if (typeof v === "object" && "kind" in v && "source" in v) return;
    if (typeof v === "object") for (const x of Object.values(v)) walk(x, depth + 1);
  };
  walk(Object.fromEntries(Object.entries(model).filter(([k]) => k !== "dataset")));
  for (const t of model.fundTables)
    for (const f of [...t.rows, ...t.groups, t.total])
      [f.budget, f.arrived, f.used, f.rate, f.arrivalRate].forEach(add);
  allowed.add(String(model.dataset.unit.year));
  for (const v of Object.values(model.sangong?.stats ?? {})) allowed.add(String(v));
  // The cited document (中发〔2018〕34号), list numbering and the mismatch count are fixed text.
  ["2018", "34", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"].forEach((s) =>
    allowed.add(s),
  );
  const ds = model.dataset;
  const userText = [
    ...(ds.profile?.functions ?? []),
    ...(ds.goals ?? []),
    ds.profile?.organization,
    ds.profile?.staffing?.note,
    ...Object.values(ds.sangong?.items ?? {}).map((i) => i?.note),
    ...[
      ...(ds.narrative?.achievements ?? []),
      ...(ds.narrative?.problems ?? []),
      ...(ds.narrative?.measures ?? []),
    ].flatMap((t) => [t.title, t.text]),
    ds.narrative?.resultApplication,
    ds.narrative?.publicity,
    ds.narrative?.other,
    ...(ds.fundTables ?? []).flatMap((t) => [t.title, ...t.rows.flatMap((r) => [r.name, r.group])]),
  ].filter((s): s is string => Boolean(s));
  let prose = reportText(plan);
  for (const s of userText.sort((a, b) => b.length - a.length))
    prose = prose.split(s.replace(/。$/, "")).join(" ");
  const numbers = prose.match(/\d[\d,]*(\.\d+)?/g) ?? [];
  return [...new Set(numbers.filter((n) => !allowed.has(n)))];
}
