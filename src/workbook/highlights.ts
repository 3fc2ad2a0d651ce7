/**
 * The highlight that follows 检查结果: every cell a finding points at is coloured while that finding
 * is open (处理状态 still the first status), red for an error, amber for one to verify. A re-check
 * only rewrites 检查结果 and every sheet's colours follow by themselves — also for findings only the
 * engine sees (口径, 尾差, text in an amount cell) — and a reviewer marking a finding 已说明 or 已修正 clears
 * its colour at once, in any spreadsheet program, without the add-in.
 *
 * How, cheaply (docs/performance.md, issue 17): each finding's row on 检查结果 holds, in two hidden
 * columns, a number that names its cell while the finding is open — sheet·10¹² + row·10⁵ + column,
 * computed from a live reference to the cell (`ROW('表'!C5)`), so it follows the cell when a clerk
 * inserts rows — and "" once it is not. Each sheet's conditional format asks whether its own cell's
 * number is in that column: one exact `MATCH` of a number, which spreadsheet programs answer from
 * a lookup cache, on the cells that can carry a finding only. (The first form counted the cell's
 * address text among 检查结果's locations with `COUNTIFS` over whole columns on A1:X of every
 * sheet: LibreOffice did not finish exporting 3,000 rows in 900 s.)
 */
import { FindingCol } from "./sheets/findings";
import {
  cellNumberFormula,
  cellRef,
  columnLetter,
  parseCellRef,
  quoteSheet,
  type ConditionalFormatPlan,
  type SheetPlan,
} from "./plan";

/** The rule id of the two highlights (error, verify) every sheet but 检查结果 carries. */
export const OPEN_FINDING_RULE = "open-finding";

/** A whole column of 检查结果, absolute. */
function findingsColumn(findingsSheet: string, col: number): string {
  const letter = columnLetter(col);
  return `${quoteSheet(findingsSheet)}!$${letter}:$${letter}`;
}

/**
 * The areas (A1 ranges) covering a set of cells: runs down each column, side by side columns with
 * the same runs joined — tall areas, so that a row inserted inside a table lies inside them.
 */
export function areasOf(cells: Iterable<{ readonly row: number; readonly col: number }>): string[] {
  const rowsByCol = new Map<number, Set<number>>();
  for (const { row, col } of cells) {
    let rows = rowsByCol.get(col);
    if (!rows) rowsByCol.set(col, (rows = new Set()));
    rows.add(row);
  }
  const runsOf = (rows: Set<number>) => {
    const runs: [number, number][] = [];
    for (const r of [...rows].sort((a, b) => a - b)) {
      const last = runs[runs.length - 1];
      if (last && last[1] === r - 1) last[1] = r;
      else runs.push([r, r]);
    }
    return runs;
  };
  const done: { r1: number; r2: number; c1: number; c2: number }[] = [];
  let open = new Map<string, { r1: number; r2: number; c1: number; c2: number }>();
  let previous = -2;
  for (const col of [...rowsByCol.keys()].sort((a, b) => a - b)) {
    const next = new Map<string, { r1: number; r2: number; c1: number; c2: number }>();
    for (const [r1, r2] of runsOf(rowsByCol.get(col) as Set<number>)) {
      const key = `${r1}:${r2}`;
      const area = col === previous + 1 ? open.get(key) : undefined;
      if (area) {
        area.c2 = col;
        open.delete(key);
        next.set(key, area);
      } else next.set(key, { r1, r2, c1: col, c2: col });
    }
    done.push(...open.values());
    open = next;
    previous = col;
  }
  done.push(...open.values());
  return done
    .sort((a, b) => a.c1 - b.c1 || a.r1 - b.r1)
    .map(({ r1, r2, c1, c2 }) =>
      r1 === r2 && c1 === c2 ? cellRef(r1, c1) : `${cellRef(r1, c1)}:${cellRef(r2, c2)}`,
    );
}

/**
 * The cells of a sheet that can carry a finding, from the plan alone: those that hold an input or
 * a formula, and those the workbook's locations name on it (every finding is located at one).
 * @param located the cells (A1) of the sheet that the workbook's locations name.
 */
export function findingCells(
  sheet: Pick<SheetPlan, "rows">,
  located: Iterable<string>,
): { row: number; col: number }[] {
  const seen = new Set<string>();
  const out: { row: number; col: number }[] = [];
  const add = (row: number, col: number) => {
    const key = `${row},${col}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ row, col });
  };
  sheet.rows.forEach((cells, row) =>
    cells.forEach((cell, col) => {
      if (cell && (cell.input !== undefined || cell.formula !== undefined)) add(row, col);
    }),
  );
  for (const cell of located) {
    const { row, col } = parseCellRef(cell);
    add(row, col);
  }
  return out;
}

/**
 * The two conditional formats of a sheet that colour the cells 检查结果 lists as open findings,
 * on the cells that can carry one (areas separated by spaces; none when the sheet has no such cell).
 * @param sheet the sheet to colour.
 * @param sheetNumber its number in the plan (1 for the first sheet), as 检查结果's formulas use it.
 * @param findingsSheet the name 检查结果 has in this workbook.
 * @param located the cells (A1) of the sheet that the workbook's locations name.
 */
export function findingHighlights(
  sheet: SheetPlan,
  sheetNumber: number,
  findingsSheet: string,
  located: Iterable<string>,
): ConditionalFormatPlan[] {
  const areas = areasOf(findingCells(sheet, located));
  if (!areas.length) return [];
  const range = areas.join(" ");
  const here = cellNumberFormula(sheetNumber);
  const match = (col: number) => `MATCH(${here},${findingsColumn(findingsSheet, col)},0)`;
  return [
    {
      range,
      formula: `=ISNUMBER(${match(FindingCol.openError)})`,
      severity: "error",
      rule: OPEN_FINDING_RULE,
    },
    {
      range,
      formula: `=AND(ISNA(${match(FindingCol.openError)}),ISNUMBER(${match(FindingCol.openVerify)}))`,
      severity: "verify",
      rule: OPEN_FINDING_RULE,
    },
  ];
}
