/**
 * Rules on the fund tables (预算批复 / 实际到位 / 实际使用 / 到位率 / 执行率): reported rates on
 * the table's base, subtotals and totals against their rows, 到位 > 批复, 使用 > 到位, 使用 > 批复
 * where no 到位 is given, and low execution.
 */
import type Decimal from "decimal.js";
import { findingText } from "../../i18n";
import type { Path } from "../paths";
import type { FundSubtotalOf, FundTable, FundTotalOf, RateBase } from "../dataset";
import { FigureUnit, finding, type Finding } from "../findings";
import {
  fundRateBase,
  fundRowFigures,
  type FundFigures,
  type FundStated,
  type FundTableModel,
  type Settings,
} from "../model";
import {
  Dec,
  formatAmount,
  formatRate,
  formatUnits,
  percentBelow,
  percentBelowUnits,
  percentMatches,
  percentMatchesUnits,
  plain,
  ratePercentHundredths,
  reportedText,
  unitsBelow,
  unitsOf,
  type NumCell,
} from "../numbers";
import {
  alternatives,
  checkRate,
  checkTotal,
  type FindingSink,
  type RateBasis,
  type SumStatus,
} from "./common";

const T = findingText;
const F = T.field;

interface ReportedFigures {
  budget?: NumCell;
  arrived?: NumCell;
  used?: NumCell;
  rate?: NumCell;
  arrivalRate?: NumCell;
  adjustedBudget?: NumCell;
}

/** The base of a table's 执行率 for `figures` (a 小计/合计 when `sum`), as the model's rate. */
const rateBaseOf = (figures: FundFigures, model: FundTableModel, sum = false): Decimal | null =>
  fundRateBase(figures, model.rateBase, sum && model.hasAdjusted);

function lowExecution(
  out: FindingSink,
  path: Path,
  subject: string,
  figures: FundFigures,
  model: FundTableModel,
  settings: Settings,
  below: boolean | null = null,
  sum = false,
) {
  const base = rateBaseOf(figures, model, sum);
  const used = figures.used;
  // An unknown figure has no rate (docs/domain.md §7): nothing is low. Compare without dividing (or as
  // whole cents have compared: `below`); the rate itself is computed only for the message.
  if (base === null || used === null) return;
  if (!(below ?? percentBelow(used, base, settings.lowExecutionThreshold))) return;
  const rate = figures.rate as Decimal;
  lowExecutionFinding(out, path, subject, model, settings, {
    rate: plain(rate),
    zero: rate.isZero(),
    used: formatAmount(used),
    base: formatAmount(base),
    onAdjusted: model.rateBase !== "arrived" && figures.adjusted !== null,
  });
}

/** The threshold last written into a message, and how (a check writes one threshold many times). */
let thresholdText: { readonly threshold: Decimal | null; readonly text: string } = {
  threshold: null,
  text: "",
};

/** The low-execution finding, from the figures as written: the rate (2 decimals), used and base. */
function lowExecutionFinding(
  out: FindingSink,
  path: Path,
  subject: string,
  model: FundTableModel,
  settings: Settings,
  text: {
    readonly rate: string;
    readonly zero: boolean;
    readonly used: string;
    readonly base: string;
    /** The rate is on 全年预算数. */
    readonly onAdjusted?: boolean;
  },
) {
  const baseName = model.rateBase === "arrived" ? F.arrived : text.onAdjusted ? F.adjustedBudget : F.budget;
  const threshold = settings.lowExecutionThreshold;
  if (thresholdText.threshold !== threshold) thresholdText = { threshold, text: formatRate(threshold) };
  const message = text.zero
    ? T.messages.zeroExecution(subject, `${baseName} ${T.wan(text.base)}`)
    : T.messages.lowExecution(subject, `${text.rate}%`, thresholdText.text, T.divide(text.used, text.base));
  out.push(finding("low-execution", path, message, { expected: text.rate, unit: FigureUnit.percent }));
}

