/**
 * The computed model: every figure of docs/domain.md §3 recomputed with decimal.js from the dataset's
 * inputs (never from its `reported…` fields). The workbook plans and the narrative consume it.
 * Amounts are exact sums of 2-decimal inputs; rates and shares are percent rounded half-up to
 * 2 decimals, or null when their denominator is zero or missing.
 */
import type Decimal from "decimal.js";
import type {
  BreakdownBase,
  Dataset,
  FundDimension,
  FundSubtotalOf,
  FundTable,
  Grade,
  Indicator,
  RateBase,
  SangongItem,
  SangongKey,
  SangongStats,
} from "./dataset";
import { Dec, percentOf, ratePercentUnits, round, sum, sumTolerance, unitsOf, type NumCell } from "./numbers";
import { executionCap, gradeOf, scoreIndicator, type IndicatorScore } from "./scoring";
import {
  asScored,
  departmentFundingModel,
  formSums,
  linkedFigure,
  projectFundingModel,
  type DepartmentFundingModel,
  type ProjectFundingModel,
} from "./budget";

const ZERO = new Dec(0);

/** Default 低执行率 threshold, in percent (docs/domain.md §5). */
export const DEFAULT_LOW_EXECUTION_THRESHOLD = 60;

/** A rate in percent rounded to 2 decimals, or null when it cannot be computed. */
export type Rate = Decimal | null;

/** `part / whole` in percent, rounded half-up to 2 decimals. */
export function rateOf(part: Decimal | null | undefined, whole: Decimal | null | undefined): Rate {
  if (!part || !whole) return null;
  const p = percentOf(part, whole);
  return p === null ? null : round(p);
}

/**
 * A known amount (docs/domain.md §7): the number, 0 for a dash the unit wrote (nil), null when the field
 * is absent, blank or not a number — unknown, never 0.
 */
export function amountOf(cell: NumCell | undefined): Decimal | null {
  if (!cell) return null;
  if (cell.kind === "dash") return ZERO;
  return cell.value;
}

/** The sum of `values` when every one is known; null when any is unknown (docs/domain.md §7). */
export function sumKnown(values: readonly (Decimal | null | undefined)[]): Decimal | null {
  let total = ZERO;
  for (const v of values) {
    if (v === null || v === undefined) return null;
    total = total.plus(v);
  }
  return total;
}

/**
 * The total the report states (docs/domain.md §2, §7): the unit's reported total when the parts are not
 * all known, or when it differs from their sum only by 尾差 (n × 0.005 — it is the 决算's own
 * figure); else the sum of the parts (beyond 尾差 the unit must fix its numbers and the report
 * keeps the recomputed sum). Null when neither is known.
 * @param computed the sum of the parts, null when one is unknown.
 * @param parts how many parts the sum has (the 尾差 tolerance).
 */
export function statedTotal(
  computed: Decimal | null,
  reported: NumCell | undefined,
  parts: number,
): Decimal | null {
  const given = reported?.value ?? null;
  if (given === null) return computed;
  if (computed === null) return given;
  return given.minus(computed).abs().lte(sumTolerance(parts)) ? given : computed;
}

/** The sum of the cells that hold a number; null when none does. */
export function sumPresent(cells: readonly (NumCell | undefined)[]): Decimal | null {
  const values = cells.map((c) => c?.value).filter((v): v is Decimal => v !== null && v !== undefined);
  return values.length ? sum(values) : null;
}

export interface FundFigures {
  /** null when unknown (docs/domain.md §7): a blank 预算批复, or a sum with a blank part. */
  readonly budget: Decimal | null;
  /** null when the table (or row) has no 实际到位, or a sum has a row without one. */
  readonly arrived: Decimal | null;
  /** null when unknown: a blank 实际使用, or a sum with a blank part. */
  readonly used: Decimal | null;
  /**
   * 全年预算数 (docs/domain.md §8): a row's when it holds a number (0 for a dash); a sum's only when
   * every row's is known — a blank one makes the sum unknown, not smaller; null when no row has one.
   */
  readonly adjusted: Decimal | null;
  readonly arrivalRate: Rate;
  /** 预算执行率 on the table's base: on 全年预算数 when it is known, else on 预算批复 (年初). */
  readonly rate: Rate;
}

export interface FundRowModel extends FundFigures {
  readonly index: number;
  readonly group: string | undefined;
  readonly name: string;
  /** 实际使用 was written as a dash (or the report printed one): shown as "-", counted as 0. */
  readonly usedIsNil: boolean;
}

export interface FundGroupModel extends FundFigures {
  readonly group: string;
  readonly rowIndices: readonly number[];
  /** The 小计 the report states: the sums, or the unit's reported 小计 where a part is unknown (docs/domain.md §2, §7). */
  readonly stated: FundStated;
}

export interface FundTableModel {
  readonly index: number;
  readonly id: string;
  readonly title: string;
  readonly dimension: FundDimension;
  readonly rateBase: RateBase;
  /** Some row has a 实际到位 (the column is shown; a sum is known only when every row has one). */
  readonly hasArrived: boolean;
  /**
   * Some row, 小计 or the 合计 has a 全年预算数 cell (even a blank one): the sheet shows the column and
   * the over-budget messages say which budget they compared with.
   */
  readonly hasAdjusted: boolean;
  readonly rows: readonly FundRowModel[];
  /** Groups in order of first appearance; empty when no row has a group. */
  readonly groups: readonly FundGroupModel[];
  readonly total: FundFigures;
  /** The totals the report states: the unit's reported ones where they are within 尾差 (docs/domain.md §2). */
  readonly stated: FundStated;
  /**
   * The rows' amounts in whole cents, by row index, for the check's fast path; null when one does
   * not fit (more than 2 decimals, or beyond a safe integer).
   */
  readonly cents: FundRowCents | null;
}

