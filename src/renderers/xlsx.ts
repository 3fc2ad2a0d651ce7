/**
 * The exceljs renderer: a workbook plan to an .xlsx file (as bytes). Thin: every decision about
 * what goes where is in the plan; this module only maps plan terms to exceljs ones.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { WorkbookError } from "../errors";
import { errorText } from "../i18n";
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
import { READ_LIMITS, type ReadLimits } from "../workbook/grid";
import { eachChunk } from "./zipStream";

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

/** The limits a file is read under ({@link READ_LIMITS}). */
export const XLSX_LIMITS: ReadLimits = READ_LIMITS;

/** A cell element's start tag, with or without a namespace prefix: `<c r=…>`, `<c>`, `<x:c/>`. */
const CELL_TAG = /<(?:\w{1,20}:)?c[\s>/]/g;
/** Longer than any {@link CELL_TAG} match: what is carried from one chunk to the next. */
const CARRY = 32;

/**
 * Counts the cell elements of a worksheet part chunk by chunk: a tag split between two chunks is
 * counted once, when it is complete.
 */
export class CellCounter {
  private readonly decoder = new TextDecoder("latin1");
  private carry = "";
  /** Cells counted so far. */
  count = 0;

  /** Counts the cells that end in this chunk. */
  add(chunk: Uint8Array): void {
    const text = this.carry + this.decoder.decode(chunk, { stream: true });
    for (const match of text.matchAll(CELL_TAG)) {
      if (match.index + match[0].length > this.carry.length) this.count++;
    }
    this.carry = text.slice(-CARRY);
  }
}

/**
 * Unzips every part of the package once, counting bytes and worksheet cells, without keeping what
 * it unzips; refuses the file as soon as a count passes its limit (the sizes a zip declares are
 * not trusted).
 */
async function checkPackage(bytes: Uint8Array, limits: ReadLimits): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new WorkbookError(
      errorText.workbook.notAWorkbook(error instanceof Error ? error.message : String(error)),
    );
  }
  let total = 0;
  let cells = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const counter = /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name) ? new CellCounter() : null;
    await eachChunk(
      entry,
      (chunk) => {
        total += chunk.length;
        if (total > limits.unzippedBytes)
          return new WorkbookError(
            errorText.workbook.workbookTooLarge(Math.ceil(limits.unzippedBytes / 1024 / 1024)),
          );
        if (!counter) return undefined;
        counter.add(chunk);
        return cells + counter.count > limits.cells
          ? new WorkbookError(errorText.workbook.tooManyCells(limits.cells))
          : undefined;
      },
      (error) => new WorkbookError(errorText.workbook.notAWorkbook(error.message)),
    );
    cells += counter?.count ?? 0;
  }
}

/**
 * Reads an .xlsx file into the grid the importer reads (values and number formats). A file that
 * unzips beyond the limit or holds too many cells is refused before it is read (see
 * {@link XLSX_LIMITS}). Rows and columns are not limited here: only cells cost memory, and
 * LibreOffice writes a sheet's last row at 1,048,576.
 * @throws WorkbookError when the file is not a workbook or is too large to be a standard one.
 */
export async function readXlsxGrid(
  bytes: Uint8Array,
  limits: ReadLimits = XLSX_LIMITS,
): Promise<WorkbookGrid> {
  await checkPackage(bytes, limits);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new WorkbookError(
      errorText.workbook.notAWorkbook(error instanceof Error ? error.message : String(error)),
    );
  }
  const sheets: GridSheet[] = [];
  wb.eachSheet((ws) => {
    const cells: (GridCell | null)[][] = [];
    ws.eachRow((row, r) => {
      const line: (GridCell | null)[] = [];
      row.eachCell((cell, c) => {
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
