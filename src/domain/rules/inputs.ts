/**
 * Rules on the inputs themselves: `invalid-number` (text, or a negative amount),
 * `missing-value` (a required amount left blank) and `excess-precision` (an amount with more
 * than 2 decimals). Every numeric field of the dataset is listed here with what it is.
 */
import { errorText, findingText } from "../../i18n";
import type { Dataset } from "../dataset";
import { finding } from "../findings";
import { reportedText, type NumCell } from "../numbers";
import type { FindingSink } from "./common";

const F = findingText.field;
const S = findingText.subject;

/** What a numeric field holds, which decides the rules that apply to it. */
export const FieldKind = {
  /** 万元: non-negative, no % sign, at most 2 decimals. */
  amount: "amount",
  /** Persons, weights: non-negative. */
  count: "count",
  /** Rates, shares, scores, indicator values: any number. */
  figure: "figure",
} as const;
export type FieldKind = (typeof FieldKind)[keyof typeof FieldKind];

export interface NumericField {
  readonly path: string;
  readonly cell: NumCell;
  readonly subject: string;
  readonly field: string;
  readonly kind: FieldKind;
  readonly required?: boolean;
}

/** True when no input rule can fire on the cell: a plain number, or a figure that parsed. */
function isClean(cell: NumCell, kind: FieldKind): boolean {
  if (cell.kind !== "number" || cell.value === null) return cell.kind === "dash";
  if (kind === FieldKind.figure) return true;
  if (cell.value.isNegative() && !cell.value.isZero()) return false;
  return !cell.percent && (kind !== FieldKind.amount || cell.decimals <= 2);
}

/**
 * The numeric fields present in the dataset, in document order; with `onlySuspect`, only those
 * an input rule could fire on (a 100,000-row dataset is mostly clean cells).
 */