/** The amounts of a fund table's rows in whole cents of 万元, by row index. */
export interface FundRowCents {
  /** 0 for a dash the unit wrote; NaN where the figure is unknown (blank or not a number). */
  readonly budget: Float64Array;
  /** NaN where the row has no 实际到位. */
  readonly arrived: Float64Array;
  /** 0 for a dash the unit wrote; NaN where the figure is unknown (blank or not a number). */
  readonly used: Float64Array;
  /** 全年预算数: 0 for a dash, NaN where the row has none (absent, blank or not a number). */
  readonly adjusted: Float64Array;
}

/** A fund table's (or group's) totals as the report states them (see {@link statedTotal}); null when unknown. */
export interface FundStated {
  readonly budget: Decimal | null;
  readonly arrived: Decimal | null;
  readonly used: Decimal | null;
  /** 全年预算数: the sum where every row's is known (the reported one within 尾差), else the reported one. */
  readonly adjusted: Decimal | null;
  /** 执行率 on the table's base: the sums' rate when known, else the stated figures' own. */
  readonly rate: Rate;
  /** 资金到位率: the sums' rate when known, else the stated figures' own. */
  readonly arrivalRate: Rate;
}

/**
 * The base of a fund 执行率 (docs/domain.md §3, §8): 实际到位 on a table on 到位; else the budget in
 * force — 全年预算数 when known, else 预算批复 (年初) — or, with `adjustedOnly` (a 小计/合计 of a table
 * with 全年预算数), the 全年 figure alone. For Decimals and whole cents alike; null when unknown.
 */
export function fundRateBase<T>(
  f: { readonly budget: T | null; readonly arrived: T | null; readonly adjusted: T | null },
  rateBase: RateBase,
  adjustedOnly: boolean,
): T | null {
  if (rateBase === "arrived") return f.arrived;
  return adjustedOnly ? f.adjusted : (f.adjusted ?? f.budget);
}

/**
 * The stated figures of a 小计 or 合计 (docs/domain.md §2, §7): each the sum of its rows where every row's
 * figure is known (the unit's reported one instead when within 尾差), else the reported one, else
 * unknown; the rates from the sums when they are known, else from the stated figures.
 * @param parts how many rows the sums have (the 尾差 tolerance).
 */
export function statedFundFigures(
  computed: FundFigures,
  reported: { budget?: NumCell; arrived?: NumCell; used?: NumCell; adjustedBudget?: NumCell } | undefined,
  parts: number,
  rateBase: RateBase,
  hasArrived: boolean,
  adjustedOnly = false,
): FundStated {
  const budget = statedTotal(computed.budget, reported?.budget, parts);
  const arrived = hasArrived ? statedTotal(computed.arrived, reported?.arrived, parts) : null;
  const used = statedTotal(computed.used, reported?.used, parts);
  const adjusted = statedTotal(computed.adjusted, reported?.adjustedBudget, parts);
  // A 全年预算数 the unit stated where the rows' is unknown: the rate is on it, as the sums' would be.
  const onStatedAdjusted = rateBase !== "arrived" && computed.adjusted === null && adjusted !== null;
  return {
    budget,
    arrived,
    used,
    adjusted,
    rate: onStatedAdjusted
      ? rateOf(used, adjusted)
      : (computed.rate ?? rateOf(used, fundRateBase({ budget, arrived, adjusted }, rateBase, adjustedOnly))),
    arrivalRate: computed.arrivalRate ?? rateOf(arrived, budget),
  };
}

/**
 * Figures whose rates are computed on first read (then kept): a 100,000-row check reads the
 * sums but few rates, and each rate costs a decimal division. Rates are getters on the
 * prototype: read them by name (a spread copy of a row does not carry them).
 */
class LazyFundFigures implements FundFigures {
  private cachedArrivalRate: Rate | undefined;
  private cachedRate: Rate | undefined;

  constructor(
    readonly budget: Decimal | null,
    readonly arrived: Decimal | null,
    readonly used: Decimal | null,
    readonly adjusted: Decimal | null,
    private readonly rateBase: RateBase,
    /** The same amounts in whole cents when they fit (the rates then divide integers). */
    private readonly cents: Cents | null = null,
    /**
     * A sum on a table with 全年预算数: its rate is on the 全年 sum alone — unknown while a row's 全年
     * is (a row falls back to its 预算批复, the message saying so; a sum stated without a basis cannot).
     */
    private readonly adjustedOnly = false,
  ) {}

  get arrivalRate(): Rate {
    if (this.cachedArrivalRate === undefined)
      this.cachedArrivalRate =
        (this.cents && rateOfCents(this.cents.arrived, this.cents.budget)) ??
        rateOf(this.arrived, this.budget);
    return this.cachedArrivalRate;
  }

  get rate(): Rate {
    if (this.cachedRate === undefined) {
      const c = this.cents;
      this.cachedRate =
        (c && rateOfCents(c.used, fundRateBase(c, this.rateBase, this.adjustedOnly))) ??
        rateOf(this.used, fundRateBase(this, this.rateBase, this.adjustedOnly));
    }
    return this.cachedRate;
  }
}

/** Amounts of a row or a set of rows in whole cents of 万元 (null: unknown, or no 实际到位). */
interface Cents {
  readonly budget: number | null;
  readonly arrived: number | null;
  readonly used: number | null;
  readonly adjusted: number | null;
}

/** `rateOf` on whole cents (the same rate), or undefined when the Decimals must divide. */
function rateOfCents(part: number | null, whole: number | null): Rate | undefined {
  if (part === null || whole === null || whole === 0) return null;
  return ratePercentUnits(part, whole) ?? undefined;
}

class FundRowFigures extends LazyFundFigures implements FundRowModel {
  constructor(
    budget: Decimal | null,
    arrived: Decimal | null,
    used: Decimal | null,
    adjusted: Decimal | null,
    rateBase: RateBase,
    readonly index: number,
    readonly group: string | undefined,
    readonly name: string,
    readonly usedIsNil: boolean,
    cents: Cents | null,
  ) {
    super(budget, arrived, used, adjusted, rateBase, cents);
  }
}

