/**
 * The budget model behind the 自评表 forms (docs/domain.md §8): 年初预算数, 全年预算数 (after 追加/调减)
 * and 全年执行数 for the department, per fund table and per 三公 category; the 执行率 and its
 * 10-point 得分 of a form's funding block; and the figures an indicator's 实际完成值 may be linked
 * to. Pure, exact (decimal.js); unknown stays unknown (null), never 0.
 */
import type Decimal from "decimal.js";
import {
  DEPARTMENT_FUNDING_LINES,
  FUND_LINKS,
  PROJECT_FUNDING_LINES,
  type BudgetLineOf,
  type Dataset,
  type DepartmentFundingLine,
  type FundTable,
  type Grade,
  type Indicator,
  type ProjectFundingLine,
  type SangongItem,
} from "./dataset";
import type { ComputedModel, FundTableModel, Rate } from "./model";
import { Dec, round, sum, type NumCell } from "./numbers";
import { gradeOf, type IndicatorScore } from "./scoring";

/** The points of a form's 预算执行率 row (财预〔2020〕10号). */
export const EXECUTION_POINTS = 10;

/** Which budget a figure was compared with: 全年预算数 when given, else 年初预算数. */
export const BudgetBasis = { adjusted: "adjusted", initial: "initial" } as const;
export type BudgetBasis = (typeof BudgetBasis)[keyof typeof BudgetBasis];

/** The budget an actual is compared with, and which one it is; null when neither is given. */
export interface BudgetInForce {
  readonly budget: Decimal;
  readonly basis: BudgetBasis;
}

/** 全年预算数 when it holds a number, else 年初预算数 when it does, else null. */
export function budgetInForce(
  initial: Decimal | null | undefined,
  adjusted: Decimal | null | undefined,
): BudgetInForce | null {
  if (adjusted) return { budget: adjusted, basis: BudgetBasis.adjusted };
  if (initial) return { budget: initial, basis: BudgetBasis.initial };
  return null;
}

/** The budget a 三公 category's 决算数 is held to: its 全年预算数, else its 预算数 (年初). */
export function sangongBudgetInForce(item: SangongItem | undefined): BudgetInForce | null {
  return budgetInForce(item?.budget?.value, item?.adjustedBudget?.value);
}

/** One computed line of a funding block. */
export interface BudgetLineModel {
  readonly initial: Decimal | null;
  readonly adjusted: Decimal | null;
  readonly actual: Decimal | null;
  /** 执行率 = 全年执行数 ÷ 全年预算数 (÷ 年初预算数 when no 全年 is known), in percent. */
  readonly rate: Rate;
  /** Which budget the rate is on; null when none is known. */
  readonly basis: BudgetBasis | null;
}

/**
 * The figures of a line: `rate` on the budget in force, rounded half-up to 2 decimals; with
 * `adjustedOnly`, on 全年预算数 alone (unknown without it).
 */
export function budgetLine(
  initial: Decimal | null,
  adjusted: Decimal | null,
  actual: Decimal | null,
  adjustedOnly = false,
): BudgetLineModel {
  const force = adjustedOnly ? budgetInForce(null, adjusted) : budgetInForce(initial, adjusted);
  const rate = force && actual && !force.budget.isZero() ? round(actual.div(force.budget).times(100)) : null;
  return { initial, adjusted, actual, rate, basis: force?.basis ?? null };
}

/** A form's 执行率 得分: min(执行率, 100 %) × 10, half-up to 2 decimals; null when the rate is unknown. */
export function executionScore(rate: Rate): Decimal | null {
  if (rate === null) return null;
  return round(Dec.min(rate, 100).times(EXECUTION_POINTS).div(100));
}

type FundingLineCells = BudgetLineOf<NumCell> | undefined;
type Figure = keyof BudgetLineOf<NumCell>;

/** The given figure, else the sum of the parts' — only when every part given has it. */
function figureOf(
  total: FundingLineCells,
  parts: readonly FundingLineCells[],
  figure: Figure,
): Decimal | null {
  const given = total?.[figure]?.value;
  if (given) return given;
  const present = parts.filter((p) => p !== undefined);
  if (!present.length) return null;
  const values = present.map((p) => p?.[figure]?.value ?? null);
  return values.every((v): v is Decimal => v !== null) ? sum(values) : null;
}

