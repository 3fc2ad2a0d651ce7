/**
 * The plans of the sample — the standard workbook and the narrative report — against the golden
 * files in test/golden/. Any change to a sheet, formula, style, path or sentence shows here as a
 * line diff to review; `UPDATE_GOLDEN=1 npx jest test/golden.test.ts` accepts it.
 */
import { checkDataset, loadDataset } from "../src/domain";
import { buildReportPlan } from "../src/narrative";
import { buildWorkbookPlan } from "../src/workbook";
import { goldenDiff, reportPlanText, workbookPlanText } from "./helpers/golden";
import { sampleRaw } from "./helpers/datasets";
import { richDataset } from "./helpers/rich";
import { guangdongCity, hubeiCounty, yiyangCity } from "./helpers/sparse";

describe("golden plans", () => {
  it.each([
    ["sample", sampleRaw],
    ["rich", richDataset],
  ])("the %s workbook plan is the one reviewed", (name, make) => {
    const { model, findings } = checkDataset(loadDataset(make()));
    expect(
      goldenDiff(`${name}-workbook.txt`, workbookPlanText(buildWorkbookPlan(model, findings).plan)),
    ).toEqual([]);
  });

  it.each([
    ["sample", sampleRaw],
    ["rich", richDataset],
  ])("the %s report plan is the one reviewed", (name, make) => {
    const { model, findings } = checkDataset(loadDataset(make()));
    expect(goldenDiff(`${name}-report.txt`, reportPlanText(buildReportPlan(model, findings)))).toEqual([]);
  });

  it.each([
    ["sample-hubei", sampleRaw, "hubei"],
    ["sample-guangdong", sampleRaw, "guangdong"],
    ["sparse-yiyang", yiyangCity, undefined],
    ["sparse-hubei", hubeiCounty, undefined],
    ["sparse-guangdong", guangdongCity, undefined],
  ] as const)(
    "the %s report plan (other outlines, sparse data) is the one reviewed",
    (name, make, outline) => {
      const { model, findings } = checkDataset(loadDataset(make()));
      const plan = buildReportPlan(model, findings, outline ? { outline } : {});
      expect(goldenDiff(`${name}-report.txt`, reportPlanText(plan))).toEqual([]);
    },
  );
});