/** The base a table's 执行率 uses, and the other one, as rate bases over lists of candidates. */
function bases(
  model: FundTableModel,
  used: Decimal[],
  budget: Decimal[],
  arrived: Decimal[] | null,
  budgetName: string = F.budget,
  /** 预算批复 (年初) when the budget is 全年预算数: a rate on it is on the other base. */
  initial: Decimal[] | null = null,
): { basis: RateBasis; otherBasis?: RateBasis } {
  const onBudget: RateBasis = { numerators: used, denominators: budget, name: budgetName };
  const onArrived: RateBasis | undefined = arrived
    ? { numerators: used, denominators: arrived, name: F.arrived }
    : undefined;
  if (model.rateBase === "arrived" && onArrived) return { basis: onArrived, otherBasis: onBudget };
  if (onArrived) return { basis: onBudget, otherBasis: onArrived };
  return initial?.length
    ? { basis: onBudget, otherBasis: { numerators: used, denominators: initial, name: F.budget } }
    : { basis: onBudget };
}

/** Checks a reported subtotal or total against the computed figures of its rows. */
function checkAggregate(
  out: FindingSink,
  path: Path,
  subject: string,
  reported: ReportedFigures,
  computed: FundFigures,
  rows: readonly FundTable["rows"][number][],
  indices: readonly number[] | null,
  model: FundTableModel,
) {
  // The model already holds the exact sums; only the number of parts is counted here, in one pass
  // over the rows at `indices` (all rows when null).
  const parts = { budget: 0, arrived: 0, used: 0, adjusted: 0 };
  const n = indices ? indices.length : rows.length;
  for (let i = 0; i < n; i++) {
    const r = rows[indices ? indices[i] : i];
    if (r.budget?.value) parts.budget++;
    if (r.arrived?.value) parts.arrived++;
    if (r.used?.value) parts.used++;
    if (r.adjustedBudget?.value) parts.adjusted++;
  }
  const count = (key: "budget" | "arrived" | "used" | "adjusted") => parts[key];
  // A sum with an unknown row is unknown (docs/domain.md §7): the reported total is not compared with it,
  // and its rates are checked on the reported figures alone.
  const total = (key: "budget" | "arrived" | "used", field: string) => {
    const expected = computed[key];
    return checkTotal(out, {
      path: [...path, key],
      subject,
      field,
      reported: reported[key],
      expected: expected ?? new Dec(0),
      parts: expected === null ? 0 : count(key),
    });
  };
  // 全年预算数: the reported one against the rows' sum, when every row's is known.
  const adjustedStatus = checkTotal(out, {
    path: [...path, "adjustedBudget"],
    subject,
    field: F.adjustedBudget,
    reported: reported.adjustedBudget,
    expected: computed.adjusted ?? new Dec(0),
    parts: computed.adjusted === null ? 0 : count("adjusted"),
  });
  const status: Record<"budget" | "arrived" | "used", SumStatus> = {
    budget: total("budget", F.budget),
    arrived: total("arrived", F.arrived),
    used: total("used", F.used),
  };
  const candidates = (key: "budget" | "arrived" | "used"): Decimal[] => {
    const known = computed[key];
    if (known !== null) return alternatives(known, reported[key], status[key]);
    const given = reported[key]?.value;
    return given ? [given] : [];
  };
  const used = candidates("used");
  // The rate is on 全年预算数 where it is known (the rows' sum, else the unit's reported one).
  const adjusted =
    computed.adjusted !== null
      ? alternatives(computed.adjusted, reported.adjustedBudget, adjustedStatus)
      : reported.adjustedBudget?.value
        ? [reported.adjustedBudget.value]
        : [];
  const onAdjusted = adjusted.length > 0;
  const budget = onAdjusted ? adjusted : candidates("budget");
  const arrived = model.hasArrived ? candidates("arrived") : null;
  checkRate(out, {
    path: [...path, "rate"],
    subject,
    label: F.rate,
    reported: reported.rate,
    ...bases(model, used, budget, arrived, onAdjusted ? F.adjustedBudget : F.budget),
  });
  if (arrived?.length) {
    checkRate(out, {
      path: [...path, "arrivalRate"],
      subject,
      label: F.arrivalRate,
      reported: reported.arrivalRate,
      basis: { numerators: arrived, denominators: candidates("budget") },
    });
  }
}

