/**
 * 全年预算数 per fund row (docs/domain.md §8): a row's 执行率 and over-budget are on its 全年预算数
 * when given, else on 预算批复 (年初), and the message says which; a table's 全年 sum is known only
 * when every row's is (a blank one makes it unknown, not smaller).
 */
import fs from "fs";
import path from "path";
import { computeModel, loadDataset, pathText, type Num, type RawDataset } from "../../src/domain";
import { baseDataset, check, fundTable, keys, ofRule } from "../helpers/datasets";

const FIXTURE = path.join(__dirname, "../fixtures/sparse-county-fund-adjusted.json");
const fixture = (): RawDataset => JSON.parse(fs.readFileSync(FIXTURE, "utf8")) as RawDataset;

describe("a county fund table with two rows 追加 mid-year and one 全年预算数 blank", () => {
  const raw = fixture();
  const findings = check(raw);
  const model = computeModel(loadDataset(raw));
  const table = model.fundTables[0];

  it("no over-budget on a row spent within its 全年 budget but above its 年初", () => {
    // 老年人健康管理: 年初 85, 全年 97.3, spent 97.3 (no 到位); 家庭医生签约服务: 到位 168.50 = 全年.
    const onRows = (rule: string) => ofRule(findings, rule).map((f) => pathText(f.path));
    expect(onRows("over-budget")).not.toContain("fundTables[0].rows[1].used");
    expect(onRows("arrived-over-budget")).not.toContain("fundTables[0].rows[0].arrived");
    // Their reported rates are on 全年 (151.20 ÷ 168.50 = 89.73 %, 97.3 ÷ 97.3 = 100 %): right.
    expect(keys(findings).filter((k) => /rows\[[01]\]/.test(k))).toEqual([]);
  });

  it("a row over its 全年 budget says it compared with 全年; a row with only 年初 says 年初", () => {
    const over = ofRule(findings, "over-budget");
    expect(over.map((f) => pathText(f.path))).toEqual([
      "fundTables[0].rows[3].used",
      "fundTables[0].rows[4].used",
    ]);
    expect(over[0].message).toMatch(
      /健康教育宣传 实际使用 12\.86 万元，超过全年预算数 12\.00 万元（执行率 107\.17%）/,
    );
    expect(over[1].message).toMatch(
      /12320 热线运行 实际使用 9\.15 万元，超过年初预算批复 8\.00 万元（执行率 114\.38%；未填全年预算数）/,
    );
    expect(over[1]).toMatchObject({ expected: "8.00", reported: "9.15" });
  });

  it("the table's and the group's 全年 sums are unknown while a row's is blank", () => {
    expect(table.hasAdjusted).toBe(true);
    expect(table.total.adjusted).toBeNull();
    expect(table.groups[0].adjusted).toBeNull();
    expect(table.stated.adjusted).toBeNull();
    // The check says the report can state the 合计's 全年预算数 only once the blank is filled.
    const incomplete = ofRule(findings, "incomplete-section").map((f) => f.message);
    expect(incomplete.join("")).toContain("全年预算数合计");
    // The 合计's rate is on the 全年 sum alone: unknown, not 328.91 ÷ 285 on 年初 (115.41%, which
    // the 追加 of two rows makes meaningless) — a row falls back to its 年初 and its message says so.
    expect(table.total.rate).toBeNull();
    expect(table.groups[0].rate).toBeNull();
    expect(table.stated.rate).toBeNull();
    expect(model.evaluation?.overallExecutionRate ?? null).toBeNull();
    expect(table.rows[0].adjusted?.toFixed(2)).toBe("168.50");
    expect(table.rows[0].rate?.toFixed(2)).toBe("89.73");
    expect(table.rows[2].adjusted).toBeNull();
    expect(table.rows[2].rate?.toFixed(2)).toBe("97.33");
    // 项目资金 (no block given): 全年预算数 from the rows, unknown while one is blank.
    const funding = model.projectFunding[0];
    expect(funding.lines.total.adjusted).toBeNull();
    // Its 执行率 and 得分 on the 全年 合计 alone, as the fund sheet's 合计: unknown, not 115.41% on 年初.
    expect(funding.lines.total.basis).toBeNull();
    expect(funding.lines.total.rate).toBeNull();
    expect([funding.score, funding.stated.total.rate, funding.statedScore]).toEqual([null, null, null]);
  });

  it("with every row's 全年 filled, the sums, the 合计's rate and 项目资金's 全年 are on 全年", () => {
    const filled = fixture();
    const rows = filled.fundTables?.[0].rows ?? [];
    rows[2].adjustedBudget = "60.00";
    rows[4].adjustedBudget = "10";
    const m = computeModel(loadDataset(filled));
    const t = m.fundTables[0];
    expect(t.total.adjusted?.toFixed(2)).toBe("347.80");
    expect(t.groups[0].adjusted?.toFixed(2)).toBe("325.80");
    expect(t.total.rate?.toFixed(2)).toBe("94.57");
    const funding = m.projectFunding[0];
    expect(funding.lines.total.adjusted?.toFixed(2)).toBe("347.80");
    expect(funding.lines.total.basis).toBe("adjusted");
    expect(funding.lines.total.rate?.toFixed(2)).toBe("94.57");
    // The 小计 the unit reported (on 年初 figures) is still right; a reported 全年 合计 is checked.
    const table0 = filled.fundTables?.[0];
    if (!table0) throw new Error("the fixture has a fund table");
    table0.reportedTotal = { budget: "285.00", used: "328.91", adjustedBudget: "346.00" };
    expect(keys(check(filled))).toContain("sum-mismatch@fundTables[0].reportedTotal.adjustedBudget");
  });
});