export function numericFields(dataset: Dataset, onlySuspect = false): NumericField[] {
  const out: NumericField[] = [];
  const add = (
    path: string,
    cell: NumCell | undefined,
    subject: string,
    field: string,
    kind: FieldKind,
    required = false,
  ) => {
    if (cell && !(onlySuspect && isClean(cell, kind)))
      out.push({ path, cell, subject, field, kind, required });
  };
  const st = dataset.profile?.staffing;
  if (st) {
    const p = "profile.staffing";
    add(`${p}.authorized`, st.authorized, S.staffing, F.authorized, FieldKind.count);
    add(`${p}.actualInQuota`, st.actualInQuota, S.staffing, F.actualInQuota, FieldKind.count);
    add(`${p}.actualTotal`, st.actualTotal, S.staffing, F.actualTotal, FieldKind.count);
    add(`${p}.retired`, st.retired, S.staffing, F.retired, FieldKind.count);
  }
  const f = dataset.finance;
  if (f) {
    const bp = (key: "openingBalance" | "income" | "expenditure", label: string) => {
      add(`finance.${key}.basic`, f[key]?.basic, S.finance(label), F.basic, FieldKind.amount);
      add(`finance.${key}.project`, f[key]?.project, S.finance(label), F.project, FieldKind.amount);
    };
    bp("openingBalance", F.opening);
    bp("income", F.income);
    bp("expenditure", F.expenditure);
    const c = f.closingBalance;
    add("finance.closingBalance.basic", c?.basic, S.finance(F.closing), F.basic, FieldKind.amount);
    add(
      "finance.closingBalance.projectCarryover",
      c?.projectCarryover,
      S.finance(F.closing),
      F.projectCarryover,
      FieldKind.amount,
    );
    add(
      "finance.closingBalance.projectSurplus",
      c?.projectSurplus,
      S.finance(F.closing),
      F.projectSurplus,
      FieldKind.amount,
    );
    const r = f.reported;
    add(
      "finance.reported.totalAvailable",
      r?.totalAvailable,
      S.finance(""),
      F.totalAvailable,
      FieldKind.amount,
    );
    add("finance.reported.totalIncome", r?.totalIncome, S.finance(""), F.totalIncome, FieldKind.amount);
    add(
      "finance.reported.totalExpenditure",
      r?.totalExpenditure,
      S.finance(""),
      F.totalExpenditure,
      FieldKind.amount,
    );
    add("finance.reported.totalClosing", r?.totalClosing, S.finance(""), F.totalClosing, FieldKind.amount);
  }
  const b = dataset.basicExpenditure;
  if (b) {
    const s = S.basicExpenditure;
    add("basicExpenditure.budget", b.budget, s, F.basicBudget, FieldKind.amount);
    add("basicExpenditure.personnel.total", b.personnel?.total, s, F.personnelTotal, FieldKind.amount);
    add("basicExpenditure.personnel.wages", b.personnel?.wages, s, F.wages, FieldKind.amount);
    add(
      "basicExpenditure.personnel.familySubsidies",
      b.personnel?.familySubsidies,
      s,
      F.familySubsidies,
      FieldKind.amount,
    );
    add("basicExpenditure.publicFunds", b.publicFunds, s, F.publicFunds, FieldKind.amount);
    add("basicExpenditure.publicFundsBudget", b.publicFundsBudget, s, F.publicFundsBudget, FieldKind.amount);
    add(
      "basicExpenditure.reported.personnelShare",
      b.reported?.personnelShare,
      s,
      `${F.personnelTotal}${F.share}`,
      FieldKind.figure,
    );
    add(
      "basicExpenditure.reported.publicFundsShare",
      b.reported?.publicFundsShare,
      s,
      `${F.publicFunds}${F.share}`,
      FieldKind.figure,
    );
  }
  dataset.breakdowns?.forEach((bd, i) => {
    const p = `breakdowns[${i}]`;
    bd.items.forEach((item, j) => {
      const subject = S.breakdownItem(bd.title, item.name);
      add(`${p}.items[${j}].amount`, item.amount, subject, F.amount, FieldKind.amount, true);
      add(`${p}.items[${j}].reportedShare`, item.reportedShare, subject, F.share, FieldKind.figure);
    });
    add(`${p}.reportedTotal`, bd.reportedTotal, S.breakdownTotal(bd.title), F.amount, FieldKind.amount);
  });
  const sg = dataset.sangong;
  if (sg) {
    for (const [key, item] of Object.entries(sg.items)) {
      const subject = S.sangong(findingText.sangong[key as keyof typeof findingText.sangong]);
      const p = `sangong.items.${key}`;
      add(`${p}.budget`, item?.budget, subject, F.sangongBudget, FieldKind.amount);
      add(`${p}.actual`, item?.actual, subject, F.sangongActual, FieldKind.amount);
      add(`${p}.lastYearActual`, item?.lastYearActual, subject, F.lastYearActual, FieldKind.amount);
    }
    const r = sg.reported;
    add("sangong.reported.budget", r?.budget, S.sangongTotal, F.sangongBudget, FieldKind.amount);
    add("sangong.reported.actual", r?.actual, S.sangongTotal, F.sangongActual, FieldKind.amount);
    add("sangong.reported.rate", r?.rate, S.sangongTotal, F.completionRate, FieldKind.figure);
    for (const [key, cell] of Object.entries(r?.rates ?? {})) {
      const subject = S.sangong(findingText.sangong[key as keyof typeof findingText.sangong]);
      add(`sangong.reported.rates.${key}`, cell, subject, F.completionRate, FieldKind.figure);
    }
    for (const [key, cell] of Object.entries(r?.shares ?? {})) {
      const subject = S.sangong(findingText.sangong[key as keyof typeof findingText.sangong]);
      add(`sangong.reported.shares.${key}`, cell, subject, F.share, FieldKind.figure);
    }
  }
  dataset.fundTables?.forEach((table, t) => {
    const p = `fundTables[${t}]`;
    table.rows.forEach((row, r) => {
      // Most rows are clean: skip them before naming their paths.
      if (
        onlySuspect &&
        isClean(row.budget, FieldKind.amount) &&
        (!row.arrived || isClean(row.arrived, FieldKind.amount)) &&
        isClean(row.used, FieldKind.amount) &&
        (!row.reportedRate || isClean(row.reportedRate, FieldKind.figure))
      )
        return;
      const subject = S.fundRow(table.title, row.name);
      add(`${p}.rows[${r}].budget`, row.budget, subject, F.budget, FieldKind.amount, true);
      add(`${p}.rows[${r}].arrived`, row.arrived, subject, F.arrived, FieldKind.amount);
      add(`${p}.rows[${r}].used`, row.used, subject, F.used, FieldKind.amount, true);
      add(`${p}.rows[${r}].reportedRate`, row.reportedRate, subject, F.rate, FieldKind.figure);
    });
    table.reportedSubtotals?.forEach((sub, s) => {
      const subject = S.fundSubtotal(table.title, sub.group);
      add(`${p}.reportedSubtotals[${s}].budget`, sub.budget, subject, F.budget, FieldKind.amount);
      add(`${p}.reportedSubtotals[${s}].arrived`, sub.arrived, subject, F.arrived, FieldKind.amount);
      add(`${p}.reportedSubtotals[${s}].used`, sub.used, subject, F.used, FieldKind.amount);
      add(`${p}.reportedSubtotals[${s}].rate`, sub.rate, subject, F.rate, FieldKind.figure);
    });
    const tot = table.reportedTotal;
    if (tot) {
      const subject = S.fundTotal(table.title);
      add(`${p}.reportedTotal.budget`, tot.budget, subject, F.budget, FieldKind.amount);
      add(`${p}.reportedTotal.arrived`, tot.arrived, subject, F.arrived, FieldKind.amount);
      add(`${p}.reportedTotal.used`, tot.used, subject, F.used, FieldKind.amount);
      add(`${p}.reportedTotal.rate`, tot.rate, subject, F.rate, FieldKind.figure);
      add(`${p}.reportedTotal.arrivalRate`, tot.arrivalRate, subject, F.arrivalRate, FieldKind.figure);
    }
  });
  dataset.indicators?.forEach((ind, i) => {
    const p = `indicators[${i}]`;
    const subject = S.indicator(ind.name);
    add(`${p}.weight`, ind.weight, subject, F.weight, FieldKind.count, true);
    add(`${p}.target`, ind.target, subject, F.target, FieldKind.figure);
    add(`${p}.actual`, ind.actual, subject, F.actual, FieldKind.figure);
    add(`${p}.ratingPercent`, ind.ratingPercent, subject, F.ratingPercent, FieldKind.figure);
    add(`${p}.reportedScore`, ind.reportedScore, subject, F.score, FieldKind.figure);
  });
  add(
    "selfEvaluation.reportedScore",
    dataset.selfEvaluation?.reportedScore,
    S.selfEvaluation,
    F.selfScore,
    FieldKind.figure,
  );
  add(
    "settings.lowExecutionThreshold",
    dataset.settings?.lowExecutionThreshold,
    S.settings,
    F.threshold,
    FieldKind.count,
  );
  return out;
}

