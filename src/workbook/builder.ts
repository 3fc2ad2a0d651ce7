/**
 * A small mutable helper that the sheet modules use to lay out one sheet, producing an
 * immutable `SheetPlan`. Rows and columns are 0-based here; plans speak A1.
 */
import { displayWidth } from "../text/width";
import { pathText, type Path } from "../domain";
import {
  cellRef,
  LINE_HEIGHT,
  STYLES,
  ROLE_COLUMN,
  rowTagText,
  MARKER_CELL,
  parseCellRef,
  markerText,
  StyleKey,
  type FundMarker,
  type RowTag,
  type CellPlan,
  type ColumnPlan,
  type ConditionalFormatPlan,
  type SheetKind,
  type SheetPlan,
  type ValidationPlan,
} from "./plan";

/** Where dataset paths land, shared by the sheets of one workbook. */
export type LocationMap = Map<string, { sheet: string; cell: string }>;

/** The hidden column holding each sheet's marker (MARKER_CELL's column). */
export const MARKER_COLUMN = parseCellRef(MARKER_CELL).col;

export class SheetBuilder {
  private readonly grid: (CellPlan | null)[][] = [];
  private readonly merges: string[] = [];
  private readonly cfs: ConditionalFormatPlan[] = [];
  private readonly validations: ValidationPlan[] = [];
  private widths: number[] = [];
  private readonly hiddenColumns = new Set<number>();
  private readonly tags = new Map<number, RowTag>();
  private frozen = { rows: 0, columns: 0 };
  private titleRows: string | undefined;
  private landscape = false;

  constructor(
    readonly key: string,
    readonly kind: SheetKind,
    readonly name: string,
    private readonly locations: LocationMap,
    /** A fund table's identity, carried by its sheet's marker. */
    private readonly fund?: FundMarker,
  ) {}

  /** Puts a cell; records its path. Returns its A1 reference. */
  put(row: number, col: number, cell: CellPlan): string {
    while (this.grid.length <= row) this.grid.push([]);
    const line = this.grid[row];
    while (line.length <= col) line.push(null);
    line[col] = cell;
    const ref = cellRef(row, col);
    if (cell.path !== undefined) this.locate(cell.path, row, col);
    return ref;
  }

  /** Puts a row of cells from a column. */
  putRow(row: number, col: number, cells: readonly (CellPlan | null)[]): void {
    cells.forEach((cell, i) => {
      if (cell) this.put(row, col + i, cell);
    });
  }

  /** Records that a dataset path is shown by a cell (an input, or a computed figure that stands for it). */
  locate(path: Path, row: number, col: number): void {
    const key = pathText(path);
    if (!this.locations.has(key)) this.locations.set(key, { sheet: this.name, cell: cellRef(row, col) });
  }

  /** Tags a row in the hidden role column (a 小计's group, an ungrouped row, a breakdown's id). */
  tag(row: number, tag: RowTag): void {
    this.tags.set(row, tag);
  }

  merge(row1: number, col1: number, row2: number, col2: number): void {
    if (row1 === row2 && col1 === col2) return;
    this.merges.push(`${cellRef(row1, col1)}:${cellRef(row2, col2)}`);
  }

  conditional(cf: ConditionalFormatPlan): void {
    this.cfs.push(cf);
  }

  validate(v: ValidationPlan): void {
    this.validations.push(v);
  }

  setColumns(widths: number[]): void {
    this.widths = widths;
  }

  /** Hides a column (keys and paths kept for the add-in, not for the reader). */
  hide(col: number): void {
    this.hiddenColumns.add(col);
  }

  freeze(rows: number, columns = 0): void {
    this.frozen = { rows, columns };
  }

  printTitles(firstRow: number, lastRow: number, landscape = false): void {
    this.titleRows = `${firstRow + 1}:${lastRow + 1}`;
    this.landscape = landscape;
  }

  /** The number of rows laid out so far. */
  get rowCount(): number {
    return this.grid.length;
  }

  /** Writes the row tags into the hidden role column; every row with an input or a formula has one. */
  private writeTags(): void {
    this.grid.forEach((cells, r) => {
      if (!this.tags.has(r) && cells.some((c) => c?.input || c?.formula !== undefined))
        this.tags.set(r, { role: "row" });
    });
    for (const [row, tag] of this.tags)
      this.put(row, ROLE_COLUMN, { value: rowTagText(tag), style: StyleKey.marker });
    this.hiddenColumns.add(ROLE_COLUMN);
  }

  /**
   * Heights of rows whose wrapped text takes more than one line in its column — or, for a cell
   * merged across one row (a form's 预期目标), across its merged columns: neither Excel nor
   * LibreOffice fits a row to a merged cell, so without a height its text runs over the rows below
   * when printed. A cell merged down several rows keeps its rows' heights. A column of width w
   * holds about w display columns per line; each line break starts a line.
   */
  private rowHeights(widths: readonly number[]): Record<number, number> {
    const covered = new Set<string>();
    /** Top-left cell of a merge across one row → the merged columns' width. */
    const across = new Map<string, number>();
    for (const m of this.merges) {
      const [a, b] = m.split(":").map(parseCellRef);
      for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) covered.add(cellRef(r, c));
      if (a.row === b.row) {
        let width = 0;
        for (let c = a.col; c <= b.col; c++) width += widths[c] ?? 10;
        across.set(cellRef(a.row, a.col), width);
      }
    }
    const heights: Record<number, number> = {};
    this.grid.forEach((cells, r) => {
      let lines = 1;
      cells.forEach((cell, c) => {
        if (!cell || !STYLES[cell.style ?? "label"].wrap) return;
        // A formula cell's text is its expected result (a form's goals read from the data sheet).
        const text =
          typeof cell.value === "string"
            ? cell.value
            : typeof cell.expected === "string"
              ? cell.expected
              : null;
        if (text === null) return;
        const ref = cellRef(r, c);
        const width = across.get(ref) ?? (covered.has(ref) ? null : (widths[c] ?? 10));
        if (width === null) return;
        const perLine = Math.max(1, width - 1);
        const needed = text
          .split("\n")
          .reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / perLine)), 0);
        lines = Math.max(lines, needed);
      });
      if (lines > 1) heights[r] = Math.min(lines, 12) * LINE_HEIGHT;
    });
    return heights;
  }

  build(): SheetPlan {
    this.writeTags();
    const markerCell = MARKER_CELL;
    const { row, col } = parseCellRef(MARKER_CELL);
    this.put(row, col, { value: markerText(this.kind, this.fund), style: StyleKey.marker });
    const columns: ColumnPlan[] = [];
    for (let c = 0; c <= MARKER_COLUMN; c++) {
      const hidden = c === MARKER_COLUMN || this.hiddenColumns.has(c);
      columns.push({ width: this.widths[c] ?? 10, ...(hidden ? { hidden } : {}) });
    }
    return {
      key: this.key,
      kind: this.kind,
      name: this.name,
      columns,
      rows: this.grid,
      merges: this.merges,
      rowHeights: this.rowHeights(columns.map((c) => c.width)),
      conditionalFormats: this.cfs,
      validations: this.validations,
      frozen: this.frozen,
      ...(this.titleRows ? { printTitleRows: this.titleRows } : {}),
      landscape: this.landscape,
      markerCell,
      protect: true,
    };
  }
}