class FundGroupFigures extends LazyFundFigures implements FundGroupModel {
  constructor(
    sums: Sums,
    private readonly base: RateBase,
    readonly group: string,
    private readonly reported: FundSubtotalOf<NumCell> | undefined,
    private readonly hasArrived: boolean,
    private readonly onAdjusted: boolean,
  ) {
    super(...sums.known(), base, sums.knownCents(), onAdjusted);
    this.rowIndices = sums.rowIndices;
  }

  readonly rowIndices: readonly number[];

  get stated(): FundStated {
    const n = this.rowIndices.length;
    return statedFundFigures(this, this.reported, n, this.base, this.hasArrived, this.onAdjusted);
  }
}

/** How many rows of a sum have each figure unknown (docs/domain.md §7): a sum with one is unknown. */
interface Unknowns {
  budget: number;
  arrived: number;
  used: number;
  /** 全年预算数: absent too (a sum is known only when every row has one). */
  adjusted: number;
}

/** Running sums of a set of rows. */
class Sums {
  budget: Decimal = ZERO;
  arrived: Decimal | null = null;
  used: Decimal = ZERO;
  adjusted: Decimal = ZERO;
  /** Rows whose 全年预算数 is known (a sum of none is no 全年预算数). */
  adjustedKnown = 0;
  /** The same sums in whole cents, when they were added so. */
  cents: Cents | null = null;
  /** Rows whose figure is unknown (blank or not a number; for 实际到位 and 全年预算数, also absent). */
  unknown: Unknowns = { budget: 0, arrived: 0, used: 0, adjusted: 0 };

  constructor(readonly rowIndices: number[] = []) {}

  add(
    index: number,
    budget: Decimal | null,
    arrived: Decimal | null,
    used: Decimal | null,
    adjusted: Decimal | null,
  ): void {
    this.rowIndices.push(index);
    if (adjusted === null) this.unknown.adjusted++;
    else {
      this.adjusted = this.adjusted.plus(adjusted);
      this.adjustedKnown++;
    }
    if (budget === null) this.unknown.budget++;
    else this.budget = this.budget.plus(budget);
    if (arrived === null) this.unknown.arrived++;
    else this.arrived = this.arrived === null ? arrived : this.arrived.plus(arrived);
    if (used === null) this.unknown.used++;
    else this.used = this.used.plus(used);
  }

  /** A new Sums of this and another (row order is not kept; totals need none). */
  merge(other: Sums): Sums {
    const merged = new Sums();
    merged.budget = this.budget.plus(other.budget);
    merged.arrived =
      this.arrived === null
        ? other.arrived
        : other.arrived === null
          ? this.arrived
          : this.arrived.plus(other.arrived);
    merged.used = this.used.plus(other.used);
    merged.adjusted = this.adjusted.plus(other.adjusted);
    merged.adjustedKnown = this.adjustedKnown + other.adjustedKnown;
    merged.unknown = {
      budget: this.unknown.budget + other.unknown.budget,
      arrived: this.unknown.arrived + other.unknown.arrived,
      used: this.unknown.used + other.unknown.used,
      adjusted: this.unknown.adjusted + other.unknown.adjusted,
    };
    return merged;
  }

  /**
   * budget, arrived, used and adjusted: each null when a row's is unknown (arrived and adjusted: also
   * when no row has one).
   */
  known(): [Decimal | null, Decimal | null, Decimal | null, Decimal | null] {
    const u = this.unknown;
    return [
      u.budget ? null : this.budget,
      u.arrived ? null : this.arrived,
      u.used ? null : this.used,
      u.adjusted || !this.adjustedKnown ? null : this.adjusted,
    ];
  }

  /** The cents sums with the unknown ones null. */
  knownCents(): Cents | null {
    const c = this.cents;
    if (!c) return null;
    const u = this.unknown;
    return {
      budget: u.budget ? null : c.budget,
      arrived: u.arrived ? null : c.arrived,
      used: u.used ? null : c.used,
      adjusted: u.adjusted || !this.adjustedKnown ? null : c.adjusted,
    };
  }
}

/** The group sums (in order of first appearance) and the total of a fund table, adding Decimals. */
function decimalSums(table: FundTable): { groups: Map<string, Sums>; total: Sums } {
  const ungrouped = new Sums();
  const groups = new Map<string, Sums>();
  table.rows.forEach((row, i) => {
    const budget = amountOf(row.budget);
    const arrived = amountOf(row.arrived);
    const used = amountOf(row.used);
    const adjusted = amountOf(row.adjustedBudget);
    if (row.group !== undefined) {
      let sums = groups.get(row.group);
      if (!sums) groups.set(row.group, (sums = new Sums()));
      sums.add(i, budget, arrived, used, adjusted);
    } else ungrouped.add(i, budget, arrived, used, adjusted);
  });
  // The total is the sum of the group sums and the ungrouped rows: each row is added once.
  return { groups, total: [...groups.values()].reduce((t, g) => t.merge(g), ungrouped) };
}

/** Running sums of a set of rows in whole cents of 万元. */
class CentSums {
  budget = 0;
  arrived: number | null = null;
  used = 0;
  /** 全年预算数: NaN once a row's is unknown or absent. */
  adjusted = 0;
  /** Rows whose 全年预算数 is known. */
  adjustedKnown = 0;
  /** Rows without a 实际到位 (an unknown budget or used needs no count: its NaN stays in the sum). */
  arrivedUnknown = 0;

  /** @param rowIndices where the rows added are listed (none for a table's total). */
  constructor(private readonly rowIndices: number[] | null = []) {}

