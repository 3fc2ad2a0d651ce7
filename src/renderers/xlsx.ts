/**
 * The exceljs renderer: a workbook plan to an .xlsx file (as bytes). Thin: every decision about
 * what goes where is in the plan; this module only maps plan terms to exceljs ones.
 */
import ExcelJS from "exceljs";
import {
  Colors,
  quoteSheet,
  STYLES,
  absolute,
  type CellPlan,
  type CellValue,
  type SheetPlan,
  type StylePlan,
  type ValidationPlan,
  type WorkbookPlan,
} from "../workbook/plan";
import type { GridCell, GridSheet, WorkbookGrid } from "../workbook/import";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

function cellStyle(style: StylePlan, numberFormat: string | undefined): Partial<ExcelJS.Style> {
  const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFBFBFBF" } };
  return {
    font: {
      name: "宋体",
      size: style.fontSize ?? 11,
      ...(style.bold ? { bold: true } : {}),
      ...(style.underline ? { underline: true } : {}),
      ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
    },
    ...(style.fill
      ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } } }
      : {}),
    alignment: {
      vertical: "middle",
      ...(style.hAlign ? { horizontal: style.hAlign } : {}),
      ...(style.wrap ? { wrapText: true } : {}),
    },
    ...(style.border ? { border: { top: thin, left: thin, bottom: thin, right: thin } } : {}),
    ...((numberFormat ?? style.numberFormat) ? { numFmt: numberFormat ?? style.numberFormat } : {}),
    protection: { locked: style.locked },
  };
}

/** Options of the .xlsx renderer. */
export interface XlsxOptions {
  /**
   * Store the engine's value as each formula's cached result (default true), so that viewers
   * that do not calculate show the figures. Tests turn it off to prove a spreadsheet computes them.
   */
  readonly cachedResults?: boolean;
  /** Build the workbook in memory even where a streaming writer exists (tests compare the two). */
  readonly stream?: false;
}

function cellValue(cell: CellPlan, cached: boolean): ExcelJS.CellValue {
  if (cell.formula !== undefined) {
    const result = !cached || cell.expected === "" || cell.expected === undefined ? undefined : cell.expected;
    return {
      formula: cell.formula.replace(/^=/, ""),
      ...(result !== undefined ? { result } : {}),
    } as ExcelJS.CellFormulaValue;
  }
  if (cell.link)
    return { text: String(cell.value ?? ""), hyperlink: `#${quoteSheet(cell.link.sheet)}!${cell.link.cell}` };
  return cell.value ?? null;
}

function validation(v: ValidationPlan): ExcelJS.DataValidation {
  if (v.type === "list") return { type: "list", allowBlank: true, formulae: [`"${v.values.join(",")}"`] };
  return {
    type: "decimal",
    operator: v.max === undefined ? "greaterThanOrEqual" : "between",
    allowBlank: true,
    formulae: v.max === undefined ? [v.min] : [v.min, v.max],
    showErrorMessage: true,
    errorStyle: "warning",
  };
}

/** exceljs writes range keys of its data-validation model as one sqref; its types omit the member. */
interface WithValidations {
  dataValidations: { add(range: string, v: ExcelJS.DataValidation): void };
}

/** The style objects of one workbook, one per style key and number format (cells share them). */
class StyleCache {
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();

  of(cell: CellPlan): Partial<ExcelJS.Style> {
    const key = `${cell.style ?? "label"}|${cell.numberFormat ?? ""}`;
    let style = this.styles.get(key);
    if (!style) this.styles.set(key, (style = cellStyle(STYLES[cell.style ?? "label"], cell.numberFormat)));
    return style;
  }
}

/** The options a sheet is added with: frozen panes and page setup. */
function sheetOptions(sheet: SheetPlan): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    views: [{ state: "frozen", xSplit: sheet.frozen.columns, ySplit: sheet.frozen.rows }],
    pageSetup: {
      paperSize: 9,
      orientation: sheet.landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(sheet.printTitleRows ? { printTitlesRow: sheet.printTitleRows } : {}),
    },
  };
}

/**
 * Fills a worksheet from its plan, row by row in order and committing each row once its merges
 * are set — which a streaming worksheet needs (it writes committed rows out and forgets them) and
 * an in-memory one ignores.
 */
