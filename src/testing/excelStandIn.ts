/**
 * A stand-in for the part of the Office.js `Excel` object model the add-in uses. It behaves like
 * the real one where it matters for correctness and cost: writes are queued and applied at
 * `context.sync()`; a property can be read only after it was `load`ed *and* a sync has run
 * (else it throws, as Office.js does); every sync is counted with the size of its payload, and
 * a sync over 5 MB fails as it does in Excel on the web. Used by the tests, the benchmark and
 * (later) the browser tests of the task pane; never by the add-in itself.
 */

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

const encoder = new TextEncoder();
const utf8Bytes = (text: string) => encoder.encode(text).length;

export interface CellState {
  formula?: string;
  value?: string | number | boolean;
  numberFormat?: string;
  bold?: boolean;
  fontSize?: number;
  fontColor?: string;
  underline?: string;
  fill?: string;
  hAlign?: string;
  wrap?: boolean;
  locked?: boolean;
  hyperlink?: { documentReference?: string; textToDisplay?: string };
}

export interface SheetState {
  name: string;
  position: number;
  cells: Map<string, CellState>;
  merges: string[];
  conditionalFormats: { range: string; formula: string; fill?: string; fontColor?: string }[];
  validations: { range: string; rule: unknown; errorAlert?: unknown }[];
  frozen: { rows: number; columns: number };
  protected: boolean;
  printTitleRows?: string;
  orientation?: string;
  paperSize?: string;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  hiddenColumns: Set<number>;
}

export interface WorkbookState {
  sheets: SheetState[];
  names: Map<string, string>;
  /** The cell `range.select()` selected last. */
  selection?: { sheet: string; address: string };
  /** The sheet `worksheet.activate()` activated last. */
  active?: string;
}

export interface StandInStats {
  syncs: number;
  /** Bytes of each sync's payload. */
  payloads: number[];
  calculationSuspensions: number;
}

