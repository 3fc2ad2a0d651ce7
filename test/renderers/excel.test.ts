/**
 * The Office.js renderer against the stand-in `Excel` object model: what it writes, how many
 * syncs it takes (flat in the number of rows), and that it writes the same cells as the .xlsx
 * renderer.
 */
import ExcelJS from "exceljs";
import { checkDataset, loadDataset, type RawDataset } from "../../src/domain";
import { renderToExcel, styleRuns } from "../../src/renderers/excel";
import { renderXlsx } from "../../src/renderers/xlsx";
import { syntheticDataset } from "../../src/bench/synthetic";
import {
  buildWorkbookPlan,
  cellRef,
  OPEN_FINDING_RULE,
  rangeAreas,
  type WorkbookPlan,
} from "../../src/workbook";
import { sampleRaw } from "../helpers/datasets";
import {
  asRequestContext,
  installExcelGlobal,
  newSheet,
  PAYLOAD_LIMIT,
  StandInContext,
} from "../../src/testing/excelStandIn";

installExcelGlobal();

function planOf(raw: RawDataset, takenNames: string[] = []): WorkbookPlan {
  const { model, findings } = checkDataset(loadDataset(raw));
  return buildWorkbookPlan(model, findings, { takenNames }).plan;
}

describe("the stand-in enforces Office.js's rules", () => {
  it("refuses to read what was not loaded, or before sync", async () => {
    const ctx = new StandInContext();
    const sheets = ctx.workbook.worksheets;
    expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
    sheets.load("items/name");
    expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
    await ctx.sync();
    expect(sheets.items).toEqual([]);
  });

  it("refuses a request over 5 MB", async () => {
    const ctx = new StandInContext({ sheets: [newSheet("a", 0)], names: new Map() });
    ctx.workbook.worksheets.load("items/name");
    await ctx.sync();
    const ws = ctx.workbook.worksheets.items[0];
    const big = Array.from({ length: 60000 }, () => ["x".repeat(100)]);
    ws.getRange(`A1:A${big.length}`).formulas = big;
    await expect(ctx.sync()).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
  });
});

