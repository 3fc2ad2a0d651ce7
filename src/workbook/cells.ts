/**
 * How dataset values become cells and cells become dataset values again, decided by the field
 * registry: amounts as numbers in 万元, rates as fractions shown in percent with the reported
 * precision, persons, integers, text, choices by their Chinese words. Nothing is lost on the way:
 * a value a number cell cannot hold exactly — a dash, text that is not a number, a `%` on an
 * amount, more than 15 significant digits — is written as the text the unit wrote, so that it
 * reads back the same and the check still reports it; a dash the report printed for 实际使用
 * (`usedAsReported`) is the number's zero section of the cell's format.
 */
import type Decimal from "decimal.js";
import { Dec, leafAt, NumUnit, type LeafSpec, type NumCell, type Path } from "../domain";
import { workbookText } from "../i18n";
import type { GridCell } from "./grid";
import { AMOUNT_FORMAT, InputKind, RATE_FORMAT, StyleKey, type CellPlan, type CellValue } from "./plan";

/** The number a Decimal stands for (exact for the 2-decimal amounts and rates of a report). */
export function toNumber(value: Decimal): number {
  return Number(value.toString());
}

const HUNDRED = new Dec(100);

/** The number `value / scale` as a cell holds it, when a double holds it exactly; else null. */
function exactNumber(value: Decimal, scale: Decimal | null): number | null {
  const v = scale ? value.div(scale) : value;
  const n = Number(v.toString());
  return Number.isFinite(n) && new Dec(String(n)).eq(v) ? n : null;
}

/** What an input cell holds for a dataset number: a number when exact, else the text written. */
function numValue(cell: NumCell | undefined, scale: Decimal | null, percentAllowed: boolean): CellValue {
  if (!cell || cell.kind === "blank") return null;
  const written = typeof cell.source === "string" ? cell.source : String(cell.source);
  if (cell.kind !== "number" || !cell.value || (cell.percent && !percentAllowed)) return written;
  return exactNumber(cell.value, scale) ?? written;
}

/** A percent number format with a given number of decimals: 0.00%, 0.0%, 0%. */
export function percentFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%";
}

/** Decimals of a percent number format (0.00% → 2); null when it is not one. */
export function percentFormatDecimals(format: string | undefined): number | null {
  const m = /^0(?:\.(0+))?%$/.exec(format ?? "");
  return m ? (m[1]?.length ?? 0) : null;
}

/** Decimals of a plain number format (0.00 → 2, 0 → 0); 0 for anything else. */
function plainFormatDecimals(format: string | undefined): number {
  const m = /^0(?:\.(0+))?$/.exec(format ?? "");
  return m ? (m[1]?.length ?? 0) : 0;
}

/** An amount format that shows a zero as the text the report printed (`"-"`). */
export function amountFormatShowingZeroAs(text: string): string {
  return `${AMOUNT_FORMAT};-${AMOUNT_FORMAT};"${text.replace(/"/g, "")}"`;
}

/** The sections of a number format (`;` outside quotes and escapes). */
function formatSections(format: string): string[] {
  const sections: string[] = [""];
  for (let i = 0, quoted = false; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === "\\" && !quoted) {
      sections[sections.length - 1] += format.slice(i, i + 2);
      i++;
      continue;
    } else if (ch === ";" && !quoted) {
      sections.push("");
      continue;
    }
    sections[sections.length - 1] += ch;
  }
  return sections;
}

/**
 * The text a number format shows for zero when its zero section is a literal (`"-"`, or `\-` as
 * LibreOffice writes it back); null for formats that show zero as a number.
 */
