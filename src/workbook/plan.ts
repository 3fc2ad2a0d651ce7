/**
 * The standard workbook as plain data (a "plan"): sheets of cells with values or formulas,
 * styles, merged ranges, conditional formats, data validation, names, protection and print
 * setup. Renderers (Office.js, exceljs) turn a plan into a workbook; tests read the plan.
 */

/** Version of the standard workbook's layout, written into every sheet's marker. */
export const WORKBOOK_FORMAT_VERSION = 1;

/** The kinds of standard sheet. */
export const SheetKind = {
  info: "info",
  accounts: "accounts",
  sangong: "sangong",
  fund: "fund",
  indicators: "indicators",
  narrative: "narrative",
  findings: "findings",
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
  /** The dataset path the cell holds or stands for (finding → cell, and import). */
  readonly path?: string;
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
  /** Where each dataset path lives: `fundTables[1].rows[5].reportedRate` → 中医药专项!H9. */
  readonly locations: ReadonlyMap<string, { readonly sheet: string; readonly cell: string }>;
}

/** The cell of every standard sheet that holds its marker (in a hidden column). */
export const MARKER_CELL = "Z1";
/**
 * The hidden column that maps each row's input cells to dataset paths (JSON per row), so that a
 * workbook reads back into a dataset whatever its sheets' sizes.
 */
export const PATH_COLUMN = 24; // Y

/** One entry of a row's path map: [input kind, dataset path, cell to read instead] or a constant. */
export type PathEntry =
  readonly [InputKind, string] | readonly [InputKind, string, string] | readonly ["=", string, CellValue];

/** One-letter codes of the input kinds in a stored path map. */
const KIND_CODES: Readonly<Record<InputKind, string>> = {
  amount: "a",
  rate: "r",
  figure: "f",
  count: "c",
  integer: "i",
  text: "t",
  choice: "h",
};
const CODE_KINDS = new Map(Object.entries(KIND_CODES).map(([k, c]) => [c, k as InputKind]));

/** The longest path prefix (ending before a "." segment) shared by all paths, if any. */
function commonPrefix(paths: readonly string[]): string {
  if (paths.length < 2) return "";
  let prefix = paths[0];
  for (const p of paths)
    while (prefix && !p.startsWith(`${prefix}.`))
      prefix = prefix.includes(".") ? prefix.slice(0, prefix.lastIndexOf(".")) : "";
  return prefix;
}

/**
 * A row's path map as stored in the hidden column — compact, since it travels with every row:
 * `p=fundTables[0].rows[3];2=a.budget;3=a.arrived` — each input cell as `<column>=<kind code><path>`
 * (a path starting with "." continues the row's prefix `p`), an alias as `~<kind code><path>@<cell>`,
 * a constant as `!<path>=<JSON value>`. Paths hold no ";" (names go in cells, not in paths).
 */
export function encodePathMap(entries: Readonly<Record<string, PathEntry>>): string {
  const inputs = Object.values(entries)
    .filter((e) => e.length === 2)
    .map((e) => e[1]);
  const prefix = commonPrefix(inputs);
  const parts: string[] = prefix ? [`p=${prefix}`] : [];
  const short = (path: string) =>
    prefix && path.startsWith(`${prefix}.`) ? path.slice(prefix.length) : path;
  for (const [key, entry] of Object.entries(entries)) {
    if (entry[0] === "=") parts.push(`!${entry[1]}=${JSON.stringify(entry[2])}`);
    else if (entry.length === 3) parts.push(`~${KIND_CODES[entry[0]]}${short(entry[1])}@${entry[2]}`);
    else parts.push(`${key}=${KIND_CODES[entry[0]]}${short(entry[1])}`);
  }
  return parts.join(";");
}

/** Reads a stored path map back into entries (by column index, or by alias/constant key). */
export function decodePathMap(text: string): Record<string, PathEntry> {
  const out: Record<string, PathEntry> = {};
  let prefix = "";
  const full = (path: string) => (path.startsWith(".") ? prefix + path : path);
  for (const part of text.split(";")) {
    if (part.startsWith("p=")) prefix = part.slice(2);
    else if (part.startsWith("!")) {
      const eq = part.indexOf("=");
      out[`=${part.slice(1, eq)}`] = ["=", part.slice(1, eq), JSON.parse(part.slice(eq + 1)) as CellValue];
    } else if (part.startsWith("~")) {
      const kind = CODE_KINDS.get(part[1]);
      const at = part.lastIndexOf("@");
      if (kind && at > 0)
        out[`~${full(part.slice(2, at))}`] = [kind, full(part.slice(2, at)), part.slice(at + 1)];
    } else {
      const eq = part.indexOf("=");
      const kind = CODE_KINDS.get(part[eq + 1]);
      if (eq > 0 && kind) out[part.slice(0, eq)] = [kind, full(part.slice(eq + 2))];
    }
  }
  return out;
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

/** The marker text of a sheet: `jixiao:<key>:v<version>`. */
export function markerText(key: string, version = WORKBOOK_FORMAT_VERSION): string {
  return `jixiao:${key}:v${version}`;
}

/** Parses a marker text; null when the text is not a marker. */
export function parseMarker(text: unknown): { key: string; version: number } | null {
  if (typeof text !== "string") return null;
  const m = /^jixiao:(.+):v(\d+)$/.exec(text);
  return m ? { key: m[1], version: Number(m[2]) } : null;
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