  /**
   * Adds a row (an unknown budget or used is NaN, and makes its sum NaN: unknown at no cost per
   * known row; an unknown or absent arrived is null); false when a sum would leave the safe integers.
   */
  add(index: number, budget: number, arrived: number | null, used: number, adjusted: number): boolean {
    this.rowIndices?.push(index);
    this.budget += budget;
    this.used += used;
    this.adjusted += adjusted;
    if (!Number.isNaN(adjusted)) this.adjustedKnown++;
    if (arrived !== null) this.arrived = (this.arrived ?? 0) + arrived;
    else this.arrivedUnknown++;
    return (
      (Number.isSafeInteger(this.budget) || Number.isNaN(this.budget)) &&
      (Number.isSafeInteger(this.used) || Number.isNaN(this.used)) &&
      (Number.isSafeInteger(this.adjusted) || Number.isNaN(this.adjusted)) &&
      (this.arrived === null || Number.isSafeInteger(this.arrived))
    );
  }

  /** The same sums as Decimals (exact: cents ÷ 100). */
  toSums(): Sums {
    const sums = new Sums(this.rowIndices ?? []);
    const [budgetUnknown, usedUnknown] = [Number.isNaN(this.budget), Number.isNaN(this.used)];
    const adjustedUnknown = Number.isNaN(this.adjusted);
    sums.budget = budgetUnknown ? ZERO : centsToDecimal(this.budget);
    sums.arrived = this.arrived === null ? null : centsToDecimal(this.arrived);
    sums.used = usedUnknown ? ZERO : centsToDecimal(this.used);
    sums.adjusted = adjustedUnknown ? ZERO : centsToDecimal(this.adjusted);
    sums.adjustedKnown = this.adjustedKnown;
    sums.cents = { budget: this.budget, arrived: this.arrived, used: this.used, adjusted: this.adjusted };
    // Whether a row's figure is unknown (a count of 1 where the Decimals count each row).
    sums.unknown = {
      budget: Number(budgetUnknown),
      arrived: this.arrivedUnknown,
      used: Number(usedUnknown),
      adjusted: Number(adjustedUnknown),
    };
    return sums;
  }
}

const centsToDecimal = (cents: number): Decimal => (cents === 0 ? ZERO : new Dec(cents).div(100));

/** A cell without a number in whole cents: 0 for a dash the unit wrote, NaN (unknown) otherwise. */
const centsOfNil = (cell: NumCell): number => (cell.kind === "dash" ? 0 : NaN);

/**
 * `decimalSums` in whole cents, as a 100,000-row check spends its time adding (docs/domain.md §2: scaled
 * integers, property-tested to give the same sums); null when an amount has more than 2 decimals
 * or a sum leaves the safe integers, and the Decimals add instead.
 */
function sumsInCents(
  table: FundTable,
): { groups: Map<string, Sums>; total: Sums; cents: FundRowCents } | null {
  const ungrouped = new CentSums();
  const total = new CentSums(null);
  const groups = new Map<string, CentSums>();
  const rows = table.rows;
  const cents = {
    budget: new Float64Array(rows.length),
    arrived: new Float64Array(rows.length),
    used: new Float64Array(rows.length),
    adjusted: new Float64Array(rows.length),
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    // A dash the unit wrote is 0; a blank or text is unknown (NaN), counted by the sums.
    const budget = row.budget.value === null ? centsOfNil(row.budget) : unitsOf(row.budget, 2);
    const used = row.used.value === null ? centsOfNil(row.used) : unitsOf(row.used, 2);
    const arrivedCell = row.arrived;
    const arrived =
      !arrivedCell || arrivedCell.value === null
        ? arrivedCell?.kind === "dash"
          ? 0
          : null
        : unitsOf(arrivedCell, 2);
    // 全年预算数: absent or blank is unknown (NaN), a dash 0.
    const adjustedCell = row.adjustedBudget;
    const adjusted = !adjustedCell
      ? NaN
      : adjustedCell.value === null
        ? centsOfNil(adjustedCell)
        : unitsOf(adjustedCell, 2);
    if (
      budget === null ||
      used === null ||
      adjusted === null ||
      (arrived === null && arrivedCell && arrivedCell.value !== null)
    )
      return null;
    cents.budget[i] = budget;
    cents.arrived[i] = arrived ?? NaN;
    cents.used[i] = used;
    cents.adjusted[i] = adjusted;
    let sums = ungrouped;
    if (row.group !== undefined) {
      const found = groups.get(row.group);
      if (found) sums = found;
      else groups.set(row.group, (sums = new CentSums()));
    }
    if (!sums.add(i, budget, arrived, used, adjusted) || !total.add(i, budget, arrived, used, adjusted))
      return null;
  }
  const sums = new Map<string, Sums>();
  for (const [group, inCents] of groups) sums.set(group, inCents.toSums());
  return { groups: sums, total: total.toSums(), cents };
}

/** A known amount in whole cents: null when unknown (or not whole cents), 0 for a dash. */
const knownCentsOf = (value: Decimal | null, cell: NumCell | undefined): number | null =>
  value === null || !cell ? null : cell.kind === "dash" ? 0 : unitsOf(cell, 2);

/** The figures of one row (not stored: the table model builds its rows only when asked). */
export function fundRowFigures(table: FundTable, index: number): FundRowModel {
  const row = table.rows[index];
  const usedIsNil = row.used.kind === "dash" || row.usedAsReported !== undefined;
  const budgetValue = amountOf(row.budget);
  const arrivedValue = amountOf(row.arrived);
  const usedValue = amountOf(row.used);
  const adjustedValue = amountOf(row.adjustedBudget);
  // Unknown figures (null) stay null in cents too: the rates are then unknown. A dash is 0.
  const budget = knownCentsOf(budgetValue, row.budget);
  const used = knownCentsOf(usedValue, row.used);
  const arrived = knownCentsOf(arrivedValue, row.arrived);
  const adjusted = knownCentsOf(adjustedValue, row.adjustedBudget);
  const cents =
    (budget !== null || budgetValue === null) &&
    (used !== null || usedValue === null) &&
    (arrived !== null || arrivedValue === null) &&
    (adjusted !== null || adjustedValue === null)
      ? { budget, arrived, used, adjusted }
      : null;
  return new FundRowFigures(
    budgetValue,
    arrivedValue,
    usedValue,
    adjustedValue,
    table.rateBase ?? "budget",
    index,
    row.group,
    row.name,
    usedIsNil,
    cents,
  );
}