/** What the whole-cent checks say of a detail row (`quietRow`). */
export const RowVerdict = {
  /** No rule fires. */
  quiet: 0,
  /** Only low-execution fires: its rate on the table's base is below the threshold. */
  low: 1,
  /** Something else may fire, or the whole cents cannot tell: the Decimal checks decide. */
  check: 2,
} as const;
export type RowVerdict = (typeof RowVerdict)[keyof typeof RowVerdict];

/**
 * The rules that fire on a detail row, decided on its amounts in whole cents (the model's, docs/domain.md
 * §2: scaled integers in the hot path) — the answer the Decimal checks of `checkFundTable` give, or
 * `check` whenever the integers cannot be sure (then those checks run). A 100,000-row check is
 * mostly quiet rows.
 */
export function quietRow(
  row: FundTable["rows"][number],
  budget: number,
  arrived: number | null,
  used: number,
  rateBase: RateBase,
  threshold: Decimal,
): RowVerdict {
  // 到位 > 批复, 使用 > 到位 (or > 批复 without 到位).
  if ((arrived !== null && arrived > budget) || used > (arrived ?? budget)) return RowVerdict.check;
  const base = rateBase === "arrived" ? arrived : budget;
  const reported = row.reportedRate;
  if (reported?.value) {
    // The reported rate on the table's base, at its precision.
    const units = base === null ? null : unitsOf(reported, reported.decimals);
    if (base === null || units === null || percentMatchesUnits(units, reported.decimals, used, base) !== true)
      return RowVerdict.check;
    // A right 2-decimal rate is the rate shown: at or above the threshold, the row is not low.
    if (reported.decimals === 2) {
      const below = unitsBelow(units, 2, threshold);
      if (below === null) return RowVerdict.check;
      if (!below) return RowVerdict.quiet;
    }
  }
  if (base === null) return RowVerdict.quiet;
  const low = percentBelowUnits(used, base, threshold);
  return low === null ? RowVerdict.check : low ? RowVerdict.low : RowVerdict.quiet;
}

/**
 * The findings of a detail row the whole-cent verdict left to the Decimal checks (到位 > 批复,
 * 使用 > 到位 or > 批复, a reported rate that does not match), made from the row's cents — the
 * same rules, figures and messages as the Decimal checks of `checkFundTable` — or false, having
 * made none, when the cents cannot tell (an amount negative, no base for a reported rate, a
 * rate not in whole units, a product past 2^53): then those checks run.
 */
