/**
 * The checks every area of the dataset shares: a reported total against the sum of its parts
 * (sum-mismatch / 尾差) and a reported rate against the recomputed one at the reported precision,
 * on the right base, on the other base, or on a reported total that differs only by 尾差.
 */
import type Decimal from "decimal.js";
import { findingText } from "../../i18n";
import type { Path } from "../paths";
import { FigureUnit, finding, type Finding, type Severity } from "../findings";
import {
  formatAmount,
  percentMatches,
  percentOf,
  plain,
  reportedText,
  sum,
  sumTolerance,
  type NumCell,
} from "../numbers";

const T = findingText;

/** Collects findings; rule modules push into it. */
export type FindingSink = Finding[];

/** The outcome of comparing a reported total with the sum of its parts. */
export const SumStatus = {
  /** Nothing reported to compare. */
  absent: "absent",
  exact: "exact",
  /** Differs within n × 0.005. */
  rounding: "rounding",
  mismatch: "mismatch",
} as const;
export type SumStatus = (typeof SumStatus)[keyof typeof SumStatus];

export interface TotalCheck {
  readonly path: Path;
  readonly subject: string;
  readonly field: string;
  readonly reported: NumCell | undefined;
  /** The exact sum of the parts. */
  readonly expected: Decimal;
  /** How many parts were summed (0: nothing to compare). */
  readonly parts: number;
}

/** A TotalCheck's sum and count from a list of parts. */
export function partsOf(values: readonly (Decimal | null | undefined)[]): {
  expected: Decimal;
  parts: number;
} {
  const present = values.filter((v): v is Decimal => v !== null && v !== undefined);
  return { expected: sum(present), parts: present.length };
}

/**
 * Compares a reported total with the exact sum of its parts: equal → nothing; within
 * n × 0.005 → `rounding-difference` (info); beyond → `sum-mismatch` (error).
 */
export function checkTotal(out: FindingSink, check: TotalCheck): SumStatus {
  const reported = check.reported?.value;
  if (reported === null || reported === undefined || !check.parts) return SumStatus.absent;
  const { expected, parts: n } = check;
  const diff = reported.minus(expected).abs();
  if (diff.isZero()) return SumStatus.exact;
  const figures = {
    expected: plain(expected),
    reported: reportedText(check.reported as NumCell),
    unit: FigureUnit.amount,
  };
  const tolerance = sumTolerance(n);
  if (diff.lte(tolerance)) {
    out.push(
      finding(
        "rounding-difference",
        check.path,
        T.messages.roundingDifference(
          check.subject,
          check.field,
          formatAmount(reported),
          n,
          formatAmount(expected),
          plain(diff),
        ),
        figures,
      ),
    );
    return SumStatus.rounding;
  }
  out.push(
    finding(
      "sum-mismatch",
      check.path,
      T.messages.sumMismatch(
        check.subject,
        check.field,
        formatAmount(reported),
        n,
        formatAmount(expected),
        plain(diff),
        plain(tolerance, 3),
      ),
      figures,
    ),
  );
  return SumStatus.mismatch;
}

/**
 * The values a denominator or numerator may take: the recomputed one, and the reported one when
 * it differs from it only by 尾差 (a unit may compute a share on its own reported total).
 */
export function alternatives(computed: Decimal, reported: NumCell | undefined, status: SumStatus): Decimal[] {
  const r = reported?.value;
  return status === SumStatus.rounding && r ? [computed, r] : [computed];
}

/** One way of computing a rate: any numerator over any denominator of the lists. */
export interface RateBasis {
  readonly numerators: readonly Decimal[];
  readonly denominators: readonly Decimal[];
  /** Name of the denominator, for the base-mismatch message (预算批复 / 实际到位). */
  readonly name?: string;
}

export interface RateCheck {
  readonly path: Path;
  readonly subject: string;
  /** What the rate is called in the message (执行率, 占比, 完成率…). */
  readonly label: string;
  readonly reported: NumCell | undefined;
  /** The base the rate must be computed on; its first numerator/denominator give the expected value. */
  readonly basis: RateBasis;
  /** The other base: a match there is `rate-base-mismatch` rather than `rate-mismatch`. */
  readonly otherBasis?: RateBasis;
  readonly severity?: Severity;
}

interface Candidate {
  readonly num: Decimal;
  readonly den: Decimal;
}

function candidates(basis: RateBasis): Candidate[] {
  const list: Candidate[] = [];
  for (const num of basis.numerators)
    for (const den of basis.denominators) if (!den.isZero()) list.push({ num, den });
  return list;
}

/** The percent of a candidate; its denominator is never zero. */
const rateOf = (c: Candidate): Decimal => percentOf(c.num, c.den) as Decimal;

const formula = (c: { num: Decimal; den: Decimal }) => T.divide(formatAmount(c.num), formatAmount(c.den));

/**
 * Checks a reported rate (percent) at its reported precision. Returns the finding it made, if any.
 * Nothing is checked when nothing numeric is reported or the rate cannot be computed.
 */
export function checkRate(out: FindingSink, check: RateCheck): Finding | undefined {
  const reported = check.reported;
  if (!reported || reported.value === null) return undefined;
  const own = candidates(check.basis);
  if (!own.length) return undefined;
  if (own.some((c) => percentMatches(reported, c.num, c.den))) return undefined;
  const expected = own[0];
  const expectedRate = rateOf(expected);
  const figures = {
    expected: plain(expectedRate),
    reported: reportedText(reported),
    unit: FigureUnit.percent,
  };
  const other = check.otherBasis ? candidates(check.otherBasis) : [];
  const otherMatch = other.find((c) => percentMatches(reported, c.num, c.den));
  let made: Finding;
  if (otherMatch && check.otherBasis?.name && check.basis.name) {
    made = finding(
      "rate-base-mismatch",
      check.path,
      T.messages.rateBaseMismatch(
        check.subject,
        check.label,
        T.pct(reportedText(reported)),
        check.otherBasis.name,
        formula(otherMatch),
        check.basis.name,
        formula(expected),
        T.pct(plain(expectedRate)),
      ),
      figures,
    );
  } else {
    made = finding(
      "rate-mismatch",
      check.path,
      T.messages.rateMismatch(
        check.subject,
        check.label,
        T.pct(reportedText(reported)),
        formula(expected),
        T.pct(plain(expectedRate)),
      ),
      { ...figures, ...(check.severity ? { severity: check.severity } : {}) },
    );
  }
  out.push(made);
  return made;
}