/** 项目资金 of a fund table's 项目支出绩效自评表. */
export interface ProjectFundingModel {
  readonly lines: Readonly<Record<ProjectFundingLine, BudgetLineModel>>;
  /** The 执行率 得分 of the 年度资金总额 line (10 points). */
  readonly score: Decimal | null;
  /** Whether the dataset gave a funding block (else the lines come from the fund table alone). */
  readonly given: boolean;
  /**
   * The lines as the report states them (its 项目支出绩效自评表, beside the prose): a block given is
   * `lines`; a table's own totals are its stated ones (`FundTableModel.stated`: the unit's reported
   * 合计 within 尾差 of the rows, or where a row's figure is unknown), so the form says what the
   * prose says. `lines` stay the computed figures the sheet's formulas give.
   */
  readonly stated: Readonly<Record<ProjectFundingLine, BudgetLineModel>>;
  /** The 执行率 得分 of the stated 年度资金总额 line. */
  readonly statedScore: Decimal | null;
}

/**
 * The funding block of a fund table: its lines as given; 年度资金总额 from the sources when not
 * given; and, with no figure at all, 年初预算数 the table's total 预算批复, 全年预算数 the sum of its
 * rows' 全年预算数 (when every row's is known) and 全年执行数 its total 实际使用 (the figures the table
 * itself holds).
 */
export function projectFundingModel(table: FundTable, model: FundTableModel): ProjectFundingModel {
  const f = table.funding ?? {};
  const sources = (["current", "carryover", "other"] as const).map((k) => f[k]);
  const line = (k: ProjectFundingLine) =>
    budgetLine(f[k]?.initial?.value ?? null, f[k]?.adjusted?.value ?? null, f[k]?.actual?.value ?? null);
  const initial = figureOf(f.total, sources, "initial") ?? (table.funding ? null : model.total.budget);
  // With no block, 全年预算数 is the rows' sum when every row's is known (else unknown).
  const adjusted = figureOf(f.total, sources, "adjusted") ?? (table.funding ? null : model.total.adjusted);
  const actual = figureOf(f.total, sources, "actual") ?? model.total.used;
  // A table with 全年预算数 and no block: the rate on its 全年 合计 alone, as the fund sheet's 合计 rate
  // (unknown while a row's 全年 is — not on the 年初 sum after some rows were 追加).
  const adjustedOnly = !table.funding && model.hasAdjusted;
  const total = budgetLine(initial, adjusted, actual, adjustedOnly);
  const lines = Object.fromEntries(
    PROJECT_FUNDING_LINES.map((k) => [k, k === "total" ? total : line(k)]),
  ) as Record<ProjectFundingLine, BudgetLineModel>;
  const score = executionScore(total.rate);
  if (table.funding !== undefined) return { lines, score, given: true, stated: lines, statedScore: score };
  // The table's own totals as stated; the rate is the engine's where it is known (as the prose's).
  const s = model.stated;
  const fromStated = budgetLine(s.budget, s.adjusted, s.used, adjustedOnly);
  const statedTotal: BudgetLineModel = {
    ...fromStated,
    rate: total.rate ?? fromStated.rate,
    basis: total.rate !== null ? total.basis : fromStated.basis,
  };
  return {
    lines,
    score,
    given: false,
    stated: { ...lines, total: statedTotal },
    statedScore: executionScore(statedTotal.rate),
  };
}

/** 年度资金总额 of the department's 部门整体支出绩效自评表. */
export interface DepartmentFundingModel {
  readonly lines: Readonly<Record<DepartmentFundingLine, BudgetLineModel>>;
  readonly score: Decimal | null;
}

/** The department's funding block: 年度资金总额 as given, else the sum of 按收入性质's lines. */
export function departmentFundingModel(dataset: Dataset): DepartmentFundingModel | undefined {
  const f = dataset.funding;
  if (!f) return undefined;
  const bySource = (["generalPublic", "governmentFund", "specialAccount", "other"] as const).map((k) => f[k]);
  const lines = Object.fromEntries(
    DEPARTMENT_FUNDING_LINES.map((k) => {
      const pick = (figure: Figure) =>
        k === "total" ? figureOf(f.total, bySource, figure) : (f[k]?.[figure]?.value ?? null);
      return [k, budgetLine(pick("initial"), pick("adjusted"), pick("actual"))];
    }),
  ) as Record<DepartmentFundingLine, BudgetLineModel>;
  return { lines, score: executionScore(lines.total.rate) };
}