class LazyFundTableModel implements FundTableModel {
  readonly rateBase: RateBase;
  readonly hasArrived: boolean;
  readonly hasAdjusted: boolean;
  readonly groups: readonly FundGroupModel[];
  readonly total: FundFigures;
  readonly cents: FundRowCents | null;
  private cachedRows: readonly FundRowModel[] | undefined;

  constructor(
    private readonly table: FundTable,
    readonly index: number,
  ) {
    this.rateBase = table.rateBase ?? "budget";
    const inCents = sumsInCents(table);
    const { groups, total } = inCents ?? decimalSums(table);
    this.cents = inCents?.cents ?? null;
    this.hasArrived = total.arrived !== null;
    const subtotals = table.reportedSubtotals;
    this.hasAdjusted =
      total.adjustedKnown > 0 ||
      table.rows.some((r) => r.adjustedBudget !== undefined) ||
      (subtotals ?? []).some((s) => s.adjustedBudget !== undefined) ||
      table.reportedTotal?.adjustedBudget !== undefined;
    this.groups = [...groups].map(
      ([group, sums]) =>
        new FundGroupFigures(
          sums,
          this.rateBase,
          group,
          subtotals?.find((s) => s.group === group),
          this.hasArrived,
          this.hasAdjusted,
        ),
    );
    this.total = new LazyFundFigures(...total.known(), this.rateBase, total.knownCents(), this.hasAdjusted);
  }

  get id(): string {
    return this.table.id;
  }

  get title(): string {
    return this.table.title;
  }

  get dimension(): FundDimension {
    return this.table.dimension;
  }

  /** The reported totals within 尾差 of the sums, or where a row's figure is unknown (docs/domain.md §2, §7). */
  get stated(): FundStated {
    const n = this.table.rows.length;
    return statedFundFigures(
      this.total,
      this.table.reportedTotal,
      n,
      this.rateBase,
      this.hasArrived,
      this.hasAdjusted,
    );
  }

  /** Built on first read: the check itself works from the dataset's cells and the sums. */
  get rows(): readonly FundRowModel[] {
    if (!this.cachedRows) this.cachedRows = this.table.rows.map((_, i) => fundRowFigures(this.table, i));
    return this.cachedRows;
  }
}

function fundTableModel(table: FundTable, index: number): FundTableModel {
  return new LazyFundTableModel(table, index);
}

export interface BasicProject {
  readonly basic: Decimal | null;
  readonly project: Decimal | null;
  /** basic + project, only when both are known (docs/domain.md §7). */
  readonly total: Decimal | null;
}

/** The totals the report states (docs/domain.md §2, §7): see {@link statedTotal}. */
export interface StatedTotals {
  /** 年初结转结余 + 本年收入. */
  readonly available: Decimal | null;
  readonly income: Decimal | null;
  readonly expenditure: Decimal | null;
  readonly closing: Decimal | null;
}

export interface FinanceModel {
  readonly opening: BasicProject;
  readonly income: BasicProject;
  readonly expenditure: BasicProject;
  /** 年初结转结余 + 本年收入 (the report's 一般公共预算财政拨款收入 in its broad sense). */
  readonly available: BasicProject;
  /** Closing balance as given: basic, project (carryover + surplus), total. */
  readonly closing: BasicProject & {
    readonly projectCarryover: Decimal | null;
    readonly projectSurplus: Decimal | null;
  };
  /** opening + income − expenditure. */
  readonly computedClosing: BasicProject;
  /** Shares of basic/project in total expenditure (both known). */
  readonly expenditureShares: { readonly basic: Rate; readonly project: Rate };
  /** The totals as the report states them: the unit's own when its parts are incomplete or within 尾差. */
  readonly stated: StatedTotals;
}

function basicProject(basic: Decimal | null, project: Decimal | null): BasicProject {
  return { basic, project, total: sumKnown([basic, project]) };
}

/** opening + income − expenditure, only when all three are known (docs/domain.md §7). */
function closingOf(
  opening: Decimal | null,
  income: Decimal | null,
  expenditure: Decimal | null,
): Decimal | null {
  const available = sumKnown([opening, income]);
  return available === null || expenditure === null ? null : available.minus(expenditure);
}

function financeModel(dataset: Dataset): FinanceModel | undefined {
  const f = dataset.finance;
  if (!f) return undefined;
  const opening = basicProject(amountOf(f.openingBalance?.basic), amountOf(f.openingBalance?.project));
  const income = basicProject(amountOf(f.income?.basic), amountOf(f.income?.project));
  const expenditure = basicProject(amountOf(f.expenditure?.basic), amountOf(f.expenditure?.project));
  const projectCarryover = amountOf(f.closingBalance?.projectCarryover);
  const projectSurplus = amountOf(f.closingBalance?.projectSurplus);
  const closing = {
    ...basicProject(amountOf(f.closingBalance?.basic), sumKnown([projectCarryover, projectSurplus])),
    projectCarryover,
    projectSurplus,
  };
  const available = basicProject(
    sumKnown([opening.basic, income.basic]),
    sumKnown([opening.project, income.project]),
  );
  const r = f.reported;
  return {
    opening,
    income,
    expenditure,
    available,
    closing,
    computedClosing: basicProject(
      closingOf(opening.basic, income.basic, expenditure.basic),
      closingOf(opening.project, income.project, expenditure.project),
    ),
    expenditureShares: {
      basic: rateOf(expenditure.basic, expenditure.total),
      project: rateOf(expenditure.project, expenditure.total),
    },
    stated: {
      available: statedTotal(available.total, r?.totalAvailable, 4),
      income: statedTotal(income.total, r?.totalIncome, 2),
      expenditure: statedTotal(expenditure.total, r?.totalExpenditure, 2),
      closing: statedTotal(closing.total, r?.totalClosing, 3),
    },
  };
}

