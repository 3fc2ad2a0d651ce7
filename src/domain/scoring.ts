/**
 * Indicator scoring and grades (docs/domain.md §4): quantitative scores by direction, qualitative
 * ratings, half-up rounding to 2 decimals, grade bands of 财预〔2020〕10号, and the optional
 * provincial cap of the total score by the overall execution rate.
 */
import type Decimal from "decimal.js";
import type { Grade, Indicator, Rating } from "./dataset";
import { Dec, round } from "./numbers";

/** Share of the weight a qualitative rating earns, in percent. */
export const RATING_PERCENT: Readonly<Record<Rating, number>> = { 达成: 100, 部分达成: 60, 未达成: 0 };
/** A user may enter 60–80 % for 部分达成. */
export const PARTIAL_RATING_RANGE = { min: 60, max: 80 } as const;

/** Grade bands, highest first: a total ≥ `min` earns `grade`. */
export const GRADE_BANDS: readonly { grade: Grade; min: number }[] = [
  { grade: "优", min: 90 },
  { grade: "良", min: 80 },
  { grade: "中", min: 60 },
  { grade: "差", min: Number.NEGATIVE_INFINITY },
];

/** The execution-rate cap: an overall rate below `below` % caps the total at `cap`. Checked lowest first. */
export const EXECUTION_CAPS: readonly { below: number; cap: number }[] = [
  { below: 50, cap: 59 },
  { below: 60, cap: 69 },
  { below: 70, cap: 79 },
  { below: 80, cap: 89 },
];

export interface IndicatorScore {
  /** The score, rounded half-up to 2 decimals; null when the indicator lacks what it needs. */
  readonly score: Decimal | null;
  /** Whether the target is met (quantitative) or the rating is 达成 (qualitative); null when unknown. */
  readonly met: boolean | null;
  readonly weight: Decimal | null;
}

/** The percent a qualitative indicator earns: ratingPercent within 60–80 for 部分达成, else the rating's fixed share. */
export function ratingPercent(indicator: Indicator): Decimal | null {
  if (!indicator.rating) return null;
  const entered = indicator.ratingPercent?.value;
  if (indicator.rating === "部分达成" && entered) {
    if (entered.gte(PARTIAL_RATING_RANGE.min) && entered.lte(PARTIAL_RATING_RANGE.max)) return entered;
  }
  return new Dec(RATING_PERCENT[indicator.rating]);
}

/**
 * Scores one indicator. Quantitative `>=`: met → weight, else weight × actual / target; `<=`: met
 * → weight, else weight × target / actual; `=`: weight × min/max. Qualitative: weight × rating %.
 */
export function scoreIndicator(indicator: Indicator): IndicatorScore {
  const weight = indicator.weight.value;
  if (weight === null) return { score: null, met: null, weight };
  if (indicator.kind === "qualitative") {
    const percent = ratingPercent(indicator);
    if (percent === null) return { score: null, met: null, weight };
    return { score: round(weight.times(percent).div(100)), met: indicator.rating === "达成", weight };
  }
  const actual = indicator.actual?.value;
  const target = indicator.target?.value;
  const direction = indicator.direction ?? ">=";
  if (!actual || !target) return { score: null, met: null, weight };
  let met: boolean;
  let ratio: Decimal;
  if (direction === ">=") {
    met = actual.gte(target);
    ratio = met ? new Dec(1) : target.isZero() ? new Dec(0) : actual.div(target);
  } else if (direction === "<=") {
    met = actual.lte(target);
    ratio = met ? new Dec(1) : actual.isZero() ? new Dec(0) : target.div(actual);
  } else {
    met = actual.eq(target);
    const max = Dec.max(actual, target);
    ratio = met ? new Dec(1) : max.isZero() ? new Dec(0) : Dec.min(actual, target).div(max);
  }
  if (ratio.isNegative()) ratio = new Dec(0);
  return { score: round(weight.times(ratio)), met, weight };
}

/** The grade band of a total score. */
export function gradeOf(total: Decimal): Grade {
  for (const band of GRADE_BANDS) if (total.gte(band.min)) return band.grade;
  return "差";
}

/** The cap the overall execution rate (percent) puts on the total score, or null when none applies. */
export function executionCap(overallRate: Decimal): number | null {
  for (const step of EXECUTION_CAPS) if (overallRate.lt(step.below)) return step.cap;
  return null;
}