/** The enums of `Excel` the add-in uses, with Office.js's string values. */
export const ExcelEnums = {
  ConditionalFormatType: { custom: "Custom" },
  DataValidationOperator: { between: "Between", greaterThanOrEqualTo: "GreaterThanOrEqualTo" },
  DataValidationAlertStyle: { warning: "Warning", stop: "Stop" },
  PageOrientation: { landscape: "Landscape", portrait: "Portrait" },
  PaperType: { a4: "A4" },
  RangeUnderlineStyle: { single: "Single", none: "None" },
  ClearApplyTo: { all: "All", contents: "Contents", formats: "Formats" },
  InsertShiftDirection: { down: "Down", right: "Right" },
  DeleteShiftDirection: { up: "Up", left: "Left" },
} as const;

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
function colLetters(i: number): string {
  let n = i + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Cells of an address: "B3", "A1:C4", "C:C" (whole column, first 1,048,576 rows), or the sheet. */
function parseAddress(address: string | undefined): { r1: number; c1: number; r2: number; c2: number } {
  if (!address) return { r1: 0, c1: 0, r2: 1048575, c2: 16383 };
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (rows) return { r1: Number(rows[1]) - 1, c1: 0, r2: Number(rows[2]) - 1, c2: 16383 };
  const col = /^\$?([A-Z]+):\$?([A-Z]+)$/.exec(address);
  if (col) return { r1: 0, c1: colIndex(col[1]), r2: 1048575, c2: colIndex(col[2]) };
  const [a, b = a] = address.split(":");
  const p = (ref: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
    if (!m) throw new Error(`InvalidArgument: bad address ${address}`);
    return { r: Number(m[2]) - 1, c: colIndex(m[1]) };
  };
  const x = p(a);
  const y = p(b);
  return { r1: Math.min(x.r, y.r), c1: Math.min(x.c, y.c), r2: Math.max(x.r, y.r), c2: Math.max(x.c, y.c) };
}

/** A row index after `count` rows are inserted (count > 0) or deleted (count < 0) at row `at`. */
function shiftRow(r: number, at: number, count: number, end: boolean): number | null {
  if (count > 0) return r >= at ? r + count : r;
  const n = -count;
  if (r < at) return r;
  if (r >= at + n) return r - n;
  // Inside the deleted rows: a range's start moves to the first row after them, its end before them.
  return end ? at - 1 : at;
}

/** An address with its rows shifted as Excel does on inserting or deleting whole rows; null when gone. */
function shiftAddress(address: string, at: number, count: number): string | null {
  const { r1, c1, r2, c2 } = parseAddress(address);
  if (r2 >= 1048575) return address;
  const a = shiftRow(r1, at, count, false) as number;
  const b = shiftRow(r2, at, count, true) as number;
  if (b < a) return null;
  const cell = (r: number, c: number) => `${colLetters(c)}${r + 1}`;
  return a === b && c1 === c2 ? cell(a, c1) : `${cell(a, c1)}:${cell(b, c2)}`;
}

/**
 * Inserts (count > 0) or deletes (count < 0) whole rows at row `at` of a sheet, as Excel and
 * LibreOffice do: cells below move, a merged range across the insertion grows, a merged range
 * losing its first row loses the value its first cell held, ranges of formats and validations
 * follow. Formulas are kept as written (the stand-in does not evaluate them).
 */
export function shiftSheetRows(sheet: SheetState, at: number, count: number): void {
  const cells = new Map<string, CellState>();
  for (const [ref, cell] of sheet.cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
    const r = Number(m[2]) - 1;
    if (count < 0 && r >= at && r < at - count) continue;
    cells.set(`${m[1]}${(shiftRow(r, at, count, false) as number) + 1}`, cell);
  }
  sheet.cells = cells;
  sheet.merges = sheet.merges.flatMap((m) => {
    const shifted = shiftAddress(m, at, count);
    return shifted && shifted.includes(":") ? [shifted] : [];
  });
  sheet.conditionalFormats = sheet.conditionalFormats.flatMap((cf) => {
    // A format may cover several areas (space-separated, as RangeAreas keep them here).
    const areas = cf.range.split(" ").flatMap((area) => shiftAddress(area, at, count) ?? []);
    return areas.length ? [{ ...cf, range: areas.join(" ") }] : [];
  });
  sheet.validations = sheet.validations.flatMap((v) => {
    const range = shiftAddress(v.range, at, count);
    return range ? [{ ...v, range }] : [];
  });
  const heights = new Map<number, number>();
  for (const [r, h] of sheet.rowHeights) {
    if (count < 0 && r >= at && r < at - count) continue;
    heights.set(shiftRow(r, at, count, false) as number, h);
  }
  sheet.rowHeights = heights;
}

/** Marks what may be read: properties loaded before the last sync. */
class Loadable {
  protected requested = new Set<string>();
  protected readable = new Set<string>();

  constructor(protected readonly ctx: StandInContext) {}

  load(props: string | string[]): this {
    const list = Array.isArray(props) ? props : props.split(",").map((s) => s.trim());
    for (const p of list) this.requested.add(p);
    this.ctx.enqueue({ load: list }, () => {
      for (const p of list) this.readable.add(p);
    });
    return this;
  }

  protected read<T>(prop: string, value: () => T): T {
    if (!this.readable.has(prop))
      throw new Error(`PropertyNotLoaded: ${prop} was not loaded, or read before context.sync()`);
    return value();
  }
}

class StandInRange extends Loadable {
  private snapshot: { values?: unknown[][]; numberFormat?: unknown[][] } = {};

  /** The cells addressed, A1 without the sheet; a used range learns it at sync. */
  ref: string | undefined;
  private usedEmpty = false;

  constructor(
    ctx: StandInContext,
    private readonly sheet: () => SheetState,
    ref: string | undefined,
    private readonly used = false,
  ) {
    super(ctx);
    this.ref = ref;
  }

  /** The bounding box of the cells holding a value or formula (what a used range covers). */
  private resolveUsed(): void {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = -1;
    let c2 = -1;
    for (const [ref, cell] of this.sheet().cells) {
      if (cell.value === undefined && cell.formula === undefined) continue;
      const m = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
      const r = Number(m[2]) - 1;
      const c = colIndex(m[1]);
      r1 = Math.min(r1, r);
      c1 = Math.min(c1, c);
      r2 = Math.max(r2, r);
      c2 = Math.max(c2, c);
    }
    this.usedEmpty = r2 < 0;
    this.ref = this.usedEmpty ? undefined : `${colLetters(c1)}${r1 + 1}:${colLetters(c2)}${r2 + 1}`;
  }

  get isNullObject(): boolean {
    return this.read("address", () => this.used && this.usedEmpty);
  }

  get address(): string {
    return this.read("address", () => `${this.sheet().name}!${this.ref ?? ""}`);
  }

  get rowCount(): number {
    return this.read("rowCount", () => {
      const { r1, r2 } = parseAddress(this.ref);
      return r2 - r1 + 1;
    });
  }

  get columnCount(): number {
    return this.read("columnCount", () => {
      const { c1, c2 } = parseAddress(this.ref);
      return c2 - c1 + 1;
    });
  }

  get numberFormat(): unknown[][] {
    return this.read("numberFormat", () => this.snapshot.numberFormat ?? []);
  }

  override load(props: string | string[]): this {
    // Resolve a used range before the base class marks its properties readable.
    if (this.used) this.ctx.enqueue(null, () => this.resolveUsed());
    super.load(props);
    this.ctx.enqueue(null, () => {
      if (this.used && this.usedEmpty) return;
      const { r1, c1, r2, c2 } = parseAddress(this.ref);
      const values: unknown[][] = [];
      const formats: unknown[][] = [];
      for (let r = r1; r <= Math.min(r2, r1 + 100000); r++) {
        const row: unknown[] = [];
        const fmt: unknown[] = [];
        for (let c = c1; c <= Math.min(c2, c1 + 500); c++) {
          const cell = this.sheet().cells.get(`${colLetters(c)}${r + 1}`);
          row.push(cell?.value ?? "");
          fmt.push(cell?.numberFormat ?? "General");
        }
        values.push(row);
        formats.push(fmt);
      }
      this.snapshot.values = values;
      this.snapshot.numberFormat = formats;
    });
    return this;
  }

  get values(): unknown[][] {
    return this.read("values", () => this.snapshot.values ?? []);
  }

  eachCell(fn: (cell: CellState, r: number, c: number) => void): void {
    const { r1, c1, r2, c2 } = parseAddress(this.ref);
    const cells = this.sheet().cells;
    if (r2 - r1 > 100000) {
      // Whole columns/sheet: only cells that exist.
      for (const [ref, cell] of cells) {
        const m = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
        const r = Number(m[2]) - 1;
        const c = colIndex(m[1]);
        if (r >= r1 && r <= r2 && c >= c1 && c <= c2) fn(cell, r - r1, c - c1);
      }
      return;
    }
    for (let r = r1; r <= r2; r++)
      for (let c = c1; c <= c2; c++) {
        const ref = `${colLetters(c)}${r + 1}`;
        let cell = cells.get(ref);
        if (!cell) cells.set(ref, (cell = {}));
        fn(cell, r - r1, c - c1);
      }
  }

  private setGrid(kind: string, grid: unknown[][], apply: (cell: CellState, v: unknown) => void): void {
    // Checked at sync, as Office.js reports it (a name's range learns its cells only then).
    this.ctx.enqueue({ [kind]: grid }, () => {
      const { r1, c1, r2, c2 } = parseAddress(this.ref);
      if (grid.length !== r2 - r1 + 1 || grid.some((row) => row.length !== c2 - c1 + 1))
        throw new Error(`InvalidArgument: ${kind} array does not match the size of range ${this.ref}`);
      this.eachCell((cell, r, c) => apply(cell, grid[r][c]));
    });
  }

  set formulas(grid: unknown[][]) {
    this.setGrid("formulas", grid, (cell, v) => {
      delete cell.formula;
      delete cell.value;
      if (typeof v === "string" && v.startsWith("=")) cell.formula = v;
      else if (typeof v === "string" && v.startsWith("'")) cell.value = v.slice(1);
      else if (v !== "" && v !== null && v !== undefined) cell.value = v as string | number | boolean;
    });
  }

  set values(grid: unknown[][]) {
    this.setGrid("values", grid, (cell, v) => {
      delete cell.formula;
      delete cell.value;
      if (v !== "" && v !== null && v !== undefined) cell.value = v as string | number | boolean;
    });
  }

  /** Inserts blank rows above a whole-row range (`"7:7"`), shifting what is below down. */
  insert(shift: string): void {
    this.ctx.enqueue({ insert: this.ref, shift }, () => {
      const { r1, r2, c1, c2 } = parseAddress(this.ref);
      if (shift !== ExcelEnums.InsertShiftDirection.down || c1 !== 0 || c2 !== 16383)
        throw new Error("InvalidArgument: the stand-in inserts whole rows only");
      if (this.sheet().protected) throw new Error("AccessDenied: the sheet is protected");
      shiftSheetRows(this.sheet(), r1, r2 - r1 + 1);
    });
  }

  /** Deletes a whole-row range (`"4:4"`), shifting what is below up. */
  delete(shift: string): void {
    this.ctx.enqueue({ delete: this.ref, shift }, () => {
      const { r1, r2, c1, c2 } = parseAddress(this.ref);
      if (shift !== ExcelEnums.DeleteShiftDirection.up || c1 !== 0 || c2 !== 16383)
        throw new Error("InvalidArgument: the stand-in deletes whole rows only");
      if (this.sheet().protected) throw new Error("AccessDenied: the sheet is protected");
      shiftSheetRows(this.sheet(), r1, -(r2 - r1 + 1));
    });
  }

  set numberFormat(grid: unknown[][]) {
    this.setGrid("numberFormat", grid, (cell, v) => (cell.numberFormat = String(v)));
  }

  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    this.ctx.enqueue({ hyperlink: link }, () => this.eachCell((cell) => (cell.hyperlink = link)));
  }

  set columnHidden(hidden: boolean) {
    this.ctx.enqueue({ columnHidden: hidden }, () => {
      const { c1, c2 } = parseAddress(this.ref);
      for (let c = c1; c <= c2; c++) if (hidden) this.sheet().hiddenColumns.add(c);
    });
  }

  readonly format = rangeFormat(this);

  /** Applies a setter to every cell of the range at sync. */
  setEach(name: string, v: unknown, apply: (cell: CellState) => void): void {
    this.ctx.enqueue({ [name]: v }, () => this.eachCell(apply));
  }

  /** Records a column width for the range's columns at sync. */
  setColumnWidth(v: number): void {
    this.ctx.enqueue({ columnWidth: v }, () => {
      const { c1, c2 } = parseAddress(this.ref);
      for (let c = c1; c <= c2; c++) this.sheet().columnWidths.set(c, v);
    });
  }

  /** Records a row height for the range's rows at sync. */
  setRowHeight(v: number): void {
    this.ctx.enqueue({ rowHeight: v }, () => {
      const { r1, r2 } = parseAddress(this.ref);
      for (let r = r1; r <= r2; r++) this.sheet().rowHeights.set(r, v);
    });
  }

  /** Queues an operation with no effect on the recorded state. */
  note(name: string, v: unknown): void {
    this.ctx.enqueue({ [name]: v }, () => undefined);
  }

  select(): void {
    this.ctx.enqueue({ select: this.ref }, () => {
      this.ctx.state.selection = { sheet: this.sheet().name, address: this.ref ?? "" };
    });
  }

  merge(across = false): void {
    this.ctx.enqueue({ merge: this.ref, across }, () => this.sheet().merges.push(this.ref ?? ""));
  }

  clear(applyTo: string = ExcelEnums.ClearApplyTo.all): void {
    this.ctx.enqueue({ clear: applyTo }, () => {
      const s = this.sheet();
      s.cells.clear();
      s.merges = [];
      s.validations = [];
    });
  }

  readonly conditionalFormats = {
    add: (type: string) => {
      if (type !== ExcelEnums.ConditionalFormatType.custom)
        throw new Error(`unsupported conditional format ${type}`);
      const cf = {
        range: this.ref ?? "",
        formula: "",
        fill: undefined as string | undefined,
        fontColor: undefined as string | undefined,
      };
      this.ctx.enqueue({ conditionalFormat: this.ref }, () => this.sheet().conditionalFormats.push(cf));
      const ctx = this.ctx;
      return {
        custom: {
          rule: {
            set formula(v: string) {
              ctx.enqueue({ formula: v }, () => (cf.formula = v));
            },
          },
          format: {
            fill: {
              set color(v: string) {
                ctx.enqueue({ fill: v }, () => (cf.fill = v));
              },
            },
            font: {
              set color(v: string) {
                ctx.enqueue({ color: v }, () => (cf.fontColor = v));
              },
            },
          },
        },
      };
    },
    clearAll: () => this.ctx.enqueue({ clearAll: true }, () => (this.sheet().conditionalFormats = [])),
  };

  get dataValidation() {
    const range = this.ref ?? "";
    const ctx = this.ctx;
    const sheet = this.sheet;
    const entry: { range: string; rule: unknown; errorAlert?: unknown } = { range, rule: undefined };
    return {
      clear: () =>
        ctx.enqueue(
          { clearValidation: range },
          () => (sheet().validations = sheet().validations.filter((v) => v.range !== range)),
        ),
      set rule(rule: unknown) {
        ctx.enqueue({ rule }, () => {
          entry.rule = rule;
          sheet().validations.push(entry);
        });
      },
      set errorAlert(alert: unknown) {
        ctx.enqueue({ alert }, () => (entry.errorAlert = alert));
      },
    };
  }
}