export interface BasicExpenditureModel {
  readonly budget: Decimal | null;
  /**
   * The actual basic expenditure (DATASET.md): finance.expenditure.basic when given, else
   * personnel + public funds only when both are given, else unknown (docs/domain.md §7).
   */
  readonly actual: Decimal | null;
  readonly personnel: Decimal | null;
  readonly wages: Decimal | null;
  readonly familySubsidies: Decimal | null;
  readonly publicFunds: Decimal | null;
  readonly publicFundsBudget: Decimal | null;
  readonly personnelShare: Rate;
  readonly publicFundsShare: Rate;
  /** actual / budget. */
  readonly executionRate: Rate;
  /** 公用经费控制率: public funds / their budget. */
  readonly publicFundsRate: Rate;
}

function basicExpenditureModel(dataset: Dataset): BasicExpenditureModel | undefined {
  const b = dataset.basicExpenditure;
  if (!b) return undefined;
  const personnel = amountOf(b.personnel?.total);
  const publicFunds = amountOf(b.publicFunds);
  const actual = amountOf(dataset.finance?.expenditure?.basic) ?? sumKnown([personnel, publicFunds]);
  const budget = amountOf(b.budget);
  const publicFundsBudget = amountOf(b.publicFundsBudget);
  return {
    budget,
    actual,
    personnel,
    wages: amountOf(b.personnel?.wages),
    familySubsidies: amountOf(b.personnel?.familySubsidies),
    publicFunds,
    publicFundsBudget,
    personnelShare: rateOf(personnel, actual),
    publicFundsShare: rateOf(publicFunds, actual),
    executionRate: rateOf(actual, budget),
    publicFundsRate: rateOf(publicFunds, publicFundsBudget),
  };
}

export interface StaffingModel {
  readonly authorized: Decimal | null;
  /** 在职人员数 used for the control rate: 编制内实有人数 when given, else all staff in service. */
  readonly inService: Decimal | null;
  readonly actualTotal: Decimal | null;
  readonly retired: Decimal | null;
  /** 在职人员控制率 = 在职人员数 / 编制数. */
  readonly controlRate: Rate;
}

function staffingModel(dataset: Dataset): StaffingModel | undefined {
  const s = dataset.profile?.staffing;
  if (!s) return undefined;
  const authorized = s.authorized?.value ?? null;
  const inService = s.actualInQuota?.value ?? s.actualTotal?.value ?? null;
  return {
    authorized,
    inService,
    actualTotal: s.actualTotal?.value ?? null,
    retired: s.retired?.value ?? null,
    controlRate: rateOf(inService, authorized),
  };
}

export interface SangongFigures {
  /**
   * The budget in force (docs/domain.md §8): 全年预算数 where given, else 预算数 (年初) — per category;
   * for a combined line or the total, the sum of its parts' (unknown when one part's is).
   */
  readonly budget: Decimal | null;
  /** 预算数 as given (年初; the sum of the parts' for a combined line or the total). */
  readonly initialBudget: Decimal | null;
  readonly actual: Decimal | null;
  /** 完成率 = actual / budget in force. */
  readonly rate: Rate;
  readonly lastYearActual: Decimal | null;
  /** 变动率 = (actual − last year) / last year. */
  readonly change: Rate;
}

export interface SangongCategoryModel extends SangongFigures {
  readonly key: SangongKey;
  /** Share of the total actual. */
  readonly share: Rate;
  readonly note?: string;
  /** For the combined vehicle line computed from its pair. */
  readonly parts?: readonly SangongKey[];
}

export interface SangongModel {
  /** The categories as given, in the order vehicle | vehiclePurchase, vehicleOperation, abroad, reception. */
  readonly categories: readonly SangongCategoryModel[];
  /** The combined 公务用车购置及运行维护费 (given, or the sum of its pair). */
  readonly vehicle?: SangongCategoryModel;
  /**
   * The keys whose figures add up to the total: vehicle (or its pair), abroad and reception —
   * each, whether the dataset gives it or not: a category it leaves out is unknown (docs/domain.md §7).
   */
  readonly totalParts: readonly SangongKey[];
  /** The sums of the parts: known only when every part is (a budget or actual left out is unknown). */
  readonly total: SangongFigures;
  /** The totals the report states: the unit's reported ones when the parts are incomplete or within 尾差. */
  readonly stated: {
    readonly budget: Decimal | null;
    readonly actual: Decimal | null;
    /** 完成率 of the stated totals: the parts' rate when known, else the reported totals' own. */
    readonly rate: Rate;
  };
  readonly stats?: SangongStats;
}

function sangongFigures(
  { budget, initialBudget }: { budget: Decimal | null; initialBudget: Decimal | null },
  actual: Decimal | null,
  lastYear: Decimal | null,
): SangongFigures {
  return {
    budget,
    initialBudget,
    actual,
    rate: rateOf(actual, budget),
    lastYearActual: lastYear,
    change: actual !== null && lastYear !== null ? rateOf(actual.minus(lastYear), lastYear) : null,
  };
}

/**
 * Last year's total of some 三公 categories: given when every category with an actual this year
 * has a last-year figure (else a 变动率 would compare unlike totals). The sheet's formula says the same.
 */
function lastYearTotal(items: readonly SangongItem[]): Decimal | null {
  const withActual = items.filter((i) => i.actual?.value).length;
  const withLast = items.filter((i) => i.lastYearActual?.value).length;
  return withActual > 0 && withActual === withLast ? sumPresent(items.map((i) => i.lastYearActual)) : null;
}

function statedSangong(
  total: SangongFigures,
  budget: NumCell | undefined,
  actual: NumCell | undefined,
  parts: number,
): SangongModel["stated"] {
  const b = statedTotal(total.budget, budget, parts);
  const a = statedTotal(total.actual, actual, parts);
  return { budget: b, actual: a, rate: total.rate ?? rateOf(a, b) };
}

