/** Reading the standard workbook back: the sample round trip, and cell-level findings. */
import fc from "fast-check";
import { checkDataset, loadDataset, type RawDataset } from "../../src/domain";
import { readXlsxGrid, renderXlsx } from "../../src/renderers/xlsx";
import { buildWorkbookPlan } from "../../src/workbook";
import { importWorkbook, type WorkbookGrid } from "../../src/workbook/import";
import { readCell, zeroTextOf } from "../../src/workbook/cells";
import { RawBuilder } from "../../src/workbook/raw";
import { canonical } from "../helpers/canonical";
import { sampleRaw } from "../helpers/datasets";
import { datasetArb } from "../helpers/arbitraries";

async function roundTrip(
  raw: RawDataset,
): Promise<{ grid: WorkbookGrid; imported: ReturnType<typeof importWorkbook> }> {
  const { model, findings } = checkDataset(loadDataset(raw));
  const { plan } = buildWorkbookPlan(model, findings);
  const grid = await readXlsxGrid(await renderXlsx(plan));
  return { grid, imported: importWorkbook(grid) };
}

describe("importWorkbook", () => {
  it("reads the sample's workbook back into the same dataset", async () => {
    const raw = sampleRaw();
    const { imported } = await roundTrip(raw);
    const expected = loadDataset(raw);
    // usedAsReported ("-" where the report printed a dash for 0) travels in the used cell's format.
    expect(canonical(imported.dataset)).toEqual(canonical(expected));
    const dashed = imported.dataset.fundTables?.[0].rows.filter((r) => r.usedAsReported !== undefined);
    expect(dashed?.map((r) => [r.name, r.usedAsReported])).toEqual([
      ["国家医学中心创建及国家公立医院高质量发展试点", "-"],
    ]);
    expect(imported.sheets.get("fund:tcm")).toBe("中医药专项");
  });

  it("property: dataset → workbook → dataset is lossless", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, async (raw) => {
        const { imported } = await roundTrip(raw);
        expect(canonical(imported.dataset)).toEqual(canonical(loadDataset(raw)));
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it("keeps text typed into an amount cell, so the check reports it at that cell", async () => {
    const { grid } = await roundTrip(sampleRaw());
    const sheet = grid.sheets.find((s) => s.name === "中医药专项");
    if (!sheet) throw new Error("no sheet");
    const row = sheet.cells[8] as { value: unknown }[];
    row[4] = { value: "约40" }; // E9: 岳阳市 实际使用
    const { dataset } = importWorkbook(grid);
    const { model, findings } = checkDataset(dataset);
    const invalid = findings.filter((f) => f.rule === "invalid-number");
    expect(invalid.map((f) => f.path)).toEqual([["fundTables", 1, "rows", 5, "used"]]);
    const located = buildWorkbookPlan(model, findings).findings.find((f) => f.rule === "invalid-number");
    expect(located).toMatchObject({ sheet: "中医药专项", cell: "E9" });
  });

  it.each([
    ["已说明", "已说明"],
    ["已修正", "已修正"],
    // Written by the previous version, whose drop-down offered 已核实: read as today's word.
    ["已核实", "已说明"],
    [" 已核实 ", "已说明"],
    ["", ""],
  ])("reads reviewers' status %j (as %j) and notes from 检查结果", async (written, read) => {
    const { grid } = await roundTrip(sampleRaw());
    const sheet = grid.sheets.find((s) => s.name === "检查结果");
    if (!sheet) throw new Error("no sheet");
    const row = sheet.cells[2] as { value: unknown }[];
    row[7] = { value: written };
    row[8] = { value: "岳阳市原报告笔误，已更正为 45.61%" };
    const { reviews } = importWorkbook(grid);
    expect(reviews.get('rate-mismatch@fundTables["tcm"].rows["岳阳市"].reportedRate')).toEqual({
      status: read,
      note: "岳阳市原报告笔误，已更正为 45.61%",
    });
  });

  it("reads a 检查结果 written by the previous version: its 核实说明 column is the 说明, 已核实 is 已说明", async () => {
    const { grid } = await roundTrip(sampleRaw());
    const sheet = grid.sheets.find((s) => s.name === "检查结果");
    if (!sheet) throw new Error("no sheet");
    // The previous version's headings: 说明 over the messages, 核实说明 over the reviewers' notes.
    const header = sheet.cells[1] as { value: unknown }[];
    header[4] = { value: "说明" };
    header[8] = { value: "核实说明" };
    const row = sheet.cells[2] as { value: unknown }[];
    row[7] = { value: "已核实" };
    row[8] = { value: "已与岳阳市核对" };
    const { reviews } = importWorkbook(grid);
    expect(reviews.get('rate-mismatch@fundTables["tcm"].rows["岳阳市"].reportedRate')).toEqual({
      status: "已说明",
      note: "已与岳阳市核对",
    });
  });
});

describe("RawBuilder", () => {
  it("creates objects and lists along a path of the registry", () => {
    const raw = new RawBuilder();
    raw.set(["fundTables", 0, "rows", 0, "budget"], "1");
    expect(raw.root).toMatchObject({ fundTables: [{ rows: [{ budget: "1" }] }] });
  });

  it.each([
    [["__proto__", "lastYearActual"]],
    [["fundTables", 0, "__proto__", "x"]],
    [["constructor", "prototype"]],
    [["sangong", "items", "toString"]],
    [["fundTables", "0", "rows"]],
    [["unit", "name", "length"]],
  ])("refuses %p, which is not a field", (path) => {
    const raw = new RawBuilder();
    expect(() => raw.set(path, "x")).toThrow(/not a field of the registry/);
    expect(({} as Record<string, unknown>).lastYearActual).toBeUndefined();
  });
});

describe("zeroTextOf", () => {
  it.each([
    ['#,##0.00;-#,##0.00;"-"', "-"],
    ["#,##0.00;\\-#,##0.00;\\-", "-"],
    ['#,##0.00;-#,##0.00;"—"', "—"],
    ['#,##0.00;-#,##0.00;"/"', "/"],
    ["#,##0.00", null],
    ["#,##0.00;-#,##0.00;0.00", null],
    ['#,##0.00;-#,##0.00;"a;b"', "a;b"],
    [undefined, null],
  ])("%p shows zero as %p", (format, text) => {
    expect(zeroTextOf(format)).toBe(text);
  });
});

describe("a 成文日期 typed into a cell", () => {
  it.each([
    [45747, "2025-03-31"],
    ["2025-03-31T00:00:00.000Z", "2025-03-31"],
    ["2025-03-31", "2025-03-31"],
    ["三月底", "三月底"],
  ])("%p reads as %p", (value, text) => {
    expect(readCell(["settings", "reportDate"], { value })).toEqual({ kind: "value", value: text });
  });
});

describe("a number no cell can hold (1e309 in the file reads as Infinity)", () => {
  it.each([
    [Infinity, "Infinity"],
    [-Infinity, "-Infinity"],
    [NaN, "NaN"],
  ])("%p reads back as its text, which the check reports as not a number", (value, text) => {
    expect(readCell(["finance", "income", "basic"], { value, numberFormat: "#,##0.00" })).toEqual({
      kind: "value",
      value: text,
    });
    expect(readCell(["fundTables", 0, "rows", 0, "reportedRate"], { value, numberFormat: "0.00%" })).toEqual({
      kind: "value",
      value: text,
    });
  });
});
