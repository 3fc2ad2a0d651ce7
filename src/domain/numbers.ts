/**
 * The number policy, in one module (DOMAIN §2): the Decimal configuration (四舍五入,
 * ROUND_HALF_UP), parsing of what a dataset field or an input cell may hold, rounding,
 * comparison at the reported precision, and formatting for prose and tables.
 */
import Decimal from "decimal.js";
import { NumberParseError } from "../errors";
import { errorText, findingText } from "../i18n";
import { FigureUnit } from "./findings";
import type { Path } from "./paths";

/** decimal.js configured for this project: 40 significant digits, 四舍五入 (never banker's rounding). */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;
export type { default as Decimal } from "decimal.js";

/** What a numeric dataset field may hold: a JSON number or a string (DATASET.md `Num`). */
export type Num = number | string;

/** The kinds of content a numeric field can have. */
export const NumKind = {
  number: "number",
  /** "-", "—", "——": written as nil in the report; counts as 0 where a table says so. */
  dash: "dash",
  /** "" or only spaces. */
  blank: "blank",
  /** Text that is not a number ("完成", "约300"): never guessed. */
  invalid: "invalid",
} as const;
export type NumKind = (typeof NumKind)[keyof typeof NumKind];

/** A parsed numeric field: the exact value plus everything needed to check and to write it back. */
export interface NumCell {
  readonly kind: NumKind;
  /** The exact value (percent fields keep the percent number: "96.95%" → 96.95); null unless kind is number. */
  readonly value: Decimal | null;
  /** Exactly what the dataset held, for lossless export. */
  readonly source: Num;
  /** Digits written after the decimal point (the reported precision). */
  readonly decimals: number;
  /** Written with a % sign. */
  readonly percent: boolean;
  /** Why the text is not a number (kind invalid). */
  readonly problem?: string;
}

const DASH_ONLY = /^[-‐‑‒–—―−─━－]+$/u;
const PLAIN = /^\d+(\.\d+)?$/;
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * Parses one numeric field. Accepts JSON numbers and strings with thousands separators,
 * full-width characters, a trailing `%`, a leading minus, and dashes/blank as nil.
 * @throws NumberParseError for anything else (the only error it throws).
 */
export function parseNum(input: unknown, path: Path = []): NumCell {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new NumberParseError(input, errorText.numberReasons.notFinite, path);
    const value = new Dec(String(input));
    return { kind: NumKind.number, value, source: input, decimals: value.decimalPlaces(), percent: false };
  }
  if (typeof input !== "string") throw new NumberParseError(input, errorText.numberReasons.notText, path);
  if (PLAIN.test(input)) {
    // The common case, a plain ASCII decimal: nothing to normalise.
    const dot = input.indexOf(".");
    const decimals = dot < 0 ? 0 : input.length - dot - 1;
    return { kind: NumKind.number, value: new Dec(input), source: input, decimals, percent: false };
  }
  const text = input.normalize("NFKC").trim();
  if (text === "") return { kind: NumKind.blank, value: null, source: input, decimals: 0, percent: false };
  if (DASH_ONLY.test(text))
    return { kind: NumKind.dash, value: null, source: input, decimals: 0, percent: false };
  let body = text;
  const percent = body.endsWith("%");
  if (percent) body = body.slice(0, -1).trimEnd();
  let negative = false;
  if (/^[-−]/u.test(body)) {
    negative = true;
    body = body.slice(1);
  }
  if (GROUPED.test(body)) body = body.replace(/,/g, "");
  else if (!PLAIN.test(body)) {
    const reason = /^[\d.,]+$/.test(body)
      ? body.includes(",")
        ? errorText.numberReasons.grouping
        : errorText.numberReasons.format
      : errorText.numberReasons.text;
    throw new NumberParseError(input, reason, path);
  }
  const dot = body.indexOf(".");
  const decimals = dot < 0 ? 0 : body.length - dot - 1;
  const value = new Dec(negative ? `-${body}` : body);
  return { kind: NumKind.number, value, source: input, decimals, percent };
}

/**
 * Parses a field without throwing: text that is not a number becomes a cell of kind `invalid`
 * (which the rules turn into an `invalid-number` finding).
 */