/** The `format` of a range: setters only, as the add-in uses it. */
function rangeFormat(range: StandInRange) {
  return {
    font: {
      set bold(v: boolean) {
        range.setEach("bold", v, (c) => (c.bold = v));
      },
      set size(v: number) {
        range.setEach("size", v, (c) => (c.fontSize = v));
      },
      set color(v: string) {
        range.setEach("color", v, (c) => (c.fontColor = v));
      },
      set underline(v: string) {
        range.setEach("underline", v, (c) => (c.underline = v));
      },
    },
    fill: {
      set color(v: string) {
        range.setEach("fill", v, (c) => (c.fill = v));
      },
    },
    protection: {
      set locked(v: boolean) {
        range.setEach("locked", v, (c) => (c.locked = v));
      },
    },
    set horizontalAlignment(v: string) {
      range.setEach("hAlign", v, (c) => (c.hAlign = v));
    },
    set verticalAlignment(v: string) {
      range.note("verticalAlignment", v);
    },
    set wrapText(v: boolean) {
      range.setEach("wrap", v, (c) => (c.wrap = v));
    },
    set columnWidth(v: number) {
      range.setColumnWidth(v);
    },
    set rowHeight(v: number) {
      range.setRowHeight(v);
    },
  };
}

class StandInWorksheet extends Loadable {
  constructor(
    ctx: StandInContext,
    readonly state: () => SheetState,
  ) {
    super(ctx);
  }

