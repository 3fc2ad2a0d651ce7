/**
 * The report on a fund table with 全年预算数 (docs/domain.md §8): the lead sentence says 年初预算批复 and
 * 全年预算 where they differ (as the province report: “年初预算批复资金 903 万元 …”), the table has a
 * 全年预算数 column, blank where unknown, and the 执行率 is on 全年 where it is given.
 */
import { checkDataset, loadDataset, type RawDataset } from "../../src/domain";
import { buildReportPlan, reportText } from "../../src/narrative";
import { fundAdjusted } from "../helpers/sparse";

const reportOf = (raw: RawDataset) => {
  const { model, findings } = checkDataset(loadDataset(raw));
  const plan = buildReportPlan(model, findings);
  const table = plan.blocks.find((b) => b.kind === "table");
  if (table?.kind !== "table") throw new Error("no fund table in the report");
  return { prose: reportText(plan), rows: table.rows.map((r) => r.cells.map((c) => c.text)) };
};

describe("the report on a fund table with 全年预算数", () => {
  it("with a row's 全年 blank: the lead says 年初预算批复 only and no 执行率, the 合计's 全年 and rate blank", () => {
    const { prose, rows } = reportOf(fundAdjusted());
    expect(prose).toContain("2024年度基本公共卫生服务补助资金年初预算批复285.00万元；实际使用328.91万元。");
    expect(prose).not.toContain("115.41%");
    expect(rows[0]).toEqual([
      "项目大类",
      "项目名称",
      "年初预算批复",
      "全年预算数",
      "实际到位情况",
      "实际使用情况",
      "预算执行率",
    ]);
    expect(rows[1].slice(1)).toEqual(["家庭医生签约服务", "120.00", "168.50", "168.50", "151.20", "89.73%"]);
    expect(rows.find((r) => r[0] === "妇幼健康服务")?.slice(1)).toEqual([
      "60.00",
      "",
      "60.00",
      "58.40",
      "97.33%",
    ]);
    expect(rows.at(-1)).toEqual(["合计", "285.00", "", "", "328.91", ""]);
  });

  it("with every row's 全年 given: 年初预算批复 and 全年预算 both, the 执行率 on 全年", () => {
    const raw = fundAdjusted();
    const rows = raw.fundTables?.[0].rows ?? [];
    rows[2].adjustedBudget = "60.00";
    rows[4].adjustedBudget = "10.00";
    const report = reportOf(raw);
    expect(report.prose).toContain(
      "2024年度基本公共卫生服务补助资金年初预算批复285.00万元，全年预算347.80万元；实际使用328.91万元，预算执行率94.57%。",
    );
    expect(report.rows.at(-1)).toEqual(["合计", "285.00", "347.80", "", "328.91", "94.57%"]);
  });
});
