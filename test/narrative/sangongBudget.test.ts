/**
 * 三公 with a 全年预算数 (docs/domain.md §8): a county bureau whose 公务接待费 had no budget at the start
 * of the year (年初 0) and was given 4.50 万元 mid-year, spending 4.41. The findings said so already
 * (no over-budget); the model, the report, its drafted 存在的问题 and the sheet must say the same — the
 * 完成率 on 4.50, no 超过预算 sentence, 年初 and 全年 both stated — and the report check must read it.
 */
import { checkDataset, loadDataset, type RawDataset } from "../../src/domain";
import { buildReportPlan, reportText } from "../../src/narrative";
import { checkReport } from "../../src/reportcheck";
import { buildWorkbookPlan } from "../../src/workbook";
import { SangongCol } from "../../src/workbook/sheets/sangong";
import { sangongAdjusted as county, SANGONG_ADJUSTED_ITEMS as items } from "../helpers/sangong";
import { blocksOf } from "../helpers/reportEdits";

const run = (raw: RawDataset) => {
  const { model, findings } = checkDataset(loadDataset(raw));
  const plan = buildReportPlan(model, findings);
  return { model, findings, plan, text: reportText(plan) };
};

describe("三公 with a 全年预算数", () => {
  const { model, findings, plan, text } = run(county(items, { budget: "16.50", actual: "15.77" }));
  const reception = model.sangong?.categories.find((c) => c.key === "reception");

  it("holds the category to its 全年预算数 and keeps its 年初 beside it", () => {
    expect([
      reception?.initialBudget?.toFixed(2),
      reception?.budget?.toFixed(2),
      reception?.rate?.toFixed(2),
    ]).toEqual(["0.00", "4.50", "98.00"]);
    // The total's budget in force: 0 + 12 + 0 (the dash) + 4.50; its 年初 12.
    expect([model.sangong?.total.initialBudget?.toFixed(2), model.sangong?.total.budget?.toFixed(2)]).toEqual(
      ["12.00", "16.50"],
    );
    expect(model.sangong?.total.rate?.toFixed(2)).toBe("95.58");
  });

  it("finds nothing over budget, and the reported 全年 total agrees", () => {
    expect(findings.filter((f) => f.rule === "over-budget")).toEqual([]);
    expect(findings.filter((f) => f.path[0] === "sangong" && f.rule === "sum-mismatch")).toEqual([]);
  });

  it("states 年初 and 全年 for 公务接待费 and its 完成率 on 全年, and drafts no 超过预算 for it", () => {
    expect(text).toContain(
      "公务接待费支出年初预算数为0.00万元，全年预算数为4.50万元，支出决算为4.41万元，完成预算的98.00%；决算数小于预算数的主要原因是年中追加接待上级检查经费",
    );
    expect(text).toContain(
      "“三公”经费财政拨款支出全年预算数为16.50万元，支出决算为15.77万元，完成预算的95.58%",
    );
    // A category whose 全年 is its 年初 is stated once.
    expect(text).not.toMatch(/公务用车购置及运行维护费支出年初/u);
    expect(text).not.toMatch(/公务接待费未安排预算|公务接待费支出4\.41万元，超过/u);
  });

  it("reads back clean in the report check, 年初 attributed as 公务接待费's 年初预算数", async () => {
    const checked = checkReport(await blocksOf(plan), { model });
    expect(checked.findings).toEqual([]);
    expect(checked.attributed.map((a) => a.key)).toEqual(
      expect.arrayContaining(["reception/initialBudget", "reception/budget", "reception/completionRate"]),
    );
  });

  it("lays the sheet out on the budget in force: the rate on 全年, the total's 全年 the sum in force", () => {
    const { plan: wb } = buildWorkbookPlan(model, findings);
    const sheet = wb.sheets.find((s) => s.key === "sangong");
    const cell = (label: string, col: number) => {
      const row = sheet?.rows.findIndex((r) => r[0]?.value === label) ?? -1;
      return sheet?.rows[row]?.[col];
    };
    expect(cell("公务接待费", SangongCol.rate)?.expected).toBe(0.98);
    expect(cell("合计", SangongCol.budget)?.expected).toBe(12);
    expect(cell("合计", SangongCol.adjusted)?.expected).toBe(16.5);
  });
});

describe("三公 with no 全年预算数 anywhere", () => {
  it("reads as before: 全年预算数 is the 预算数, no 年初 stated, the total's 全年 cell blank", () => {
    const { model, text } = run(county({ ...items, reception: { budget: "5", actual: "4.41" } }));
    expect(text).toContain("公务接待费支出全年预算数为5.00万元，支出决算为4.41万元，完成预算的88.20%");
    expect(text).not.toContain("年初预算数");
    const { plan: wb } = buildWorkbookPlan(model, []);
    const sheet = wb.sheets.find((s) => s.key === "sangong");
    const total = sheet?.rows.find((r) => r[0]?.value === "合计");
    expect(total?.[SangongCol.adjusted]?.expected).toBe("");
  });

  it("a 全年预算数 on a category whose 年初 is blank: the total's 全年 is unknown, not smaller", () => {
    const { model } = run(
      county({
        ...items,
        vehicleOperation: { actual: "11.36" },
        reception: { budget: "0", adjustedBudget: "4.5", actual: "4.41" },
      }),
    );
    expect(model.sangong?.total.budget).toBeNull();
    expect(model.sangong?.total.rate).toBeNull();
  });
});