  get name(): string {
    return this.read("name", () => this.state().name);
  }

  set name(v: string) {
    this.ctx.enqueue({ name: v }, () => (this.state().name = v));
  }

  /** Moves the sheet to that place, the others shifting as in Excel. */
  set position(v: number) {
    this.ctx.enqueue({ position: v }, () => {
      const sheet = this.state();
      const order = [...this.ctx.state.sheets]
        .sort((a, b) => a.position - b.position)
        .filter((s) => s !== sheet);
      order.splice(Math.max(0, Math.min(v, order.length)), 0, sheet);
      order.forEach((s, i) => {
        s.position = i;
      });
    });
  }

  activate(): void {
    this.ctx.enqueue({ activate: true }, () => {
      this.ctx.state.active = this.state().name;
    });
  }

  /** Deletes the sheet at sync; Excel refuses to delete a workbook's last sheet. */
  delete(): void {
    this.ctx.enqueue({ deleteSheet: true }, () => {
      const sheets = this.ctx.state.sheets;
      const sheet = this.state();
      if (sheets.length <= 1)
        throw new Error("InvalidOperation: a workbook must contain at least one visible worksheet");
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets
        .sort((a, b) => a.position - b.position)
        .forEach((s, i) => {
          s.position = i;
        });
    });
  }

