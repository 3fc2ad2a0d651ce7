/**
 * Rules on “三公”经费: totals against categories (尾差 allowed), 完成率 per category and in total,
 * shares of the actual total (also accepted on a reported total that differs only by 尾差), and
 * over-budget, which is an error for 三公.
 */
import type Decimal from "decimal.js";
import { findingText } from "../../i18n";
import type { Path } from "../paths";
import type { Dataset, SangongKey } from "../dataset";
import { FigureUnit, finding, Severity } from "../findings";
import { rateOf, type SangongCategoryModel, type SangongFigures, type SangongModel } from "../model";
import { BudgetBasis, sangongBudgetInForce, type BudgetInForce } from "../budget";
import { formatAmount, formatRate, plain } from "../numbers";
import { alternatives, checkRate, checkTotal, partsOf, type FindingSink } from "./common";

const T = findingText;
const F = T.field;

/**
 * 决算数 over the budget in force: 全年预算数 when given (`force`), else 预算数 (年初). The message
 * says which one it compared with.
 */
function overBudget(
  out: FindingSink,
  path: Path,
  subject: string,
  figures: SangongFigures,
  force: BudgetInForce | null,
): void {
  const budget = force?.budget ?? null;
  if (figures.actual === null || budget === null || !figures.actual.gt(budget)) return;
  const rate = rateOf(figures.actual, budget);
  out.push(
    finding(
      "over-budget",
      path,
      T.messages.overBudgetSangong(
        subject,
        T.wan(formatAmount(figures.actual)),
        T.wan(formatAmount(budget)),
        rate ? formatRate(rate) : null,
        force?.basis === BudgetBasis.adjusted,
      ),
      {
        expected: plain(budget),
        reported: plain(figures.actual),
        unit: FigureUnit.amount,
        severity: Severity.error,
      },
    ),
  );
}

/** Runs every 三公 rule. */
export function checkSangong(out: FindingSink, dataset: Dataset, model: SangongModel): void {
  const sg = dataset.sangong;
  if (!sg) return;
  const reported = sg.reported ?? {};
  // A total is checked against its parts only when every part is known (docs/domain.md §7).
  const parts = model.totalParts.map((k) => model.categories.find((c) => c.key === k));
  const present = (field: "budget" | "actual"): Decimal[] =>
    model.total[field] === null ? [] : parts.map((c) => c?.[field] as Decimal);
  const subjectTotal = T.subject.sangongTotal;
  const budgetStatus = checkTotal(out, {
    path: ["sangong", "reported", "budget"],
    subject: subjectTotal,
    field: F.sangongBudget,
    reported: reported.budget,
    ...partsOf(present("budget")),
  });
  const actualStatus = checkTotal(out, {
    path: ["sangong", "reported", "actual"],
    subject: subjectTotal,
    field: F.sangongActual,
    reported: reported.actual,
    ...partsOf(present("actual")),
  });
  const totalActuals = model.total.actual
    ? alternatives(model.total.actual, reported.actual, actualStatus)
    : [];
  const totalBudgets = model.total.budget
    ? alternatives(model.total.budget, reported.budget, budgetStatus)
    : [];
  checkRate(out, {
    path: ["sangong", "reported", "rate"],
    subject: subjectTotal,
    label: F.completionRate,
    reported: reported.rate,
    basis: { numerators: totalActuals, denominators: totalBudgets },
  });
  const categories: SangongCategoryModel[] = [...model.categories];
  if (model.vehicle?.parts) categories.unshift(model.vehicle);
  for (const c of categories) {
    const key: SangongKey = c.key;
    const subject = T.subject.sangong(T.sangong[key]);
    if (!c.parts) overBudget(out, ["sangong", "items", key], subject, c, sangongBudgetInForce(sg.items[key]));
    checkRate(out, {
      path: ["sangong", "reported", "rates", key],
      subject,
      label: F.completionRate,
      reported: reported.rates?.[key],
      basis: { numerators: c.actual ? [c.actual] : [], denominators: c.budget ? [c.budget] : [] },
    });
    checkRate(out, {
      path: ["sangong", "reported", "shares", key],
      subject,
      label: F.share,
      reported: reported.shares?.[key],
      basis: { numerators: c.actual ? [c.actual] : [], denominators: totalActuals },
    });
  }
  overBudget(out, ["sangong", "items"], subjectTotal, model.total, totalInForce(dataset, model));
}

/**
 * The total's budget in force: the sum of each category's (全年, else 年初), as the model sums it —
 * said to be 全年 when any category in the total has a 全年预算数.
 */
function totalInForce(dataset: Dataset, model: SangongModel): BudgetInForce | null {
  if (model.total.budget === null) return null;
  const adjusted = model.totalParts.some((k) => dataset.sangong?.items[k]?.adjustedBudget?.value);
  return { budget: model.total.budget, basis: adjusted ? BudgetBasis.adjusted : BudgetBasis.initial };
}
