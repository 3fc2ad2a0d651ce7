/**
 * Reports of sparse datasets shaped like real ones (docs/domain.md §7, issue 12): what is absent is
 * unknown, never 0.00; a total the unit gave is used when its parts are incomplete; a section the
 * outline requires but the data cannot fill names what it lacks; the reported score is stated as
 * the unit's own; breakdowns appear with their tables.
 */
import { checkDataset, loadDataset, type RawDataset } from "../../src/domain";
import { buildReportPlan, reportText, type ReportPlan } from "../../src/narrative";
import { unexplainedNumbers } from "../helpers/provenance";
import { shapeProblems } from "../helpers/reportShape";
import {
  cityPublicFunds,
  countyBreakdowns,
  districtExpenditure,
  reportedScoreOnly,
  sangongZeroBudget,
  SPARSE_FIXTURES,
} from "../helpers/sparse";

const reportOf = (make: () => RawDataset) => {
  const { model, findings } = checkDataset(loadDataset(make()));
  const plan = buildReportPlan(model, findings);
  return { model, findings, plan, text: reportText(plan) };
};

/** 0.00 standing alone (not 10.00, not 0.005). */
const ZERO = /(?<![\d,.])0\.00(?![\d])/;

const placeholders = (plan: ReportPlan) =>
  plan.blocks.flatMap((b) =>
    b.kind === "paragraph" ? b.runs.filter((r) => r.placeholder).map((r) => r.text) : [],
  );

describe.each(Object.entries(SPARSE_FIXTURES))("the sparse %s report", (_name, make) => {
  const { model, findings, plan, text } = reportOf(make);

  it("has no empty heading and is numbered without gaps", () => {
    expect(shapeProblems(plan)).toEqual([]);
  });

  it("names what is missing in every 【待补充】", () => {
    for (const p of placeholders(plan)) expect(p).toMatch(/^【待补充：[^】]+】$/);
  });

  it("takes every number from the data (or from figures all of which are present)", () => {
    expect(unexplainedNumbers(plan, model, findings)).toEqual([]);
  });

  it("never writes a dash for a figure in its prose", () => {
    const prose = plan.blocks.flatMap((b) =>
      b.kind === "paragraph" ? [b.runs.map((r) => r.text).join("")] : [],
    );
    for (const p of prose) expect(p).not.toMatch(/[（(]-[）)]|为-|的-/);
  });

  it("drafts no problem with 0.00, a dash or 尾差", () => {
    const draft = reportText({
      ...plan,
      blocks: plan.blocks.filter((b) => b.kind === "paragraph" && b.draft),
    });
    expect(draft).not.toMatch(ZERO);
    expect(draft).not.toMatch(/（-）|尾差|支出支出/);
  });

  it("writes no 0.00 for a figure the unit did not give", () => {
    // Only the fixture whose unit wrote 0 (三公 with a 0 budget) may state 0.00.
    if (make !== sangongZeroBudget && make !== districtExpenditure) expect(text).not.toMatch(ZERO);
  });
});

