/**
 * The number policy, in one module (docs/domain.md §2): the Decimal configuration (四舍五入,
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

/** decimal.js's digits per element of `d` (base 10^7: its README shows `d`, `e` and `s`). */
const LOG_BASE = 7;

/**
 * `new Dec(negative ? "-" + text : text)` for plain ASCII decimal text (`PLAIN`: digits, at most
 * one point with digits on both sides), built from the characters without the constructor's
 * regular expression, slicing and string-to-number conversions: a 100,000-row file has 400,000
 * such fields. decimal.js stores a value as its sign `s`, base-10 exponent `e` and the digits
 * `d` in words of seven, the first word holding the digits up to the exponent's position and
 * the last padded with zeros, no trailing zero words (zero is `e` 0, `d` [0]); the constructor
 * does not round to the precision. The instance is made as the constructor makes it (same
 * properties in the same order); property tests compare every field with `new Dec`
 * (test/domain/numbersFast.test.ts), and `decimalOf` falls back to the constructor if a later
 * decimal.js stores values otherwise.
 */
function plainDecimal(text: string, negative: boolean): Decimal {
  const x = Object.create(Dec.prototype) as Decimal & {
    constructor: unknown;
    s: number;
    e: number;
    d: number[];
  };
  x.constructor = Dec;
  x.s = negative ? -1 : 1;
  const n = text.length;
  let dot = text.indexOf(".");
  if (dot < 0) dot = n;
  // The first significant digit and one past the last (zeros on either side and the point skipped).
  let first = 0;
  while (first < n && (first === dot || text.charCodeAt(first) === 48)) first++;
  if (first === n) {
    x.e = 0;
    x.d = [0];
    return x;
  }
  let end = n;
  while (end - 1 === dot || text.charCodeAt(end - 1) === 48) end--;
  const e = first < dot ? dot - first - 1 : dot - first;
  // The first word holds (e + 1) mod 7 digits (7 when that is 0), as decimal.js's parseDecimal.
  let size = (e + 1) % LOG_BASE;
  if (size <= 0) size += LOG_BASE;
  // The array is made at its length (a grown array keeps room for 17 words).
  const digits = end - first - (first < dot && dot < end ? 1 : 0);
  const length = digits <= size ? 1 : 1 + Math.ceil((digits - size) / LOG_BASE);
  const d =
    length === 1 ? [0] : length === 2 ? [0, 0] : length === 3 ? [0, 0, 0] : new Array<number>(length).fill(0);
  let word = 0;
  let count = 0;
  let k = 0;
  for (let i = first; i < end; i++) {
    if (i === dot) continue;
    word = word * 10 + (text.charCodeAt(i) - 48);
    if (++count === size) {
      d[k++] = word;
      word = 0;
      count = 0;
      size = LOG_BASE;
    }
  }
  if (count > 0) {
    for (; count < size; count++) word *= 10;
    d[k] = word;
  }
  x.e = e;
  x.d = d;
  return x;
}

/** True when `plainDecimal` gives what this decimal.js's constructor gives, field by field. */
function sameAsConstructor(text: string, negative: boolean): boolean {
  const fast = plainDecimal(text, negative) as unknown as Record<string, unknown>;
  const made = new Dec(negative ? `-${text}` : text) as unknown as Record<string, unknown>;
  const keys = Object.keys(made);
  return (
    keys.join() === Object.keys(fast).join() &&
    keys.every((k) => (Array.isArray(made[k]) ? String(made[k]) === String(fast[k]) : made[k] === fast[k]))
  );
}

/** Whether the decimal.js in use stores values as `plainDecimal` builds them (checked once, on load). */
const FAST_DECIMALS = (
  [
    ["0", false],
    ["0.00", true],
    ["12345.67", true],
    ["0.001", false],
    ["100", false],
    ["12345678901234567.1234567", false],
  ] as const
).every(([text, negative]) => sameAsConstructor(text, negative));

/** The Decimal of plain ASCII decimal text (`PLAIN`), negated when `negative`. */
const decimalOf = (text: string, negative: boolean): Decimal =>
  FAST_DECIMALS ? plainDecimal(text, negative) : new Dec(negative ? `-${text}` : text);

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
    return {
      kind: NumKind.number,
      value: decimalOf(input, false),
      source: input,
      decimals,
      percent: false,
    };
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
  return { kind: NumKind.number, value: decimalOf(body, negative), source: input, decimals, percent };
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
 * True when a reported figure equals the computed one at the reported precision (docs/domain.md §2):
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

