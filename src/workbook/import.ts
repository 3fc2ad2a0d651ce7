/**
 * Reading a standard workbook back into a dataset. The workbook arrives as a grid of cell values
 * and number formats (from exceljs for a file, from Office.js for the open workbook); each
 * standard sheet is recognised by its marker, and each row's hidden path map says which dataset
 * path every input cell holds. Values are converted back by input kind: amounts and counts as
 * written, rates from fractions with the precision of their percent format, choices from their
 * Chinese labels. Text in a numeric cell is kept as text (the check reports it as
 * `invalid-number` at that cell); text in an integer-only cell is reported here.
 */
import {
  currentStatus,
  Dec,
  finding,
  loadDataset,
  type Dataset,
  type Finding,
  type RawDataset,
  type Review,
} from "../domain";
import { findingText, workbookText } from "../i18n";
import { percentFormatDecimals } from "./cells";
import {
  decodePathMap,
  parseCellRef,
  parseMarker,
  MARKER_CELL,
  PATH_COLUMN,
  type CellValue,
  type PathEntry,
} from "./plan";

export interface GridCell {
  readonly value: CellValue;
  readonly numberFormat?: string;
}

export interface GridSheet {
  readonly name: string;
  /** Rows of cells from A1 (formula cells hold their results). */
  readonly cells: readonly (readonly (GridCell | null | undefined)[])[];
}

export interface WorkbookGrid {
  readonly sheets: readonly GridSheet[];
}

export interface ImportResult {
  readonly dataset: Dataset;
  readonly raw: RawDataset;
  /** Reviews on 检查结果, by rule@path. */
  readonly reviews: ReadonlyMap<string, Review>;
  /** Problems found while reading (text in an integer-only cell). */
  readonly findings: readonly Finding[];
  /** Sheets recognised by their marker, by key. */
  readonly sheets: ReadonlyMap<string, string>;
}

/** Fields a row must keep even when blank (their absence would break the contract). */
const REQUIRED_NUMS = /(\.rows\[\d+\]\.(budget|used)|\.items\[\d+\]\.amount|^indicators\[\d+\]\.weight)$/;

const reverse = <K extends string>(labels: Record<K, string>) =>
  new Map(Object.entries(labels).map(([k, v]) => [v as string, k as K]));
const CHOICES: Record<string, Map<string, string | boolean>> = {
  level: reverse(workbookText.levels),
  rateBase: reverse(workbookText.rateBases),
  kind: reverse(workbookText.indicators.kinds),
  executionCap: new Map([
    [workbookText.yes, true],
    [workbookText.no, false],
  ]),
  illustrative: new Map([
    [workbookText.yes, true],
    [workbookText.no, false],
  ]),
};

function cellAt(sheet: GridSheet, ref: string): GridCell | undefined {
  const { row, col } = parseCellRef(ref);
  return sheet.cells[row]?.[col] ?? undefined;
}

/** A number's plain decimal text with at least `decimals` places. */
function decimalText(n: number, decimals: number, scale = 0): string {
  let d = new Dec(String(n));
  if (scale) d = d.times(new Dec(10).pow(scale));
  return d.toFixed(Math.max(decimals, d.decimalPlaces()));
}

function formatDecimals(format: string | undefined): number {
  const m = /^0(?:\.(0+))?$/.exec(format ?? "");
  return m ? (m[1]?.length ?? 0) : 0;
}

type Converted = { value: unknown } | { skip: true } | { problem: string };

function convert(kind: PathEntry[0], path: string, cell: GridCell | undefined): Converted {
  const v = cell?.value;
  const blank = v === null || v === undefined || (typeof v === "string" && v.trim() === "");
  if (kind === "=") return { value: v };
  if (blank)
    return ["amount", "rate", "figure", "count"].includes(kind) && REQUIRED_NUMS.test(path)
      ? { value: "" }
      : { skip: true };
  switch (kind) {
    case "amount":
    case "count":
      return { value: typeof v === "number" ? decimalText(v, 0) : String(v) };
    case "rate":
      return {
        value:
          typeof v === "number"
            ? decimalText(v, percentFormatDecimals(cell?.numberFormat) ?? 2, 2)
            : String(v),
      };
    case "figure":
      return {
        value: typeof v === "number" ? decimalText(v, formatDecimals(cell?.numberFormat)) : String(v),
      };
    case "integer":
      return typeof v === "number" && Number.isInteger(v) ? { value: v } : { problem: String(v) };
    case "choice": {
      const field = path.replace(/^.*\./, "");
      const map = CHOICES[field];
      const text = String(v);
      return { value: map?.has(text) ? map.get(text) : text };
    }
    default:
      return { value: typeof v === "string" ? v : String(v) };
  }
}