export function readNum(input: Num, path: Path = []): NumCell {
  try {
    return parseNum(input, path);
  } catch (error) {
    if (error instanceof NumberParseError) {
      return {
        kind: NumKind.invalid,
        value: null,
        source: input,
        decimals: 0,
        percent: false,
        problem: error.reason,
      };
    }
    throw error;
  }
}

/** Rounds half-up to `places` decimals (2 by default: amounts in 万元, rates in percent). */
export function round(value: Decimal, places = 2): Decimal {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/** `part / whole` as a percent, exact (not rounded); null when `whole` is zero. */
export function percentOf(part: Decimal, whole: Decimal): Decimal | null {
  if (whole.isZero()) return null;
  return part.div(whole).times(100);
}

/**
 * True when a reported figure equals the computed one at the reported precision (DOMAIN §2):
 * reported 13.3 vs computed 13.307… is consistent; 45.62 vs 45.6145 is not.
 */
export function matchesAtPrecision(reported: NumCell, computed: Decimal): boolean {
  if (reported.value === null) return false;
  return round(computed, reported.decimals).eq(reported.value);
}

const HUNDRED = new Dec(100);
/** ½·10^−d for d = 0…20: half a unit in the last reported place. */
const HALF_UNITS = Array.from({ length: 21 }, (_, d) => new Dec(5).times(new Dec(10).pow(-(d + 1))));
const halfUnit = (decimals: number): Decimal =>
  HALF_UNITS[decimals] ?? new Dec(5).times(new Dec(10).pow(-(decimals + 1)));
/** The cutoff of the threshold last asked about (a check asks about one threshold many times). */
let lastThreshold: { threshold: Decimal | null; cutoff: Decimal } = { threshold: null, cutoff: HUNDRED };

/**
 * True when `round(part / whole × 100, reported precision)` equals the reported percent —
 * the same answer as `matchesAtPrecision(reported, percentOf(part, whole))`, computed without a
 * division (two multiplications and two comparisons) for positive operands, which is what a
 * 100,000-row check spends its time on. False when `whole` is zero.
 */
export function percentMatches(reported: NumCell, part: Decimal, whole: Decimal): boolean {
  const r = reported.value;
  if (r === null || whole.isZero()) return false;
  if (part.isNegative() || whole.isNegative() || r.isNegative()) {
    const p = percentOf(part, whole);
    return p !== null && matchesAtPrecision(reported, p);
  }
  // Half-up: round(x, d) = r  ⇔  r − h ≤ x < r + h, with h = ½·10^−d. Scaled by whole > 0:
  // D = part·100 − r·whole must lie in [−h·whole, h·whole).
  const d = part.times(HUNDRED).minus(r.times(whole));
  const c = d.abs().cmp(halfUnit(reported.decimals).times(whole));
  return c < 0 || (c === 0 && d.isNegative());
}

/**
 * True when `round(part / whole × 100, 2) < threshold` (a rate shown with 2 decimals is below a
 * threshold percent), without a division for positive operands. False when `whole` is zero.
 */
export function percentBelow(part: Decimal, whole: Decimal, threshold: Decimal): boolean {
  if (whole.isZero()) return false;
  if (part.isNegative() || whole.isNegative()) {
    const p = percentOf(part, whole);
    return p !== null && round(p).lt(threshold);
  }
  // round(x, 2) ≥ T  ⇔  x ≥ c, where c = (T rounded up to 2 decimals) − 0.005.
  if (threshold !== lastThreshold.threshold) {
    lastThreshold = {
      threshold,
      cutoff: threshold.toDecimalPlaces(2, Decimal.ROUND_CEIL).minus(halfUnit(2)),
    };
  }
  return part.times(HUNDRED).lt(lastThreshold.cutoff.times(whole));
}

/** The tolerance for a total of `parts` rounded figures: n × 0.005 (尾差). */
export function sumTolerance(parts: number): Decimal {
  return new Dec(parts).times("0.005");
}

/** Sum of a list of Decimals (0 for an empty list). */
export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), new Dec(0));
}

/** Inserts thousands separators into the integer digits of a fixed-point text. */
function groupThousands(fixed: string): string {
  const negative = fixed.startsWith("-");
  const dot = fixed.indexOf(".");
  const start = negative ? 1 : 0;
  const end = dot < 0 ? fixed.length : dot;
  if (end - start <= 3) return fixed;
  let out = fixed.slice(start, start + ((end - start) % 3 || 3));
  for (let i = start + ((end - start) % 3 || 3); i < end; i += 3) out += `,${fixed.slice(i, i + 3)}`;
  return (negative ? "-" : "") + out + fixed.slice(end);
}

