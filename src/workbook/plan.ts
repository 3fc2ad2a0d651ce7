/**
 * The standard workbook as plain data (a "plan"): sheets of cells with values or formulas,
 * styles, merged ranges, conditional formats, data validation, names, protection and print
 * setup. Renderers (Office.js, exceljs) turn a plan into a workbook; tests read the plan.
 */
import type { Path } from "../domain";

/** Version of the standard workbook's layout, written into every sheet's marker. */
export const WORKBOOK_FORMAT_VERSION = 2;

/** The kinds of standard sheet. */
export const SheetKind = {
  info: "info",
  accounts: "accounts",
  sangong: "sangong",
  fund: "fund",
  indicators: "indicators",
  narrative: "narrative",
  findings: "findings",
  /** A 自评表 (部门整体 or 项目支出): every figure a formula on the data sheets; nothing is read back. */
  form: "form",
} as const;
export type SheetKind = (typeof SheetKind)[keyof typeof SheetKind];

/** A literal cell value. */
export type CellValue = string | number | boolean | null;

/** What kind of input a user types into an unlocked cell (decides tint and validation). */
export const InputKind = {
  /** 万元, a dataset Num. */
  amount: "amount",
  /** A percent shown as such; the cell holds the fraction. */
  rate: "rate",
  /** A plain number kept with its decimals (indicator values, weights, scores). */
  figure: "figure",
  /** Persons, a dataset Num. */
  count: "count",
  /** A JSON integer (year, statistics). */
  integer: "integer",
  text: "text",
  choice: "choice",
} as const;
export type InputKind = (typeof InputKind)[keyof typeof InputKind];

export interface CellPlan {
  /** A literal value (labels, inputs). */
  readonly value?: CellValue;
  /** A formula with English function names, starting with "=". */
  readonly formula?: string;
  /** The engine's value of a formula cell (a number or text), for cached results and comparison. */
  readonly expected?: number | string;
  readonly style?: StyleKey;
  /** A number format overriding the style's (e.g. the reported precision of a rate). */
  readonly numberFormat?: string;
  /** An input cell: unlocked and tinted. */
  readonly input?: InputKind;
  /** The dataset path the cell holds or stands for (finding → cell). */
  readonly path?: Path;
  /** A link to another cell of the workbook. */
  readonly link?: { readonly sheet: string; readonly cell: string };
}

/** Cell styles, by key; renderers map them to their own format objects. */
export const StyleKey = {
  title: "title",
  subtitle: "subtitle",
  unitNote: "unitNote",
  header: "header",
  label: "label",
  text: "text",
  textInput: "textInput",
  amount: "amount",
  amountInput: "amountInput",
  rate: "rate",
  rateInput: "rateInput",
  count: "count",
  countInput: "countInput",
  choiceInput: "choiceInput",
  totalLabel: "totalLabel",
  totalAmount: "totalAmount",
  totalRate: "totalRate",
  score: "score",
  link: "link",
  marker: "marker",
} as const;
export type StyleKey = (typeof StyleKey)[keyof typeof StyleKey];

export interface StylePlan {
  readonly bold?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string;
  /** Background colour, #RRGGBB. */
  readonly fill?: string;
  readonly hAlign?: "left" | "center" | "right";
  readonly wrap?: boolean;
  readonly numberFormat?: string;
  readonly border?: boolean;
  readonly locked: boolean;
  readonly underline?: boolean;
}

export const AMOUNT_FORMAT = "#,##0.00";
export const RATE_FORMAT = "0.00%";
export const COUNT_FORMAT = "#,##0";
export const SCORE_FORMAT = "0.00";
/** Height of one line of 11-point text, in points. */
export const LINE_HEIGHT = 15;

/** The tint of input cells and the colours of the anomaly highlights. */
export const Colors = {
  input: "#FFF8E1",
  header: "#DDEBF7",
  total: "#F2F2F2",
  error: "#FFC7CE",
  errorText: "#9C0006",
  verify: "#FFEB9C",
  verifyText: "#9C5700",
  link: "#0563C1",
} as const;

