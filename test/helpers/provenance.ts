/**
 * Where the report's numbers come from (docs/domain.md §7): every number in the prose is a figure of the
 * computed model, a figure of the dataset the report states as given (the unit's own text, the
 * indicator table's targets and actual values, a reported score without an indicator table), or
 * computed from figures all of which are present (a 一级指标's weights and scores).
 */
import type Decimal from "decimal.js";
import { Dec, formatAmount, formatRate, type ComputedModel, type Finding } from "../../src/domain";
import { reportText, type ReportPlan } from "../../src/narrative";
import { tightenCjkSpacing } from "../../src/text/spacing";

/** The findings whose statement the drafted 存在的问题 repeats (the item and both figures). */
const DRAFTED_RULES = new Set([
  "rate-mismatch",
  "sum-mismatch",
  "balance-mismatch",
  "score-mismatch",
  "grade-mismatch",
]);

/**
 * Numbers in the report that neither the model, the numbering, the cited document, the unit's own
 * text nor (in the drafted 存在的问题) the engine's own findings explain.
 */
export function unexplainedNumbers(
  plan: ReportPlan,
  model: ComputedModel,
  findings: readonly Finding[] = [],
): string[] {
  const allowed = new Set<string>();
  // The draft states a mismatch as its finding does: the reported figure and the recomputed one.
  for (const f of findings)
    if (DRAFTED_RULES.has(f.rule)) for (const n of f.message.match(/\d[\d,]*(\.\d+)?/g) ?? []) allowed.add(n);
  const add = (d: Decimal | null | undefined) => {
    if (!d) return;
    for (const s of [formatAmount(d), formatRate(d), formatAmount(d, 0), d.toFixed(2), d.toString()])
      allowed.add(s.replace(/%$/, ""));
  };
  const walk = (v: unknown, depth = 0): void => {
    if (depth > 8 || v === null || v === undefined) return;
    if (Dec.isDecimal(v)) return add(v as Decimal);
    if (Array.isArray(v)) return v.forEach((x) => walk(x, depth + 1));
    // Parsed dataset cells are inputs and reported figures, not computed ones: not a source.
    if (typeof v === "object" && "kind" in v && "source" in v) return;
    if (typeof v === "object") for (const x of Object.values(v)) walk(x, depth + 1);
  };
  walk(Object.fromEntries(Object.entries(model).filter(([k]) => k !== "dataset" && k !== "breakdowns")));
  // A breakdown's known items (an unknown one is 0 in the model, never a figure) and the total
  // the report can state (not the sum of incomplete items).
  for (const b of model.breakdowns) {
    add(b.stated);
    for (const i of b.items.filter((x) => x.known)) [i.amount, i.share].forEach(add);
  }
  for (const t of model.fundTables)
    for (const f of [...t.rows, ...t.groups, t.total])
      [f.budget, f.arrived, f.used, f.rate, f.arrivalRate, f.adjusted].forEach(add);
  // A fund table's totals as the report states them (reported, within 尾差: docs/domain.md §2).
  // Where a row's figure is unknown, a 小计/合计 is the unit's reported one, and its rate is on
  // the stated figures (docs/domain.md §7).
  for (const t of model.fundTables)
    for (const s of [t.stated, ...t.groups.map((g) => g.stated)])
      [s.budget, s.arrived, s.used, s.rate, s.arrivalRate, s.adjusted].forEach(add);
  allowed.add(String(model.dataset.unit.year));
  // Staffing counts the report states as given (编制外, 离退休).
  const staff = model.dataset.profile?.staffing;
  [staff?.actualOutOfQuota, staff?.retired, staff?.actualTotal, staff?.actualInQuota].forEach((c) =>
    add(c?.value),
  );
  for (const v of Object.values(model.sangong?.stats ?? {})) allowed.add(String(v));
  // The indicator analysis states the table's own figures (weight, target, actual as written)
  // and, per 一级指标, sums of weights and of scores all of which are present.
  const asWritten = (d: Decimal) => formatAmount(d, d.decimalPlaces());
  const byLevel1 = new Map<string, { weights: Decimal[]; scores: (Decimal | null)[] }>();
  for (const i of model.evaluation?.indicators ?? []) {
    for (const c of [i.indicator.weight, i.indicator.target, i.indicator.actual])
      if (c?.value) allowed.add(asWritten(c.value));
    const g = byLevel1.get(i.indicator.level1) ?? { weights: [], scores: [] };
    if (i.weight) g.weights.push(i.weight);
    g.scores.push(i.score);
    byLevel1.set(i.indicator.level1, g);
  }
  for (const g of byLevel1.values()) {
    allowed.add(asWritten(g.weights.reduce((a, w) => a.plus(w), new Dec(0))));
    if (g.scores.every((x) => x))
      allowed.add(g.scores.reduce((a: Decimal, x) => a.plus(x as Decimal), new Dec(0)).toFixed(2));
  }
  // A score the unit reported without an indicator table is stated as its own.
  if (!model.evaluation && model.dataset.selfEvaluation?.reportedScore?.value)
    allowed.add(model.dataset.selfEvaluation.reportedScore.value.toFixed(2));
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(model.dataset.settings?.reportDate ?? "");
  if (date) date.slice(1).forEach((p) => allowed.add(String(Number(p))));
  // The cited document (中发〔2018〕34号) and list numbering are fixed text.
  ["2018", "34", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"].forEach((s) =>
    allowed.add(s),
  );
  const ds = model.dataset;
  const work = ds.narrative?.selfEvaluationWork ?? {};
  const userText = [
    ds.unit.name,
    ...(ds.profile?.functions ?? []),
    ...(ds.goals ?? []),
    ds.goalsAchieved,
    ds.profile?.organization,
    ds.profile?.staffing?.note,
    ...Object.values(ds.sangong?.items ?? {}).map((i) => i?.note),
    ...[
      ...(ds.narrative?.achievements ?? []),
      ...(ds.narrative?.problems ?? []),
      ...(ds.narrative?.measures ?? []),
    ].flatMap((t) => [t.title, t.text]),
    ds.narrative?.resultApplication,
    ds.narrative?.publicity,
    ds.narrative?.other,
    ds.narrative?.notice?.title,
    ds.narrative?.notice?.documentNumber,
    ...Object.values(work),
    ...Object.values(ds.narrative?.otherFunds ?? {}),
    ...(ds.indicators ?? []).flatMap((i) => [i.name, i.level1, i.unit, i.deviationNote]),
    ...(ds.fundTables ?? []).flatMap((t) => [t.title, ...t.rows.flatMap((r) => [r.name, r.group])]),
    ...(ds.breakdowns ?? []).flatMap((b) => [b.title, ...b.items.map((i) => i.name)]),
  ]
    .filter((s): s is string => Boolean(s))
    // The report prints the unit's text without spaces between Chinese and figures.
    .map((s) => tightenCjkSpacing(s.trim()));
  // List numbering at the start of a line (1.… （2）… 附件：1.…) is not a figure.
  let prose = reportText(plan).replace(/^(附件：)?(\d+\.|（\d+）)/gm, " ");
  for (const s of userText.sort((a, b) => b.length - a.length))
    prose = prose.split(s.replace(/。$/, "")).join(" ");
  const numbers = prose.match(/\d[\d,]*(\.\d+)?/g) ?? [];
  return [...new Set(numbers.filter((n) => !allowed.has(n)))];
}