function sangongModel(dataset: Dataset): SangongModel | undefined {
  const s = dataset.sangong;
  if (!s) return undefined;
  const keys = (["vehicle", "vehiclePurchase", "vehicleOperation", "abroad", "reception"] as const).filter(
    (k) => s.items[k] !== undefined,
  );
  const items = keys.map((k) => [k, s.items[k] as SangongItem] as const);
  const pairGiven = s.items.vehiclePurchase !== undefined || s.items.vehicleOperation !== undefined;
  const totalParts: SangongKey[] = [
    ...(pairGiven ? (["vehiclePurchase", "vehicleOperation"] as const) : (["vehicle"] as const)),
    "abroad",
    "reception",
  ];
  // A category's budget in force: its 全年预算数 where given, else its 预算数 (年初).
  const initialOf = (k: SangongKey) => amountOf(s.items[k]?.budget);
  const inForceOf = (k: SangongKey) => s.items[k]?.adjustedBudget?.value ?? initialOf(k);
  const budgetsOf = (keys: readonly SangongKey[]) => ({
    budget: sumKnown(keys.map(inForceOf)),
    initialBudget: sumKnown(keys.map(initialOf)),
  });
  const totalActual = sumKnown(totalParts.map((k) => amountOf(s.items[k]?.actual)));
  const total = sangongFigures(budgetsOf(totalParts), totalActual, lastYearTotal(items.map(([, i]) => i)));
  const categoryOf = (key: SangongKey, item: SangongItem): SangongCategoryModel => ({
    key,
    ...sangongFigures(budgetsOf([key]), amountOf(item.actual), item.lastYearActual?.value ?? null),
    share: rateOf(amountOf(item.actual), totalActual),
    ...(item.note !== undefined ? { note: item.note } : {}),
  });
  const categories = items.map(([k, item]) => categoryOf(k, item));
  let vehicle = categories.find((c) => c.key === "vehicle");
  const pair = categories.filter((c) => c.key === "vehiclePurchase" || c.key === "vehicleOperation");
  if (!vehicle && pair.length) {
    const pairItems = pair.map((c) => s.items[c.key] as SangongItem);
    const both = ["vehiclePurchase", "vehicleOperation"] as const;
    const actual = sumKnown(both.map((k) => amountOf(s.items[k]?.actual)));
    vehicle = {
      key: "vehicle",
      ...sangongFigures(budgetsOf(both), actual, lastYearTotal(pairItems)),
      share: rateOf(actual, totalActual),
      parts: pair.map((c) => c.key),
    };
  }
  return {
    categories,
    ...(vehicle ? { vehicle } : {}),
    totalParts,
    total,
    stated: statedSangong(total, s.reported?.budget, s.reported?.actual, totalParts.length),
    ...(s.stats ? { stats: s.stats } : {}),
  };
}

export interface BreakdownItemModel {
  readonly index: number;
  readonly name: string;
  readonly amount: Decimal;
  /** The amount was given (a number, or a dash counted as 0); false when blank or not a number. */
  readonly known: boolean;
  readonly share: Rate;
}

export interface BreakdownModel {
  readonly index: number;
  readonly id: string;
  readonly title: string;
  readonly base: BreakdownBase;
  /** What the shares are shares of. */
  readonly baseAmount: Decimal | null;
  readonly items: readonly BreakdownItemModel[];
  readonly total: Decimal;
  /** The total the report states: the items' sum when all are known, else the reported total (within 尾差 too). */
  readonly stated: Decimal | null;
}

function breakdownBaseAmount(
  base: BreakdownBase,
  itemsTotal: Decimal | null,
  finance: FinanceModel | undefined,
  basic: BasicExpenditureModel | undefined,
): Decimal | null {
  switch (base) {
    case "totalExpenditure":
      return finance?.expenditure.total ?? null;
    case "basic":
      return basic?.actual ?? finance?.expenditure.basic ?? null;
    case "project":
      return finance?.expenditure.project ?? null;
    case "items":
      return itemsTotal;
  }
}

export interface IndicatorModel extends IndicatorScore {
  readonly index: number;
  readonly indicator: Indicator;
  /** The computed figure the indicator is linked to (its score is on it); null without one. */
  readonly linked: Rate;
}

export interface EvaluationModel {
  readonly indicators: readonly IndicatorModel[];
  /**
   * The 执行率 得分 of the department form's funding block (docs/domain.md §8), counted in the total as
   * the form counts it; absent when the dataset gives no department funding block, null when the
   * block's 执行率 is unknown (the total then does not stand).
   */
  readonly execution?: Decimal | null;
  /** Σ indicator weights, + 10 (the block's points) with a department funding block. */
  readonly weightTotal: Decimal;
  /** Sum of the rounded indicator scores, + the block's 执行率 得分 when it counts and is known. */
  readonly scoreTotal: Decimal;
  /** Σ used / Σ base over every fund table (each on its own base); null without fund tables. */
  readonly overallExecutionRate: Rate;
  /** The cap applied when the execution-cap setting is on and the rate calls for one. */
  readonly cap: number | null;
  /** The total after the cap. */
  readonly finalScore: Decimal;
  readonly grade: Grade;
  /**
   * Whether the total stands (docs/domain.md §4, §7): every indicator has a weight and a score, the
   * funding block's 得分 (when it counts) is known, and the weights (with the block's 10) sum to
   * 100. A partial table's total is not a score: no sheet, sentence or check uses it.
   */
  readonly complete: boolean;
}

export interface Settings {
  readonly lowExecutionThreshold: Decimal;
  readonly executionCap: boolean;
}

export interface ComputedModel {
  readonly dataset: Dataset;
  readonly settings: Settings;
  readonly finance?: FinanceModel;
  readonly basicExpenditure?: BasicExpenditureModel;
  readonly staffing?: StaffingModel;
  readonly sangong?: SangongModel;
  readonly breakdowns: readonly BreakdownModel[];
  readonly fundTables: readonly FundTableModel[];
  readonly evaluation?: EvaluationModel;
  /** The department's 年度资金总额 (budget model, docs/domain.md §8), when the dataset gives one. */
  readonly funding?: DepartmentFundingModel;
  /** 项目资金 of each fund table's 项目支出绩效自评表, by the table's index. */
  readonly projectFunding: readonly ProjectFundingModel[];
  /**
   * The indicators of each fund table's 项目支出绩效自评表 (`indicators[].table`), by the table's
   * index; the department's are `evaluation`'s. Absent before the indicators are scored.
   */
  readonly projectIndicators?: readonly (readonly IndicatorModel[])[];
}

