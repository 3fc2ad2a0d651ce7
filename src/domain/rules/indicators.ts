/**
 * Rules on 指标评分: weights summing to 100, each reported score within 0..weight, consistent
 * with whether the target was met (unless a deviation note explains it) and equal to the
 * recomputed score; the reported total and grade against the computed ones.
 */
import type Decimal from "decimal.js";
import { findingText } from "../../i18n";
import type { Path } from "../paths";
import type { Dataset } from "../dataset";
import { FigureUnit, finding } from "../findings";
import type { ComputedModel, EvaluationModel, IndicatorModel } from "../model";
import { Dec, formatRate, matchesAtPrecision, plain, reportedText, sum } from "../numbers";
import { GRADE_BANDS, gradeOf, ratingPercent, scoreIndicator } from "../scoring";
import type { FindingSink } from "./common";
import { EXECUTION_POINTS } from "../budget";

const T = findingText;
const M = T.messages;

const num = (d: Decimal) => d.toString();

/** The 实际完成值 the score is on: the linked figure when known, else the typed value. */
const actualOf = (m: IndicatorModel): Decimal => (m.linked ?? m.indicator.actual?.value) as Decimal;

/** How the score was computed, for the message (`10 × 140 ÷ 152`). */
function scoreFormula(m: IndicatorModel): string {
  const ind = m.indicator;
  const w = num(m.weight as Decimal);
  if (ind.kind === "qualitative") {
    const percent = ratingPercent(ind);
    return `${w} × ${percent ? num(percent) : "0"}%（${ind.rating ?? ""}）`;
  }
  if (m.met) return `${T.field.weight} ${w}`;
  const a = num(actualOf(m));
  const t = num(ind.target?.value as Decimal);
  const direction = ind.direction ?? ">=";
  if (direction === ">=") return `${w} × ${a} ÷ ${t}`;
  if (direction === "<=") return `${w} × ${t} ÷ ${a}`;
  const [lo, hi] = actualOf(m).lt(ind.target?.value as Decimal) ? [a, t] : [t, a];
  return `${w} × ${lo} ÷ ${hi}`;
}

function progress(m: IndicatorModel): string {
  const ind = m.indicator;
  if (ind.kind === "qualitative") return M.ratingProgress(ind.rating ?? "");
  const dir = { ">=": "≥", "<=": "≤", "=": "=" }[ind.direction ?? ">="];
  return M.progress(num(actualOf(m)), dir, num(ind.target?.value as Decimal), ind.unit ?? "");
}

/**
 * A typed 实际完成值 that differs from the figure it is linked to (at the typed precision). Returns
 * the score the typed value earns when it differs (a reported score equal to it is this finding's
 * consequence, not another one), else null.
 */
function checkLink(out: FindingSink, m: IndicatorModel): Decimal | null {
  const typed = m.indicator.actual;
  if (m.linked === null || !typed?.value || matchesAtPrecision(typed, m.linked)) return null;
  const link = m.indicator.link;
  const figure = link ? T.linkFigure(link, m.indicator.linkTable) : "";
  const onTyped = scoreIndicator(m.indicator).score;
  const reported = m.indicator.reportedScore;
  const scoredOnTyped =
    onTyped !== null && m.score !== null && reported?.value && matchesAtPrecision(reported, onTyped)
      ? M.indicatorScoreOnTyped(reportedText(reported), plain(m.score))
      : "";
  out.push(
    finding(
      "indicator-figure-mismatch",
      ["indicators", m.index, "actual"],
      M.indicatorFigureMismatch(
        T.subject.indicator(m.indicator.name),
        reportedText(typed),
        figure,
        plain(m.linked),
        m.indicator.unit ?? "",
        scoredOnTyped,
      ),
      { expected: plain(m.linked), reported: reportedText(typed), unit: FigureUnit.percent },
    ),
  );
  return onTyped;
}

function checkIndicator(out: FindingSink, m: IndicatorModel): void {
  const onTyped = checkLink(out, m);
  const ind = m.indicator;
  const reported = ind.reportedScore;
  const weight = m.weight;
  if (!reported || reported.value === null || weight === null) return;
  const path: Path = ["indicators", m.index, "reportedScore"];
  const subject = T.subject.indicator(ind.name);
  const figures = (expected: Decimal | null) => ({
    ...(expected ? { expected: plain(expected) } : {}),
    reported: reportedText(reported),
    unit: FigureUnit.score,
  });
  const score = reported.value;
  if (score.lt(0) || score.gt(weight)) {
    out.push(
      finding(
        "score-over-weight",
        path,
        M.scoreOverWeight(subject, reportedText(reported), num(weight)),
        figures(m.score),
      ),
    );
    return;
  }
  if (m.met === null || m.score === null) return;
  const full = score.eq(weight);
  const noNote = !ind.deviationNote?.trim();
  if (m.met && !full) {
    if (noNote)
      out.push(
        finding(
          "score-inconsistent",
          path,
          M.scoreMetNotFull(subject, progress(m), reportedText(reported), num(weight)),
          figures(m.score),
        ),
      );
    return;
  }
  if (!m.met && full) {
    if (noNote)
      out.push(
        finding(
          "score-inconsistent",
          path,
          M.scoreMissedButFull(subject, progress(m), num(weight)),
          figures(m.score),
        ),
      );
    return;
  }
  // A score on the typed value of a linked indicator is said by indicator-figure-mismatch.
  if (!matchesAtPrecision(reported, m.score) && !(onTyped && matchesAtPrecision(reported, onTyped))) {
    out.push(
      finding(
        "rate-mismatch",
        path,
        M.rateMismatch(subject, T.field.score, reportedText(reported), scoreFormula(m), plain(m.score)),
        figures(m.score),
      ),
    );
  }
}

