/**
 * A workbook as the importer sees it: each sheet a grid of cell values and number formats, from
 * exceljs for a file or from Office.js for the open workbook — merged cells may repeat their
 * value (exceljs) or be empty (Office.js); the readers accept both. The helpers here find things
 * by what they say, never by a stored address: a header row by its headings, a row by its label.
 */
import type { CellValue } from "./plan";

export interface GridCell {
  readonly value: CellValue;
  readonly numberFormat?: string;
}

export interface GridSheet {
  readonly name: string;
  /** Rows of cells from A1 (formula cells hold their results). */
  readonly cells: readonly (readonly (GridCell | null | undefined)[] | undefined)[];
}

export interface WorkbookGrid {
  readonly sheets: readonly GridSheet[];
}

/**
 * What a workbook may hold before it is refused, unread (from a file or from the open workbook).
 * A standard workbook of 30,000 fund rows has about 350,000 cells and unzips to 27 MB;
 * `jixiao import` reads it in 520 MB and 7 s. A file beyond these is not a standard workbook — or
 * is a bomb: 150 KB of repeated cells unzip to 40 MB and 2,500,000 cells, which take 1.4 GB and
 * half a minute to read.
 */
export const READ_LIMITS = {
  unzippedBytes: 200 * 1024 * 1024,
  cells: 1_000_000,
  laidOutCells: 4_000_000,
  rows: 250_000,
  columns: 256,
} as const;

/** The limits a reader applies (tests pass small ones). */
export interface ReadLimits {
  /** All parts of a file together, unzipped. */
  readonly unzippedBytes: number;
  /** Cells of all sheets read together (of the sheets not laid out by the add-in, see below). */
  readonly cells: number;
  /**
   * Cells of the open workbook's sheets the add-in laid out (its marker in their head), read
   * together: the standard workbook of 100,000 fund rows — the engine's largest size — holds
   * 2,970,000 cells in its used ranges (columns A to Z: Y and Z are the add-in's hidden role and
   * marker columns; 检查结果 has a row per finding), which the re-check with the layout reads
   * anyway. Office.js only: Excel has already opened the workbook, so no zip is unpacked here,
   * and a file is always read within `cells` (the marker of a file is only known once it is
   * parsed, which is what that limit protects).
   */
  readonly laidOutCells: number;
  /**
   * Rows and columns of one sheet's used range in the open workbook (Office.js loads the whole
   * rectangle): beyond them a sheet of ours is refused, a clerk's own passed over.
   */
  readonly rows: number;
  readonly columns: number;
}

/** The cell at a 0-based row and column, if any. */
export function gridCell(sheet: GridSheet, row: number, col: number): GridCell | undefined {
  return sheet.cells[row]?.[col] ?? undefined;
}

/** A cell's text, trimmed ("" for blank and non-text cells that hold nothing). */
export function cellText(cell: GridCell | undefined): string {
  const v = cell?.value;
  if (v === null || v === undefined) return "";
  return String(v).trim();
}

/** True when the cell holds nothing (or only spaces). */
export function isBlankCell(cell: GridCell | undefined): boolean {
  return cellText(cell) === "";
}

/** Headings are compared without spaces, so a clerk's “预算 批复” or a wrapped heading still match. */
export function headingKey(text: string): string {
  return text.replace(/\s+/gu, "");
}

/**
 * The first row (from `from`, at most `within` rows on) whose cells include every heading of
 * `required`; -1 when there is none.
 */
export function findHeaderRow(sheet: GridSheet, required: readonly string[], from = 0, within = 12): number {
  const wanted = required.map(headingKey);
  const last = Math.min(sheet.cells.length, from + within);
  for (let r = from; r < last; r++) {
    const texts = new Set((sheet.cells[r] ?? []).map((c) => headingKey(cellText(c ?? undefined))));
    if (wanted.every((w) => texts.has(w))) return r;
  }
  return -1;
}

/** The columns of a header row by heading: heading key → 0-based column (the first one wins). */
export function headerColumns(sheet: GridSheet, row: number): Map<string, number> {
  const columns = new Map<string, number>();
  (sheet.cells[row] ?? []).forEach((cell, c) => {
    const key = headingKey(cellText(cell ?? undefined));
    if (key && !columns.has(key)) columns.set(key, c);
  });
  return columns;
}

/** The number of rows of the sheet. */
export function rowCount(sheet: GridSheet): number {
  return sheet.cells.length;
}