  markNameReadable(): void {
    this.readable.add("name");
  }

  getRange(address?: string): StandInRange {
    return new StandInRange(this.ctx, this.state, address);
  }

  /** Several areas, "A1:B2,C4" (a RangeAreas: the stand-in keeps them as one range, space-separated). */
  getRanges(address: string): StandInRange {
    return new StandInRange(
      this.ctx,
      this.state,
      address
        .split(/[,;]/)
        .map((a) => a.trim())
        .join(" "),
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): StandInRange {
    void valuesOnly;
    return new StandInRange(this.ctx, this.state, undefined, true);
  }

  readonly protection = {
    protect: (options: unknown) =>
      this.ctx.enqueue({ protect: options }, () => (this.state().protected = true)),
    unprotect: () => this.ctx.enqueue({ unprotect: true }, () => (this.state().protected = false)),
  };

  readonly freezePanes = {
    freezeRows: (n: number) =>
      this.ctx.enqueue({ freezeRows: n }, () => (this.state().frozen = { rows: n, columns: 0 })),
    freezeAt: (range: StandInRange) =>
      this.ctx.enqueue({ freezeAt: range.ref }, () => {
        const { r2, c2 } = parseAddress(range.ref);
        this.state().frozen = { rows: r2 + 1, columns: c2 + 1 };
      }),
  };

  get pageLayout() {
    const ctx = this.ctx;
    const state = this.state;
    return {
      set orientation(v: string) {
        ctx.enqueue({ orientation: v }, () => (state().orientation = v));
      },
      set paperSize(v: string) {
        ctx.enqueue({ paperSize: v }, () => (state().paperSize = v));
      },
      set zoom(v: unknown) {
        ctx.enqueue({ zoom: v }, () => undefined);
      },
      setPrintTitleRows: (rows: string) =>
        ctx.enqueue({ printTitleRows: rows }, () => (state().printTitleRows = rows)),
    };
  }
}

class StandInSheets extends Loadable {
  private itemsSnapshot: StandInWorksheet[] = [];