describe("a district that gives only its expenditure and 三公", () => {
  const { text, findings } = reportOf(districtExpenditure);

  it("states the expenditure as reported (17,934.63, within 尾差 of 960.56 + 16,974.06) and no income or balance", () => {
    expect(text).toContain(
      "2024年度一般公共预算财政拨款支出17,934.63万元，其中：基本支出960.56万元，占5.36%；项目支出16,974.06万元，占94.64%。",
    );
    expect(text).not.toMatch(/收入|年末结转|17,934\.62/);
  });

  it("states 三公 as the unit reported it", () => {
    expect(text).toContain(
      "2024年度“三公”经费财政拨款支出全年预算数为15.50万元，支出决算为13.33万元，完成预算的86.00%。",
    );
    expect(text).toContain(
      "因公出国（境）费支出全年预算数为0.00万元，支出决算为0.00万元；本年度未安排因公出国（境）任务。",
    );
  });

  it("tells the clerk what 收支 lacks before export (incomplete-section)", () => {
    expect(
      findings.filter((f) => f.rule === "incomplete-section").map((f) => [f.severity, f.message]),
    ).toEqual([
      [
        "info",
        "报告“基本情况”部分缺少：人员编制、年度整体支出绩效目标。导出的报告将略去相应语句，如有数据请补填。",
      ],
      [
        "info",
        "报告“一般公共预算收支情况”部分缺少：年初结转和结余、本年收入、年末结转和结余。导出的报告将略去相应语句，如有数据请补填。",
      ],
      ["info", "报告“部门整体支出绩效情况”部分缺少：指标评分表。导出的报告将略去相应语句，如有数据请补填。"],
      [
        "info",
        "报告“存在的问题、改进措施及结果应用”部分缺少：存在的问题、自评结果应用和公开情况。导出的报告将略去相应语句，如有数据请补填。",
      ],
    ]);
  });

  it("checks no balance it cannot compute", () => {
    expect(findings.map((f) => f.rule)).not.toContain("balance-mismatch");
    expect(findings.filter((f) => f.rule === "rounding-difference").map((f) => f.message)).toEqual([
      "一般公共预算财政拨款“本年支出合计”报送 17,934.63，2 项明细合计为 17,934.62，相差 0.01，属明细四舍五入形成的尾差，报告按报送数 17,934.63 表述，无需修改。",
    ]);
  });
});

describe("a county with income, expenditure and two breakdowns", () => {
  const { text, findings, plan } = reportOf(countyBreakdowns);
  const tables = plan.blocks.flatMap((b) =>
    b.kind === "table" ? [b.rows.map((r) => r.cells.map((c) => c.text))] : [],
  );

  it("states 收支 and checks the breakdowns' shares, without a sum of the items it lacks", () => {
    expect(text).toContain(
      "2024年度一般公共预算财政拨款支出3,194.99万元，其中：基本支出1,203.40万元，占37.67%；项目支出1,991.59万元，占62.33%。",
    );
    expect(findings.filter((f) => f.rule === "rate-mismatch").map((f) => f.message)).toEqual([
      "【按经济分类】对个人和家庭的补助 报送占比 43.46%，按 2,346.76 ÷ 3,194.99 计算应为 73.45%，请核对修正。",
    ]);
    // 住房保障支出 left blank: 按功能分类's total is not checked against the items it has.
    expect(findings.map((f) => f.rule)).not.toContain("sum-mismatch");
  });

  it.each([
    [
      "按经济分类: the total, the three largest items with their shares and 等 for the fourth",
      "按经济分类，合计3,194.99万元，其中对个人和家庭的补助2,346.76万元，占73.45%；工资福利支出640.37万元，占20.04%；商品和服务支出183.86万元，占5.75%等。具体情况如下：",
    ],
    [
      "按功能分类: an item left blank is not named; the total is the unit's",
      "按功能分类，合计3,194.99万元，其中卫生健康支出2,911.23万元，占91.12%；社会保障和就业支出176.41万元，占5.52%。具体情况如下：",
    ],
  ])("states the breakdown %s", (_, sentence) => {
    expect(text).toContain(sentence);
  });

  it("puts each breakdown's table after its sentence, the unknown item blank (never 0.00)", () => {
    expect(tables).toEqual([
      [
        ["项目", "金额", "占比"],
        ["工资福利支出", "640.37", "20.04%"],
        ["商品和服务支出", "183.86", "5.75%"],
        ["对个人和家庭的补助", "2,346.76", "73.45%"],
        ["资本性支出", "24.00", "0.75%"],
        ["合计", "3,194.99", ""],
      ],
      [
        ["项目", "金额", "占比"],
        ["卫生健康支出", "2,911.23", "91.12%"],
        ["社会保障和就业支出", "176.41", "5.52%"],
        ["住房保障支出", "", ""],
        ["合计", "3,194.99", ""],
      ],
    ]);
    expect(text.indexOf("按功能分类，合计")).toBeGreaterThan(text.indexOf("资本性支出\t24.00"));
  });

  it.each([
    [
      "its own total as the base: the unit's total, the items being incomplete",
      "3,194.99",
      "按功能分类，合计3,194.99万元，其中卫生健康支出2,911.23万元，占91.12%；社会保障和就业支出176.41万元，占5.52%。",
    ],
    [
      "no total: no total and no shares (never a share of the items it has)",
      undefined,
      "按功能分类，其中卫生健康支出2,911.23万元；社会保障和就业支出176.41万元。",
    ],
  ])("states a breakdown on its own items with an item blank and %s", (_, total, sentence) => {
    const raw = countyBreakdowns();
    const functional = raw.breakdowns?.[1];
    if (!functional) throw new Error("the fixture has 按功能分类");
    functional.base = "items";
    if (total === undefined) delete functional.reportedTotal;
    const { text: report } = reportOf(() => raw);
    expect(report).toContain(sentence);
    expect(report).not.toMatch(/住房保障支出\t0\.00|3,087\.64/);
  });

  it("drafts the wrong share with its item and both figures", () => {
    expect(text).toContain(
      "部分数据填报不够准确。按经济分类中对个人和家庭的补助报送占比43.46%，按2,346.76 ÷ 3,194.99应为73.45%，需加强数据审核。",
    );
  });
});

