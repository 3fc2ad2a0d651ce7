/**
 * A fund table's own indicators (`indicators[].table`) on its 项目支出绩效自评表: the form is made
 * even for a table without a 项目资金 block (the block its 总分 needs is drawn, empty, on the fund
 * sheet), and the workbook reads back to the same dataset — the block adds nothing to it.
 */
import { checkDataset, loadDataset, type RawDataset } from "../../src/domain";
import { readXlsxGrid, renderXlsx } from "../../src/renderers/xlsx";
import { buildWorkbookPlan } from "../../src/workbook";
import { importWorkbook } from "../../src/workbook/import";
import { sampleRaw } from "../helpers/datasets";

/** The sample with two indicators on 中医药专项's form (a table with no 项目资金 block). */
function withTcmIndicators(): RawDataset {
  const raw = sampleRaw();
  raw.indicators = [
    ...(raw.indicators ?? []),
    {
      level1: "产出",
      level2: "数量指标",
      name: "培训基层中医人员",
      weight: "50",
      direction: ">=",
      target: "500",
      unit: "人",
      actual: "520",
      table: "tcm",
    },
    {
      level1: "满意度",
      level2: "服务对象满意度指标",
      name: "受训人员满意度",
      weight: "40",
      direction: ">=",
      target: "90",
      unit: "%",
      actual: "88",
      table: "tcm",
    },
  ];
  return raw;
}

describe("a fund table's own indicators", () => {
  it("make its form, with the indicators, their scores and 总分 out of 90 + 10", async () => {
    const raw = withTcmIndicators();
    expect(raw.fundTables?.find((t) => t.id === "tcm")?.funding).toBeUndefined();
    const { model, findings } = checkDataset(loadDataset(raw));
    expect(findings.filter((f) => f.rule === "weights-not-100")).toEqual([]);
    const { plan } = buildWorkbookPlan(model, findings);
    const form = plan.sheets.find((s) => s.key === "form:tcm");
    expect(form).toBeDefined();
    const cells = (form?.rows ?? []).flatMap((r) => r.map((c) => c?.expected ?? c?.value));
    expect(cells).toEqual(expect.arrayContaining(["培训基层中医人员", "受训人员满意度", 50, 39.11, "100"]));
    // The department's form keeps the sample's indicators and its 94.17.
    const department = plan.sheets.find((s) => s.key === "form:department");
    expect((department?.rows ?? []).flat().map((c) => c?.expected)).toContain(94.17);

    const back = importWorkbook(await readXlsxGrid(await renderXlsx(plan))).raw;
    expect(back.fundTables?.find((t) => t.id === "tcm")?.funding).toBeUndefined();
    expect(back.indicators?.filter((i) => i.table).map((i) => [i.name, i.table])).toEqual([
      ["培训基层中医人员", "tcm"],
      ["受训人员满意度", "tcm"],
    ]);
  });
});
