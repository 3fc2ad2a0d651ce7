/**
 * Rules on the fund tables (预算批复 / 实际到位 / 实际使用 / 到位率 / 执行率): reported rates on
 * the table's base, subtotals and totals against their rows, 到位 > 批复, 使用 > 到位, 使用 > 批复
 * where no 到位 is given, and low execution.
 */
import type Decimal from "decimal.js";
import { findingText } from "../../i18n";
import type { Path } from "../paths";
import type { FundSubtotalOf, FundTable, FundTotalOf } from "../dataset";
import { FigureUnit, finding } from "../findings";
import { fundRowFigures, type FundFigures, type FundTableModel, type Settings } from "../model";
import { Dec, formatAmount, formatRate, percentBelow, percentMatches, plain, type NumCell } from "../numbers";
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
}

function lowExecution(
  out: FindingSink,
  path: Path,
  subject: string,
  figures: FundFigures,
  model: FundTableModel,
  settings: Settings,
) {
  const base = model.rateBase === "arrived" ? figures.arrived : figures.budget;
  // Compare without dividing; the rate itself is computed only for the message.
  if (base === null || !percentBelow(figures.used, base, settings.lowExecutionThreshold)) return;
  const rate = figures.rate as Decimal;
  const baseName = model.rateBase === "arrived" ? F.arrived : F.budget;
  const message = rate.isZero()
    ? T.messages.zeroExecution(subject, `${baseName} ${T.wan(formatAmount(base))}`)
    : T.messages.lowExecution(
        subject,
        formatRate(rate),
        formatRate(settings.lowExecutionThreshold),
        T.divide(formatAmount(figures.used), formatAmount(base)),
      );
  out.push(finding("low-execution", path, message, { expected: plain(rate), unit: FigureUnit.percent }));
}

/** The base a table's 执行率 uses, and the other one, as rate bases over lists of candidates. */
function bases(
  model: FundTableModel,
  used: Decimal[],
  budget: Decimal[],
  arrived: Decimal[] | null,
): { basis: RateBasis; otherBasis?: RateBasis } {
  const onBudget: RateBasis = { numerators: used, denominators: budget, name: F.budget };
  const onArrived: RateBasis | undefined = arrived
    ? { numerators: used, denominators: arrived, name: F.arrived }
    : undefined;
  if (model.rateBase === "arrived" && onArrived) return { basis: onArrived, otherBasis: onBudget };
  return onArrived ? { basis: onBudget, otherBasis: onArrived } : { basis: onBudget };
}

