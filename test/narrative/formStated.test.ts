/**
 * A project form in the report states its 项目资金 as the prose states the table (docs/domain.md §2,
 * §7, §8): where a row's figure is blank and the unit reported its 合计, the form's 年度资金总额 is that
 * reported 合计 — not blank beside the prose's figure — while the workbook's block keeps the computed
 * (unknown) figures its formulas give.
 */
import { checkDataset, loadDataset, type RawDataset } from "../../src/domain";
import { buildReportPlan, reportText } from "../../src/narrative";
import { fundBlanks } from "../helpers/sparse";

/** The report, and the cells of the 年度资金总额 row of the table's 项目支出绩效自评表. */
function reportOf(raw: RawDataset) {
  const { model, findings } = checkDataset(loadDataset(raw));
  const plan = buildReportPlan(model, findings);
  const form = plan.forms.filter((b) => b.kind === "table")[1];
  if (form?.kind !== "table") throw new Error("no project form");
  const totalLine = form.rows.find((r) => r.cells[0]?.text === "年度资金总额");
  if (!totalLine) throw new Error("no 年度资金总额 row");
  // 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分.
  return { model, prose: reportText(plan), line: totalLine.cells.slice(1).map((c) => c.text) };
}

describe("the project form of a table whose rows are incomplete", () => {
  it("states the reported 合计 预算 the prose states, and leaves 全年执行数 blank as the prose does", () => {
    // 艾滋病防治's 预算批复 and two 实际使用 are blank; the unit reported 合计 预算批复 1,787.70 only.
    const { model, prose, line } = reportOf(fundBlanks());
    expect(prose).toContain("2024年度基本和重大公共卫生服务补助资金预算1,787.70万元，实际到位1,787.70万元");
    expect(prose).not.toMatch(/基本和重大公共卫生服务补助资金[^。]*实际使用/);
    expect(line).toEqual(["1,787.70", "", "", "10", "", ""]);
    // The workbook's block is the computed one: the 合计 of the rows is unknown.
    expect(model.projectFunding[0].lines.total.initial).toBeNull();
    expect(model.projectFunding[0].lines.total.actual).toBeNull();
  });

  it("states the reported 合计 实际使用 beside it, with the 执行率 and 得分 the prose's figures give", () => {
    const raw = fundBlanks();
    const table = raw.fundTables?.[0];
    if (!table) throw new Error("the fixture has a fund table");
    table.reportedTotal = { ...table.reportedTotal, used: "1,250.00" };
    const { model, prose, line } = reportOf(raw);
    expect(prose).toContain("实际使用1,250.00万元，预算执行率69.92%");
    expect(line).toEqual(["1,787.70", "", "1,250.00", "10", "69.92%", "6.99"]);
    expect(model.projectFunding[0].lines.total.actual).toBeNull();
    expect(model.projectFunding[0].score).toBeNull();
  });

  it("states a 合计 within 尾差 of complete rows as reported, the rate still the engine's", () => {
    const raw = fundBlanks();
    const table = raw.fundTables?.[0];
    if (!table) throw new Error("the fixture has a fund table");
    // Every row filled: the rows sum to 1,787.70 预算 and 1,419.29 使用; the unit reported 1,419.30.
    table.rows[1].used = "100.00";
    table.rows[3].budget = "42.00";
    table.rows[5].used = "68.01";
    table.rows[5].budget = "60.00";
    table.reportedTotal = { budget: "1,787.70", arrived: "1,787.70", used: "1,419.30" };
    const { model, prose, line } = reportOf(raw);
    const computed = model.fundTables[0].total;
    expect(computed.used?.toFixed(2)).toBe("1419.29");
    expect(prose).toContain("实际使用1,419.30万元");
    expect(line[2]).toBe("1,419.30");
    expect(line[4]).toBe(`${computed.rate?.toFixed(2)}%`);
    expect(model.projectFunding[0].lines.total.actual?.toFixed(2)).toBe("1419.29");
  });
});
