/**
 * The three outlines (docs/domain.md §1) on the bundled sample and on a sparse dataset shaped like a real
 * report of that province: the headings in order with their numbering, no empty heading, every
 * generated block in its place, 【待补充】 naming each gap, and every number from the data.
 */
import { checkDataset, loadDataset, type OutlineId, type RawDataset } from "../../src/domain";
import {
  buildReportPlan,
  OUTLINES,
  reportGaps,
  reportText,
  type ReportPlan,
  type SectionSpec,
} from "../../src/narrative";
import { sampleRaw } from "../helpers/datasets";
import { unexplainedNumbers } from "../helpers/provenance";
import { headingsOf, shapeProblems, textUnder, under } from "../helpers/reportShape";
import { guangdongCity, hubeiCounty, yiyangCity } from "../helpers/sparse";

const planOf = (raw: RawDataset, outline?: OutlineId) => {
  const { model, findings } = checkDataset(loadDataset(raw));
  return { model, findings, plan: buildReportPlan(model, findings, outline ? { outline } : {}) };
};

const HUNAN = [
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
];
const HUBEI = [
  "一、基本情况",
  "二、部门自评工作开展情况",
  "三、绩效目标完成情况",
  "四、主要成效、存在的突出问题和原因",
  "五、下一步拟改进措施",
];
const GUANGDONG = ["一、基本情况", "二、自评工作开展情况", "三、绩效自评情况"];

const CASES: [string, OutlineId, () => RawDataset, string[]][] = [
  ["the sample", "hunan", sampleRaw, HUNAN],
  ["益阳市 (sparse)", "hunan", yiyangCity, HUNAN],
  ["the sample", "hubei", sampleRaw, HUBEI],
  ["a 湖北 county (sparse)", "hubei", hubeiCounty, HUBEI],
  ["the sample", "guangdong", sampleRaw, GUANGDONG],
  ["a 广东 city (sparse)", "guangdong", guangdongCity, GUANGDONG],
];

describe.each(CASES)("%s in the %s outline", (_name, outline, make, level1) => {
  const { model, findings, plan } = planOf(make(), outline);

  it("has the outline's sections in order, numbered by depth, none empty", () => {
    expect(plan.outline).toBe(outline);
    expect(headingsOf(plan, 1)).toEqual(level1);
    expect(shapeProblems(plan)).toEqual([]);
  });

  it("takes every number from the data", () => {
    expect(unexplainedNumbers(plan, model, findings)).toEqual([]);
  });

  it("writes 无 only where the unit wrote it", () => {
    const written =
      Object.values(model.dataset.narrative?.otherFunds ?? {}).length +
      (model.dataset.narrative?.other ? 1 : 0);
    const nil = reportText(plan)
      .split("\n")
      .filter((l) => /^无。?$|：无。$/.test(l));
    expect(nil.length).toBeLessThanOrEqual(written);
  });

  it("ends with 附件说明, the unit and the date", () => {
    const [attachments, signature] = plan.blocks.slice(-2);
    expect(attachments.kind).toBe("attachments");
    expect(signature).toMatchObject({ kind: "signature", lines: [{ text: model.dataset.unit.name }, {}] });
  });
});

/** Every heading of the plan in order, as `h2 （一）…`. */
const outlineOf = (plan: ReportPlan) => headingsOf(plan);