async function fillSheet(ws: ExcelJS.Worksheet, sheet: SheetPlan, cached: boolean, styles: StyleCache) {
  ws.columns = sheet.columns.map((c) => ({ width: c.width, hidden: c.hidden ?? false }));
  const mergesAt = new Map<number, string[]>();
  for (const range of sheet.merges) {
    const top = Number(/\d+/.exec(range)?.[0]) - 1;
    mergesAt.set(top, [...(mergesAt.get(top) ?? []), range]);
  }
  sheet.rows.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    cells.forEach((cell, c) => {
      if (!cell) return;
      const target = row.getCell(c + 1);
      target.value = cellValue(cell, cached);
      target.style = styles.of(cell);
    });
    const height = sheet.rowHeights[r];
    if (height !== undefined) row.height = height;
    for (const range of mergesAt.get(r) ?? []) ws.mergeCells(range);
    row.commit();
  });
  for (const cf of sheet.conditionalFormats) {
    const [fill, font] =
      cf.severity === "error" ? [Colors.error, Colors.errorText] : [Colors.verify, Colors.verifyText];
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [cf.formula.replace(/^=/, "")],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(fill) } },
            font: { color: { argb: argb(font) } },
          },
        },
      ],
    });
  }
  for (const v of sheet.validations)
    (ws as unknown as WithValidations).dataValidations.add(v.range, validation(v));
  if (sheet.protect) {
    // Protected without a password against slips, but a clerk may still insert and delete rows
    // (the sheets are read back by their structure) and format them.
    await ws.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      insertRows: true,
      deleteRows: true,
    });
  }
}

/** A streaming workbook writer whose output stays in memory (read at the end). */
type StreamingWorkbook = ExcelJS.stream.xlsx.WorkbookWriter & { stream: { read(): Uint8Array | null } };

/** A streaming workbook, where exceljs has one (Node.js; its browser build has none). */
function streamingWorkbook(): StreamingWorkbook | null {
  const stream = (ExcelJS as { stream?: { xlsx?: { WorkbookWriter?: unknown } } }).stream;
  if (typeof stream?.xlsx?.WorkbookWriter !== "function") return null;
  return new ExcelJS.stream.xlsx.WorkbookWriter({
    useStyles: true,
    useSharedStrings: true,
  }) as StreamingWorkbook;
}

/**
 * Writes a plan as .xlsx bytes. In Node.js the workbook is streamed: each row is written out as
 * it is laid down and not kept (a 30,000-row workbook needs a few megabytes besides its plan);
 * in the browser, where exceljs has no streaming writer, it is built in memory.
 */
export async function renderXlsx(plan: WorkbookPlan, options: XlsxOptions = {}): Promise<Uint8Array> {
  const cached = options.cachedResults ?? true;
  const styles = new StyleCache();
  const streaming = options.stream === false ? null : streamingWorkbook();
  if (streaming) {
    streaming.creator = "绩效自评助手";
    for (const sheet of plan.sheets) {
      const ws = streaming.addWorksheet(sheet.name, sheetOptions(sheet));
      await fillSheet(ws as unknown as ExcelJS.Worksheet, sheet, cached, styles);
      ws.commit();
    }
    for (const n of plan.names)
      streaming.definedNames.add(`${quoteSheet(n.sheet)}!${absolute(n.cell)}`, n.name);
    await streaming.commit();
    return new Uint8Array(streaming.stream.read() ?? new Uint8Array());
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = "绩效自评助手";
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets)
    await fillSheet(wb.addWorksheet(sheet.name, sheetOptions(sheet)), sheet, cached, styles);
  for (const n of plan.names) wb.definedNames.add(`${quoteSheet(n.sheet)}!${absolute(n.cell)}`, n.name);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** The plain value of an exceljs cell: a formula's result, a link's text, rich text joined. */
function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined || result === null || typeof result === "object" ? null : result;
  }
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  if ("hyperlink" in value) return String(value.text ?? "");
  if ("error" in value) return null;
  return null;
}

/** Reads an .xlsx file into the grid the importer reads (values and number formats). */
export async function readXlsxGrid(bytes: Uint8Array): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheets: GridSheet[] = [];
  wb.eachSheet((ws) => {
    const cells: (GridCell | null)[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const line: (GridCell | null)[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        line[c - 1] = {
          value: plainValue(cell.value),
          ...(cell.numFmt ? { numberFormat: cell.numFmt } : {}),
        };
      });
      cells[r - 1] = line;
    });
    sheets.push({ name: ws.name, cells });
  });
  return { sheets };
}