/** “三公经费”控制率: Σ 决算数 ÷ Σ budget in force (全年 else 年初) of the categories in the total. */
export function sangongControlRate(model: ComputedModel): Rate {
  const sg = model.dataset.sangong;
  const total = model.sangong;
  if (!sg || !total || total.total.actual === null) return null;
  const budgets = total.totalParts
    .filter((k) => sg.items[k]?.actual?.value)
    .map((k) => sangongBudgetInForce(sg.items[k])?.budget ?? null);
  if (!budgets.length || budgets.some((b) => b === null)) return total.total.rate;
  const base = sum(budgets as Decimal[]);
  return base.isZero() ? null : round(total.total.actual.div(base).times(100));
}

/** The fund table an indicator's link names (by id), or undefined. */
export function linkedTable(model: ComputedModel, indicator: Indicator): FundTableModel | undefined {
  const id = indicator.linkTable?.trim();
  return id ? model.fundTables.find((t) => t.id === id) : undefined;
}

/**
 * The figure an indicator's 实际完成值 is linked to, in percent; null when it has no link or the
 * figure is unknown (a fund link naming no table of the dataset is unknown too).
 */
export function linkedFigure(model: ComputedModel, indicator: Indicator): Rate {
  const link = indicator.link;
  if (!link) return null;
  if (FUND_LINKS.has(link)) {
    const table = linkedTable(model, indicator);
    if (!table) return null;
    return link === "fundExecutionRate" ? table.total.rate : table.total.arrivalRate;
  }
  switch (link) {
    case "staffControlRate":
      return model.staffing?.controlRate ?? null;
    case "sangongControlRate":
      return sangongControlRate(model);
    case "publicFundsControlRate":
      return model.basicExpenditure?.publicFundsRate ?? null;
    case "budgetCompletionRate":
      return departmentFundingModel(model.dataset)?.lines.total.rate ?? null;
    default:
      return null;
  }
}

/**
 * The indicator as it is scored: a linked indicator whose figure is known scores on that figure
 * (the typed 实际完成值 is then only checked against it, `indicator-figure-mismatch`).
 */
export function asScored(model: ComputedModel, indicator: Indicator): Indicator {
  const figure = linkedFigure(model, indicator);
  if (figure === null) return indicator;
  const source = figure.toFixed(2);
  return {
    ...indicator,
    actual: { kind: "number", value: figure, source, decimals: 2, percent: false },
  };
}

/** A form's 总分 line: the points it is out of, and the score and grade when they stand. */
export interface FormTotal {
  /**
   * Σ indicator weights (a missing weight counts nothing), + 10 when the form has a funding block;
   * null for a form with neither (nothing to add up).
   */
  readonly weights: Decimal | null;
  /** Σ rounded indicator scores + the 执行率 得分; null unless every part is known. */
  readonly score: Decimal | null;
  readonly grade: Grade | null;
}

/**
 * The sums behind a form's 总分 (docs/domain.md §8) — one arithmetic for the forms and the department's
 * evaluation: the indicators' weights (a missing weight counts nothing) and rounded scores (an
 * unknown one counts nothing), plus, when the form carries the funding block (`execution` not
 * undefined), its 10 points and its 执行率 得分.
 */
export interface FormSums {
  /** Σ indicator weights, + 10 with a funding block. */
  readonly weights: Decimal;
  /** Σ known indicator scores, + the 执行率 得分 when known. */
  readonly score: Decimal;
  /** Whether every part of the score is known: some indicator, each scored, the block's 得分 not unknown. */
  readonly known: boolean;
}

/** Adds up a form's weights and scores with its funding block's 10 points and 得分 (see {@link FormSums}). */
export function formSums(list: readonly IndicatorScore[], execution?: Decimal | null): FormSums {
  const withBlock = execution !== undefined;
  return {
    weights: sum(list.map((m) => m.weight ?? new Dec(0))).plus(withBlock ? EXECUTION_POINTS : 0),
    score: sum(list.map((m) => m.score ?? new Dec(0))).plus(execution ?? 0),
    known: list.length > 0 && list.every((m) => m.score !== null) && execution !== null,
  };
}

/**
 * The 总分 of a 自评表 form (docs/domain.md §8): the indicators' rounded scores plus, when the form carries
 * the 项目资金 block (`execution` not undefined), its 执行率 得分. Unknown is not zero: with no
 * indicator, an indicator not scored, or the block's 得分 unknown, there is no total and no grade
 * (an empty form never shows 0.00 / 差).
 */
export function formTotal(list: readonly IndicatorScore[], execution?: Decimal | null): FormTotal {
  const sums = formSums(list, execution);
  const weights = list.length || execution !== undefined ? sums.weights : null;
  if (!sums.known) return { weights, score: null, grade: null };
  return { weights, score: sums.score, grade: gradeOf(sums.score) };
}