describe("湖南 outline", () => {
  it("places the sample's blocks: figures in 二、, fund tables under （二）, the analysis in 六、, the draft in 七、", () => {
    const { plan } = planOf(sampleRaw());
    expect(outlineOf(plan).slice(0, 9)).toEqual([
      "h1 一、基本情况",
      "h2 （一）部门基本情况",
      "h3 1.部门职能职责",
      "h3 2.机构设置",
      "h3 3.人员编制",
      "h2 （二）部门绩效目标",
      "h3 1.年度整体支出绩效目标",
      "h1 二、一般公共预算支出情况",
      "h2 （一）基本支出情况",
    ]);
    expect(textUnder(plan, "（二）项目支出情况")).toMatch(/^项目支出年初结转和结余70,309.43万元/);
    expect(under(plan, "1.公共卫生专项").map((b) => b.kind)).toEqual(["paragraph", "unitNote", "table"]);
    const six = textUnder(plan, "六、部门整体支出绩效情况");
    expect(six.split("\n").slice(0, 2)).toEqual([
      "根据部门整体支出绩效自评指标评分，2024年度我委整体支出绩效自评得分94.17分，部门整体支出绩效为“优”。",
      "从一级指标看，投入指标分值10分，得分10.00分；过程指标分值20分，得分14.96分；产出指标分值30分，得分29.21分；效果指标分值40分，得分40.00分。",
    ]);
    expect(six).toContain("（一）全力深改革、促创新，高质量发展动能持续增强");
    expect(textUnder(plan, "七、存在的问题及原因分析")).toMatch(
      /（二）部分项目预算编制科学性有待优化\n.*\n【以下为根据检查结果生成的草稿，请核实后采用或修改】\n（三）部分项目预算执行率偏低。/,
    );
  });

  it("fills what 益阳市 gave and names each gap", () => {
    const { plan } = planOf(yiyangCity());
    expect(textUnder(plan, "3.人员编制")).toBe("年末在职人员86人，退休人员99人。");
    expect(textUnder(plan, "2.机构设置")).toContain("内设科室22个");
    expect(textUnder(plan, "1.基本支出决算情况")).toBe(
      "2024年度财政拨款基本支出2,878.82万元。\n（1）人员经费支出情况\n人员经费支出1,744.13万元，占全部基本支出的60.58%。\n（2）公用经费支出情况\n公用经费支出1,134.69万元，占全部基本支出的39.42%。",
    );
    expect(textUnder(plan, "三、政府性基金预算支出情况")).toBe(
      "2024年政府性基金预算8万元，其中基本支出5.49万，项目支出2.51万。",
    );
    expect(textUnder(plan, "六、部门整体支出绩效情况").split("\n")[0]).toBe("【待补充：自评得分和绩效等级】");
    expect(textUnder(plan, "七、存在的问题及原因分析")).toBe(
      "（一）计划生育服务项目\n存在部分奖励扶助对象未发放相关待遇的情况，主要原因包括死亡对象未能及时发现、奖励对象子女数发生变化等。\n（二）医疗服务能力与保障能力提升项目\n三级公立医院门诊人次数与出院人次数比值较上年有所升高，实现收支平衡的公立医院占比有所降低。",
    );
    expect(reportGaps(plan)).toEqual([
      "【待补充：年度整体支出绩效目标】",
      "【待补充：“三公”经费预算数和决算数】",
      "【待补充：国有资本经营预算支出情况（没有此项支出的，请填写“无”）】",
      "【待补充：社会保险基金预算支出情况（没有此项支出的，请填写“无”）】",
      "【待补充：自评得分和绩效等级】",
      "【待补充：成文日期】",
    ]);
    expect(textUnder(plan, "（二）项目支出情况")).toBe("2024年度项目支出4,121.35万元。");
    expect(textUnder(plan, "十、其他需要说明的情况")).toBe("无");
  });
});

