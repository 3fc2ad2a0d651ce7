/**
 * The indicator analysis (绩效目标完成情况 / 指标分析), generated from the indicator table: the
 * score of each 一级指标 (dimension) out of its weight, the indicators not met with their target,
 * actual value and the unit's deviation note, and the total score and grade. A score is stated
 * only when every indicator behind it could be scored, and a total only when the weights make 100
 * (docs/domain.md §4, §7); a reported score without an indicator table is stated as the unit's own.
 */
import type Decimal from "decimal.js";
import {
  formatAmount,
  formatRate,
  sum,
  type EvaluationModel,
  type IndicatorModel,
  type NumCell,
} from "../domain";
import { reportText as R } from "../i18n";
import { own, type BlockContext } from "./blocks";
import type { Content } from "./tree";

const I = R.indicators;

/** A score as the report writes it: 2 decimals. */
const score = (d: Decimal) => d.toFixed(2);
/** A weight, target or actual as the unit wrote it (its own decimals, thousands separated). */
const asWritten = (d: Decimal) => formatAmount(d, d.decimalPlaces());
const cell = (c: NumCell | undefined) => (c?.value ? asWritten(c.value) : null);

export interface Dimension {
  readonly level1: string;
  readonly indicators: readonly IndicatorModel[];
  /** Σ weights; null when a weight is missing. */
  readonly weight: Decimal | null;
  /** Σ scores; null when an indicator could not be scored. */
  readonly score: Decimal | null;
}

/** The indicator table by 一级指标, in the order they first appear. */
export function dimensionsOf(ev: EvaluationModel): Dimension[] {
  const groups = new Map<string, IndicatorModel[]>();
  for (const i of ev.indicators) {
    const key = own(i.indicator.level1);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  return [...groups].map(([level1, indicators]) => ({
    level1,
    indicators,
    weight: indicators.every((i) => i.weight) ? sum(indicators.map((i) => i.weight as Decimal)) : null,
    score: indicators.every((i) => i.score) ? sum(indicators.map((i) => i.score as Decimal)) : null,
  }));
}

/**
 * Whether the total score can be stated: every indicator scored, the funding block's 得分 known when it
 * counts, and the weights (with the block's 10) make 100 — the model's `complete`.
 */
export function totalKnown(ev: EvaluationModel): boolean {
  return ev.complete;
}

/** The department form's 预算执行率 得分 as the sentences quote it, when it counts (docs/domain.md §8). */
function executionPart(ev: EvaluationModel): string | null {
  return ev.execution ? score(ev.execution) : null;
}

function dimensionClause(d: Dimension): string {
  return I.dimension(d.level1, d.weight ? asWritten(d.weight) : null, d.score ? score(d.score) : null);
}

/** The sentences of the indicators not met (with the unit's deviation note, or a gap naming it). */
function unmet(d: Dimension, out: Content): boolean {
  const missed = d.indicators.filter((i) => i.met === false);
  for (const i of missed) {
    const ind = i.indicator;
    const name = own(ind.name);
    const weight = i.weight ? asWritten(i.weight) : null;
    const s = i.score ? score(i.score) : null;
    let text: string;
    if (ind.kind === "qualitative") text = I.unmetRating(name, ind.rating ?? "", s, weight);
    else {
      const unit = own(ind.unit);
      const target = cell(ind.target);
      // A linked indicator's 实际完成值 is the figure the engine computed (its score is on it).
      const actual = i.linked ? i.linked.toFixed(2) : cell(ind.actual);
      if (!target || !actual) continue;
      text = I.unmet(
        name,
        `${I.directions[ind.direction ?? ">="]}${target}${unit}`,
        `${actual}${unit}`,
        s,
        weight,
      );
    }
    const note = own(ind.deviationNote);
    out.paragraph(
      note
        ? [{ text: text + I.deviation(note) }]
        : [{ text }, { text: R.gap(R.gaps.deviation), placeholder: true }],
    );
  }
  return missed.length > 0;
}

/** 湖南 六、: the score of each dimension in one sentence, then the indicators not met. */
export function indicatorSummary(ctx: BlockContext, out: Content): void {
  const ev = ctx.model.evaluation;
  if (!ev) return;
  const dims = dimensionsOf(ev);
  out.paragraph(I.dimensions(dims.map(dimensionClause).join("；")));
  if (!dims.some((d) => d.indicators.some((i) => i.met === false))) {
    if (dims.every((d) => d.indicators.every((i) => i.met === true))) out.paragraph(I.allMet);
    return;
  }
  out.paragraph(I.unmetLead);
  for (const d of dims) unmet(d, out);
}

/** 湖北 三、 / 广东 （二）: a subsection per dimension with its score and the indicators not met. */
export function indicatorDimensions(ctx: BlockContext, out: Content): void {
  const ev = ctx.model.evaluation;
  if (!ev) return;
  for (const d of dimensionsOf(ev))
    out.section(R.headings.dimension(d.level1), (c) => {
      c.paragraph(`${dimensionClause(d)}。`);
      if (!unmet(d, c) && d.indicators.every((i) => i.met === true)) c.paragraph(I.allMet);
    });
}

/** The reported score and grade, where there is no indicator table to compute them from. */
function reported(ctx: BlockContext, out: Content): void {
  const se = ctx.dataset.selfEvaluation;
  const s = se?.reportedScore?.value;
  if (!s && !se?.reportedGrade) return;
  out.paragraph(R.reportedScore(ctx.year, ctx.who, s ? score(s) : null, se?.reportedGrade ?? null));
}

/** What follows the total: the cap the overall rate put on it, with the 预算执行率 得分 in the sum. */
function capNote(ev: EvaluationModel): string {
  return ev.cap !== null && ev.overallExecutionRate
    ? R.scoreCapped(
        score(ev.scoreTotal),
        formatRate(ev.overallExecutionRate),
        String(ev.cap),
        executionPart(ev),
      )
    : "";
}

/** The 预算执行率 得分 the total sentence quotes: in the total when not capped, else in the cap note. */
function executionInTotal(ev: EvaluationModel): string | null {
  return ev.cap === null ? executionPart(ev) : null;
}

/** The score and grade sentence that opens 六、 (湖南) or 自评结果 (广东). */
export function scoreSentence(ctx: BlockContext, out: Content): void {
  const ev = ctx.model.evaluation;
  if (!ev) return reported(ctx, out);
  if (!totalKnown(ev)) return;
  out.paragraph(
    R.score(ctx.year, ctx.who, score(ev.finalScore), ev.grade, executionInTotal(ev)) + capNote(ev),
  );
}

/** The closing sentence of the indicator analysis: total and grade (湖北 三、). */
export function scoreClosing(ctx: BlockContext, out: Content): void {
  const ev = ctx.model.evaluation;
  if (!ev) return reported(ctx, out);
  if (!totalKnown(ev)) return;
  out.paragraph(
    R.scoreClosing(ctx.year, ctx.who, score(ev.finalScore), ev.grade, executionInTotal(ev)) + capNote(ev),
  );
}
