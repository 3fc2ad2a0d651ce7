/** Every rule of docs/domain.md §5: fires, does not fire, and at its boundary. */
import type { IndicatorOf, Num, RawDataset } from "../../src/domain";
import { IMPORT_RULES, REPORT_RULES, RULES, type RuleId } from "../../src/domain";
import { baseDataset, check, fundTable, keys, ofRule } from "../helpers/datasets";

type Row = {
  group?: string;
  name: string;
  budget: Num;
  arrived?: Num;
  used: Num;
  reportedRate?: Num;
  usedAsReported?: string;
};
const table = (rows: Row[], extra: Parameters<typeof fundTable>[1] = {}) =>
  baseDataset({ fundTables: [fundTable(rows, extra)] });
const row = (budget: Num, used: Num, more: Partial<Row> = {}): Row => ({
  name: "甲项目",
  budget,
  used,
  ...more,
});

const indicator = (over: Partial<IndicatorOf<Num>> = {}): IndicatorOf<Num> => ({
  level1: "产出",
  level2: "数量指标",
  name: "培训人数",
  weight: "100",
  direction: ">=",
  target: "100",
  unit: "人",
  actual: "100",
  ...over,
});
const scored = (over: Partial<IndicatorOf<Num>>, self: RawDataset["selfEvaluation"] = undefined) =>
  baseDataset({ indicators: [indicator(over)], ...(self ? { selfEvaluation: self } : {}) });

const sangong = (reception: { budget: Num; actual: Num }, reported: Record<string, Num> = {}) =>
  baseDataset({ sangong: { items: { reception }, reported } });

const finance = (closing: Num) =>
  baseDataset({
    finance: {
      openingBalance: { basic: "10.00" },
      income: { basic: "100.00" },
      expenditure: { basic: "90.00" },
      closingBalance: { basic: closing },
    },
  });

interface Case {
  rule: keyof typeof RULES;
  what: string;
  data: RawDataset;
  /** The paths the rule must report, exactly ([] = must not fire). */
  paths: string[];
}