describe("湖北 outline", () => {
  const { plan } = planOf(hubeiCounty());

  it("takes the outline from the dataset's setting and states the notice in the opening", () => {
    expect(plan.outline).toBe("hubei");
    expect(reportText(plan).split("\n")[1]).toContain(
      "按照《关于开展2024年度县直部门整体支出绩效自评工作的通知》（郧财绩发〔2025〕3号）要求，我局对2024年度部门整体支出开展了绩效自评。",
    );
  });

  it("puts the figures under 一、（五） and one subsection per fund table under 3.项目支出情况", () => {
    expect(
      outlineOf(plan)
        .filter((h) => /^h[1-4]/.test(h))
        .slice(0, 14),
    ).toEqual([
      "h1 一、基本情况",
      "h2 （一）部门职能职责",
      "h2 （二）机构设置",
      "h2 （三）人员编制",
      "h2 （四）年度整体支出绩效目标",
      "h2 （五）部门整体支出情况",
      "h3 1.基本支出决算情况",
      "h3 2.“三公”经费支出情况",
      "h4 （1）“三公”经费支出决算情况",
      "h4 （2）“三公”经费使用情况",
      "h3 3.项目支出情况",
      "h4 （1）基本公共卫生服务补助资金",
      "h1 二、部门自评工作开展情况",
      "h1 三、绩效目标完成情况",
    ]);
    expect(textUnder(plan, "（一）部门职能职责")).toBe(
      "1.负责全县卫生健康事业发展规划和政策措施的组织实施。\n2.负责全县疾病预防控制和卫生应急工作。",
    );
    expect(textUnder(plan, "（1）基本公共卫生服务补助资金")).toBe(
      "2024年度基本公共卫生服务补助资金预算2,168.50万元；实际使用1,896.13万元，预算执行率87.44%。具体情况如下：\n单位：万元\n[table]",
    );
    expect(textUnder(plan, "（1）“三公”经费支出决算情况")).toBe(
      // Only 公务接待费 given: the 三公 total is unknown, the category is stated alone (docs/domain.md §7).
      "2024年度“三公”经费财政拨款支出中，公务接待费支出全年预算数为2.00万元，支出决算为1.35万元，完成预算的67.50%；决算数小于预算数的主要原因是严格执行公务接待标准，压减接待批次。",
    );
  });

  it("analyses the indicators by dimension in 三、, then the total and grade", () => {
    expect(headingsOf(plan, 2).filter((h) => h.endsWith("指标完成情况"))).toEqual([
      "（一）运行成本指标完成情况",
      "（二）管理效率指标完成情况",
      "（三）履职效能指标完成情况",
      "（四）社会效应指标完成情况",
      "（五）可持续发展指标完成情况",
      "（六）服务对象满意度指标完成情况",
    ]);
    expect(textUnder(plan, "（一）运行成本指标完成情况")).toBe(
      "运行成本指标分值20分，得分20.00分。\n各项指标均达到目标值。",
    );
    expect(textUnder(plan, "（二）管理效率指标完成情况")).toBe(
      "管理效率指标分值20分，得分19.22分。\n预算执行率目标值≥95%，实际完成91.3%，得分19.22分（分值20分）。偏差原因：家庭医生签约服务资金于11月下达，当年未能全部支出。",
    );
    expect(textUnder(plan, "（四）社会效应指标完成情况")).toBe(
      "社会效应指标分值15分，得分14.45分。\n孕产妇系统管理率目标值≥90%，实际完成86.7%，得分14.45分（分值15分）。【待补充：偏差原因】",
    );
    expect(textUnder(plan, "三、绩效目标完成情况").split("\n").at(-1)).toBe(
      "综上，2024年度我局部门整体支出绩效自评得分98.67分，绩效等级为“优”。",
    );
  });

  it("puts the unit's problems and the draft after them under 四、（二）, and names the missing measures", () => {
    expect(textUnder(plan, "（二）存在的突出问题和原因")).toMatch(
      /^1\.资金下达较晚\n部分项目资金于四季度下达，影响当年执行进度。\n【以下为根据检查结果生成的草稿，请核实后采用或修改】\n2\.部分项目预算执行率偏低。基本公共卫生服务补助资金中家庭医生签约服务（42\.10%）/,
    );
    expect(textUnder(plan, "二、部门自评工作开展情况")).toBe(
      "我局成立了由局长任组长的绩效自评工作领导小组，对照年初绩效目标逐项开展自评，形成自评报告。",
    );
    expect(textUnder(plan, "五、下一步拟改进措施")).toBe("【待补充：下一步改进措施】");
    expect(plan.blocks.at(-1)).toEqual({
      kind: "signature",
      lines: [
        // The date (6½ characters) starts 2 characters right of the unit's first (8 characters):
        // the date 2 in from the right, the unit 2½.
        { text: "郧西县卫生健康局", rightChars: 2.5 },
        { text: "2025年4月15日", rightChars: 2 },
      ],
    });
  });
});