/*
 * Scaled integers for the hot path of a large check (docs/domain.md §2: where a profile shows decimal.js is
 * the cost). A value with at most `scale` decimals is held as a whole number of 10^−scale units
 * (scale 2: cents of 万元) in a double, exact while it stays a safe integer; every function below
 * answers as its Decimal counterpart does, or null when it cannot be sure (a value that does not
 * fit, a product that would not be exact, a negative operand) — the caller then uses the Decimal.
 * Property tests compare them with decimal.js (test/domain/numbers.test.ts).
 */

/** 10^0 … 10^15: the powers of ten a double holds exactly and that keep products in range. */
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);
const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Whole 10^−scale units of ASCII number text `[-]digits[.digits][%]`, or null for any other text,
 * more decimals than `scale`, or a value beyond a safe integer.
 */
function unitsOfText(text: string, scale: number): number | null {
  const negative = text.charCodeAt(0) === 45; // "-"
  const end = text.charCodeAt(text.length - 1) === 37 ? text.length - 1 : text.length; // "%"
  let units = 0;
  let significant = 0;
  let decimals = -1;
  let sawDigit = false;
  for (let i = negative ? 1 : 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && decimals < 0 && sawDigit) {
      decimals = 0;
      continue;
    }
    if (c < 48 || c > 57) return null;
    sawDigit = true;
    if (decimals >= 0 && ++decimals > scale) return null;
    // Leading zeros add nothing; up to 15 significant digits stay exact.
    if (units === 0 && c === 48) continue;
    if (++significant > 15) return null;
    units = units * 10 + (c - 48);
  }
  if (!sawDigit || decimals === 0) return null;
  const shift = POW10[scale - Math.max(decimals, 0)];
  if (units > SAFE / shift) return null;
  units *= shift;
  return negative && units !== 0 ? -units : units;
}

/**
 * A cell's exact value in whole 10^−scale units (scale 2: cents), or null when it holds no number,
 * has more decimals than `scale` or does not fit a safe integer.
 */
export function unitsOf(cell: NumCell, scale: number): number | null {
  if (cell.value === null || scale > 15) return null;
  const source = cell.source;
  if (typeof source === "string") {
    // Plain ASCII text, read digit by digit: the exact value, and three times faster than
    // `Number` (a 100,000-row check reads 400,000 cells so).
    const exact = unitsOfText(source, scale);
    if (exact !== null) return exact;
    // Text the parser read as a number with at most `scale` decimals: the nearest double, scaled
    // and rounded, is the exact value while it stays below 10^15 units (error < ½ unit). Text
    // JavaScript does not read alike ("1,234.50", full-width, "%") is NaN and read digit by digit.
    const x = Number(source);
    if (cell.decimals <= scale && Number.isFinite(x) && Math.abs(x) < 1e15 / POW10[scale]) {
      const units = Math.round(x * POW10[scale]);
      return units === 0 ? 0 : units;
    }
    const units = unitsOfText(source, scale);
    if (units !== null) return units;
  } else if (Number.isSafeInteger(source) && Math.abs(source) <= SAFE / POW10[scale]) {
    return source === 0 ? 0 : source * POW10[scale];
  }
  // Written another way ("1,234.50", full-width, a JSON fraction): the value's own digits.
  return unitsOfText(cell.value.toFixed(), scale);
}

/** A Decimal in whole 10^−scale units, or null (more decimals, or beyond a safe integer). */
export function unitsOfDecimal(value: Decimal, scale: number): number | null {
  return scale > 15 ? null : unitsOfText(value.toFixed(), scale);
}

/**
 * `percentMatches(reported, part, whole)` on units: `reported` is its value in 10^−decimals units
 * (its reported precision), `part` and `whole` in units of one scale. Null when the answer needs
 * the Decimal form (an operand negative, a product beyond a safe integer).
 */
export function percentMatchesUnits(
  reported: number,
  decimals: number,
  part: number,
  whole: number,
): boolean | null {
  if (whole === 0) return false;
  if (reported < 0 || part < 0 || whole < 0 || decimals > 13) return null;
  // As percentMatches, scaled by 10^(decimals+2+scale): X = part·10^(d+2) − reported·whole must
  // lie in [−whole/2, whole/2).
  const k = POW10[decimals + 2];
  if (part > SAFE / k || reported > SAFE / whole) return null;
  const x = part * k - reported * whole;
  const c = Math.abs(x) - whole / 2;
  return c < 0 || (c === 0 && x < 0);
}