const cases: Case[] = [
  {
    rule: "incomplete-section",
    what: "收支 with expenditure only: income and balances missing",
    data: baseDataset({ finance: { expenditure: { basic: "960.56", project: "16974.06" } } }),
    paths: ["finance"],
  },
  {
    rule: "incomplete-section",
    what: "三公 with one category and no reported total",
    data: sangong({ budget: "7.10", actual: "6.90" }),
    paths: ["sangong.items"],
  },
  {
    rule: "incomplete-section",
    what: "a section the dataset does not touch (the report's 【待补充】 names it)",
    data: baseDataset({}),
    paths: [],
  },
  {
    rule: "incomplete-section",
    what: "收支 in full",
    data: baseDataset({
      finance: {
        openingBalance: { basic: "0", project: "10.00" },
        income: { basic: "100.00", project: "50.00" },
        expenditure: { basic: "100.00", project: "55.00" },
        closingBalance: { basic: "0", projectCarryover: "5.00", projectSurplus: "-" },
      },
    }),
    paths: [],
  },
  // invalid-number
  {
    rule: "invalid-number",
    what: "text in 实际使用",
    data: table([row("100", "完成")]),
    paths: ["fundTables[0].rows[0].used"],
  },
  {
    rule: "invalid-number",
    what: "a negative amount",
    data: table([row("-100", "50")]),
    paths: ["fundTables[0].rows[0].budget"],
  },
  {
    rule: "invalid-number",
    what: "a % sign on an amount",
    data: table([row("100%", "50")]),
    paths: ["fundTables[0].rows[0].budget"],
  },
  {
    rule: "invalid-number",
    what: "text in a reported rate",
    data: table([row("100", "50", { reportedRate: "约50" })]),
    paths: ["fundTables[0].rows[0].reportedRate"],
  },
  { rule: "invalid-number", what: "boundary: zero is a number", data: table([row("100", "0")]), paths: [] },
  { rule: "invalid-number", what: "a dash is nil, not text", data: table([row("100", "-")]), paths: [] },
  // missing-value
  {
    rule: "missing-value",
    what: "blank required 实际使用",
    data: table([row("100", "")]),
    paths: ["fundTables[0].rows[0].used"],
  },
  {
    rule: "missing-value",
    what: "blank optional 实际到位",
    data: table([row("100", "50", { arrived: "" })]),
    paths: [],
  },
  { rule: "missing-value", what: "a dash counts as written", data: table([row("100", "—")]), paths: [] },
  // excess-precision
  {
    rule: "excess-precision",
    what: "3 decimals on an amount",
    data: table([row("425.165", "100")]),
    paths: ["fundTables[0].rows[0].budget"],
  },
  { rule: "excess-precision", what: "boundary: 2 decimals", data: table([row("425.16", "100")]), paths: [] },
  {
    rule: "excess-precision",
    what: "a rate may have more",
    data: table([row("300", "100", { reportedRate: "33.333" })]),
    paths: [],
  },
  // rate-mismatch
  {
    rule: "rate-mismatch",
    what: "45.62 reported, 37.86 ÷ 83 = 45.61",
    data: table([row("83.00", "37.86", { reportedRate: "45.62" })]),
    paths: ["fundTables[0].rows[0].reportedRate"],
  },
  {
    rule: "rate-mismatch",
    what: "87.41 = 174.81 ÷ 200 half-up",
    data: table([row("200", "174.81", { reportedRate: "87.41" })]),
    paths: [],
  },
  {
    rule: "rate-mismatch",
    what: "banker's 87.40 is wrong",
    data: table([row("200", "174.81", { reportedRate: "87.40" })]),
    paths: ["fundTables[0].rows[0].reportedRate"],
  },
  {
    rule: "rate-mismatch",
    what: "at reported precision: 13.3 for 13.307",
    data: table([row("1000", "133.07", { reportedRate: "13.3" })]),
    paths: [],
  },
  {
    rule: "rate-mismatch",
    what: "at reported precision: 13.4 for 13.307",
    data: table([row("1000", "133.07", { reportedRate: "13.4" })]),
    paths: ["fundTables[0].rows[0].reportedRate"],
  },
  {
    rule: "rate-mismatch",
    what: "a wrong reported total rate",
    data: table([row("100", "50")], { reportedTotal: { rate: "51" } }),
    paths: ["fundTables[0].reportedTotal.rate"],
  },
  {
    rule: "rate-mismatch",
    what: "no 三公 share reported",
    data: sangong({ budget: "10", actual: "5" }, { actual: "5" }),
    paths: [],
  },
  {
    rule: "rate-mismatch",
    what: "a wrong 三公 rate",
    data: baseDataset({
      sangong: {
        items: { reception: { budget: "10", actual: "5" } },
        reported: { rates: { reception: "60" } },
      },
    }),
    paths: ["sangong.reported.rates.reception"],
  },
  // rate-base-mismatch
  {
    rule: "rate-base-mismatch",
    what: "使用/到位 on a 批复 table",
    data: table([row("100", "40", { arrived: "80", reportedRate: "50" })]),
    paths: ["fundTables[0].rows[0].reportedRate"],
  },
  {
    rule: "rate-base-mismatch",
    what: "使用/批复 on a 批复 table",
    data: table([row("100", "40", { arrived: "80", reportedRate: "40" })]),
    paths: [],
  },
  {
    rule: "rate-base-mismatch",
    what: "使用/批复 on a 到位 table",
    data: table([row("100", "40", { arrived: "80", reportedRate: "40" })], { rateBase: "arrived" }),
    paths: ["fundTables[0].rows[0].reportedRate"],
  },
  {
    rule: "rate-base-mismatch",
    what: "使用/到位 on a 到位 table",
    data: table([row("100", "40", { arrived: "80", reportedRate: "50" })], { rateBase: "arrived" }),
    paths: [],
  },
  // sum-mismatch / rounding-difference (2 rows: tolerance 0.01)
  {
    rule: "sum-mismatch",
    what: "total off by 0.02 over 2 rows",
    data: table([row("10.00", "5.00"), row("20.00", "5.00")], { reportedTotal: { budget: "30.02" } }),
    paths: ["fundTables[0].reportedTotal.budget"],
  },
  {
    rule: "sum-mismatch",
    what: "boundary: off by 0.01 over 2 rows is 尾差",
    data: table([row("10.00", "5.00"), row("20.00", "5.00")], { reportedTotal: { budget: "30.01" } }),
    paths: [],
  },
  {
    rule: "rounding-difference",
    what: "off by 0.01 over 2 rows",
    data: table([row("10.00", "5.00"), row("20.00", "5.00")], { reportedTotal: { budget: "30.01" } }),
    paths: ["fundTables[0].reportedTotal.budget"],
  },
  {
    rule: "rounding-difference",
    what: "exact total",
    data: table([row("10.00", "5.00"), row("20.00", "5.00")], { reportedTotal: { budget: "30" } }),
    paths: [],
  },
  {
    rule: "sum-mismatch",
    what: "a subtotal off",
    data: table([row("10", "5", { group: "甲" }), row("20", "5", { group: "甲" })], {
      reportedSubtotals: [{ group: "甲", used: "11" }],
    }),
    paths: ["fundTables[0].reportedSubtotals[0].used"],
  },
  {
    rule: "sum-mismatch",
    what: "人员经费 ≠ its parts",
    data: baseDataset({
      basicExpenditure: { personnel: { total: "100", wages: "60", familySubsidies: "30" } },
    }),
    paths: ["basicExpenditure.personnel.total"],
  },
  // balance-mismatch (4 terms: tolerance 0.02)
  {
    rule: "balance-mismatch",
    what: "10 + 100 − 90 ≠ 25",
    data: finance("25.00"),
    paths: ["finance.closingBalance.basic"],
  },
  { rule: "balance-mismatch", what: "10 + 100 − 90 = 20", data: finance("20.00"), paths: [] },
  // missing-value: one term of the balance blank while the others are filled (docs/domain.md §7)
  {
    rule: "missing-value",
    what: "年末结转结余 blank, the other three filled",
    data: finance(""),
    paths: ["finance.closingBalance.basic"],
  },
  {
    rule: "missing-value",
    what: "年初结转结余 absent, the other three filled",
    data: baseDataset({
      finance: {
        income: { basic: "100.00" },
        expenditure: { basic: "90.00" },
        closingBalance: { basic: "20.00" },
      },
    }),
    paths: ["finance.openingBalance.basic"],
  },
  {
    rule: "missing-value",
    what: "only 本年收入 and 本年支出 given (a section the unit did not give)",
    data: baseDataset({ finance: { income: { basic: "100.00" }, expenditure: { basic: "90.00" } } }),
    paths: [],
  },
  {
    rule: "missing-value",
    what: "年末结转结余 written as text (its own finding)",
    data: finance("约20"),
    paths: [],
  },
  { rule: "missing-value", what: "年末结转结余 a dash (nil, filled)", data: finance("-"), paths: [] },
  {
    rule: "missing-value",
    what: "project 年末结转 and 结余 both blank, the rest filled",
    data: baseDataset({
      finance: {
        openingBalance: { project: "5.00" },
        income: { project: "50.00" },
        expenditure: { project: "40.00" },
      },
    }),
    paths: ["finance.closingBalance.projectCarryover"],
  },
  { rule: "balance-mismatch", what: "年末结转结余 blank: not checked", data: finance(""), paths: [] },
  { rule: "balance-mismatch", what: "boundary: off by 0.02 is 尾差", data: finance("20.02"), paths: [] },
  {
    rule: "balance-mismatch",
    what: "off by 0.03",
    data: finance("20.03"),
    paths: ["finance.closingBalance.basic"],
  },
  {
    rule: "rounding-difference",
    what: "balance off by 0.02",
    data: finance("20.02"),
    paths: ["finance.closingBalance.basic"],
  },
  // arrived-over-budget
  {
    rule: "arrived-over-budget",
    what: "到位 100.01 > 批复 100",
    data: table([row("100", "50", { arrived: "100.01" })]),
    paths: ["fundTables[0].rows[0].arrived"],
  },
  {
    rule: "arrived-over-budget",
    what: "boundary: 到位 = 批复",
    data: table([row("100", "50", { arrived: "100" })]),
    paths: [],
  },
  // used-over-arrived
  {
    rule: "used-over-arrived",
    what: "使用 90.01 > 到位 90",
    data: table([row("100", "90.01", { arrived: "90" })]),
    paths: ["fundTables[0].rows[0].used"],
  },
  {
    rule: "used-over-arrived",
    what: "boundary: 使用 = 到位",
    data: table([row("100", "90", { arrived: "90" })]),
    paths: [],
  },
  // low-execution (default threshold 60 %)
  {
    rule: "low-execution",
    what: "59.99 %",
    data: table([row("100", "59.99")]),
    paths: ["fundTables[0].rows[0]", "fundTables[0].reportedTotal"],
  },
  { rule: "low-execution", what: "boundary: 60.00 %", data: table([row("100", "60")]), paths: [] },
  {
    rule: "low-execution",
    what: "59.995 % shows as 60.00 %",
    data: table([row("200", "119.99")]),
    paths: [],
  },
  {
    rule: "low-execution",
    what: "threshold setting 80 %",
    data: baseDataset({
      fundTables: [fundTable([row("100", "70"), row("100", "90")])],
      settings: { lowExecutionThreshold: "80" },
    }),
    paths: ["fundTables[0].rows[0]"],
  },
  // indicator-figure-mismatch
  {
    rule: "indicator-figure-mismatch",
    what: "typed 76.93 where the linked 预算执行率 computes 75.98",
    data: baseDataset({
      fundTables: [fundTable([row("14660.00", "11138.01")], { id: "ph" })],
      indicators: [indicator({ actual: "76.93", link: "fundExecutionRate", linkTable: "ph" })],
    }),
    paths: ["indicators[0].actual"],
  },
  {
    rule: "indicator-figure-mismatch",
    what: "typed 76 agrees with 75.98 at its own precision",
    data: baseDataset({
      fundTables: [fundTable([row("14660.00", "11138.01")], { id: "ph" })],
      indicators: [indicator({ actual: "76", link: "fundExecutionRate", linkTable: "ph" })],
    }),
    paths: [],
  },
  {
    rule: "indicator-figure-mismatch",
    what: "a link naming no table is unknown, not a mismatch",
    data: baseDataset({
      indicators: [indicator({ actual: "76.93", link: "fundExecutionRate", linkTable: "nope" })],
    }),
    paths: [],
  },
  // over-budget
  {
    rule: "over-budget",
    what: "三公 actual > budget",
    data: sangong({ budget: "7.10", actual: "7.20" }),
    // 公务用车 and 因公出国 left out: the total is unknown, so only the category is over (docs/domain.md §7).
    paths: ["sangong.items.reception"],
  },
  {
    rule: "over-budget",
    what: "三公 total over budget when every category is given",
    data: baseDataset({
      sangong: {
        items: {
          vehicle: { budget: "10.00", actual: "10.00" },
          abroad: { budget: "-", actual: "-" },
          reception: { budget: "7.10", actual: "7.20" },
        },
      },
    }),
    paths: ["sangong.items.reception", "sangong.items"],
  },
  {
    rule: "over-budget",
    what: "三公 年初 0, 追加 to 全年 4.50, spent 4.41: within the 全年预算数",
    data: baseDataset({
      sangong: { items: { reception: { budget: "0", adjustedBudget: "4.50", actual: "4.41" } } },
    }),
    paths: [],
  },
  {
    rule: "over-budget",
    what: "三公 年初 0 only, spent 4.41: over the 年初预算数",
    data: baseDataset({ sangong: { items: { reception: { budget: "0", actual: "4.41" } } } }),
    paths: ["sangong.items.reception"],
  },
  {
    rule: "over-budget",
    what: "三公 over its 全年预算数 though within a larger 年初",
    data: baseDataset({
      sangong: { items: { reception: { budget: "10", adjustedBudget: "4.00", actual: "4.41" } } },
    }),
    paths: ["sangong.items.reception"],
  },
  {
    rule: "over-budget",
    what: "boundary: 三公 actual = budget",
    data: sangong({ budget: "7.10", actual: "7.10" }),
    paths: [],
  },
  {
    rule: "over-budget",
    what: "基本支出 over its budget",
    data: baseDataset({ basicExpenditure: { budget: "100", personnel: { total: "90" }, publicFunds: "20" } }),
    paths: ["basicExpenditure"],
  },
  {
    rule: "over-budget",
    what: "公用经费 over its budget",
    data: baseDataset({ basicExpenditure: { publicFunds: "20", publicFundsBudget: "19.99" } }),
    paths: ["basicExpenditure.publicFunds"],
  },
  {
    rule: "over-budget",
    what: "a fund row without 到位 used beyond 批复",
    data: table([row("100", "100.01")]),
    paths: ["fundTables[0].rows[0].used"],
  },
  {
    rule: "over-budget",
    what: "a fund row with 到位: used-over-arrived instead",
    data: table([row("100", "100.01", { arrived: "100" })]),
    paths: [],
  },
  // staff-over-quota
  {
    rule: "staff-over-quota",
    what: "在职 101 > 编制 100",
    data: baseDataset({ profile: { staffing: { authorized: 100, actualInQuota: 101 } } }),
    paths: ["profile.staffing.actualInQuota"],
  },
  {
    rule: "staff-over-quota",
    what: "boundary: 在职 = 编制",
    data: baseDataset({ profile: { staffing: { authorized: 100, actualInQuota: 100, actualTotal: 130 } } }),
    paths: [],
  },
  {
    rule: "staff-over-quota",
    what: "only 在职人员 total given",
    data: baseDataset({ profile: { staffing: { authorized: 100, actualTotal: 130 } } }),
    paths: ["profile.staffing.actualTotal"],
  },
  // score-over-weight
  {
    rule: "score-over-weight",
    what: "score above weight",
    data: scored({ reportedScore: "100.5" }),
    paths: ["indicators[0].reportedScore"],
  },
  {
    rule: "score-over-weight",
    what: "negative score",
    data: scored({ actual: "50", reportedScore: "-1" }),
    paths: ["indicators[0].reportedScore"],
  },
  {
    rule: "score-over-weight",
    what: "boundary: score = weight",
    data: scored({ reportedScore: "100" }),
    paths: [],
  },
  // score-inconsistent
  {
    rule: "score-inconsistent",
    what: "met but docked, no note",
    data: scored({ reportedScore: "95" }),
    paths: ["indicators[0].reportedScore"],
  },
  {
    rule: "score-inconsistent",
    what: "met but docked, with a note",
    data: scored({ reportedScore: "95", deviationNote: "质量未达预期" }),
    paths: [],
  },
  {
    rule: "score-inconsistent",
    what: "missed but full, no note",
    data: scored({ actual: "90", reportedScore: "100" }),
    paths: ["indicators[0].reportedScore"],
  },
  {
    rule: "score-inconsistent",
    what: "missed and scored pro rata",
    data: scored({ actual: "90", reportedScore: "90" }),
    paths: [],
  },
  {
    rule: "rate-mismatch",
    what: "missed and scored wrongly",
    data: scored({ actual: "90", reportedScore: "85" }),
    paths: ["indicators[0].reportedScore"],
  },
  // weights-not-100
  {
    rule: "weights-not-100",
    what: "weights sum to 90",
    data: baseDataset({ indicators: [indicator({ weight: "50" }), indicator({ weight: "40" })] }),
    paths: ["indicators"],
  },
  {
    rule: "weights-not-100",
    what: "weights sum to 100",
    data: baseDataset({ indicators: [indicator({ weight: "50" }), indicator({ weight: "50.00" })] }),
    paths: [],
  },
  // score-mismatch
  {
    rule: "score-mismatch",
    what: "reported 95, computed 90",
    data: scored({ actual: "90" }, { reportedScore: "95" }),
    paths: ["selfEvaluation.reportedScore"],
  },
  {
    rule: "score-mismatch",
    what: "reported 90.0, computed 90",
    data: scored({ actual: "90" }, { reportedScore: "90.0" }),
    paths: [],
  },
  // control-character
  {
    rule: "control-character",
    what: "a vertical tab pasted from Word into a row name",
    data: table([{ name: "甲\u000b乙", budget: "1", used: "1" }]),
    paths: ["fundTables[0].rows[0].name"],
  },
  {
    rule: "control-character",
    what: "line breaks and tabs are text, not control characters",
    data: table([{ name: "甲\n乙\t丙", budget: "1", used: "1" }]),
    paths: [],
  },
  // grade-mismatch
  {
    rule: "grade-mismatch",
    what: "优 for 89.99",
    data: scored({ actual: "89.99" }, { reportedGrade: "优" }),
    paths: ["selfEvaluation.reportedGrade"],
  },
  {
    rule: "grade-mismatch",
    what: "boundary: 优 for 90",
    data: scored({ actual: "90" }, { reportedGrade: "优" }),
    paths: [],
  },
  {
    rule: "grade-mismatch",
    what: "良 for 80",
    data: scored({ actual: "80" }, { reportedGrade: "中" }),
    paths: ["selfEvaluation.reportedGrade"],
  },
];

