/**
 * The Office.js renderer: writes a workbook plan into the open workbook. One batch per phase —
 * load what is there (two syncs, none when the caller has just read the workbook and says what it
 * found), then queue every write and sync once, cutting the batch into
 * chunks only when the queued payload passes ~4 MB (Excel on the web refuses requests over 5 MB).
 * Calculation is suspended while writing. The number of syncs does not grow with the rows.
 */
import { WorkbookError } from "../errors";
import { errorText } from "../i18n";
import {
  Colors,
  columnLetter,
  MARKER_CELL,
  parseMarker,
  quoteSheet,
  rangeAreas,
  STYLES,
  absolute,
  type CellPlan,
  type SheetPlan,
  type StyleKey,
  type ValidationPlan,
  type WorkbookPlan,
} from "../workbook/plan";

/** The payload at which a batch is synced before queuing more (bytes of queued data, estimated). */
export const DEFAULT_CHUNK_BYTES = 4_000_000;
/** Estimated bytes of one queued operation beyond its data. */
const OP_BYTES = 120;
const utf8 = new TextEncoder();

/** What a read just before the render found, so that the render need not look again. */
export interface KnownWorkbook {
  /** The sheets in order: name, and our marker's key (null for a sheet that is not ours). */
  readonly sheets: readonly { readonly name: string; readonly key: string | null }[];
  /** The workbook-level names defined. */
  readonly names: readonly string[];
}

export interface ExcelRenderOptions {
  readonly chunkBytes?: number;
  /** Whether an Office API requirement set is available (print titles need ExcelApi 1.9). */
  readonly supports?: (set: string, version: string) => boolean;
  /** Called after each sync of the write, with the number of syncs so far. */
  readonly onSync?: (syncs: number) => void;
  /** The workbook as just read: the render skips its own look at the sheets (two syncs). */
  readonly known?: KnownWorkbook;
  /**
   * Keys of the only sheets to write (a re-check rewrites 检查结果 alone); the others and the
   * names are left as they are. Every sheet is written when absent.
   */
  readonly only?: ReadonlySet<string>;
}

export interface ExcelRenderReport {
  readonly syncs: number;
  /** The largest estimated payload of one sync, in bytes. */
  readonly largestPayload: number;
  /** The estimated payload of all the writes, in bytes. */
  readonly totalPayload: number;
  /** Sheets created and sheets rewritten (recognised by their marker). */
  readonly created: readonly string[];
  readonly updated: readonly string[];
}

/** Counts the estimated size of what is queued, and syncs when a chunk is full. */
class Batch {
  syncs = 0;
  largest = 0;
  total = 0;
  private pending = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly chunkBytes: number,
    private readonly onSync: (syncs: number) => void = () => undefined,
  ) {}

  /** Records `ops` operations carrying `data`; syncs first when the chunk would overflow. */
  async queue(data: unknown = null, ops = 1): Promise<void> {
    const bytes = OP_BYTES * ops + (data === null ? 0 : utf8.encode(JSON.stringify(data)).length);
    if (this.pending > 0 && this.pending + bytes > this.chunkBytes) await this.sync();
    this.pending += bytes;
    this.total += bytes;
  }

  async sync(): Promise<void> {
    this.largest = Math.max(this.largest, this.pending);
    this.pending = 0;
    this.syncs++;
    await this.context.sync();
    this.onSync(this.syncs);
    this.context.application.suspendApiCalculationUntilNextSync();
  }

  /** Syncs what is left. */
  async flush(): Promise<void> {
    if (this.pending > 0) await this.sync();
  }
}

/** What a cell holds in a `formulas` array: formula, number, boolean, or text kept as text. */
function formulaOf(cell: CellPlan | null): string | number | boolean {
  if (!cell) return "";
  if (cell.formula !== undefined) return cell.formula;
  const v = cell.value;
  if (v === null || v === undefined) return "";
  // A leading apostrophe keeps text as text ("001", "=x", "1,23" are not parsed).
  return typeof v === "string" ? (v === "" ? "" : `'${v}`) : v;
}

/** Rectangles of cells sharing a style: runs along rows, stacked when the next row repeats them. */
export function styleRuns(
  sheet: SheetPlan,
): { style: StyleKey; numberFormat?: string; r1: number; c1: number; r2: number; c2: number }[] {
  type Run = { style: StyleKey; numberFormat?: string; r1: number; c1: number; r2: number; c2: number };
  const done: Run[] = [];
  let open: Run[] = [];
  sheet.rows.forEach((cells, r) => {
    const runs: Run[] = [];
    cells.forEach((cell, c) => {
      if (!cell?.style) return;
      const last = runs[runs.length - 1];
      if (last && last.c2 === c - 1 && last.style === cell.style && last.numberFormat === cell.numberFormat)
        last.c2 = c;
      else
        runs.push({
          style: cell.style,
          ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}),
          r1: r,
          c1: c,
          r2: r,
          c2: c,
        });
    });
    const next: Run[] = [];
    for (const run of runs) {
      const above = open.find(
        (o) =>
          o.r2 === r - 1 &&
          o.c1 === run.c1 &&
          o.c2 === run.c2 &&
          o.style === run.style &&
          o.numberFormat === run.numberFormat,
      );
      if (above) {
        above.r2 = r;
        next.push(above);
      } else next.push(run);
    }
    for (const o of open) if (!next.includes(o)) done.push(o);
    open = next;
  });
  return [...done, ...open];
}