/** Sets `value` at a dataset path (`a.b[2].c`), creating objects and arrays on the way. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.match(/[^.[\]]+/g) ?? [];
  let node: Record<string, unknown> | unknown[] = target;
  keys.forEach((key, i) => {
    const last = i === keys.length - 1;
    const nextIsIndex = !last && /^\d+$/.test(keys[i + 1]);
    const k = /^\d+$/.test(key) ? Number(key) : key;
    const container = node as Record<string | number, unknown>;
    if (last) container[k] = value;
    else {
      if (container[k] === undefined) container[k] = nextIsIndex ? [] : {};
      node = container[k] as Record<string, unknown>;
    }
  });
}

/** Removes array holes and empty list items (spare rows left blank), recursively. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value
      .filter((v) => v !== undefined && !(isObject(v) && Object.keys(compact(v) as object).length === 0))
      .map(compact);
  }
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]));
  return value;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Drops list items that hold nothing but blank required amounts (an empty spare row), and
 * reported subtotals that name their group and nothing else (the sheet offers one per group).
 */
function dropEmptyItems(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value
      .map(dropEmptyItems)
      .filter((v) => !(isObject(v) && Object.values(v).every((x) => x === "" || x === undefined)))
      .filter((v) => !(isObject(v) && Object.keys(v).length === 1 && "group" in v && !("name" in v)));
  }
  if (isObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, dropEmptyItems(v)]));
  return value;
}

/**
 * Reads the standard sheets of a workbook back into a dataset.
 * @throws DatasetError when what the sheets hold does not make a valid dataset.
 */
export function importWorkbook(grid: WorkbookGrid): ImportResult {
  const raw: Record<string, unknown> = { format: "jixiao-dataset", version: 1 };
  const reviews = new Map<string, Review>();
  const findings: Finding[] = [];
  const sheets = new Map<string, string>();
  const marker = parseCellRef(MARKER_CELL);
  for (const sheet of grid.sheets) {
    const m = parseMarker(sheet.cells[marker.row]?.[marker.col]?.value);
    if (!m) continue;
    sheets.set(m.key, sheet.name);
    sheet.cells.forEach((cells) => {
      const json = cells[PATH_COLUMN]?.value;
      if (typeof json !== "string" || !json) return;
      const map = decodePathMap(json);
      for (const [key, entry] of Object.entries(map)) {
        const [kind, path] = entry;
        if (path.startsWith("findings.")) {
          const reviewKey = path.slice("findings.".length).replace(/\.(status|note)$/, "");
          const field = path.endsWith(".status") ? "status" : "note";
          const text = String(cells[Number(key)]?.value ?? "");
          // A 处理状态 of an earlier version (已核实) reads as today's word (已说明).
          const value = field === "status" ? currentStatus(text) : text;
          const prev = reviews.get(reviewKey) ?? { status: "", note: "" };
          reviews.set(reviewKey, { ...prev, [field]: value });
          continue;
        }
        const cell =
          entry[0] === "="
            ? { value: entry[2] }
            : entry.length === 3
              ? cellAt(sheet, entry[2])
              : (cells[Number(key)] ?? undefined);
        const converted = convert(kind, path, cell ?? undefined);
        if ("skip" in converted) continue;
        if ("problem" in converted) {
          findings.push(
            finding(
              "invalid-number",
              path,
              findingText.messages.invalidNumber(
                sheet.name,
                path,
                JSON.stringify(converted.problem),
                findingText.field.amount,
              ),
              { reported: converted.problem },
            ),
          );
          continue;
        }
        setPath(raw, path, converted.value);
      }
    });
  }
  const cleaned = dropEmptyItems(compact(raw)) as RawDataset;
  return { dataset: loadDataset(cleaned), raw: cleaned, reviews, findings, sheets };
}