/** The style table shared by every sheet. */
export const STYLES: Readonly<Record<StyleKey, StylePlan>> = {
  title: { bold: true, fontSize: 14, hAlign: "center", locked: true },
  subtitle: { bold: true, fontSize: 12, locked: true },
  unitNote: { hAlign: "right", locked: true },
  header: { bold: true, fill: Colors.header, hAlign: "center", wrap: true, border: true, locked: true },
  label: { border: true, locked: true, wrap: true },
  text: { border: true, wrap: true, locked: true },
  textInput: { border: true, wrap: true, fill: Colors.input, locked: false },
  amount: { numberFormat: AMOUNT_FORMAT, hAlign: "right", border: true, locked: true },
  amountInput: {
    numberFormat: AMOUNT_FORMAT,
    hAlign: "right",
    border: true,
    fill: Colors.input,
    locked: false,
  },
  rate: { numberFormat: RATE_FORMAT, hAlign: "right", border: true, locked: true },
  rateInput: { numberFormat: RATE_FORMAT, hAlign: "right", border: true, fill: Colors.input, locked: false },
  count: { numberFormat: COUNT_FORMAT, hAlign: "right", border: true, locked: true },
  countInput: {
    numberFormat: COUNT_FORMAT,
    hAlign: "right",
    border: true,
    fill: Colors.input,
    locked: false,
  },
  choiceInput: { hAlign: "center", border: true, fill: Colors.input, locked: false },
  totalLabel: { bold: true, fill: Colors.total, border: true, locked: true },
  totalAmount: {
    bold: true,
    numberFormat: AMOUNT_FORMAT,
    hAlign: "right",
    fill: Colors.total,
    border: true,
    locked: true,
  },
  totalRate: {
    bold: true,
    numberFormat: RATE_FORMAT,
    hAlign: "right",
    fill: Colors.total,
    border: true,
    locked: true,
  },
  score: { numberFormat: SCORE_FORMAT, hAlign: "right", border: true, locked: true },
  link: { fontColor: Colors.link, underline: true, border: true, locked: true },
  marker: { fontColor: "#FFFFFF", locked: true },
};

/** A conditional format: a formula relative to the range's top-left cell, and its highlight. */
export interface ConditionalFormatPlan {
  /** An A1 range, or several separated by spaces (as an .xlsx `sqref`): "B2 C4:I90". */
  readonly range: string;
  readonly formula: string;
  readonly severity: "error" | "verify";
  /** The rule it mirrors, for tests and the legend. */
  readonly rule: string;
}

/** A drop-down list or a numeric check on a range. */
export type ValidationPlan =
  | { readonly range: string; readonly type: "list"; readonly values: readonly string[] }
  | {
      readonly range: string;
      readonly type: "decimal";
      readonly min: number;
      readonly max?: number;
      /** Warn but allow (text typed into an amount becomes an invalid-number finding). */
      readonly warnOnly: true;
    };

export interface ColumnPlan {
  /** Width in characters. */
  readonly width: number;
  readonly hidden?: boolean;
}

export interface SheetPlan {
  /** Stable identity: "info", "fund:public-health", … (what the marker records). */
  readonly key: string;
  readonly kind: SheetKind;
  /** The sheet's name (Chinese, ≤ 31 characters). */
  readonly name: string;
  readonly columns: readonly ColumnPlan[];
  /** Dense grid from A1: rows of cells (null = empty). */
  readonly rows: readonly (readonly (CellPlan | null)[])[];
  readonly merges: readonly string[];
  /** Heights (points) of rows whose wrapped text needs more than one line, by 0-based row. */
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  readonly validations: readonly ValidationPlan[];
  readonly frozen: { readonly rows: number; readonly columns: number };
  /** Rows repeated at the top of each printed page, e.g. "1:3". */
  readonly printTitleRows?: string;
  readonly landscape?: boolean;
  /** The marker cell (in a hidden column) that identifies the sheet whatever its name. */
  readonly markerCell: string;
  readonly protect: boolean;
}