const address = (r1: number, c1: number, r2: number, c2: number) =>
  r1 === r2 && c1 === c2
    ? `${columnLetter(c1)}${r1 + 1}`
    : `${columnLetter(c1)}${r1 + 1}:${columnLetter(c2)}${r2 + 1}`;

function validationRule(v: ValidationPlan): Excel.DataValidationRule {
  if (v.type === "list") return { list: { inCellDropDown: true, source: v.values.join(",") } };
  return {
    decimal:
      v.max === undefined
        ? { formula1: v.min, operator: Excel.DataValidationOperator.greaterThanOrEqualTo }
        : { formula1: v.min, formula2: v.max, operator: Excel.DataValidationOperator.between },
  };
}

async function writeSheet(
  ws: Excel.Worksheet,
  sheet: SheetPlan,
  batch: Batch,
  supports: ExcelRenderOptions["supports"],
): Promise<void> {
  const width = Math.max(1, ...sheet.rows.map((r) => r.length));
  const height = Math.max(1, sheet.rows.length);
  // Values and formulas, as one 2-D array per block of rows (a block stays under the chunk size).
  const grid = sheet.rows.map((cells) =>
    Array.from({ length: width }, (_, c) => formulaOf(cells[c] ?? null)),
  );
  while (grid.length < height) grid.push(Array.from({ length: width }, () => ""));
  const BLOCK = 2000;
  for (let r = 0; r < height; r += BLOCK) {
    const block = grid.slice(r, r + BLOCK);
    await batch.queue(block);
    ws.getRange(address(r, 0, r + block.length - 1, width - 1)).formulas = block;
  }
  for (const run of styleRuns(sheet)) {
    const style = STYLES[run.style];
    const numberFormat = run.numberFormat ?? style.numberFormat;
    const formats = numberFormat
      ? (run.r2 - run.r1 + 1) * (run.c2 - run.c1 + 1) * (numberFormat.length + 3)
      : 0;
    await batch.queue(null, 12 + Math.ceil(formats / OP_BYTES));
    const range = ws.getRange(address(run.r1, run.c1, run.r2, run.c2));
    if (numberFormat)
      range.numberFormat = Array.from({ length: run.r2 - run.r1 + 1 }, () =>
        Array.from({ length: run.c2 - run.c1 + 1 }, () => numberFormat),
      );
    range.format.font.bold = style.bold ?? false;
    if (style.fontSize) range.format.font.size = style.fontSize;
    if (style.fontColor) range.format.font.color = style.fontColor;
    if (style.underline) range.format.font.underline = Excel.RangeUnderlineStyle.single;
    if (style.fill) range.format.fill.color = style.fill;
    if (style.hAlign)
      range.format.horizontalAlignment =
        style.hAlign === "left" ? "Left" : style.hAlign === "center" ? "Center" : "Right";
    range.format.verticalAlignment = "Center";
    if (style.wrap) range.format.wrapText = true;
    range.format.protection.locked = style.locked;
  }
  for (const [r, cells] of sheet.rows.entries()) {
    for (const [c, cell] of cells.entries()) {
      if (!cell?.link) continue;
      const link = {
        documentReference: `${quoteSheet(cell.link.sheet)}!${cell.link.cell}`,
        textToDisplay: String(cell.value ?? ""),
      };
      await batch.queue(link);
      ws.getRange(address(r, c, r, c)).hyperlink = link;
    }
  }
  await batch.queue(null, sheet.columns.length * 2);
  sheet.columns.forEach((col, c) => {
    const range = ws.getRange(`${columnLetter(c)}:${columnLetter(c)}`);
    range.format.columnWidth = col.width * 7;
    if (col.hidden) range.columnHidden = true;
  });
  const heights = Object.entries(sheet.rowHeights);
  await batch.queue(null, heights.length);
  for (const [r, height] of heights)
    ws.getRange(`${Number(r) + 1}:${Number(r) + 1}`).format.rowHeight = height;
  for (const merge of sheet.merges) {
    await batch.queue();
    ws.getRange(merge).merge(false);
  }
  // A format over several areas is one format on all of them (RangeAreas, ExcelApi 1.9); before
  // 1.9, one format per area.
  const areasAtOnce = supports?.("ExcelApi", "1.9") ?? true;
  for (const cf of sheet.conditionalFormats) {
    const areas = rangeAreas(cf.range);
    // The collections the format is added to: the areas' together, or each area's.
    const collections =
      areas.length > 1 && areasAtOnce
        ? [ws.getRanges(areas.join(",")).conditionalFormats]
        : areas.map((area) => ws.getRange(area).conditionalFormats);
    for (const formats of collections) {
      await batch.queue([cf.range, cf.formula], 5);
      const added = formats.add(Excel.ConditionalFormatType.custom);
      added.custom.rule.formula = cf.formula;
      added.custom.format.fill.color = cf.severity === "error" ? Colors.error : Colors.verify;
      added.custom.format.font.color = cf.severity === "error" ? Colors.errorText : Colors.verifyText;
    }
  }
  for (const v of sheet.validations) {
    await batch.queue(v, 3);
    const dv = ws.getRange(v.range).dataValidation;
    dv.clear();
    dv.rule = validationRule(v);
    if (v.type === "decimal")
      dv.errorAlert = {
        style: Excel.DataValidationAlertStyle.warning,
        showAlert: true,
        message: "",
        title: "",
      };
  }
  if (sheet.frozen.columns > 0)
    ws.freezePanes.freezeAt(
      ws.getRange(address(0, 0, Math.max(0, sheet.frozen.rows - 1), sheet.frozen.columns - 1)),
    );
  else if (sheet.frozen.rows > 0) ws.freezePanes.freezeRows(sheet.frozen.rows);
  if (supports?.("ExcelApi", "1.9") ?? true) {
    const layout = ws.pageLayout;
    layout.paperSize = Excel.PaperType.a4;
    layout.orientation = sheet.landscape ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (sheet.printTitleRows)
      layout.setPrintTitleRows(sheet.printTitleRows.replace(/(\d+):(\d+)/, "$$$1:$$$2"));
  }
  if (sheet.protect)
    ws.protection.protect({
      allowFormatColumns: true,
      allowFormatRows: true,
      allowAutoFilter: true,
      allowSort: true,
    });
}