describe("a city that gives 公用经费 but not 人员经费", () => {
  const { text, findings } = reportOf(cityPublicFunds);

  it("states 基本支出 from 收支 (8,720.09), never the sum of the parts it has", () => {
    expect(text).toContain("2024年度财政拨款基本支出8,720.09万元。");
    expect(text).not.toContain("基本支出25.58");
    expect(text).toContain("公用经费支出25.58万元，占全部基本支出的0.29%。");
    expect(text).not.toContain("100.00%");
    expect(text).not.toContain("人员经费");
  });

  it("writes 无 where the unit wrote it, and no finding about a sum it cannot make", () => {
    expect(text).toContain("三、政府性基金预算支出情况\n无");
    expect(findings.map((f) => f.rule)).not.toContain("sum-mismatch");
  });
});

describe("a district that gives only its reported score", () => {
  const { text, findings } = reportOf(reportedScoreOnly);

  it("states the score and grade as the unit's own", () => {
    expect(text).toContain(
      "2024年度我局报送的部门整体支出绩效自评得分为100.00分，等级为“优”（单位报送，未附指标评分表）。",
    );
  });

  it("asks the clerk to verify the missing indicator table", () => {
    expect(findings.filter((f) => f.rule === "missing-value").map((f) => [f.severity, f.message])).toEqual([
      [
        "verify",
        "报送自评得分 100 分、等级“优”，但未附指标评分表，得分无法核对；请补填指标评分表，或在“说明”中写明依据。",
      ],
    ]);
  });
});

describe("三公 with a 0 budget and a reason", () => {
  const { text, findings } = reportOf(sangongZeroBudget);

  it("gives the reason and no rate it cannot compute", () => {
    expect(text).toContain(
      "公务接待费支出全年预算数为0.00万元，支出决算为0.86万元；决算数大于预算数的主要原因是承接省级卫生健康工作督导检查，年初未编列接待预算。",
    );
    expect(text).not.toMatch(/完成预算的-|完成预算的（/);
  });

  it("says in the finding and the draft that no budget was set, never 超过预算 0.00", () => {
    const over = findings.find((f) => f.path.join(".") === "sangong.items.reception");
    expect(over?.message).toBe(
      "“三公”经费 公务接待费 年初未安排预算（未填全年预算数），决算数 0.86 万元，“三公”经费不得超预算，请核对修正；确有追加预算的请填写全年预算数。",
    );
    expect(text).toContain("“三公”经费公务接待费未安排预算，支出0.86万元");
    expect(text).not.toMatch(/超过预算0\.00/);
  });
});