describe("广东 outline", () => {
  const { plan } = planOf(guangdongCity());

  it("lays 自评工作开展情况 out by its sub-items, naming those not given", () => {
    expect(
      outlineOf(plan)
        .slice(outlineOf(plan).indexOf("h1 二、自评工作开展情况"))
        .filter((h) => !h.startsWith("h1")),
    ).toEqual([
      "h2 （一）评价小组情况",
      "h2 （二）自评工作过程",
      "h3 1.前期准备",
      "h3 2.组织实施",
      "h3 3.实施评价",
      "h2 （三）自评材料报送时间及质量",
      "h2 （四）自评材料报送及公开一致情况",
      "h2 （一）自评结果",
      "h2 （二）部门整体支出绩效指标分析",
      "h2 （三）存在问题",
      "h2 （四）改进措施",
    ]);
    expect(textUnder(plan, "1.前期准备")).toBe("收集整理预算批复、决算报表、项目资料等基础数据。");
    expect(textUnder(plan, "3.实施评价")).toBe("【待补充：实施评价】");
    expect(textUnder(plan, "（四）自评材料报送及公开一致情况")).toBe(
      "【待补充：自评材料报送及公开一致情况】",
    );
  });

  it("states the reported score as the unit's own and names the missing indicator table", () => {
    expect(textUnder(plan, "（一）自评结果")).toBe(
      "2024年度我局报送的部门整体支出绩效自评得分为97.23分，等级为“优”（单位报送，未附指标评分表）。",
    );
    expect(textUnder(plan, "（二）部门整体支出绩效指标分析")).toBe(
      "【待补充：指标评分表（各项指标的分值、指标值、实际完成值）】",
    );
  });

  it("sets 在职人员 beside 编制 with the 编制外 split, and dates the report", () => {
    expect(textUnder(plan, "（三）人员编制")).toBe(
      "2024年度核定在职人员编制数为60人，编制内实有人数为57人，在职人员控制率为95.00%，编制外人员12人。年末在职人员69人，离退休人员40人。",
    );
    expect(plan.blocks.at(-1)).toMatchObject({
      lines: [{ text: "台山市卫生健康局" }, { text: "2025年3月31日" }],
    });
  });

  it("puts the sample's indicator analysis under 三、（二）, one subsection per 一级指标", () => {
    const sample = planOf(sampleRaw(), "guangdong").plan;
    expect(headingsOf(sample, 3).filter((h) => h.endsWith("指标完成情况"))).toEqual([
      "1.投入指标完成情况",
      "2.过程指标完成情况",
      "3.产出指标完成情况",
      "4.效果指标完成情况",
    ]);
    expect(textUnder(sample, "（一）自评结果").split("\n")[0]).toBe(
      "根据部门整体支出绩效自评指标评分，2024年度我委整体支出绩效自评得分94.17分，部门整体支出绩效为“优”。",
    );
  });
});

it("has exactly the three outlines of docs/domain.md §1", () => {
  expect(Object.keys(OUTLINES).sort()).toEqual(["guangdong", "hubei", "hunan"]);
});

describe("the shape check", () => {
  const plan = (blocks: ReportPlan["blocks"]): ReportPlan => ({ ...planOf(sampleRaw()).plan, blocks });
  it.each([
    [
      "（1） under （一）",
      [
        { kind: "heading", level: 1, text: "一、甲" },
        { kind: "heading", level: 2, text: "（一）乙" },
        { kind: "paragraph", runs: [{ text: "（1）丙" }] },
      ],
      "“（1）丙”: numbered at level 4 under level 2",
    ],
    [
      "an empty heading",
      [
        { kind: "heading", level: 1, text: "一、甲" },
        { kind: "heading", level: 1, text: "二、乙" },
        { kind: "paragraph", runs: [{ text: "丙" }] },
      ],
      "一、甲: empty heading",
    ],
    [
      "a number skipped",
      [
        { kind: "heading", level: 1, text: "一、甲" },
        { kind: "paragraph", runs: [{ text: "丙" }] },
        { kind: "heading", level: 1, text: "三、乙" },
        { kind: "paragraph", runs: [{ text: "丙" }] },
      ],
      "三、乙: should be numbered 二、",
    ],
    [
      "a space before a figure",
      [
        { kind: "heading", level: 1, text: "一、甲" },
        { kind: "paragraph", runs: [{ text: "支出 12.00 万元" }] },
      ],
      "a space between Chinese and a figure",
    ],
  ] as [string, ReportPlan["blocks"], string][])("notices %s", (_name, blocks, problem) => {
    expect(shapeProblems(plan(blocks))).toContain(problem);
  });
});

it("nests no heading deeper than （1）, counting the sections blocks make (fund tables, titled entries, dimensions)", () => {
  const makesSections = new Set([
    "fundTables",
    "achievements",
    "problems",
    "measures",
    "indicatorDimensions",
  ]);
  const deepest = (content: SectionSpec["content"], depth: number): number =>
    Math.max(
      depth,
      ...content.map((part) =>
        typeof part === "object" && "title" in part
          ? deepest(part.content, depth + 1)
          : makesSections.has(typeof part === "string" ? part : part.block)
            ? depth + 1
            : depth,
      ),
    );
  const depths = Object.values(OUTLINES).map((o) => deepest(o.sections, 0));
  // 湖南 二、（一）1.（1）; 湖北 and 广东 一、（五）/（四）3. then a fund table at （1）.
  expect(depths).toEqual([4, 4, 4]);
});