  constructor(
    ctx: StandInContext,
    private readonly wb: WorkbookState,
  ) {
    super(ctx);
  }

  override load(props: string | string[]): this {
    super.load(props);
    this.ctx.enqueue(null, () => {
      this.itemsSnapshot = [...this.wb.sheets]
        .sort((a, b) => a.position - b.position)
        .map((s) => {
          const ws = new StandInWorksheet(this.ctx, () => s);
          ws.markNameReadable();
          return ws;
        });
      this.readable.add("items");
    });
    return this;
  }

  get items(): StandInWorksheet[] {
    return this.read("items", () => this.itemsSnapshot);
  }

  /** The sheet of that name, resolved at sync (a missing one fails then, as in Office.js). */
  getItem(name: string): StandInWorksheet {
    let found: SheetState | undefined;
    this.ctx.enqueue({ getItem: name }, () => {
      found = this.wb.sheets.find((s) => s.name === name);
      if (!found) throw new Error(`ItemNotFound: no sheet named ${name}`);
    });
    return new StandInWorksheet(this.ctx, () => {
      if (!found) throw new Error("the sheet is used before context.sync()");
      return found;
    });
  }

  /** Adds a sheet; without a name, the first free SheetN, as Excel does. */
  add(wanted?: string): StandInWorksheet {
    let created: SheetState | undefined;
    this.ctx.enqueue({ addSheet: wanted ?? null }, () => {
      const taken = (n: string) => this.wb.sheets.some((s) => s.name.toLowerCase() === n.toLowerCase());
      let name = wanted ?? "Sheet1";
      for (let n = 2; wanted === undefined && taken(name); n++) name = `Sheet${n}`;
      if (taken(name)) throw new Error(`ItemAlreadyExists: a sheet named ${name} exists`);
      created = newSheet(name, this.wb.sheets.length);
      this.wb.sheets.push(created);
    });
    return new StandInWorksheet(this.ctx, () => {
      if (!created) throw new Error("the new sheet is used before context.sync()");
      return created;
    });
  }
}

class StandInNames extends Loadable {
  private snapshot: { name: string; delete: () => void }[] = [];