describe("renderToExcel", () => {
  const plan = planOf(sampleRaw());

  it("writes the sample into an empty workbook in three syncs", async () => {
    const ctx = new StandInContext();
    const report = await renderToExcel(asRequestContext(ctx), plan);
    expect(report.syncs).toBe(3);
    expect(ctx.stats.syncs).toBe(3);
    expect(report.created).toEqual(plan.sheets.map((s) => s.name));
    expect(report.updated).toEqual([]);
    expect(ctx.stats.calculationSuspensions).toBeGreaterThan(0);
    const names = ctx.state.sheets.sort((a, b) => a.position - b.position).map((s) => s.name);
    expect(names).toEqual([
      "基本信息",
      "收支总表",
      "三公经费",
      "公共卫生专项",
      "中医药专项",
      "独生子女保健费",
      "爱心助孕",
      "指标评分",
      "报告文字",
      "部门整体支出绩效自评表",
      "自评表-独生子女保健费",
      "自评表-爱心助孕",
      "检查结果",
    ]);
    const fund = ctx.state.sheets.find((s) => s.name === "中医药专项");
    expect(fund?.cells.get("G9")?.formula).toContain("ROUND(N(E9)/N(C9),4)");
    expect(fund?.cells.get("H9")).toMatchObject({ value: 0.4562, numberFormat: "0.00%", locked: false });
    expect(fund?.cells.get("G9")?.locked).toBe(true);
    expect(fund?.protected).toBe(true);
    expect(fund?.frozen).toEqual({ rows: 3, columns: 2 });
    expect(fund?.merges).toContain("A4:A18");
    expect(fund?.conditionalFormats.map((c) => c.formula)).toContain(
      "=AND(ISNUMBER(G4),G4<JX_LowExecThreshold)",
    );
    expect(fund?.hiddenColumns.has(25)).toBe(true);
    expect(JSON.parse(String(fund?.cells.get("Z1")?.value))).toEqual({
      jixiao: 2,
      sheet: "fund",
      id: "tcm",
      title: "中医药专项",
      dimension: "region",
    });
    expect(ctx.state.names.get("JX_LowExecThreshold")).toMatch(/^='基本信息'!\$B\$\d+$/);
    const findings = ctx.state.sheets.find((s) => s.name === "检查结果");
    expect(findings?.cells.get("D3")?.hyperlink?.documentReference).toBe("'中医药专项'!H9");
  });

  it("rewrites its own sheets in place on a second run, found by marker even when renamed", async () => {
    const ctx = new StandInContext();
    await renderToExcel(asRequestContext(ctx), plan);
    const renamed = ctx.state.sheets.find((s) => s.name === "三公经费");
    if (renamed) renamed.name = "三公（旧）";
    const report = await renderToExcel(asRequestContext(ctx), plan);
    expect(report.created).toEqual([]);
    expect(report.updated).toHaveLength(plan.sheets.length);
    expect(ctx.state.sheets).toHaveLength(plan.sheets.length);
    expect(ctx.state.sheets.map((s) => s.name)).toContain("三公经费");
    expect(report.syncs).toBe(3);
  });

  it("never writes over a sheet that is not ours", async () => {
    const foreign = newSheet("基本信息", 0);
    foreign.cells.set("A1", { value: "用户自己的表" });
    const ctx = new StandInContext({ sheets: [foreign], names: new Map() });
    await expect(renderToExcel(asRequestContext(ctx), plan)).rejects.toThrow(/已被其他工作表使用/);
    expect(foreign.cells.get("A1")?.value).toBe("用户自己的表");
  });

  it.each([30, 3000])(
    "writes %i fund rows in the same three syncs (below the chunk size)",
    async (rows) => {
      const ctx = new StandInContext();
      const report = await renderToExcel(asRequestContext(ctx), planOf(syntheticDataset({ rows })));
      expect(report.totalPayload).toBeLessThan(4 * 1024 * 1024);
      expect(report.syncs).toBe(3);
      expect(ctx.stats.syncs).toBe(3);
    },
    60_000,
  );

  it("cuts 30,000 rows into ~4 MB chunks, none over the 5 MB limit", async () => {
    const ctx = new StandInContext();
    const report = await renderToExcel(asRequestContext(ctx), planOf(syntheticDataset({ rows: 30000 })));
    const writeSyncs = report.syncs - 2;
    expect(writeSyncs).toBeGreaterThanOrEqual(Math.ceil(report.totalPayload / (4 * 1024 * 1024)));
    expect(writeSyncs).toBeLessThanOrEqual(Math.ceil(report.totalPayload / (4 * 1024 * 1024)) + 1);
    expect(report.largestPayload).toBeLessThanOrEqual(4 * 1024 * 1024);
    // What the stand-in measured on the wire, too: no request over 4 MB (the limit is 5 MB).
    expect(Math.max(...ctx.stats.payloads)).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(PAYLOAD_LIMIT).toBe(5 * 1024 * 1024);
  }, 120_000);

  it("chunks when the payload passes the chunk size", async () => {
    const ctx = new StandInContext();
    const report = await renderToExcel(asRequestContext(ctx), plan, { chunkBytes: 20_000 });
    expect(report.syncs).toBeGreaterThan(3);
    expect(report.largestPayload).toBeLessThanOrEqual(20_000 + 50_000);
  });

  it.each([
    ["as one format over all its areas (ExcelApi 1.9)", true],
    ["as one format per area before ExcelApi 1.9", false],
  ])("writes a highlight over several areas %s", async (_name, has19) => {
    const ctx = new StandInContext();
    await renderToExcel(asRequestContext(ctx), plan, { supports: () => has19 });
    const planned = plan.sheets.find((s) => s.name === "中医药专项");
    const written = ctx.state.sheets.find((s) => s.name === "中医药专项");
    const highlight = planned?.conditionalFormats.find((cf) => cf.rule === OPEN_FINDING_RULE);
    if (!planned || !written || !highlight) throw new Error("no highlight on 中医药专项");
    const areas = rangeAreas(highlight.range);
    expect(areas.length).toBeGreaterThan(1);
    const ours = written.conditionalFormats.filter((cf) => cf.formula === highlight.formula);
    expect(ours.map((cf) => cf.range)).toEqual(has19 ? [highlight.range] : areas);
    expect(ours.every((cf) => cf.fill === "#FFC7CE")).toBe(true);
  });

  it("groups styles into rectangles instead of one range per cell", () => {
    const fund = plan.sheets.find((s) => s.name === "公共卫生专项");
    if (!fund) throw new Error("no fund sheet");
    const cells = fund.rows.flat().filter((c) => c?.style).length;
    expect(styleRuns(fund).length).toBeLessThan(cells / 3);
  });
});

describe("both renderers write the same cells", () => {
  it("Office.js stand-in and exceljs agree on every value, formula and number format", async () => {
    const plan = planOf(sampleRaw());
    const ctx = new StandInContext();
    await renderToExcel(asRequestContext(ctx), plan);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(plan, { cachedResults: false })) as unknown as ExcelJS.Buffer);
    const differences: string[] = [];
    for (const sheet of plan.sheets) {
      const stand = ctx.state.sheets.find((s) => s.name === sheet.name);
      const xl = wb.getWorksheet(sheet.name);
      if (!stand || !xl) throw new Error(`missing ${sheet.name}`);
      sheet.rows.forEach((cells, r) =>
        cells.forEach((_, c) => {
          const ref = cellRef(r, c);
          const a = stand.cells.get(ref);
          const x = xl.getCell(ref);
          // exceljs shows a merged range's value in every cell of it; compare the top-left only.
          if (x.isMerged && x.master.address !== ref) return;
          const xv = x.value as ExcelJS.CellValue;
          const xFormula = xv && typeof xv === "object" && "formula" in xv ? `=${xv.formula}` : undefined;
          const xValue =
            xv && typeof xv === "object" && "hyperlink" in xv
              ? xv.text
              : xFormula
                ? undefined
                : (xv ?? undefined);
          const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
          const same =
            (a?.formula ?? undefined) === xFormula &&
            blankToUndefined(a?.value) === blankToUndefined(xValue) &&
            (a?.numberFormat ?? "General") === (x.numFmt ?? "General");
          if (!same)
            differences.push(
              `${sheet.name}!${ref}: ${JSON.stringify(a)} vs ${JSON.stringify({ xFormula, xValue, numFmt: x.numFmt })}`,
            );
        }),
      );
    }
    expect(differences).toEqual([]);
  });
});