/** A workbook-level name for one cell (settings, totals other sheets refer to). */
export interface NamePlan {
  readonly name: string;
  readonly sheet: string;
  readonly cell: string;
}

export interface WorkbookPlan {
  readonly formatVersion: number;
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly NamePlan[];
  /** Where each dataset path lives, by its text: `fundTables[1].rows[5].reportedRate` → 中医药专项!H9. */
  readonly locations: ReadonlyMap<string, { readonly sheet: string; readonly cell: string }>;
}

/** The cell of every standard sheet that holds its marker (in a hidden column). */
export const MARKER_CELL = "Z1";
/**
 * The hidden column that tags the rows the add-in laid out, so that what the visible layout
 * cannot tell once a clerk has edited the sheet is still known: a fund table's 小计 row (with its
 * group's name, which survives the deletion of the group's first row), whether a fund row is in a
 * group (so that a project called 小计 is still a project), a breakdown's heading row (with its id)
 * — and, by having none, a row a clerk inserted (the sheet is then laid out again). Each tag is
 * JSON read through `parseRowTag`, never a path.
 */
export const ROLE_COLUMN = 24; // Y

/** What a hidden row tag says. */
export type RowTag =
  | { readonly role: "subtotal"; readonly group: string }
  /** A row of a fund table outside any group. */
  | { readonly role: "ungrouped" }
  /** A row of a fund table in a group. */
  | { readonly role: "grouped" }
  /** Any other row the add-in laid out with an input or a formula (a row a clerk inserts has none). */
  | { readonly role: "row" }
  | { readonly role: "breakdown"; readonly id: string };

/** The JSON text of a row tag. */
export function rowTagText(tag: RowTag): string {
  if (tag.role === "subtotal") return JSON.stringify(["s", tag.group]);
  if (tag.role === "breakdown") return JSON.stringify(["b", tag.id]);
  return JSON.stringify([tag.role === "row" ? "r" : tag.role === "grouped" ? "g" : "u"]);
}

/** Reads a row tag; null for anything that is not one (a clerk's text, a damaged cell). */
export function parseRowTag(value: unknown): RowTag | null {
  if (typeof value !== "string" || !value.startsWith("[")) return null;
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return null;
  }
  if (!Array.isArray(json)) return null;
  const [code, arg] = json as unknown[];
  if (code === "u" && json.length === 1) return { role: "ungrouped" };
  if (code === "r" && json.length === 1) return { role: "row" };
  if (code === "g" && json.length === 1) return { role: "grouped" };
  if (typeof arg !== "string" || arg.trim() === "" || json.length !== 2) return null;
  if (code === "s") return { role: "subtotal", group: arg };
  if (code === "b") return { role: "breakdown", id: arg };
  return null;
}

/** A fund table's identity as its sheet's marker carries it. */
export interface FundMarker {
  readonly id: string;
  readonly title: string;
  readonly dimension: string;
}

/** What a sheet's marker says: its kind, the workbook layout version, and a fund table's identity. */
export interface Marker {
  /** Stable identity: "info", "fund:public-health", … */
  readonly key: string;
  readonly kind: SheetKind;
  readonly version: number;
  readonly fund?: FundMarker;
}

/** The marker text of a sheet: JSON `{"jixiao":2,"sheet":"fund","id":…,"title":…,"dimension":…}`. */
export function markerText(kind: SheetKind, fund?: FundMarker, version = WORKBOOK_FORMAT_VERSION): string {
  return JSON.stringify({ jixiao: version, sheet: kind, ...(fund ?? {}) });
}

const SHEET_KINDS: ReadonlySet<string> = new Set(Object.values(SheetKind));

/**
 * Parses a marker: the JSON of this version, or the `jixiao:<key>:v1` text of the first layout.
 * Null when the text is not a marker. A fund marker's fields are only strings here; the importer
 * validates them through the field registry.
 */