  constructor(
    ctx: StandInContext,
    private readonly wb: WorkbookState,
  ) {
    super(ctx);
  }

  override load(props: string | string[]): this {
    super.load(props);
    this.ctx.enqueue(null, () => {
      this.snapshot = [...this.wb.names.keys()].map((name) => ({
        name,
        delete: () => this.ctx.enqueue({ deleteName: name }, () => this.wb.names.delete(name)),
      }));
      this.readable.add("items");
    });
    return this;
  }

  get items() {
    return this.read("items", () => this.snapshot);
  }

  /** The named item; its `getRange()` resolves the name's reference at sync. */
  getItem(name: string) {
    const wb = this.wb;
    const ctx = this.ctx;
    return {
      delete: () =>
        ctx.enqueue({ deleteName: name }, () => {
          if (!wb.names.delete(name)) throw new Error(`ItemNotFound: no name ${name}`);
        }),
      getRange: () => {
        let resolved: { sheet: SheetState; ref: string } | undefined;
        ctx.enqueue({ getName: name }, () => {
          const reference = wb.names.get(name);
          const m = reference ? /^='?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(reference) : null;
          const sheet = m ? wb.sheets.find((x) => x.name === m[1].replace(/''/g, "'")) : undefined;
          if (!m || !sheet) throw new Error(`ItemNotFound: no name ${name}`);
          resolved = { sheet, ref: `${m[2]}${m[3]}` };
        });
        const range = new StandInRange(
          ctx,
          () => {
            if (!resolved) throw new Error("the name is used before context.sync()");
            return resolved.sheet;
          },
          undefined,
        );
        // The cell is known only at sync: resolve the range's reference then.
        ctx.enqueue(null, () => {
          range.ref = resolved?.ref;
        });
        return range;
      },
    };
  }

  add(name: string, reference: string): void {
    this.ctx.enqueue({ addName: name, reference }, () => {
      if (this.wb.names.has(name)) throw new Error(`ItemAlreadyExists: name ${name}`);
      this.wb.names.set(name, reference);
    });
  }
}

export function newSheet(name: string, position: number): SheetState {
  return {
    name,
    position,
    cells: new Map(),
    merges: [],
    conditionalFormats: [],
    validations: [],
    frozen: { rows: 0, columns: 0 },
    protected: false,
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenColumns: new Set(),
  };
}

export class StandInContext {
  readonly stats: StandInStats = { syncs: 0, payloads: [], calculationSuspensions: 0 };
  private queue: { payload: unknown; apply: () => void }[] = [];
  readonly workbook: { worksheets: StandInSheets; names: StandInNames };
  readonly application = {
    suspendApiCalculationUntilNextSync: () => {
      this.stats.calculationSuspensions++;
    },
  };

  constructor(readonly state: WorkbookState = { sheets: [], names: new Map() }) {
    this.workbook = { worksheets: new StandInSheets(this, state), names: new StandInNames(this, state) };
  }