/** Phase 1 without a read before: sheet names and our names, then each sheet's marker (two syncs). */
async function lookAt(context: Excel.RequestContext, batch: Batch): Promise<KnownWorkbook> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const names = context.workbook.names;
  names.load("items/name");
  await batch.sync();
  const markers = sheets.items.map((ws) => {
    const cell = ws.getRange(MARKER_CELL);
    cell.load("values");
    return { ws, cell };
  });
  await batch.sync();
  return {
    sheets: markers.map(({ ws, cell }) => ({
      name: ws.name,
      key: parseMarker(cell.values[0]?.[0])?.key ?? null,
    })),
    names: names.items.map((n) => n.name),
  };
}

/**
 * Writes the plan into the workbook of `context`. Sheets carrying our marker are rewritten in
 * place (unprotected, cleared); other sheets are never touched — the plan must already use free
 * names for its sheets (`buildWorkbookPlan` takes the names in use).
 */
export async function renderToExcel(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: ExcelRenderOptions = {},
): Promise<ExcelRenderReport> {
  const batch = new Batch(context, options.chunkBytes ?? DEFAULT_CHUNK_BYTES, options.onSync);
  const sheets = context.workbook.worksheets;
  const known = options.known ?? (await lookAt(context, batch));
  const ours = new Map<string, Excel.Worksheet>();
  const taken = new Set<string>();
  for (const { name, key } of known.sheets) {
    if (key) ours.set(key, sheets.getItem(name));
    else taken.add(name);
  }
  // Phase 2: every write in one batch (chunked only past the payload limit).
  context.application.suspendApiCalculationUntilNextSync();
  const only = options.only;
  if (!only)
    for (const n of plan.names)
      if (known.names.includes(n.name)) context.workbook.names.getItem(n.name).delete();
  const created: string[] = [];
  const updated: string[] = [];
  for (const [position, sheet] of plan.sheets.entries()) {
    if (only && !only.has(sheet.key)) continue;
    if (taken.has(sheet.name)) throw new WorkbookError(errorText.workbook.nameTaken(sheet.name));
    let ws = ours.get(sheet.key);
    if (ws) {
      ws.protection.unprotect();
      ws.getRange().clear(Excel.ClearApplyTo.all);
      ws.getRange().conditionalFormats.clearAll();
      ws.name = sheet.name;
      updated.push(sheet.name);
    } else {
      ws = sheets.add(sheet.name);
      created.push(sheet.name);
    }
    ws.position = position;
    await writeSheet(ws, sheet, batch, options.supports);
  }
  if (!only)
    for (const n of plan.names)
      context.workbook.names.add(n.name, `=${quoteSheet(n.sheet)}!${absolute(n.cell)}`);
  await batch.flush();
  return { syncs: batch.syncs, largestPayload: batch.largest, totalPayload: batch.total, created, updated };
}