/** Checks a reported subtotal or total against the computed figures of its rows. */
function checkAggregate(
  out: FindingSink,
  path: Path,
  subject: string,
  reported: ReportedFigures,
  computed: FundFigures,
  rows: readonly FundTable["rows"][number][],
  model: FundTableModel,
) {
  // The model already holds the exact sums; only the number of parts is counted here.
  const count = (key: "budget" | "arrived" | "used") => rows.reduce((n, r) => (r[key]?.value ? n + 1 : n), 0);
  const total = (key: "budget" | "used", field: string) =>
    checkTotal(out, {
      path: [...path, key],
      subject,
      field,
      reported: reported[key],
      expected: computed[key],
      parts: count(key),
    });
  const status: Record<"budget" | "arrived" | "used", SumStatus> = {
    budget: total("budget", F.budget),
    arrived: checkTotal(out, {
      path: [...path, "arrived"],
      subject,
      field: F.arrived,
      reported: reported.arrived,
      expected: computed.arrived ?? new Dec(0),
      parts: computed.arrived ? count("arrived") : 0,
    }),
    used: total("used", F.used),
  };
  const used = alternatives(computed.used, reported.used, status.used);
  const budget = alternatives(computed.budget, reported.budget, status.budget);
  const arrived = computed.arrived ? alternatives(computed.arrived, reported.arrived, status.arrived) : null;
  checkRate(out, {
    path: [...path, "rate"],
    subject,
    label: F.rate,
    reported: reported.rate,
    ...bases(model, used, budget, arrived),
  });
  if (arrived) {
    checkRate(out, {
      path: [...path, "arrivalRate"],
      subject,
      label: F.arrivalRate,
      reported: reported.arrivalRate,
      basis: { numerators: arrived, denominators: budget },
    });
  }
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
  table.rows.forEach((row, r) => {
    const m = fundRowFigures(table, r);
    const rp: Path = [...p, "rows", r];
    const subject = T.subject.fundRow(table.title, row.name);
    const base = model.rateBase === "arrived" ? m.arrived : m.budget;
    const arrivedOver = m.arrived !== null && m.arrived.gt(m.budget);
    const usedOver = m.used.gt(m.arrived ?? m.budget);
    // The common case — a row whose reported rate is right on its base — costs no division.
    const rateOk =
      !row.reportedRate?.value || (base !== null && percentMatches(row.reportedRate, m.used, base));
    if (!arrivedOver && !usedOver && rateOk) {
      // A right 2-decimal reported rate is the shown rate: compare it with the threshold directly.
      const shown = row.reportedRate?.decimals === 2 ? row.reportedRate.value : null;
      if (!shown || shown.lt(settings.lowExecutionThreshold))
        lowExecution(out, rp, subject, m, model, settings);
      return;
    }
    if (arrivedOver) {
      const arrived = m.arrived as Decimal;
      out.push(
        finding(
          "arrived-over-budget",
          [...rp, "arrived"],
          M.arrivedOverBudget(subject, T.wan(formatAmount(arrived)), T.wan(formatAmount(m.budget))),
          { expected: plain(m.budget), reported: plain(arrived), unit: FigureUnit.amount },
        ),
      );
    }
    if (usedOver && m.arrived !== null) {
      out.push(
        finding(
          "used-over-arrived",
          [...rp, "used"],
          M.usedOverArrived(subject, T.wan(formatAmount(m.used)), T.wan(formatAmount(m.arrived))),
          { expected: plain(m.arrived), reported: plain(m.used), unit: FigureUnit.amount },
        ),
      );
    } else if (usedOver) {
      out.push(
        finding(
          "over-budget",
          [...rp, "used"],
          M.overBudget(
            subject,
            T.wan(formatAmount(m.used)),
            T.wan(formatAmount(m.budget)),
            m.rate ? formatRate(m.rate) : null,
          ),
          { expected: plain(m.budget), reported: plain(m.used), unit: FigureUnit.amount },
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
          [m.used],
          [m.budget],
          m.arrived !== null && !m.arrived.eq(m.budget) ? [m.arrived] : null,
        ),
      });
    }
    lowExecution(out, rp, subject, m, model, settings);
  });
  model.groups.forEach((group) => {
    const s = table.reportedSubtotals?.findIndex((x) => x.group === group.group) ?? -1;
    const subject = T.subject.fundSubtotal(table.title, group.group);
    const reported: FundSubtotalOf<NumCell> | undefined = s >= 0 ? table.reportedSubtotals?.[s] : undefined;
    const gp: Path = [...p, "reportedSubtotals", s];
    if (reported) {
      checkAggregate(
        out,
        gp,
        subject,
        reported,
        group,
        group.rowIndices.map((i) => table.rows[i]),
        model,
      );
    }
    // A one-row group's rate is its row's rate, already checked.
    if (group.rowIndices.length > 1)
      lowExecution(
        out,
        reported ? gp : [...p, "rows", group.rowIndices[0], "group"],
        subject,
        group,
        model,
        settings,
      );
  });
  const subject = T.subject.fundTotal(table.title);
  const total: FundTotalOf<NumCell> = table.reportedTotal ?? {};
  checkAggregate(out, [...p, "reportedTotal"], subject, total, model.total, table.rows, model);
  lowExecution(out, [...p, "reportedTotal"], subject, model.total, model, settings);
}
