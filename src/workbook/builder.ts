/**
 * A small mutable helper that the sheet modules use to lay out one sheet, producing an
 * immutable `SheetPlan`. Rows and columns are 0-based here; plans speak A1.
 */
import { displayWidth } from "../text/width";
import {
  cellRef,
  LINE_HEIGHT,
  STYLES,
  encodePathMap,
  PATH_COLUMN,
  type CellValue,
  type InputKind,
  type PathEntry,
  MARKER_CELL,
  parseCellRef,
  markerText,
  StyleKey,
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
  /** Path-map entries that are not input cells of their row: aliases and constants. */
  private readonly extraEntries = new Map<number, Record<string, PathEntry>>();
  private frozen = { rows: 0, columns: 0 };
  private titleRows: string | undefined;
  private landscape = false;

  constructor(
    readonly key: string,
    readonly kind: SheetKind,
    readonly name: string,
    private readonly locations: LocationMap,
  ) {}

  /** Puts a cell; records its path. Returns its A1 reference. */
  put(row: number, col: number, cell: CellPlan): string {
    while (this.grid.length <= row) this.grid.push([]);
    const line = this.grid[row];
    while (line.length <= col) line.push(null);
    line[col] = cell;
    const ref = cellRef(row, col);
    if (cell.path !== undefined && !this.locations.has(cell.path))
      this.locations.set(cell.path, { sheet: this.name, cell: ref });
    return ref;
  }

  /** Puts a row of cells from a column. */
  putRow(row: number, col: number, cells: readonly (CellPlan | null)[]): void {
    cells.forEach((cell, i) => {
      if (cell) this.put(row, col + i, cell);
    });
  }

  /** Records that a dataset path is shown by a cell that does not hold it (e.g. a computed rate). */
  locate(path: string, row: number, col: number): void {
    if (!this.locations.has(path)) this.locations.set(path, { sheet: this.name, cell: cellRef(row, col) });
  }

  /** Records that a row's dataset path reads its value from another cell (e.g. a merged group cell). */
  alias(row: number, kind: InputKind, path: string, sourceRef: string): void {
    this.extra(row)[`~${path}`] = [kind, path, sourceRef];
  }

  /** Records a constant of the dataset that no cell shows as an input (a table's id, its dimension). */
  meta(path: string, value: CellValue): void {
    this.extra(0)[`=${path}`] = ["=", path, value];
  }

  private extra(row: number): Record<string, PathEntry> {
    let entries = this.extraEntries.get(row);
    if (!entries) this.extraEntries.set(row, (entries = {}));
    return entries;
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

  /** Writes each row's path map into the hidden path column. */
  private writePathMaps(): void {
    const rows = Math.max(this.grid.length, ...[...this.extraEntries.keys()].map((r) => r + 1));
    for (let r = 0; r < rows; r++) {
      const map: Record<string, PathEntry> = { ...this.extraEntries.get(r) };
      (this.grid[r] ?? []).forEach((cell, c) => {
        if (cell?.input && cell.path !== undefined) map[String(c)] = [cell.input, cell.path];
      });
      if (Object.keys(map).length)
        this.put(r, PATH_COLUMN, { value: encodePathMap(map), style: StyleKey.marker });
    }
    this.hiddenColumns.add(PATH_COLUMN);
  }

  /**
   * Heights of rows whose wrapped text takes more than one line in its column (merged cells are
   * left to the spreadsheet). A column of width w holds about w display columns per line.
   */
  private rowHeights(widths: readonly number[]): Record<number, number> {
    const merged = new Set<string>();
    for (const m of this.merges) {
      const [a, b] = m.split(":").map(parseCellRef);
      for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) merged.add(cellRef(r, c));
    }
    const heights: Record<number, number> = {};
    this.grid.forEach((cells, r) => {
      let lines = 1;
      cells.forEach((cell, c) => {
        if (
          !cell ||
          typeof cell.value !== "string" ||
          !STYLES[cell.style ?? "label"].wrap ||
          merged.has(cellRef(r, c))
        )
          return;
        lines = Math.max(lines, Math.ceil(displayWidth(cell.value) / Math.max(1, (widths[c] ?? 10) - 1)));
      });
      if (lines > 1) heights[r] = Math.min(lines, 12) * LINE_HEIGHT;
    });
    return heights;
  }

  build(): SheetPlan {
    this.writePathMaps();
    const markerCell = MARKER_CELL;
    const { row, col } = parseCellRef(MARKER_CELL);
    this.put(row, col, { value: markerText(this.key), style: StyleKey.marker });
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
