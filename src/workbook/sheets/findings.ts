/**
 * 检查结果: one row per finding — severity, rule, a link to the cell, the message, both figures
 * (shown as the message shows them: `45.62%`, `14,660.00`), and the reviewer's 处理状态 and 说明,
 * which survive a re-check (matched by rule and path).
 * Two hidden columns hold, while an error or a finding to verify is open, the number of the cell it
 * points at (`cellNumber`): the other sheets' highlights look their cells up there.
 */
import {
  currentStatus,
  formatFigure,
  pathText,
  REVIEW_STATUSES,
  reviewKey,
  type Finding,
  type Review,
} from "../../domain";
import { findingText, workbookText } from "../../i18n";
import { SheetBuilder, type LocationMap } from "../builder";
import { label } from "../cells";
import { cellText, findHeaderRow, gridCell, headerColumns, headingKey, type GridSheet } from "../grid";
import {
  cellNumber,
  cellNumberOf,
  cellRef,
  fixColumn,
  InputKind,
  parseCellRef,
  SheetKind,
  StyleKey,
  type SheetPlan,
} from "../plan";

const W = workbookText.findings;

/** Where one finding's review is on 检查结果: its 处理状态, 说明 and (hidden) key cells. */
export interface ReviewCells {
  readonly sheet: string;
  readonly status: string;
  readonly note: string;
  readonly key: string;
}

/** Columns of 检查结果. */
export const FindingCol = {
  index: 0,
  severity: 1,
  rule: 2,
  location: 3,
  message: 4,
  reported: 5,
  expected: 6,
  status: 7,
  note: 8,
  key: 9,
  /** Hidden: the number of the cell an open error points at (else ""). */
  openError: 10,
  /** Hidden: the number of the cell an open finding to verify points at (else ""). */
  openVerify: 11,
} as const;

/**
 * Lays out 检查结果; findings must already carry their sheet and cell where they have one.
 * @param sheetNumbers each sheet's number in the plan (1 for the first), by name, for the hidden
 * cell numbers the highlights look up (a finding on a sheet not listed gets none).
 */
export function findingsSheet(
  findings: readonly Finding[],
  name: string,
  reviews: ReadonlyMap<string, Review>,
  locations: LocationMap,
  sheetNumbers: ReadonlyMap<string, number> = new Map(),
): { plan: SheetPlan; reviewCells: Map<string, ReviewCells> } {
  const C = FindingCol;
  const b = new SheetBuilder("findings", SheetKind.findings, name, locations);
  const cells = new Map<string, ReviewCells>();
  b.put(0, 0, label(W.title, StyleKey.title));
  b.merge(0, 0, 0, C.note);
  b.putRow(
    1,
    0,
    W.headers.map((h) => label(h, StyleKey.header)),
  );
  const first = 2;
  findings.forEach((f, i) => {
    const row = first + i;
    const key = reviewKey(f);
    const review = reviews.get(key);
    const status = review?.status.trim() ? currentStatus(review.status) : REVIEW_STATUSES[0];
    b.put(row, C.index, { value: i + 1, style: StyleKey.count });
    b.put(row, C.severity, label(findingText.severity[f.severity]));
    b.put(row, C.rule, label(`${findingText.ruleTitle[f.rule]}（${f.rule}）`));
    if (f.sheet && f.cell)
      b.put(row, C.location, {
        value: `${f.sheet}!${f.cell}`,
        style: StyleKey.link,
        link: { sheet: f.sheet, cell: f.cell },
      });
    else b.put(row, C.location, label(pathText(f.path)));
    b.put(row, C.message, label(f.message, StyleKey.text));
    b.put(row, C.reported, label(f.reported === undefined ? "" : formatFigure(f.reported, f.unit)));
    b.put(row, C.expected, label(f.expected === undefined ? "" : formatFigure(f.expected, f.unit)));
    // In today's words (已核实 of an earlier version is 已说明), as the drop-down offers them.
    b.put(row, C.status, { value: status, style: StyleKey.choiceInput, input: InputKind.choice });
    b.put(row, C.note, { value: review?.note ?? "", style: StyleKey.textInput, input: InputKind.text });
    b.put(row, C.key, label(key));
    cells.set(key, {
      sheet: name,
      status: cellRef(row, C.status),
      note: cellRef(row, C.note),
      key: cellRef(row, C.key),
    });
    const sheet = f.sheet !== undefined ? sheetNumbers.get(f.sheet) : undefined;
    if (sheet !== undefined && f.cell && f.severity !== "info") {
      // The cell's number while 处理状态 is the first status; a live reference, so that it follows
      // the cell when rows are inserted above it.
      const target = parseCellRef(f.cell);
      const statusCell = fixColumn(cellRef(row, C.status));
      b.put(row, f.severity === "error" ? C.openError : C.openVerify, {
        formula: `=IF(${statusCell}="${REVIEW_STATUSES[0]}",${cellNumberOf(sheet, f.sheet as string, f.cell)},"")`,
        expected: status === REVIEW_STATUSES[0] ? cellNumber(sheet, target.row + 1, target.col + 1) : "",
      });
    }
  });
  if (!findings.length) b.put(first, C.message, label(W.none));
  const last = first + Math.max(findings.length, 1) - 1;
  b.validate({
    range: `${cellRef(first, C.status)}:${cellRef(last, C.status)}`,
    type: "list",
    values: REVIEW_STATUSES,
  });
  const sev = cellRef(first, C.severity);
  const status = cellRef(first, C.status);
  const rows = `${cellRef(first, C.index)}:${cellRef(last, C.note)}`;
  b.conditional({
    range: rows,
    formula: `=AND(${fixColumn(sev)}="${findingText.severity.error}",${fixColumn(status)}="${REVIEW_STATUSES[0]}")`,
    severity: "error",
    rule: "open-error",
  });
  b.setColumns([6, 6, 24, 22, 70, 12, 12, 10, 40, 30, 16, 16]);
  b.hide(C.key);
  b.hide(C.openError);
  b.hide(C.openVerify);
  b.freeze(2);
  b.printTitles(0, 1, true);
  return { plan: b.build(), reviewCells: cells };
}

/**
 * The reviews 检查结果 holds, by the key in its (hidden) key column: 处理状态 and 说明 of each row
 * with a key, wherever the row now is; columns by the header's headings. A 检查结果 written by an
 * earlier version reads the same: its 核实说明 column is the 说明 (its 说明 column held the
 * messages), and its statuses are read in today's words (已核实 is 已说明).
 */
export function readReviews(sheet: GridSheet): Map<string, Review> {
  const reviews = new Map<string, Review>();
  const header = findHeaderRow(sheet, [W.headers[FindingCol.status], W.headers[FindingCol.key]]);
  if (header < 0) return reviews;
  const at = headerColumns(sheet, header);
  const col = (c: number) => at.get(headingKey(W.headers[c])) ?? c;
  const note = at.get(headingKey(W.legacyHeaders.note)) ?? col(FindingCol.note);
  const [status, key] = [col(FindingCol.status), col(FindingCol.key)];
  for (let r = header + 1; r < sheet.cells.length; r++) {
    const k = cellText(gridCell(sheet, r, key));
    if (!k) continue;
    const s = cellText(gridCell(sheet, r, status));
    reviews.set(k, { status: currentStatus(s), note: String(gridCell(sheet, r, note)?.value ?? "") });
  }
  return reviews;
}