/** An amount as written in prose and tables: thousands separators, 2 decimals (`14,660.00`). */
export function formatAmount(value: Decimal, places = 2): string {
  // toFixed rounds with the configured mode, ROUND_HALF_UP.
  return groupThousands(value.toFixed(places, Decimal.ROUND_HALF_UP));
}

/** A rate already in percent, with 2 decimals and a % sign (`96.95%`). */
export function formatRate(percent: Decimal, places = 2): string {
  return `${percent.toFixed(places, Decimal.ROUND_HALF_UP)}%`;
}

/** A figure with exactly `places` decimals and no separators (for JSON `expected`). */
export function plain(value: Decimal, places = 2): string {
  return value.toFixed(places, Decimal.ROUND_HALF_UP);
}

/** A reported cell as the unit wrote it, normalised (full-width and separators removed, % kept off). */
export function reportedText(cell: NumCell): string {
  if (cell.value === null) return typeof cell.source === "string" ? cell.source : String(cell.source);
  return cell.value.toFixed(cell.decimals);
}

/**
 * A finding's figure as its message shows it: a rate with its % sign (`45.61%`), an amount with
 * thousands separators and at least 2 decimals (`14,660.00`), a score in 分 and persons in 人;
 * the decimals the unit wrote are kept. Text that is not a number, or a figure without a unit,
 * is shown as it is.
 */
export function formatFigure(text: string, unit?: FigureUnit): string {
  if (!unit || !/^-?\d+(\.\d+)?$/.test(text)) return text;
  const value = new Dec(text);
  const places = value.decimalPlaces();
  if (unit === FigureUnit.percent) return findingText.pct(text);
  if (unit === FigureUnit.amount) return formatAmount(value, Math.max(2, places));
  if (unit === FigureUnit.score) return findingText.points(text);
  return findingText.persons(text);
}

/**
 * The units an amount may be written in, as powers of ten of 万元 (the model's unit): a report
 * writes 万元, sometimes 亿元 for large totals and 元 for per-capita figures.
 */
export const AMOUNT_UNITS = { 元: -4, 万元: 0, 亿元: 4 } as const;
export type AmountUnit = keyof typeof AMOUNT_UNITS;

/** An amount written in `unit`, in 万元 (exact: a shift of the decimal point). */
export function toWan(value: Decimal, unit: AmountUnit): Decimal {
  return value.times(new Dec(10).pow(AMOUNT_UNITS[unit]));
}

/** An amount in 万元, expressed in `unit` (exact). */
export function fromWan(value: Decimal, unit: AmountUnit): Decimal {
  return value.times(new Dec(10).pow(-AMOUNT_UNITS[unit]));
}

/** Spaces (also the ideographic space and no-break space) and line breaks. */
const PROSE_SPACE = /[\s\u00a0\u3000]+/gu;

/**
 * Parses a number as a report's prose writes it: half- or full-width digits, thousands separators
 * (`,` `，`), a decimal point (`.` `．`), a leading minus, and the spaces and line breaks that
 * PDF conversion leaves inside a figure (`125, 651. 43`, `14,6⏎60`). The caller has already cut
 * the figure out of its sentence; the rest is the number policy of `parseNum` (grouping must be
 * by three, no other text). `source` keeps the text as written.
 * @throws NumberParseError when the text is not a number under these rules.
 */
export function parseProseNumber(text: string, path: Path = []): NumCell {
  const compact = text.normalize("NFKC").replace(PROSE_SPACE, "").replace(/，/g, ",").replace(/[－−]/g, "-");
  if (compact === "") throw new NumberParseError(text, errorText.numberReasons.format, path);
  const cell = parseNum(compact, path);
  if (cell.kind !== NumKind.number) throw new NumberParseError(text, errorText.numberReasons.format, path);
  return { ...cell, source: text };
}

/** `parseProseNumber` without throwing: null when the text is not a number. */
export function readProseNumber(text: string): NumCell | null {
  try {
    return parseProseNumber(text);
  } catch (error) {
    if (error instanceof NumberParseError) return null;
    throw error;
  }
}
