/**
 * 收支总表: the balance equation for basic and project funds, the reported totals beside the
 * computed ones, the basic-expenditure split with shares, and each breakdown with its shares.
 */
import type { Breakdown, ComputedModel, Decimal, NumCell } from "../../domain";
import { SheetBuilder, type LocationMap } from "../builder";
import { amountInput, formula, label, rateFormula, rateFraction, rateInput, textInput } from "../cells";
import { absolute, cellRef, SheetKind, StyleKey, type SheetPlan } from "../plan";
import { workbookText } from "../../i18n";

const W = workbookText.accounts;
const A = StyleKey.amount;

/** Lays out 收支总表. */
export function accountsSheet(model: ComputedModel, name: string, locations: LocationMap): SheetPlan {
  const ds = model.dataset;
  const f = ds.finance;
  const m = model.finance;
  const b = new SheetBuilder("accounts", SheetKind.accounts, name, locations);
  b.put(0, 0, label(W.title, StyleKey.title));
  b.merge(0, 0, 0, 3);
  b.put(1, 3, label(workbookText.unitNote, StyleKey.unitNote));
  b.put(2, 0, label(W.balanceTitle, StyleKey.subtitle));
  b.putRow(
    3,
    0,
    W.balanceHeaders.map((h) => label(h, StyleKey.header)),
  );
  const R = {
    opening: 4,
    income: 5,
    available: 6,
    expenditure: 7,
    computed: 8,
    closing: 9,
    carry: 10,
    surplus: 11,
    share: 12,
  };
  const ref = (row: number, col: number) => cellRef(row, col);
  const sum2 = (row: number, value: Decimal | null | undefined) =>
    b.put(row, 3, formula(`=N(${ref(row, 1)})+N(${ref(row, 2)})`, value ?? null, A));
  const inputs = (
    row: number,
    text: string,
    key: "openingBalance" | "income" | "expenditure",
    totals: { total: Decimal | null } | undefined,
  ) => {
    b.put(row, 0, label(text));
    b.put(row, 1, amountInput(f?.[key]?.basic, `finance.${key}.basic`));
    b.put(row, 2, amountInput(f?.[key]?.project, `finance.${key}.project`));
    sum2(row, totals?.total);
  };
  inputs(R.opening, W.opening, "openingBalance", m?.opening);
  inputs(R.income, W.income, "income", m?.income);
  b.put(R.available, 0, label(W.available));
  for (const col of [1, 2, 3]) {
    const value = col === 1 ? m?.available.basic : col === 2 ? m?.available.project : m?.available.total;
    b.put(R.available, col, formula(`=N(${ref(R.opening, col)})+N(${ref(R.income, col)})`, value ?? null, A));
  }
  inputs(R.expenditure, W.expenditure, "expenditure", m?.expenditure);
  b.put(R.computed, 0, label(W.computedClosing));
  for (const col of [1, 2, 3]) {
    const value =
      col === 1
        ? m?.computedClosing.basic
        : col === 2
          ? m?.computedClosing.project
          : m?.computedClosing.total;
    b.put(
      R.computed,
      col,
      formula(`=${ref(R.available, col)}-N(${ref(R.expenditure, col)})`, value ?? null, A),
    );
  }
  b.put(R.closing, 0, label(W.closing));
  b.put(R.closing, 1, amountInput(f?.closingBalance?.basic, "finance.closingBalance.basic"));
  b.put(
    R.closing,
    2,
    formula(`=N(${ref(R.carry, 2)})+N(${ref(R.surplus, 2)})`, m?.closing.project ?? null, A),
  );
  sum2(R.closing, m?.closing.total);
  b.put(R.carry, 0, label(W.projectCarryover));
  b.put(
    R.carry,
    2,
    amountInput(f?.closingBalance?.projectCarryover, "finance.closingBalance.projectCarryover"),
  );
  b.put(R.surplus, 0, label(W.projectSurplus));
  b.put(
    R.surplus,
    2,
    amountInput(f?.closingBalance?.projectSurplus, "finance.closingBalance.projectSurplus"),
  );
  b.put(R.share, 0, label(W.expenditureShare));
  b.put(
    R.share,
    1,
    formula(
      `=${rateFormula(ref(R.expenditure, 1), ref(R.expenditure, 3))}`,
      rateFraction(m?.expenditureShares.basic ?? null),
      StyleKey.rate,
    ),
  );
  b.put(
    R.share,
    2,
    formula(
      `=${rateFormula(ref(R.expenditure, 2), ref(R.expenditure, 3))}`,
      rateFraction(m?.expenditureShares.project ?? null),
      StyleKey.rate,
    ),
  );
  // Balance: closing as filled in vs opening + income − expenditure (tolerance n × 0.005).
  b.conditional({
    range: `${ref(R.closing, 1)}:${ref(R.closing, 2)}`,
    formula: `=AND(ISNUMBER(${ref(R.closing, 1)}),ROUND(ABS(${ref(R.closing, 1)}-${ref(R.computed, 1)}),2)>0.02)`,
    severity: "error",
    rule: "balance-mismatch",
  });

  // Reported totals.
  let row = R.share + 2;
  b.put(row++, 0, label(W.reportedTitle, StyleKey.subtitle));
  b.putRow(
    row++,
    0,
    W.reportedHeaders.map((h) => label(h, StyleKey.header)),
  );
  const reported = f?.reported;
  const reportedLine = (
    text: string,
    key: "totalAvailable" | "totalIncome" | "totalExpenditure" | "totalClosing",
    computedRow: number,
    value: Decimal | null | undefined,
  ) => {
    b.put(row, 0, label(text));
    const r = b.put(row, 1, amountInput(reported?.[key], `finance.reported.${key}`));
    const c = b.put(row, 2, formula(`=${ref(computedRow, 3)}`, value ?? null, A));
    b.put(row, 3, formula(`=IF(ISNUMBER(${r}),ROUND(${r}-${c},2),"")`, diffOf(reported?.[key], value), A));
    row++;
  };
  const firstReported = row;
  reportedLine(W.totalAvailable, "totalAvailable", R.available, m?.available.total);
  reportedLine(W.totalIncome, "totalIncome", R.income, m?.income.total);
  reportedLine(W.totalExpenditure, "totalExpenditure", R.expenditure, m?.expenditure.total);
  reportedLine(W.totalClosing, "totalClosing", R.closing, m?.closing.total);
  b.conditional({
    range: `${ref(firstReported, 3)}:${ref(row - 1, 3)}`,
    formula: `=AND(ISNUMBER(${ref(firstReported, 3)}),${ref(firstReported, 3)}<>0)`,
    severity: "verify",
    rule: "sum-mismatch",
  });

  // Basic expenditure.
  row++;
  b.put(row++, 0, label(W.basicTitle, StyleKey.subtitle));
  b.putRow(
    row++,
    0,
    W.basicHeaders.map((h) => label(h, StyleKey.header)),
  );
  const be = ds.basicExpenditure;
  const bm = model.basicExpenditure;
  const B = {
    budget: row,
    personnel: row + 1,
    wages: row + 2,
    family: row + 3,
    publicFunds: row + 4,
    publicBudget: row + 5,
    actual: row + 6,
    execution: row + 7,
    publicRate: row + 8,
  };
  const basicLine = (r: number, text: string, cell: NumCell | undefined, path: string) => {
    b.put(r, 0, label(text));
    b.put(r, 1, amountInput(cell, path));
  };
  basicLine(B.budget, W.basicBudget, be?.budget, "basicExpenditure.budget");
  basicLine(B.personnel, W.personnel, be?.personnel?.total, "basicExpenditure.personnel.total");
  basicLine(B.wages, W.wages, be?.personnel?.wages, "basicExpenditure.personnel.wages");
  basicLine(
    B.family,
    W.familySubsidies,
    be?.personnel?.familySubsidies,
    "basicExpenditure.personnel.familySubsidies",
  );
  basicLine(B.publicFunds, W.publicFunds, be?.publicFunds, "basicExpenditure.publicFunds");
  basicLine(B.publicBudget, W.publicFundsBudget, be?.publicFundsBudget, "basicExpenditure.publicFundsBudget");
  b.put(B.actual, 0, label(W.basicActual, StyleKey.totalLabel));
  const actual = b.put(
    B.actual,
    1,
    formula(
      `=IF(COUNT(${ref(B.personnel, 1)},${ref(B.publicFunds, 1)})>0,N(${ref(B.personnel, 1)})+N(${ref(B.publicFunds, 1)}),N(${ref(R.expenditure, 1)}))`,
      bm?.actual ?? null,
      StyleKey.totalAmount,
    ),
  );
  b.locate("basicExpenditure", B.actual, 1);
  for (const [r, share, rep, path] of [
    [
      B.personnel,
      bm?.personnelShare,
      be?.reported?.personnelShare,
      "basicExpenditure.reported.personnelShare",
    ],
    [
      B.publicFunds,
      bm?.publicFundsShare,
      be?.reported?.publicFundsShare,
      "basicExpenditure.reported.publicFundsShare",
    ],
  ] as const) {
    b.put(r, 2, formula(`=${rateFormula(ref(r, 1), actual)}`, rateFraction(share ?? null), StyleKey.rate));
    b.put(r, 3, rateInput(rep, path));
  }
  b.put(B.execution, 0, label(W.basicExecution));
  b.put(
    B.execution,
    1,
    formula(
      `=${rateFormula(actual, ref(B.budget, 1))}`,
      rateFraction(bm?.executionRate ?? null),
      StyleKey.rate,
    ),
  );
  b.put(B.publicRate, 0, label(W.publicFundsRate));
  b.put(
    B.publicRate,
    1,
    formula(
      `=${rateFormula(ref(B.publicFunds, 1), ref(B.publicBudget, 1))}`,
      rateFraction(bm?.publicFundsRate ?? null),
      StyleKey.rate,
    ),
  );
  b.conditional({
    range: `${ref(B.execution, 1)}:${ref(B.publicRate, 1)}`,
    formula: `=AND(ISNUMBER(${ref(B.execution, 1)}),${ref(B.execution, 1)}>1)`,
    severity: "verify",
    rule: "over-budget",
  });

  // Breakdowns.
  row = B.publicRate + 2;
  const baseRef = {
    totalExpenditure: ref(R.expenditure, 3),
    basic: actual,
    project: ref(R.expenditure, 2),
  } as const;
  (ds.breakdowns ?? []).forEach((bd: Breakdown, i) => {
    const bm2 = model.breakdowns[i];
    const p = `breakdowns[${i}]`;
    b.put(row, 0, label(W.breakdownTitle(i, bd.title), StyleKey.subtitle));
    b.put(row, 2, label(W.breakdownBase[bm2.base]));
    b.meta(`${p}.id`, bd.id);
    b.meta(`${p}.title`, bd.title);
    if (bd.base) b.meta(`${p}.base`, bd.base);
    row++;
    b.putRow(
      row++,
      0,
      W.breakdownHeaders.map((h) => label(h, StyleKey.header)),
    );
    const first = row;
    const totalRow = first + bd.items.length;
    const base = absolute(bm2.base === "items" ? ref(totalRow, 1) : baseRef[bm2.base]);
    bd.items.forEach((item, j) => {
      b.put(row, 0, textInput(item.name, `${p}.items[${j}].name`));
      b.put(row, 1, amountInput(item.amount, `${p}.items[${j}].amount`));
      b.put(
        row,
        2,
        formula(`=${rateFormula(ref(row, 1), base)}`, rateFraction(bm2.items[j].share), StyleKey.rate),
      );
      b.put(row, 3, rateInput(item.reportedShare, `${p}.items[${j}].reportedShare`));
      row++;
    });
    b.put(totalRow, 0, label(W.total, StyleKey.totalLabel));
    b.put(
      totalRow,
      1,
      formula(
        bd.items.length ? `=SUM(${ref(first, 1)}:${ref(totalRow - 1, 1)})` : "=0",
        bm2.total,
        StyleKey.totalAmount,
      ),
    );
    b.put(totalRow + 1, 0, label(W.reportedTotal));
    b.put(totalRow + 1, 1, amountInput(bd.reportedTotal, `${p}.reportedTotal`));
    row = totalRow + 3;
  });

  b.setColumns([40, 16, 16, 16]);
  b.freeze(4);
  b.printTitles(0, 1);
  return b.build();
}

function diffOf(reported: NumCell | undefined, computed: Decimal | null | undefined): number | string {
  if (!reported?.value || !computed) return "";
  return Number(reported.value.minus(computed).toFixed(2));
}
