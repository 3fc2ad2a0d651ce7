/**
 * How dataset values become cells: amounts as numbers in 万元, rates as fractions shown in
 * percent with the reported precision, counts, text; nil and unparsable inputs kept as the text
 * that was written so that nothing is lost and the check can point at them.
 */
import type Decimal from "decimal.js";
import { Dec, type NumCell } from "../domain";
import { InputKind, RATE_FORMAT, StyleKey, type CellPlan, type CellValue } from "./plan";

/** The number a Decimal stands for (exact for the 2-decimal amounts and rates of a report). */
export function toNumber(value: Decimal): number {
  return Number(value.toString());
}

/** What an input cell holds for a dataset number: a number, or the text written (dash, typo). */
function inputValue(cell: NumCell | undefined, scale: Decimal | null): CellValue {
  if (!cell) return null;
  if (cell.kind === "number" && cell.value) return toNumber(scale ? cell.value.div(scale) : cell.value);
  if (cell.kind === "blank") return null;
  return typeof cell.source === "string" ? cell.source : String(cell.source);
}

const HUNDRED = new Dec(100);

/** A percent number format with a given number of decimals: 0.00%, 0.0%, 0%. */
export function percentFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%";
}

/** Decimals of a percent number format (0.00% → 2); null when it is not one. */
export function percentFormatDecimals(format: string | undefined): number | null {
  const m = /^0(?:\.(0+))?%$/.exec(format ?? "");
  return m ? (m[1]?.length ?? 0) : null;
}

/** An amount input (万元). */
export function amountInput(cell: NumCell | undefined, path: string): CellPlan {
  return { value: inputValue(cell, null), style: StyleKey.amountInput, input: InputKind.amount, path };
}

/** A count input kept as a dataset number (persons). */
export function countInput(value: NumCell | undefined, path: string): CellPlan {
  return { value: inputValue(value, null), style: StyleKey.countInput, input: InputKind.count, path };
}

/** An integer input (year, vehicles, persons in the statistics): a JSON number in the dataset. */
export function integerInput(value: number | undefined, path: string): CellPlan {
  return { value: value ?? null, style: StyleKey.countInput, input: InputKind.integer, path };
}

/** A reported rate input: a fraction shown in percent with the precision it was reported with. */
export function rateInput(cell: NumCell | undefined, path: string): CellPlan {
  const decimals = cell?.kind === "number" ? cell.decimals : 2;
  const format = percentFormat(decimals);
  return {
    value: inputValue(cell, HUNDRED),
    style: StyleKey.rateInput,
    input: InputKind.rate,
    path,
    ...(format !== RATE_FORMAT ? { numberFormat: format } : {}),
  };
}

/** A plain-number input shown as written (indicator targets, weights, scores). */
export function figureInput(cell: NumCell | undefined, path: string): CellPlan {
  const decimals = cell?.kind === "number" ? cell.decimals : 2;
  return {
    value: inputValue(cell, null),
    style: StyleKey.countInput,
    input: InputKind.figure,
    path,
    numberFormat: decimals > 0 ? `0.${"0".repeat(decimals)}` : "0",
  };
}

/** A text input. */
export function textInput(value: string | undefined, path: string): CellPlan {
  return { value: value ?? null, style: StyleKey.textInput, input: InputKind.text, path };
}

/** A choice input (drop-down). */
export function choiceInput(value: string, path: string): CellPlan {
  return { value, style: StyleKey.choiceInput, input: InputKind.choice, path };
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

/** `IF(N(den)=0,"",ROUND(N(num)/N(den),4))`: a rate as a fraction rounded like the engine (2 decimals of percent). */
export function rateFormula(num: string, den: string): string {
  return `IF(N(${den})=0,"",ROUND(N(${num})/N(${den}),4))`;
}