export function rowInCents(
  out: FindingSink,
  row: FundTable["rows"][number],
  rp: Path,
  subject: string,
  model: FundTableModel,
  settings: Settings,
  budget: number,
  arrived: number | null,
  used: number,
): boolean {
  // An unknown amount (NaN: a blank, docs/domain.md §7) or a negative one goes to the Decimals (−0 writes
  // as 0.00 either way: decimal.js drops its sign).
  if (Number.isNaN(budget) || Number.isNaN(used)) return false;
  if (budget < 0 || used < 0 || (arrived !== null && arrived < 0)) return false;
  const threshold = settings.lowExecutionThreshold;
  const base = model.rateBase === "arrived" ? arrived : budget;
  const arrivedOver = arrived !== null && arrived > budget;
  const usedOver = used > (arrived ?? budget);
  const reported = row.reportedRate;
  let units: number | null = null;
  let rateOk = true;
  if (reported?.value) {
    if (base === null) return false;
    units = unitsOf(reported, reported.decimals);
    const matches = units === null ? null : percentMatchesUnits(units, reported.decimals, used, base);
    if (matches === null) return false;
    rateOk = matches;
  }
  // Everything the findings need is worked out before the first is written.
  const below = base === null ? false : percentBelowUnits(used, base, threshold);
  if (below === null) return false;
  let low = below;
  if (!arrivedOver && !usedOver && rateOk && units !== null && reported?.decimals === 2) {
    // A right 2-decimal reported rate is the shown rate: it is compared with the threshold.
    const shownBelow = unitsBelow(units, 2, threshold);
    if (shownBelow === null) return false;
    low = below && shownBelow;
  }
  const rate = base === null || base === 0 ? null : ratePercentHundredths(used, base);
  if ((low || (usedOver && arrived === null)) && base !== null && base !== 0 && rate === null) return false;
  let rateFinding: Finding | null = null;
  if (!rateOk && reported && units !== null && base !== null && base !== 0) {
    // checkRate on the table's base (the expected rate) and on the other one, 到位 when it
    // differs from 批复: a match there is rate-base-mismatch.
    if (rate === null) return false;
    const onBudget = { name: F.budget, den: budget };
    const onArrived = arrived !== null && arrived !== budget ? { name: F.arrived, den: arrived } : null;
    const [basis, other] =
      model.rateBase === "arrived" && onArrived ? [onArrived, onBudget] : [onBudget, onArrived];
    const otherMatch =
      other && other.den !== 0 ? percentMatchesUnits(units, reported.decimals, used, other.den) : false;
    if (otherMatch === null) return false;
    const formula = (den: number) => T.divide(formatUnits(used, 2, true), formatUnits(den, 2, true));
    const rateText = formatUnits(rate, 2);
    const figures = { expected: rateText, reported: reportedText(reported), unit: FigureUnit.percent };
    const shown = T.pct(reportedText(reported));
    const path: Path = [...rp, "reportedRate"];
    rateFinding =
      otherMatch && other
        ? finding(
            "rate-base-mismatch",
            path,
            T.messages.rateBaseMismatch(
              subject,
              F.rate,
              shown,
              other.name,
              formula(other.den),
              basis.name,
              formula(basis.den),
              T.pct(rateText),
            ),
            figures,
          )
        : finding(
            "rate-mismatch",
            path,
            T.messages.rateMismatch(subject, F.rate, shown, formula(basis.den), T.pct(rateText)),
            figures,
          );
  }
  const wan = (cents: number) => T.wan(formatUnits(cents, 2, true));
  const M = T.messages;
  if (arrivedOver) {
    out.push(
      finding(
        "arrived-over-budget",
        [...rp, "arrived"],
        M.arrivedOverBudget(subject, wan(arrived), wan(budget)),
        {
          expected: formatUnits(budget, 2),
          reported: formatUnits(arrived, 2),
          unit: FigureUnit.amount,
        },
      ),
    );
  }
  if (usedOver && arrived !== null) {
    out.push(
      finding("used-over-arrived", [...rp, "used"], M.usedOverArrived(subject, wan(used), wan(arrived)), {
        expected: formatUnits(arrived, 2),
        reported: formatUnits(used, 2),
        unit: FigureUnit.amount,
      }),
    );
  } else if (usedOver) {
    out.push(
      finding(
        "over-budget",
        [...rp, "used"],
        M.overBudget(subject, wan(used), wan(budget), rate === null ? null : `${formatUnits(rate, 2)}%`),
        { expected: formatUnits(budget, 2), reported: formatUnits(used, 2), unit: FigureUnit.amount },
      ),
    );
  }
  if (rateFinding) out.push(rateFinding);
  if (low && base !== null && rate !== null) {
    lowExecutionFinding(out, rp, subject, model, settings, {
      rate: formatUnits(rate, 2),
      zero: rate === 0,
      used: formatUnits(used, 2, true),
      base: formatUnits(base, 2, true),
    });
  }
  return true;
}