describe.each(cases)("$rule — $what", ({ rule, data, paths }) => {
  it(paths.length ? `fires at ${paths.join(", ")}` : "does not fire", () => {
    expect(keys(ofRule(check(data), rule)).sort()).toEqual(paths.map((p) => `${rule}@${p}`).sort());
  });
});

describe("every rule has cases above", () => {
  // The report check's rules have their cases in test/reportcheck/.
  const engineRules = Object.keys(RULES).filter(
    (r) => !IMPORT_RULES.has(r as RuleId) && !(REPORT_RULES as readonly string[]).includes(r),
  );
  it.each(engineRules)("%s", (rule) => {
    expect(cases.filter((c) => c.rule === rule && c.paths.length).length).toBeGreaterThan(0);
    expect(cases.filter((c) => c.rule === rule && !c.paths.length).length).toBeGreaterThan(0);
  });
});

describe("severities and messages", () => {
  it("over-budget on 三公 says which budget it compared with", () => {
    const initial = ofRule(
      check(baseDataset({ sangong: { items: { reception: { budget: "0", actual: "4.41" } } } })),
      "over-budget",
    );
    // A 年初 of 0 states no rate and no 0.00: it says the 年初 had no budget and no 全年 was given.
    expect(initial[0].message).toContain("年初未安排预算（未填全年预算数），决算数 4.41 万元");
    const adjusted = ofRule(
      check(
        baseDataset({
          sangong: { items: { reception: { budget: "10", adjustedBudget: "4.00", actual: "4.41" } } },
        }),
      ),
      "over-budget",
    );
    expect(adjusted[0].message).toContain("超过全年预算数 4.00 万元");
    expect(adjusted[0]).toMatchObject({ expected: "4.00", reported: "4.41", severity: "error" });
  });

  it("indicator-figure-mismatch is a verify naming both figures; the score is on the computed one", () => {
    const data = (reportedScore: string) =>
      baseDataset({
        fundTables: [fundTable([row("14660.00", "11138.01")], { id: "ph", title: "公共卫生专项" })],
        indicators: [
          indicator({
            name: "公共卫生专项预算执行率",
            unit: "%",
            actual: "76.93",
            reportedScore,
            link: "fundExecutionRate",
            linkTable: "ph",
          }),
        ],
      });
    // The unit scored its typed 76.93: one finding for one cause, saying what the score should be.
    const onTyped = check(data("76.93"));
    const [f] = ofRule(onTyped, "indicator-figure-mismatch");
    expect(f).toMatchObject({ severity: "verify", expected: "75.98", reported: "76.93" });
    expect(f.message).toContain("实际完成值填报 76.93%");
    expect(f.message).toContain("预算执行率 75.98%");
    expect(f.message).toContain("报送得分 76.93 系按填报值计算，按计算数应为 75.98");
    expect(ofRule(onTyped, "rate-mismatch")).toEqual([]);
    // A score on neither figure is wrong on its own: 100 × 75.98 ÷ 100.
    const [score] = ofRule(check(data("80")), "rate-mismatch");
    expect(score.expected).toBe("75.98");
    expect(score.message).toContain("100 × 75.98 ÷ 100");
  });

  it("over-budget is an error for 三公 and a verify elsewhere", () => {
    const sg = ofRule(check(sangong({ budget: "7.10", actual: "7.20" })), "over-budget");
    expect(sg.every((f) => f.severity === "error")).toBe(true);
    const basic = ofRule(
      check(baseDataset({ basicExpenditure: { publicFunds: "20", publicFundsBudget: "10" } })),
      "over-budget",
    );
    expect(basic.map((f) => f.severity)).toEqual(["verify"]);
  });

  it("a zero execution rate says so", () => {
    const [f] = ofRule(check(table([row("500.00", "-", { usedAsReported: "-" })])), "low-execution");
    expect(f.message).toContain("执行率为 0");
    expect(f.message).toContain("500.00 万元");
  });

  it("messages name the item and both numbers", () => {
    const [f] = ofRule(
      check(table([row("100", "40", { arrived: "80", reportedRate: "50" })])),
      "rate-base-mismatch",
    );
    expect(f.message).toContain("甲项目");
    expect(f.message).toContain("50%");
    expect(f.message).toContain("40.00%");
    expect(f).toMatchObject({ reported: "50", expected: "40.00" });
    const [g] = ofRule(check(table([row("100", "完成")])), "invalid-number");
    expect(g.message).toContain("完成");
    expect(g.message).toContain("实际使用");
  });

  it("a share the unit computed on its reported 尾差 total is accepted; on neither base it is flagged", () => {
    const items = {
      vehicle: { budget: "309.65", actual: "298.32" },
      abroad: { budget: "61.88", actual: "61.88" },
      reception: { budget: "7.1", actual: "6.9" },
    };
    const ok = check(
      baseDataset({ sangong: { items, reported: { actual: "367.09", shares: { vehicle: "81.27" } } } }),
    );
    expect(ofRule(ok, "rate-mismatch")).toEqual([]);
    const exactTotal = check(
      baseDataset({ sangong: { items, reported: { actual: "367.10", shares: { vehicle: "81.27" } } } }),
    );
    expect(keys(ofRule(exactTotal, "rate-mismatch"))).toEqual([
      "rate-mismatch@sangong.reported.shares.vehicle",
    ]);
    const wrong = check(
      baseDataset({ sangong: { items, reported: { actual: "367.09", shares: { vehicle: "81.30" } } } }),
    );
    expect(keys(ofRule(wrong, "rate-mismatch"))).toEqual(["rate-mismatch@sangong.reported.shares.vehicle"]);
  });

  it("the combined vehicle line is the sum of its pair", () => {
    const f = check(
      baseDataset({
        sangong: {
          items: {
            vehiclePurchase: { budget: "100", actual: "100" },
            vehicleOperation: { budget: "50", actual: "40" },
            // Every category given (a dash is nil): the total is known, the share is checked.
            abroad: { budget: "-", actual: "-" },
            reception: { budget: "-", actual: "-" },
          },
          reported: { rates: { vehicle: "93.33" }, shares: { vehicle: "100" } },
        },
      }),
    );
    expect(f).toEqual([]);
  });
});
