/**
 * Reading the open workbook through Office.js into the grid the importer reads: every sheet's
 * used range (values and number formats), loaded in row blocks so that no response passes the
 * payload limit. Syncs: one for the sheets, one for their used ranges, then one per ~4 MB read.
 */
import type { GridCell, GridSheet, WorkbookGrid } from "../workbook/import";
import { columnLetter, parseCellRef } from "../workbook/plan";

/** Estimated bytes of one cell in a values + numberFormat response. */
const CELL_BYTES = 40;
const RESPONSE_BYTES = 4 * 1024 * 1024;

export interface ExcelReadReport {
  readonly grid: WorkbookGrid;
  readonly syncs: number;
}

/** Reads every sheet's used range into a grid. */
export async function readExcelGrid(context: Excel.RequestContext): Promise<ExcelReadReport> {
  let syncs = 0;
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  syncs++;
  const used = sheets.items.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("address,rowCount,columnCount");
    return { ws, range };
  });
  await context.sync();
  syncs++;
  type Block = { sheet: number; top: number; left: number; range: Excel.Range };
  const blocks: Block[] = [];
  const cells: (GridCell | null)[][][] = used.map(() => []);
  let pending = 0;
  for (const [i, { ws, range }] of used.entries()) {
    if (range.isNullObject) continue;
    const start = parseCellRef(range.address.replace(/^.*!/, "").split(":")[0]);
    const rowsPerBlock = Math.max(1, Math.floor(RESPONSE_BYTES / (CELL_BYTES * range.columnCount)));
    for (let r = 0; r < range.rowCount; r += rowsPerBlock) {
      const n = Math.min(rowsPerBlock, range.rowCount - r);
      const top = start.row + r;
      const address = `${columnLetter(start.col)}${top + 1}:${columnLetter(start.col + range.columnCount - 1)}${top + n}`;
      const block = ws.getRange(address);
      block.load("values,numberFormat");
      blocks.push({ sheet: i, top, left: start.col, range: block });
      pending += n * range.columnCount * CELL_BYTES;
      if (pending >= RESPONSE_BYTES) {
        // One sync per ~4 MB of response, not per iteration: the read must stay under the limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        syncs++;
        pending = 0;
      }
    }
  }
  if (pending > 0) {
    await context.sync();
    syncs++;
  }
  for (const { sheet, top, left, range } of blocks) {
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
  const out: GridSheet[] = used.map(({ ws }, i) => ({ name: ws.name, cells: cells[i] }));
  return { grid: { sheets: out }, syncs };
}