/** The last threshold asked about, with its cutoff in thousandths of a percent (or null). */
let lastUnitsThreshold: { threshold: Decimal | null; cutoff: number | null } = {
  threshold: null,
  cutoff: null,
};

/**
 * `percentBelow(part, whole, threshold)` on units of one scale; null when it needs the Decimal.
 */
export function percentBelowUnits(part: number, whole: number, threshold: Decimal): boolean | null {
  if (whole === 0) return false;
  if (part < 0 || whole < 0) return null;
  if (threshold !== lastUnitsThreshold.threshold) {
    // percentBelow's cutoff, ceil(T, 2) − 0.005, has 3 decimals: in thousandths it is whole.
    const cutoff = threshold.toDecimalPlaces(2, Decimal.ROUND_CEIL).minus(halfUnit(2));
    lastUnitsThreshold = { threshold, cutoff: unitsOfDecimal(cutoff, 3) };
  }
  // part·100 < cutoff·whole, scaled by 1000·10^scale: part·10^5 < cutoff(thousandths)·whole.
  const cutoff = lastUnitsThreshold.cutoff;
  if (cutoff === null || part > SAFE / 100_000 || Math.abs(cutoff) > SAFE / Math.max(whole, 1)) return null;
  return part * 100_000 < cutoff * whole;
}

/** The last threshold compared with units, with ceil(threshold·10^scale) per scale. */
let lastCompared: { threshold: Decimal | null; ceilings: (number | null)[] } = {
  threshold: null,
  ceilings: [],
};

/**
 * `units·10^−scale < threshold` (a value in units below a Decimal threshold); null when the
 * threshold in units does not fit a safe integer.
 */
export function unitsBelow(units: number, scale: number, threshold: Decimal): boolean | null {
  if (threshold !== lastCompared.threshold) lastCompared = { threshold, ceilings: [] };
  let ceiling = lastCompared.ceilings[scale];
  if (ceiling === undefined) {
    // For a whole number u: u < t ⇔ u < ceil(t).
    const t = threshold.times(POW10[scale] ?? 10 ** scale).ceil();
    ceiling = lastCompared.ceilings[scale] = t.abs().lte(SAFE) ? t.toNumber() : null;
  }
  return ceiling === null ? null : units < ceiling;
}

/**
 * `round(percentOf(part, whole), 2)` — a rate in percent, 2 decimals, half-up — in hundredths of a
 * percent, on units of one scale; null when it needs the Decimal form (whole zero or negative, part
 * negative, too large).
 */
export function ratePercentHundredths(part: number, whole: number): number | null {
  if (whole <= 0 || part < 0 || part > (SAFE - 3 * whole) / 20_000) return null;
  // Half up: floor((2·part·10⁴ + whole) / (2·whole)), the quotient corrected by its remainder (a
  // double division may land one off; the products stay exact).
  const n = 20_000 * part + whole;
  const d = 2 * whole;
  let k = Math.floor(n / d);
  const r = n - k * d;
  if (r < 0) k--;
  else if (r >= d) k++;
  return k;
}

/** `ratePercentHundredths` as the Decimal rate (87.41 for 8741); null as it. */
export function ratePercentUnits(part: number, whole: number): Decimal | null {
  const k = ratePercentHundredths(part, whole);
  return k === null ? null : new Dec(`${k}e-2`);
}

/**
 * A whole number of 10^−scale units written with exactly `scale` decimals, as `plain` writes the
 * same value (`formatAmount` with `grouped`): 1234567 at scale 2 → "12345.67" ("12,345.67").
 */
export function formatUnits(units: number, scale: number, grouped = false): string {
  if (scale === 2 && Number.isSafeInteger(units)) {
    // Cents, the common case: the whole part and the two digits worked out, not sliced from text.
    const abs = Math.abs(units);
    const whole = Math.floor(abs / 100);
    const cents = abs - whole * 100;
    const int = grouped && whole >= 1000 ? groupThousands(String(whole)) : String(whole);
    return `${units < 0 ? "-" : ""}${int}.${cents < 10 ? "0" : ""}${cents}`;
  }
  const digits = String(Math.abs(units)).padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const text = scale ? `${whole}.${digits.slice(digits.length - scale)}` : whole;
  return (units < 0 ? "-" : "") + (grouped ? groupThousands(text) : text);
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
