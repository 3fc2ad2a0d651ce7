/**
 * Reading the open workbook through Office.js into the grid the importer reads: every sheet's
 * used range (values and number formats), loaded in row blocks so that no response passes the
 * payload limit.
 *
 * Without a layout the read takes one sync for the sheets and names, one for their used ranges,
 * then one per ~4 MB of response. With the layout of the last read or write (sheet names and
 * extents, which the pane keeps) it asks for every block at once — one sync, plus one per further
 * ~4 MB — and checks in the same sync that the workbook still has exactly those sheets within
 * those extents; if not, it reads again without the layout.
 */
import { WorkbookError } from "../errors";
import { errorText } from "../i18n";
import { READ_LIMITS, type ReadLimits } from "../workbook/grid";
import type { GridCell, GridSheet, WorkbookGrid } from "../workbook/import";
import { columnLetter, parseCellRef, parseMarker } from "../workbook/plan";

/** Estimated bytes of one cell in a values + numberFormat response. */
const CELL_BYTES = 40;
const RESPONSE_BYTES = 4 * 1024 * 1024;

/** A sheet as last seen: its name and the extent of its cells from A1 (0 × 0 when not read). */
export interface SheetExtent {
  readonly name: string;
  readonly rows: number;
  readonly columns: number;
}

/** The sheets of the workbook in order, as last read or written. */
export interface WorkbookLayout {
  readonly sheets: readonly SheetExtent[];
}

export interface ExcelReadReport {
  readonly grid: WorkbookGrid;
  /** The workbook-level names defined in the workbook. */
  readonly names: readonly string[];
  /** The layout found, to pass to the next read. */
  readonly layout: WorkbookLayout;
  readonly syncs: number;
  /** True when the layout given was still right and the read took its short path. */
  readonly usedLayout: boolean;
}

type Block = { sheet: number; top: number; left: number; range: Excel.Range };

/** Queues the loads of one rectangle in row blocks; syncs when ~4 MB of response is pending. */
class BlockReader {
  readonly blocks: Block[] = [];
  syncs = 0;
  private pending = 0;

  constructor(private readonly context: Excel.RequestContext) {}

  async add(sheet: number, ws: Excel.Worksheet, top: number, left: number, rows: number, columns: number) {
    const rowBytes = CELL_BYTES * columns;
    for (let r = 0; r < rows;) {
      // Fill what is left of the current ~4 MB before syncing: syncs = total ÷ 4 MB, rounded up.
      let fit = Math.floor((RESPONSE_BYTES - this.pending) / rowBytes);
      if (fit < 1) {
        await this.sync();
        fit = Math.max(1, Math.floor(RESPONSE_BYTES / rowBytes));
      }
      const n = Math.min(fit, rows - r);
      const at = top + r;
      const address = `${columnLetter(left)}${at + 1}:${columnLetter(left + columns - 1)}${at + n}`;
      const range = ws.getRange(address);
      range.load("values,numberFormat");
      this.blocks.push({ sheet, top: at, left, range });
      this.pending += n * rowBytes;
      r += n;
    }
  }

  /** Syncs what is pending, if anything. */
  async flush(): Promise<void> {
    if (this.pending > 0) await this.sync();
  }

  async sync(): Promise<void> {
    this.pending = 0;
    this.syncs++;
    await this.context.sync();
  }

  /** The grid cells of every block, once synced. */
  cells(sheets: number): (GridCell | null)[][][] {
    const cells: (GridCell | null)[][][] = Array.from({ length: sheets }, () => []);
    for (const { sheet, top, left, range } of this.blocks) {
      range.values.forEach((row, r) => {
        const line = (cells[sheet][top + r] ??= []);
        row.forEach((value, c) => {
          const format = range.numberFormat[r]?.[c];
          line[left + c] = {
            value: value === "" ? null : (value as GridCell["value"]),
            ...(typeof format === "string" && format !== "General" ? { numberFormat: format } : {}),
          };
        });
      });
    }
    return cells;
  }
}

const cornerOf = (address: string) => {
  const [from, to] = address.replace(/^.*!/, "").split(":");
  const a = parseCellRef(from);
  const b = parseCellRef(to ?? from);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
};

/** Whether Office said an item (here: a sheet of the layout) does not exist. */
function isItemNotFound(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return (
    e?.code === "ItemNotFound" || (typeof e?.message === "string" && e.message.startsWith("ItemNotFound"))
  );
}

/** Rows and columns of a sheet's head looked at for a marker of ours. */
const HEAD = "A1:AD5";

/** For each sheet asked about (`which`), whether its head holds a marker of ours: one sync. */
async function markedSheets(
  context: Excel.RequestContext,
  used: readonly { ws: Excel.Worksheet }[],
  which: readonly boolean[],
): Promise<boolean[]> {
  const heads = used.map(({ ws }, i) => {
    if (!which[i]) return null;
    const head = ws.getRange(HEAD);
    head.load("values");
    return head;
  });
  await context.sync();
  return heads.map((head) => !!head?.values.some((row) => row.some((value) => parseMarker(value) !== null)));
}

/**
 * Keeps the read within the limits, before any cell is loaded: a sheet beyond the row or column
 * limit is passed over when its head holds no marker of ours (a clerk's own data) and refused when
 * it does; the other sheets together must stay within the cell limit — or, past it, the sheets the
 * add-in laid out within `laidOutCells` and the clerk's own within `cells`. Costs a sync only when a
 * sheet is that large, and one when the workbook is.
 * @returns for each sheet, whether it is read.
 */