  enqueue(payload: unknown, apply: () => void): void {
    this.queue.push({ payload, apply });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const bytes = ops.reduce(
      (n, op) => n + 40 + (op.payload === null ? 0 : utf8Bytes(JSON.stringify(op.payload))),
      0,
    );
    this.stats.syncs++;
    this.stats.payloads.push(bytes);
    if (bytes > PAYLOAD_LIMIT)
      throw new Error(`RequestPayloadSizeLimitExceeded: ${bytes} bytes in one request`);
    for (const op of ops) op.apply();
  }
}

/**
 * `Excel.createWorkbook(base64)` (ExcelApi 1.8) on a record of the workbooks it was asked to open:
 * each is kept as the bytes of its .xlsx. Refused as Excel refuses them: text that is not base64,
 * bytes that are not an .xlsx package (a zip), and a request over the payload limit.
 */
export function standInCreateWorkbook(created: Uint8Array[]) {
  return async (base64?: string): Promise<void> => {
    if (base64 === undefined) {
      created.push(new Uint8Array());
      return;
    }
    if (utf8Bytes(base64) > PAYLOAD_LIMIT)
      throw Object.assign(new Error(`RequestPayloadSizeLimitExceeded: ${base64.length} characters`), {
        code: "RequestPayloadSizeLimitExceeded",
      });
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0)
      throw Object.assign(new Error("InvalidArgument: the file is not base64"), { code: "InvalidArgument" });
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    // An .xlsx is a zip package: it starts with a local file header, "PK\x03\x04".
    if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 3 || bytes[3] !== 4)
      throw Object.assign(new Error("InvalidArgument: the file is not a workbook"), {
        code: "InvalidArgument",
      });
    created.push(bytes);
  };
}

/** Installs the `Excel` enums as a global (the renderer reads them as Office.js provides them). */
export function installExcelGlobal(): void {
  (globalThis as unknown as { Excel: typeof ExcelEnums }).Excel = ExcelEnums;
}

/** `Excel.run` on a stand-in context. */
export function standInRun(ctx: StandInContext) {
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(asRequestContext(ctx));
}

/** The stand-in as the type the renderer expects. */
export function asRequestContext(ctx: StandInContext): Excel.RequestContext {
  return ctx as unknown as Excel.RequestContext;
}

// ---------------------------------------------------------------------------------------------
// The stand-in against @types/office-js: for every member the add-in uses, the stand-in accepts
// whatever Office.js accepts (a method's parameters, a property's assigned value) and gives what
// Office.js gives (a property's read value). A change of the Office.js types that the stand-in
// does not follow is a compile error here, not a passing test on an outdated model.

/** True when A is assignable to B. */
type Assignable<A, B> = [A] extends [B] ? true : false;
/** Office's parameters are accepted by the stand-in's method. */
type TakesWhatOfficeTakes<S, O> = O extends (...args: infer OA) => unknown
  ? S extends (...args: infer SA) => unknown
    ? Assignable<OA, SA>
    : false
  : false;
/** For each listed member: methods take what Office's take; properties read as Office's do. */
type Conforms<S, O, K extends keyof S & keyof O> = {
  [M in K]: O[M] extends (...args: never[]) => unknown
    ? TakesWhatOfficeTakes<S[M], O[M]>
    : Assignable<S[M], O[M]>;
}[K];
/** Fails to compile unless every member conforms. */
type Expect<T extends true> = T;

type StandInRangeType = InstanceType<typeof StandInRange>;
type StandInWorksheetType = InstanceType<typeof StandInWorksheet>;
type StandInSheetsType = InstanceType<typeof StandInSheets>;

/** The members of Excel.Range, Worksheet and WorksheetCollection the add-in uses, conforming. */
export type StandInConformance = [
  Expect<Conforms<StandInRangeType, Excel.Range, "address" | "rowCount" | "columnCount" | "isNullObject">>,
  Expect<Conforms<StandInRangeType, Excel.Range, "select" | "merge" | "clear" | "insert" | "delete">>,
  Expect<Conforms<StandInWorksheetType, Excel.Worksheet, "name" | "activate" | "delete">>,
  Expect<Conforms<StandInWorksheetType, Excel.Worksheet, "getRange" | "getUsedRangeOrNullObject">>,
  Expect<Conforms<StandInSheetsType, Excel.WorksheetCollection, "getItem" | "add">>,
];