/** Runs the scoring rules. */
/** The grade bands as the message states them, from the engine's GRADE_BANDS. */
function bandsText(): string {
  return GRADE_BANDS.map((band, i) =>
    T.messages.gradeBand(
      band.grade,
      Number.isFinite(band.min) ? band.min : null,
      GRADE_BANDS[i - 1]?.min ?? band.min,
    ),
  ).join("，");
}

/**
 * A reported score or grade with no indicator table behind it (docs/domain.md §7): it is used as the score,
 * marked as the unit's own, and the clerk verifies it; a reported grade outside the band of the
 * reported score is still a grade-mismatch.
 */
export function checkReportedOnly(out: FindingSink, dataset: Dataset): void {
  const self = dataset.selfEvaluation;
  const score = self?.reportedScore?.value ?? null;
  if (score === null && !self?.reportedGrade) return;
  out.push(
    finding(
      "missing-value",
      ["indicators"],
      M.indicatorsMissing(
        self?.reportedScore && score !== null ? reportedText(self.reportedScore) : null,
        self?.reportedGrade ?? null,
      ),
    ),
  );
  const band = score !== null ? gradeOf(score) : null;
  if (band !== null && self?.reportedGrade && self.reportedGrade !== band)
    out.push(
      finding(
        "grade-mismatch",
        ["selfEvaluation", "reportedGrade"],
        M.gradeMismatch(self.reportedGrade, plain(score as Decimal), band, bandsText()),
        { expected: band, reported: self.reportedGrade },
      ),
    );
}

export function checkEvaluation(out: FindingSink, dataset: Dataset, evaluation: EvaluationModel): void {
  if (!evaluation.weightTotal.eq(100)) {
    // With the department's 年度资金 block, its 10 points are part of the 100: say so, as for a project.
    const message =
      evaluation.execution !== undefined
        ? M.departmentWeightsNot100(
            num(evaluation.weightTotal.minus(EXECUTION_POINTS)),
            EXECUTION_POINTS,
            num(evaluation.weightTotal),
          )
        : M.weightsNot100(num(evaluation.weightTotal));
    out.push(
      finding("weights-not-100", ["indicators"], message, {
        expected: "100",
        reported: num(evaluation.weightTotal),
        unit: FigureUnit.score,
      }),
    );
  }
  for (const m of evaluation.indicators) checkIndicator(out, m);
  // A partial table (weights not 100, or an indicator that cannot be scored) has no total to compare.
  if (!evaluation.complete) return;
  const self = dataset.selfEvaluation;
  const reported = self?.reportedScore;
  if (reported?.value && !matchesAtPrecision(reported, evaluation.finalScore)) {
    const message =
      evaluation.cap !== null && evaluation.overallExecutionRate
        ? M.scoreMismatchCapped(
            reportedText(reported),
            plain(evaluation.finalScore),
            plain(evaluation.scoreTotal),
            formatRate(evaluation.overallExecutionRate),
          )
        : M.scoreMismatch(reportedText(reported), plain(evaluation.finalScore));
    out.push(
      finding("score-mismatch", ["selfEvaluation", "reportedScore"], message, {
        expected: plain(evaluation.finalScore),
        reported: reportedText(reported),
        unit: FigureUnit.score,
      }),
    );
  }
  if (self?.reportedGrade && self.reportedGrade !== evaluation.grade) {
    out.push(
      finding(
        "grade-mismatch",
        ["selfEvaluation", "reportedGrade"],
        M.gradeMismatch(self.reportedGrade, plain(evaluation.finalScore), evaluation.grade, bandsText()),
        { expected: evaluation.grade, reported: self.reportedGrade },
      ),
    );
  }
}

/**
 * The indicators of each fund table's 项目支出绩效自评表 (`indicators[].table`): each checked as the
 * department's are, and the table's weights with the form's 预算执行率 10 points summing to 100
 * (`weights-not-100`, on the table's first indicator's weight, naming the table).
 */
export function checkProjectIndicators(out: FindingSink, model: ComputedModel): void {
  model.projectIndicators?.forEach((list, t) => {
    if (!list.length) return;
    for (const m of list) checkIndicator(out, m);
    const weights = sum(list.map((m) => m.weight ?? new Dec(0)));
    const total = weights.plus(EXECUTION_POINTS);
    if (total.eq(100)) return;
    const title = model.fundTables[t]?.title ?? "";
    out.push(
      finding(
        "weights-not-100",
        ["indicators", list[0].index, "weight"],
        M.projectWeightsNot100(title, num(weights), EXECUTION_POINTS, num(total)),
        { expected: "100", reported: num(total), unit: FigureUnit.score },
      ),
    );
  });
}