export function parseMarker(text: unknown): Marker | null {
  if (typeof text !== "string") return null;
  const legacy = /^jixiao:([a-z]+)(?::(.+))?:v(\d+)$/s.exec(text);
  if (legacy) {
    const [, kind, id, version] = legacy;
    if (!SHEET_KINDS.has(kind) || (kind === SheetKind.fund) !== (id !== undefined)) return null;
    return {
      key: id === undefined ? kind : `${kind}:${id}`,
      kind: kind as SheetKind,
      version: Number(version),
      ...(id !== undefined ? { fund: { id, title: "", dimension: "" } } : {}),
    };
  }
  if (!text.startsWith("{")) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return null;
  const m = json as Record<string, unknown>;
  const own = (k: string) => (Object.prototype.hasOwnProperty.call(m, k) ? m[k] : undefined);
  const version = own("jixiao");
  const kind = own("sheet");
  if (
    typeof version !== "number" ||
    !Number.isInteger(version) ||
    typeof kind !== "string" ||
    !SHEET_KINDS.has(kind)
  )
    return null;
  if (kind === SheetKind.form) {
    const id = own("id");
    return typeof id === "string" ? { key: `form:${id}`, kind: SheetKind.form, version } : null;
  }
  if (kind !== SheetKind.fund) return { key: kind, kind: kind as SheetKind, version };
  const [id, title, dimension] = [own("id"), own("title"), own("dimension")];
  if (typeof id !== "string" || typeof title !== "string" || typeof dimension !== "string") return null;
  return { key: `fund:${id}`, kind: SheetKind.fund, version, fund: { id, title, dimension } };
}

/** Column letters of a 0-based column index (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based column index of column letters (A → 0). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 reference of a 0-based row and column. */
export function cellRef(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Parses "C5" into 0-based row and column. */
export function parseCellRef(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref.toUpperCase());
  if (!m) throw new RangeError(`not a cell reference: ${ref}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** An absolute reference: C5 → $C$5. */
export function absolute(ref: string): string {
  const { row, col } = parseCellRef(ref);
  return `$${columnLetter(col)}$${row + 1}`;
}

/** Weights of a cell number: sheet·10¹² + row·10⁵ + column (rows ≤ 1,048,576, columns ≤ 16,384). */
const SHEET_WEIGHT = 1_000_000_000_000;
const ROW_WEIGHT = 100_000;

/**
 * The number that names a cell of the workbook in the highlights that follow 检查结果: 1-based
 * row and column (as ROW() and COLUMN() give them), `sheet` the sheet's number in the plan (1 for
 * the first). Exact in a spreadsheet's doubles up to sheet 9,000.
 */
export function cellNumber(sheet: number, row: number, column: number): number {
  return sheet * SHEET_WEIGHT + row * ROW_WEIGHT + column;
}

/** `cellNumber` as formula text, of the cell the formula is evaluated for (a conditional format's own). */
export function cellNumberFormula(sheet: number): string {
  return `${sheet * SHEET_WEIGHT}+ROW()*${ROW_WEIGHT}+COLUMN()`;
}

/**
 * `cellNumber` as formula text, of a cell of another sheet: its row from a live reference
 * (`ROW('表'!C5)`, which follows the cell when rows are inserted above it), its sheet and column
 * as a constant — one reference, as 检查结果 holds one such formula per finding.
 */
export function cellNumberOf(sheet: number, sheetName: string, cell: string): string {
  const { col } = parseCellRef(cell);
  return `ROW(${quoteSheet(sheetName)}!${cell})*${ROW_WEIGHT}+${cellNumber(sheet, 0, col + 1)}`;
}

/** The areas of a range that may list several (`ConditionalFormatPlan.range`). */
export function rangeAreas(range: string): string[] {
  return range.split(/\s+/).filter(Boolean);
}

/** A reference with its column fixed: C5 → $C5 (for conditional formats over whole rows). */
export function fixColumn(ref: string): string {
  const { row, col } = parseCellRef(ref);
  return `$${columnLetter(col)}${row + 1}`;
}

/** A sheet name quoted for use in a formula: 'Name'!A1. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