async function withinLimits(
  context: Excel.RequestContext,
  used: readonly { ws: Excel.Worksheet; range: Excel.Range }[],
  limits: ReadLimits,
): Promise<{ read: boolean[]; syncs: number }> {
  const large = used.map(
    ({ range }) =>
      !range.isNullObject && (range.rowCount > limits.rows || range.columnCount > limits.columns),
  );
  let syncs = 0;
  if (large.some(Boolean)) {
    const marked = await markedSheets(context, used, large);
    syncs++;
    for (const [i, ours] of marked.entries()) {
      if (ours) {
        const { ws, range } = used[i];
        throw new WorkbookError(
          errorText.workbook.sheetTooLarge(
            ws.name,
            range.rowCount,
            range.columnCount,
            limits.rows,
            limits.columns,
          ),
        );
      }
    }
  }
  const read = large.map((l, i) => !l && !used[i].range.isNullObject);
  const cellsOf = (i: number) => used[i].range.rowCount * used[i].range.columnCount;
  const cells = read.reduce((sum, r, i) => (r ? sum + cellsOf(i) : sum), 0);
  if (cells > limits.cells) {
    // Past the limit of any workbook: a sheet the add-in laid out (its marker in its head) counts
    // against the limit of a laid-out workbook instead, a clerk's sheets against the first. One
    // more sync, only for a workbook this large.
    const marked = await markedSheets(context, used, read);
    syncs++;
    let ours = 0;
    let others = 0;
    for (const [i, r] of read.entries()) {
      if (!r) continue;
      if (marked[i]) ours += cellsOf(i);
      else others += cellsOf(i);
    }
    if (others > limits.cells) throw new WorkbookError(errorText.workbook.tooManyCells(limits.cells));
    if (ours > limits.laidOutCells)
      throw new WorkbookError(errorText.workbook.tooManyCells(limits.laidOutCells));
  }
  return { read: large.map((l) => !l), syncs };
}

/** Reads every sheet's used range, from scratch. */
async function readFresh(context: Excel.RequestContext, limits: ReadLimits): Promise<ExcelReadReport> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();
  const used = sheets.items.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("address,rowCount,columnCount");
    return { ws, range };
  });
  await context.sync();
  const { read, syncs } = await withinLimits(context, used, limits);
  const reader = new BlockReader(context);
  const extents: SheetExtent[] = [];
  for (const [i, { ws, range }] of used.entries()) {
    if (range.isNullObject || !read[i]) {
      extents.push({ name: ws.name, rows: 0, columns: 0 });
      continue;
    }
    const { top, left, bottom, right } = cornerOf(range.address);
    extents.push({ name: ws.name, rows: bottom + 1, columns: right + 1 });
    await reader.add(i, ws, top, left, range.rowCount, range.columnCount);
  }
  await reader.flush();
  const cells = reader.cells(used.length);
  const out: GridSheet[] = used.map(({ ws }, i) => ({ name: ws.name, cells: cells[i] }));
  return {
    grid: { sheets: out },
    names: names.items.map((n) => n.name),
    layout: { sheets: extents },
    syncs: 2 + syncs + reader.syncs,
    usedLayout: false,
  };
}

/**
 * Reads every sheet's used range into a grid. With `layout` (from the last read or write) the
 * read is one sync plus one per further ~4 MB; when the workbook no longer matches it, the read
 * starts again without it (and says so in `usedLayout`).
 * @throws WorkbookError when a sheet of ours or the workbook is beyond the limits (see `withinLimits`).
 */
export async function readExcelGrid(
  context: Excel.RequestContext,
  layout?: WorkbookLayout,
  limits: ReadLimits = READ_LIMITS,
): Promise<ExcelReadReport> {
  if (!layout) return readFresh(context, limits);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const names = context.workbook.names;
  names.load("items/name");
  const reader = new BlockReader(context);
  const known = [];
  try {
    for (const [i, extent] of layout.sheets.entries()) {
      const ws = sheets.getItem(extent.name);
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("address");
      known.push({ extent, used });
      if (extent.rows > 0 && extent.columns > 0) await reader.add(i, ws, 0, 0, extent.rows, extent.columns);
    }
    await reader.sync();
  } catch (error) {
    // A sheet of the layout is gone (renamed or deleted): read the workbook as it is now.
    // Anything else (a cell being edited, a lost connection) is the caller's to report.
    if (!isItemNotFound(error)) throw error;
    const fresh = await readFresh(context, limits);
    return { ...fresh, syncs: fresh.syncs + reader.syncs };
  }
  const still =
    sheets.items.length === layout.sheets.length &&
    sheets.items.every((ws, i) => ws.name === layout.sheets[i].name) &&
    known.every(({ extent, used }) => {
      if (used.isNullObject) return true;
      const { bottom, right } = cornerOf(used.address);
      return bottom < extent.rows && right < extent.columns;
    });
  if (!still) {
    const fresh = await readFresh(context, limits);
    return { ...fresh, syncs: fresh.syncs + reader.syncs };
  }
  const cells = reader.cells(layout.sheets.length);
  return {
    grid: { sheets: layout.sheets.map((s, i) => ({ name: s.name, cells: cells[i] })) },
    names: names.items.map((n) => n.name),
    layout,
    syncs: reader.syncs,
    usedLayout: true,
  };
}