/** Runs every fund-table rule on one table. */
export function checkFundTable(
  out: FindingSink,
  table: FundTable,
  model: FundTableModel,
  settings: Settings,
): void {
  const p: Path = ["fundTables", model.index];
  const M = T.messages;
  const threshold = settings.lowExecutionThreshold;
  const cents = model.cents;
  table.rows.forEach((row, r) => {
    const arrived = cents?.arrived[r] ?? NaN;
    // A row whose 预算批复 or 实际使用 is unknown (NaN) is left to the Decimal checks below, and so
    // is every row of a table with 全年预算数 (its messages say which budget they compared with).
    const verdict =
      cents && !model.hasAdjusted && !Number.isNaN(cents.budget[r]) && !Number.isNaN(cents.used[r])
        ? quietRow(
            row,
            cents.budget[r],
            Number.isNaN(arrived) ? null : arrived,
            cents.used[r],
            model.rateBase,
            threshold,
          )
        : RowVerdict.check;
    if (verdict === RowVerdict.quiet) return;
    const rp: Path = ["fundTables", model.index, "rows", r];
    const subject = T.subject.fundRow(table.title, row.name);
    if (verdict === RowVerdict.low && cents) {
      // Low execution alone, told in whole cents: the rate and the figures written from them.
      const used = cents.used[r];
      const base = model.rateBase === "arrived" ? arrived : cents.budget[r];
      const rate = ratePercentHundredths(used, base);
      if (rate !== null) {
        lowExecutionFinding(out, rp, subject, model, settings, {
          rate: formatUnits(rate, 2),
          zero: rate === 0,
          used: formatUnits(used, 2, true),
          base: formatUnits(base, 2, true),
        });
        return;
      }
    }
    if (
      cents &&
      !model.hasAdjusted &&
      rowInCents(
        out,
        row,
        rp,
        subject,
        model,
        settings,
        cents.budget[r],
        Number.isNaN(arrived) ? null : arrived,
        cents.used[r],
      )
    )
      return;
    const m = fundRowFigures(table, r);
    const base = rateBaseOf(m, model);
    // An unknown figure (docs/domain.md §7) is compared with nothing: its input rule says it is missing.
    const { used } = m;
    // The budget in force: 全年预算数 when the row has one, else 预算批复 (年初).
    const onAdjusted = m.adjusted !== null;
    const budget = m.adjusted ?? m.budget;
    const arrivedOver = m.arrived !== null && budget !== null && m.arrived.gt(budget);
    const cap = m.arrived ?? budget;
    const usedOver = used !== null && cap !== null && used.gt(cap);
    // The row's used and base in whole cents, where the model has them: the comparisons below
    // take them first (the same answers), the Decimals when they cannot tell.
    const usedCents = cents ? cents.used[r] : NaN;
    const budgetCents = !cents ? NaN : onAdjusted ? cents.adjusted[r] : cents.budget[r];
    const baseCents = !cents ? NaN : model.rateBase === "arrived" ? arrived : budgetCents;
    const inCents = !Number.isNaN(usedCents) && !Number.isNaN(baseCents);
    // The common case — a row whose reported rate is right on its base — costs no division.
    const reported = row.reportedRate;
    let rateOk = !reported?.value || used === null;
    if (reported?.value && base !== null && used !== null) {
      const units = inCents ? unitsOf(reported, reported.decimals) : null;
      const fast =
        units === null ? null : percentMatchesUnits(units, reported.decimals, usedCents, baseCents);
      rateOk = fast ?? percentMatches(reported, used, base);
    }
    const below = inCents ? percentBelowUnits(usedCents, baseCents, threshold) : null;
    if (!arrivedOver && !usedOver && rateOk) {
      // A right 2-decimal reported rate is the shown rate: compare it with the threshold directly.
      const shown = reported?.decimals === 2 ? reported.value : null;
      if (!shown || shown.lt(settings.lowExecutionThreshold))
        lowExecution(out, rp, subject, m, model, settings, below);
      return;
    }
    if (arrivedOver) {
      const arrived = m.arrived as Decimal;
      out.push(
        finding(
          "arrived-over-budget",
          [...rp, "arrived"],
          (onAdjusted ? M.arrivedOverAdjusted : M.arrivedOverBudget)(
            subject,
            T.wan(formatAmount(arrived)),
            T.wan(formatAmount(budget as Decimal)),
          ),
          { expected: plain(budget as Decimal), reported: plain(arrived), unit: FigureUnit.amount },
        ),
      );
    }
    if (usedOver && m.arrived !== null) {
      out.push(
        finding(
          "used-over-arrived",
          [...rp, "used"],
          M.usedOverArrived(subject, T.wan(formatAmount(used)), T.wan(formatAmount(m.arrived))),
          { expected: plain(m.arrived), reported: plain(used), unit: FigureUnit.amount },
        ),
      );
    } else if (usedOver && budget !== null) {
      const words = [
        T.wan(formatAmount(used)),
        T.wan(formatAmount(budget)),
        m.rate ? formatRate(m.rate) : null,
      ] as const;
      out.push(
        finding(
          "over-budget",
          [...rp, "used"],
          // A table with 全年预算数 says which budget the row was compared with.
          model.hasAdjusted
            ? M.overBudgetFundRow(subject, ...words, onAdjusted)
            : M.overBudget(subject, ...words),
          { expected: plain(budget), reported: plain(used), unit: FigureUnit.amount },
        ),
      );
    }
    if (!rateOk) {
      checkRate(out, {
        path: [...rp, "reportedRate"],
        subject,
        label: F.rate,
        reported: row.reportedRate,
        ...bases(
          model,
          used === null ? [] : [used],
          budget === null ? [] : [budget],
          m.arrived !== null && (budget === null || !m.arrived.eq(budget)) ? [m.arrived] : null,
          onAdjusted ? F.adjustedBudget : F.budget,
          onAdjusted && m.budget !== null && !m.budget.eq(budget as Decimal) ? [m.budget] : null,
        ),
      });
    }
    lowExecution(out, rp, subject, m, model, settings, below);
  });
  model.groups.forEach((group) => {
    const s = table.reportedSubtotals?.findIndex((x) => x.group === group.group) ?? -1;
    const subject = T.subject.fundSubtotal(table.title, group.group);
    const reported: FundSubtotalOf<NumCell> | undefined = s >= 0 ? table.reportedSubtotals?.[s] : undefined;
    const gp: Path = [...p, "reportedSubtotals", s];
    if (reported) {
      checkAggregate(out, gp, subject, reported, group, table.rows, group.rowIndices, model);
    }
    // A one-row group's rate is its row's rate, already checked.
    if (group.rowIndices.length > 1)
      lowExecution(
        out,
        reported ? gp : [...p, "rows", group.rowIndices[0], "group"],
        subject,
        ratedFigures(group, model, () => group.stated),
        model,
        settings,
        null,
        true,
      );
  });
  const subject = T.subject.fundTotal(table.title);
  const total: FundTotalOf<NumCell> = table.reportedTotal ?? {};
  checkAggregate(out, [...p, "reportedTotal"], subject, total, model.total, table.rows, null, model);
  lowExecution(
    out,
    [...p, "reportedTotal"],
    subject,
    ratedFigures(model.total, model, () => model.stated),
    model,
    settings,
    null,
    true,
  );
}

/**
 * The figures a 小计's or 合计's 执行率 is on: the sums when the used and the base are known, else
 * the unit's reported ones (docs/domain.md §7: a total the unit gave is used when a part is unknown).
 */
function ratedFigures(sums: FundFigures, model: FundTableModel, stated: () => FundStated): FundFigures {
  const base = rateBaseOf(sums, model, true);
  // A 全年预算数 the unit stated where a row's is blank: the rate is on it (the stated figures').
  if (model.rateBase !== "arrived" && sums.adjusted === null && stated().adjusted !== null) return stated();
  return sums.used !== null && base !== null ? sums : stated();
}
