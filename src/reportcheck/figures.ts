/**
 * Finding figures in text: a number followed by its unit (万元, 亿元, 元, %, 人, 人次, 辆, 个, 批次,
 * 分). Numbers are read by the number policy (`parseProseNumber`): half- or full-width digits,
 * thousands separators, and the spaces PDF conversion leaves around separators. A number without
 * a unit (a year, a document number, a page) is not a figure. Table cells hold bare numbers: their
 * unit comes from the column (a rate column) or the table's 单位 note.
 */
import { AMOUNT_UNITS, readProseNumber, toWan, type AmountUnit, type NumCell } from "../domain";
import { FigureKind } from "./types";

const D = "[0-9\uFF10-\uFF19]";
/** Spaces a PDF conversion leaves inside a figure (never a line break: lines are joined first). */
const S = "[ \\t\\u00a0\\u3000]*";
/**
 * A number: digits grouped by three with separators (spaces allowed around a separator), or a
 * digit run; then a decimal part. Not preceded by a digit, a decimal point or a digit and a
 * separator (so `12,3456` does not yield `3456`), nor followed by more digits.
 */
const NUMBER = `(?<![0-9\uFF10-\uFF19.．]|[0-9\uFF10-\uFF19]${S}[,，]${S})(?:[-−－](?=${D}))?(?:${D}{1,3}(?:${S}[,，]${S}${D}{3})+(?!${D})|${D}+)(?:${S}[.．]${S}${D}+)?`;
/**
 * The units, longest first. 分 is not 分钟/分别/分之; 个 is not 个百分点/个月; 人 is not 人民/人均.
 * A count in 万 (`34.19 万人`) is a figure of its own unit, never attributed.
 */
const UNIT =
  "亿元|万元|元|[%％]|万人次|万人|万个|人次|批次|人(?![民均])|辆|分(?![钟别之])|个(?!百分点|月|工作日)";
const FIGURE = new RegExp(`(${NUMBER})${S}(${UNIT})`, "gu");

/** A figure as found in a text: where it is and what it reads. */
export interface RawFigure {
  readonly start: number;
  readonly end: number;
  /** The number as written (digits, separators, inner spaces). */
  readonly numberText: string;
  readonly unit: string;
  readonly kind: FigureKind;
  readonly number: NumCell;
  /** The value in the model's unit: 万元 for amounts, percent for rates, as written otherwise. */
  readonly value: NumCell["value"] & object;
}

/** The kind of figure a unit says. */
export function kindOfUnit(unit: string): FigureKind {
  if (unit in AMOUNT_UNITS) return FigureKind.amount;
  if (unit === "%" || unit === "％") return FigureKind.rate;
  if (unit === "分") return FigureKind.score;
  return FigureKind.count;
}

/** The unit normalised (％ → %). */
const unitOf = (unit: string) => (unit === "％" ? "%" : unit);

function figureOf(numberText: string, unit: string, start: number, end: number): RawFigure | null {
  const number = readProseNumber(numberText);
  if (number?.value === null || number?.value === undefined) return null;
  const u = unitOf(unit);
  const kind = kindOfUnit(u);
  const value = kind === FigureKind.amount ? toWan(number.value, u as AmountUnit) : number.value;
  return { start, end, numberText, unit: u, kind, number, value };
}

/** Every figure (number + unit) of a text, in order. */
export function findFigures(text: string): RawFigure[] {
  const out: RawFigure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index ?? 0;
    const figure = figureOf(m[1], m[2], start, start + m[0].length);
    if (figure) out.push(figure);
  }
  return out;
}

const CELL = new RegExp(`^\\s*(${NUMBER})${S}([%％])?\\s*$`, "u");

/**
 * The figure a table cell holds: a bare number (or one with %), in the unit the column or the
 * table says (`unit`: 万元 for an amount column, % for a rate column). Null for text, a dash or
 * an empty cell.
 */
export function cellFigure(text: string, unit: string): RawFigure | null {
  const compact = text.replace(/[\r\n\v]+/g, "");
  const m = CELL.exec(compact);
  if (!m) return null;
  const start = compact.indexOf(m[1]);
  return figureOf(m[1], m[2] ?? unit, start, start + m[1].length + (m[2] ? 1 : 0));
}