const shown = (cell: NumCell) =>
  typeof cell.source === "string" ? JSON.stringify(cell.source) : String(cell.source);

/** Checks one numeric field by its kind. */
export function checkField(out: FindingSink, f: NumericField): void {
  const { cell } = f;
  const M = findingText.messages;
  if (cell.kind === "invalid") {
    out.push(
      finding(
        "invalid-number",
        f.path,
        M.invalidNumber(f.subject, f.field, shown(cell), cell.problem ?? ""),
        {
          reported: shown(cell),
        },
      ),
    );
    return;
  }
  if (cell.kind === "blank") {
    if (f.required) out.push(finding("missing-value", f.path, M.missingValue(f.subject, f.field)));
    return;
  }
  if (cell.value === null || f.kind === FieldKind.figure) return;
  if (cell.percent && f.kind === FieldKind.amount) {
    const reason = errorText.numberReasons.percentInAmount;
    out.push(
      finding("invalid-number", f.path, M.invalidNumber(f.subject, f.field, shown(cell), reason), {
        reported: shown(cell),
      }),
    );
    return;
  }
  if (cell.value.lt(0)) {
    out.push(
      finding("invalid-number", f.path, M.negativeAmount(f.subject, f.field, reportedText(cell)), {
        reported: reportedText(cell),
      }),
    );
    return;
  }
  if (f.kind === FieldKind.amount && cell.decimals > 2) {
    out.push(
      finding("excess-precision", f.path, M.excessPrecision(f.subject, f.field, reportedText(cell)), {
        reported: reportedText(cell),
      }),
    );
  }
}

/** Runs the input rules over every numeric field. */
export function checkInputs(out: FindingSink, dataset: Dataset): void {
  for (const field of numericFields(dataset, true)) checkField(out, field);
}