type Row = { budget: Num; adjustedBudget?: Num; arrived?: Num; used: Num; reportedRate?: Num };
const rowFindings = (row: Row, others: Row[] = []) =>
  check(
    baseDataset({
      fundTables: [fundTable([{ name: "甲", ...row }, ...others.map((o, i) => ({ name: `乙${i}`, ...o }))])],
    }),
  ).filter((f) => pathText(f.path).startsWith("fundTables[0].rows[0]"));

describe("a fund row's rules on its budget in force", () => {
  const withColumn: Row[] = [{ budget: "10", adjustedBudget: "10", used: "9" }];
  it.each([
    [
      "over 全年",
      { budget: "100", adjustedBudget: "120", used: "130" },
      [],
      ["over-budget"],
      /超过全年预算数 120\.00 万元（执行率 108\.33%）/,
    ],
    ["over 年初, within 全年", { budget: "100", adjustedBudget: "120", used: "110" }, [], [], null],
    [
      "全年 调减 below what was spent",
      { budget: "100", adjustedBudget: "80", used: "90" },
      [],
      ["over-budget"],
      /超过全年预算数 80\.00 万元/,
    ],
    ["年初 0, 追加 to 4.50, spent 4.41", { budget: "0", adjustedBudget: "4.50", used: "4.41" }, [], [], null],
    [
      "only 年初 0 in a table with 全年",
      { budget: "0", used: "4.41" },
      withColumn,
      ["over-budget"],
      /年初未安排预算（未填全年预算数），实际使用 4\.41 万元/,
    ],
    [
      "only 年初 in a table with 全年",
      { budget: "100", used: "105" },
      withColumn,
      ["over-budget"],
      /超过年初预算批复 100\.00 万元（执行率 105\.00%；未填全年预算数）/,
    ],
    [
      "a blank 全年: on 年初",
      { budget: "100", adjustedBudget: "", used: "105" },
      [],
      ["over-budget"],
      /超过年初预算批复 100\.00 万元/,
    ],
    [
      "no 全年 anywhere: the message as before",
      { budget: "100", used: "105" },
      [],
      ["over-budget"],
      /^【测试专项】甲 实际支出 105\.00 万元，超过预算 100\.00 万元/,
    ],
    [
      "到位 over 全年",
      { budget: "100", adjustedBudget: "120", arrived: "130", used: "100" },
      [],
      ["arrived-over-budget"],
      /实际到位 130\.00 万元，超过全年预算数 120\.00 万元/,
    ],
    [
      "到位 over 年初, within 全年",
      { budget: "100", adjustedBudget: "120", arrived: "120", used: "100" },
      [],
      [],
      null,
    ],
    [
      "low on 全年",
      { budget: "100", adjustedBudget: "300", used: "100" },
      [],
      ["low-execution"],
      /预算执行率 33\.33%（100\.00 ÷ 300\.00/,
    ],
    [
      "not low on 年初 when 全年 is given",
      { budget: "100", adjustedBudget: "150", used: "95" },
      [],
      [],
      null,
    ],
    [
      "nothing used of a 全年 budget",
      { budget: "0", adjustedBudget: "50", used: "0" },
      [],
      ["low-execution"],
      /预算执行率为 0（全年预算数 50\.00 万元/,
    ],
    [
      "a reported rate on 全年 is right",
      { budget: "100", adjustedBudget: "125", used: "100", reportedRate: "80" },
      [],
      [],
      null,
    ],
    [
      "a reported rate on 年初 is the other base",
      { budget: "100", adjustedBudget: "125", used: "100", reportedRate: "100" },
      [],
      ["rate-base-mismatch"],
      /全年预算数/,
    ],
  ] as const)("%s", (_name, row, others, rules, message) => {
    const found = rowFindings(row as Row, [...others]);
    expect(found.map((f) => f.rule)).toEqual(rules);
    if (message) expect(found[0].message).toMatch(message);
  });
});