/** The settings in force: dataset values where valid, defaults otherwise. */
export function settingsOf(dataset: Dataset): Settings {
  const threshold = dataset.settings?.lowExecutionThreshold?.value;
  return {
    lowExecutionThreshold:
      threshold && !threshold.isNegative() ? threshold : new Dec(DEFAULT_LOW_EXECUTION_THRESHOLD),
    executionCap: dataset.settings?.executionCap ?? false,
  };
}

/**
 * Σ used / Σ base over the tables' sums; unknown when a table's sum is (docs/domain.md §7: a row's figure
 * is blank, or a table on 实际到位 has none), as the 指标评分 sheet's formula.
 */
export function overallExecutionRate(tables: readonly FundTableModel[]): Rate {
  if (!tables.length) return null;
  const used = sumKnown(tables.map((t) => t.total.used));
  // Each table on its own base: 实际到位, its 全年预算数 sum where it has the column, else 预算批复.
  const base = sumKnown(
    tables.map((t) =>
      t.rateBase === "arrived" ? t.total.arrived : t.hasAdjusted ? t.total.adjusted : t.total.budget,
    ),
  );
  return rateOf(used, base);
}

/** The index of the fund table whose 项目支出绩效自评表 carries an indicator; -1: the department's. */
export function ownerTable(dataset: Dataset, indicator: Indicator): number {
  const id = indicator.table?.trim();
  return id ? (dataset.fundTables ?? []).findIndex((t) => t.id === id) : -1;
}

/** Every indicator of the dataset scored (on its linked figure when known), by dataset index. */
function indicatorModels(dataset: Dataset, figures: ComputedModel): IndicatorModel[] {
  return (dataset.indicators ?? []).map((indicator, index) => ({
    index,
    indicator,
    linked: linkedFigure(figures, indicator),
    ...scoreIndicator(asScored(figures, indicator)),
  }));
}

function evaluationModel(
  dataset: Dataset,
  tables: readonly FundTableModel[],
  settings: Settings,
  all: readonly IndicatorModel[],
  funding: DepartmentFundingModel | undefined,
): EvaluationModel | undefined {
  const indicators = all.filter((m) => ownerTable(dataset, m.indicator) < 0);
  if (!indicators.length) return undefined;
  // The department form's funding block counts as the form counts it: its 10 points and its 得分.
  const execution = funding ? funding.score : undefined;
  const sums = formSums(indicators, execution);
  const scoreTotal = sums.score;
  const rate = overallExecutionRate(tables);
  const limit = settings.executionCap && rate !== null ? executionCap(rate) : null;
  const cap = limit !== null && scoreTotal.gt(limit) ? limit : null;
  const finalScore = cap !== null ? new Dec(cap) : scoreTotal;
  const weightTotal = sums.weights;
  return {
    indicators,
    ...(execution !== undefined ? { execution } : {}),
    weightTotal,
    scoreTotal,
    overallExecutionRate: rate,
    cap,
    finalScore,
    grade: gradeOf(finalScore),
    complete: weightTotal.eq(100) && sums.known && indicators.every((i) => i.weight !== null),
  };
}

/** Recomputes every figure of the dataset (docs/domain.md §3, §4). Pure; never throws for bad numbers. */
export function computeModel(dataset: Dataset): ComputedModel {
  const settings = settingsOf(dataset);
  const finance = financeModel(dataset);
  const basicExpenditure = basicExpenditureModel(dataset);
  const fundTables = (dataset.fundTables ?? []).map(fundTableModel);
  const breakdowns = (dataset.breakdowns ?? []).map((b, index): BreakdownModel => {
    const base = b.base ?? "items";
    const items = b.items.map((item, i) => ({
      index: i,
      name: item.name,
      known: amountOf(item.amount),
      amount: item.amount.value ?? new Dec(0),
    }));
    const total = sum(items.map((i) => i.amount));
    // The items' own total is their sum only when every item is known; else the unit's (docs/domain.md §7).
    const complete = items.every((i) => i.known !== null);
    const itemsBase = complete ? total : (b.reportedTotal?.value ?? null);
    const baseAmount = breakdownBaseAmount(base, itemsBase, finance, basicExpenditure);
    return {
      index,
      id: b.id,
      title: b.title,
      base,
      baseAmount,
      items: items.map(({ known, ...i }) => ({
        ...i,
        known: known !== null,
        share: rateOf(known, baseAmount),
      })),
      total,
      stated: statedTotal(sumKnown(items.map((i) => i.known)), b.reportedTotal, items.length),
    };
  });
  const staffing = staffingModel(dataset);
  const sangong = sangongModel(dataset);
  const funding = departmentFundingModel(dataset);
  const figures: ComputedModel = {
    dataset,
    settings,
    ...(finance ? { finance } : {}),
    ...(basicExpenditure ? { basicExpenditure } : {}),
    ...(staffing ? { staffing } : {}),
    ...(sangong ? { sangong } : {}),
    breakdowns,
    fundTables,
    ...(funding ? { funding } : {}),
    projectFunding: (dataset.fundTables ?? []).map((t, i) => projectFundingModel(t, fundTables[i])),
  };
  const all = indicatorModels(dataset, figures);
  const evaluation = evaluationModel(dataset, fundTables, settings, all, funding);
  const projectIndicators = fundTables.map((_, t) =>
    all.filter((m) => ownerTable(dataset, m.indicator) === t),
  );
  return { ...figures, ...(evaluation ? { evaluation } : {}), projectIndicators };
}