export function zeroTextOf(format: string | undefined): string | null {
  const zero = formatSections(format ?? "")[2];
  if (zero === undefined) return null;
  let text = "";
  for (let i = 0, quoted = false; i < zero.length; i++) {
    const ch = zero[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) text += ch;
    else if (ch === "\\") text += zero[++i] ?? "";
    else if (/[0#?.,@]/.test(ch)) return null;
    else if (ch !== " ") text += ch;
  }
  return text || null;
}

/** The Chinese words a sheet shows for the values of a choice field (the registry's). */
function wordsFor(path: Path): Readonly<Record<string, string>> | null {
  const spec = leafAt(path);
  return spec?.type === "choice" ? (spec.words ?? null) : null;
}

/** Days from Excel's day 0 (1899-12-30, counting its 1900 leap day) to 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25569;

/**
 * A date cell's value as YYYY-MM-DD: a spreadsheet turns a typed 2025-03-31 into a serial number
 * (Office.js) or a date (exceljs, as ISO text); text that is already a date stays as written.
 */
function dateText(v: CellValue): string {
  if (typeof v === "number" && v > 0 && v < 2958466) {
    const ms = Math.round((v - EXCEL_EPOCH_DAYS) * 86400000);
    return new Date(ms).toISOString().slice(0, 10);
  }
  const text = String(v).trim();
  return /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/.test(text) ? text.slice(0, 10) : text;
}

const FLAG_WORDS = { true: workbookText.yes, false: workbookText.no } as const;

function leaf(path: Path): LeafSpec {
  const spec = leafAt(path);
  // The sheets only lay out fields of the registry: anything else is a bug in a sheet module.
  if (!spec) throw new Error(`not a field of the registry: ${JSON.stringify(path)}`);
  return spec;
}

/**
 * The input cell of the dataset field at `path` holding `value` (a loaded value: a NumCell for
 * numbers). Style, number format and input kind follow the field's kind in the registry.
 */
export function inputCell(path: Path, value: unknown): CellPlan {
  const spec = leaf(path);
  switch (spec.type) {
    case "num": {
      const cell = value as NumCell | undefined;
      const decimals = cell?.kind === "number" ? cell.decimals : 2;
      if (spec.unit === NumUnit.percent) {
        const format = percentFormat(decimals);
        return {
          value: numValue(cell, HUNDRED, true),
          style: StyleKey.rateInput,
          input: InputKind.rate,
          path,
          ...(format !== RATE_FORMAT ? { numberFormat: format } : {}),
        };
      }
      if (spec.unit === NumUnit.plain)
        return {
          value: numValue(cell, null, false),
          style: StyleKey.countInput,
          input: InputKind.figure,
          path,
          numberFormat: decimals > 0 ? `0.${"0".repeat(decimals)}` : "0",
        };
      if (spec.unit === NumUnit.persons)
        return {
          value: numValue(cell, null, false),
          style: StyleKey.countInput,
          input: InputKind.count,
          path,
        };
      return {
        value: numValue(cell, null, false),
        style: StyleKey.amountInput,
        input: InputKind.amount,
        path,
      };
    }
    case "integer":
      return {
        value: typeof value === "number" ? value : null,
        style: StyleKey.countInput,
        input: InputKind.integer,
        path,
      };
    case "text":
      return {
        value: typeof value === "string" ? value : null,
        style: StyleKey.textInput,
        input: InputKind.text,
        path,
      };
    case "choice": {
      const words = wordsFor(path);
      const text = value === undefined || value === null ? "" : String(value);
      return { value: words?.[text] ?? text, style: StyleKey.choiceInput, input: InputKind.choice, path };
    }
    case "flag":
      return {
        value: typeof value === "boolean" ? FLAG_WORDS[String(value) as "true" | "false"] : "",
        style: StyleKey.choiceInput,
        input: InputKind.choice,
        path,
      };
  }
}

/** The drop-down values a choice field's cell offers (its words), or null for other fields. */
export function choiceValues(path: Path): readonly string[] | null {
  const spec = leaf(path);
  if (spec.type === "flag") return [workbookText.yes, workbookText.no];
  if (spec.type !== "choice") return null;
  const words = wordsFor(path);
  return spec.values.map((v) => words?.[String(v)] ?? String(v));
}

/** What reading a cell back gives: a value for the dataset file, nothing (blank), or a problem. */
export type ReadBack =
  | { readonly kind: "value"; readonly value: unknown }
  | { readonly kind: "blank" }
  | { readonly kind: "problem"; readonly text: string };

/** A number's plain decimal text with at least `decimals` places (scaled by 10^scale). */
function decimalText(n: number, decimals: number, scale = 0): string {
  let d = new Dec(String(n));
  if (scale) d = d.times(new Dec(10).pow(scale));
  return d.toFixed(Math.max(decimals, d.decimalPlaces()));
}

const isBlank = (v: CellValue | undefined) =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/**
 * Reads a cell back as the dataset field at `path` holds it: numbers as the decimal text of the
 * cell (rates scaled back to percent with the precision of their format), text in a number cell
 * as the text (the check reports it), choices from their words. A value the field cannot hold at
 * all (text in a year, an unknown choice) is a problem, named by the caller.
 */
export function readCell(path: Path, cell: GridCell | undefined): ReadBack {
  const spec = leaf(path);
  const v = cell?.value;
  if (isBlank(v)) return { kind: "blank" };
  switch (spec.type) {
    case "num":
      // Text, and a number no cell can hold (1e309 in the file reads as Infinity), go back as
      // text: the check reports it as not a number.
      if (typeof v !== "number" || !Number.isFinite(v)) return { kind: "value", value: String(v) };
      if (spec.unit === NumUnit.percent)
        return { kind: "value", value: decimalText(v, percentFormatDecimals(cell?.numberFormat) ?? 2, 2) };
      if (spec.unit === NumUnit.plain)
        return { kind: "value", value: decimalText(v, plainFormatDecimals(cell?.numberFormat)) };
      return { kind: "value", value: decimalText(v, 0) };
    case "integer":
      return typeof v === "number" && Number.isSafeInteger(v) && v >= 0
        ? { kind: "value", value: v }
        : { kind: "problem", text: String(v) };
    case "text":
      if (spec.date) return { kind: "value", value: dateText(v ?? null) };
      return { kind: "value", value: typeof v === "string" ? v : String(v) };
    case "choice": {
      const text = String(v).trim();
      const words = wordsFor(path);
      const byWord = words ? Object.entries(words).find(([, w]) => w === text)?.[0] : undefined;
      const value = spec.values.find((x) => String(x) === (byWord ?? text));
      return value === undefined ? { kind: "problem", text } : { kind: "value", value };
    }
    case "flag": {
      const text = String(v).trim();
      if (text === workbookText.yes || v === true) return { kind: "value", value: true };
      if (text === workbookText.no || v === false) return { kind: "value", value: false };
      return { kind: "problem", text };
    }
  }
}

/** A locked label. */
export function label(text: string, style: StyleKey = StyleKey.label): CellPlan {
  return { value: text, style };
}

/** A computed cell: a formula and the engine's value of it. */
export function formula(
  f: string,
  expected: Decimal | number | string | null | undefined,
  style: StyleKey,
): CellPlan {
  const exp =
    expected === null || expected === undefined
      ? ""
      : typeof expected === "number" || typeof expected === "string"
        ? expected
        : toNumber(expected);
  return { formula: f, expected: exp, style };
}

/** The engine's rate (percent, rounded) as the fraction a 0.00% cell holds. */
export function rateFraction(rate: Decimal | null): number | string {
  return rate === null ? "" : toNumber(rate.div(HUNDRED));
}

/**
 * A sum that stays blank while a part is blank (docs/domain.md §7): `IF(OR(LEN(a)=0,…),"",N(a)+…)`. A
 * dash the unit wrote is not blank and counts as 0, as the engine counts it (`amountOf`).
 */
export function knownSumFormula(cells: readonly string[]): string {
  return `IF(OR(${cells.map((c) => `LEN(${c})=0`).join(",")}),"",${cells.map((c) => `N(${c})`).join("+")})`;
}

/**
 * The budget in force as a formula: `adjusted` (全年预算数) when it holds a number, else `initial`
 * (年初), as the engine's `budgetInForce`.
 */
export function inForceFormula(adjusted: string, initial: string): string {
  return `IF(ISNUMBER(${adjusted}),${adjusted},${initial})`;
}

/** A rate that stays blank while its part is blank or its whole is blank or 0 (as the engine's `rateOf`). */
export function knownRateFormula(num: string, den: string): string {
  return `IF(OR(LEN(${num})=0,N(${den})=0),"",ROUND(N(${num})/N(${den}),4))`;
}

/** `IF(N(den)=0,"",ROUND(N(num)/N(den),4))`: a rate as a fraction rounded like the engine (2 decimals of percent). */
export function rateFormula(num: string, den: string): string {
  return `IF(N(${den})=0,"",ROUND(N(${num})/N(${den}),4))`;
}
