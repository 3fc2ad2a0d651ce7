/**
 * 三公经费: per category budget, actual, 完成率, share of the actual total, last year and 变动率,
 * the reported rates and shares beside them, the reported totals, and the statistics.
 */
import type { ComputedModel, SangongKey, SangongStats } from "../../domain";
import { SheetBuilder, type LocationMap } from "../builder";
import {
  amountInput,
  formula,
  integerInput,
  label,
  rateFormula,
  rateFraction,
  rateInput,
  textInput,
} from "../cells";
import { absolute, cellRef, SheetKind, StyleKey, type SheetPlan } from "../plan";
import { workbookText } from "../../i18n";

const W = workbookText.sangong;

/** Columns of 三公经费. */
export const SangongCol = {
  name: 0,
  budget: 1,
  actual: 2,
  rate: 3,
  share: 4,
  lastYear: 5,
  change: 6,
  reportedRate: 7,
  reportedShare: 8,
  note: 9,
} as const;

/** Last year's total: the sum, when every row with an actual has a last-year figure (as the engine). */
function lastYearFormula(actuals: string, lasts: string): string {
  return `=IF(AND(COUNT(${actuals})>0,COUNT(${actuals})=COUNT(${lasts})),SUM(${lasts}),"")`;
}

/** Lays out 三公经费. */
export function sangongSheet(model: ComputedModel, name: string, locations: LocationMap): SheetPlan {
  const sg = model.dataset.sangong;
  const sm = model.sangong;
  const C = SangongCol;
  const b = new SheetBuilder("sangong", SheetKind.sangong, name, locations);
  b.put(0, 0, label(W.title, StyleKey.title));
  b.merge(0, 0, 0, C.note);
  b.put(1, C.note, label(workbookText.unitNote, StyleKey.unitNote));
  b.putRow(
    2,
    0,
    W.headers.map((h) => label(h, StyleKey.header)),
  );
  const pair = sg?.items.vehiclePurchase !== undefined || sg?.items.vehicleOperation !== undefined;
  const keys: SangongKey[] = pair
    ? ["vehicle", "vehiclePurchase", "vehicleOperation", "abroad", "reception"]
    : ["vehicle", "abroad", "reception"];
  const first = 3;
  const totalRow = first + keys.length;
  const rowOf = (k: SangongKey) => first + keys.indexOf(k);
  const totalActual = absolute(cellRef(totalRow, C.actual));
  const categoryOf = (k: SangongKey) =>
    k === "vehicle" && pair ? sm?.vehicle : sm?.categories.find((c) => c.key === k);
  const topLevel: SangongKey[] = ["vehicle", "abroad", "reception"];
  for (const k of keys) {
    const row = rowOf(k);
    const item = sg?.items[k];
    const c = categoryOf(k);
    const p = `sangong.items.${k}`;
    b.put(row, C.name, label(W.categories[k]));
    if (k === "vehicle" && pair) {
      // The combined line adds its pair; last year only when each part with an actual has one.
      const rows = [rowOf("vehiclePurchase"), rowOf("vehicleOperation")];
      const cells = (col: number) => rows.map((r) => cellRef(r, col)).join(",");
      b.put(
        row,
        C.budget,
        formula(
          `=IF(COUNT(${cells(C.budget)})=0,"",SUM(${cells(C.budget)}))`,
          c?.budget ?? "",
          StyleKey.amount,
        ),
      );
      b.put(
        row,
        C.actual,
        formula(
          `=IF(COUNT(${cells(C.actual)})=0,"",SUM(${cells(C.actual)}))`,
          c?.actual ?? "",
          StyleKey.amount,
        ),
      );
      b.put(
        row,
        C.lastYear,
        formula(
          lastYearFormula(cells(C.actual), cells(C.lastYear)),
          c?.lastYearActual ?? "",
          StyleKey.amount,
        ),
      );
    } else {
      b.put(row, C.budget, amountInput(item?.budget, `${p}.budget`));
      b.put(row, C.actual, amountInput(item?.actual, `${p}.actual`));
      b.put(row, C.lastYear, amountInput(item?.lastYearActual, `${p}.lastYearActual`));
      b.put(row, C.note, textInput(item?.note, `${p}.note`));
    }
    b.locate(p, row, C.actual);
    const [bud, act, last] = [cellRef(row, C.budget), cellRef(row, C.actual), cellRef(row, C.lastYear)];
    b.put(row, C.rate, formula(`=${rateFormula(act, bud)}`, rateFraction(c?.rate ?? null), StyleKey.rate));
    b.put(
      row,
      C.share,
      formula(`=${rateFormula(act, totalActual)}`, rateFraction(c?.share ?? null), StyleKey.rate),
    );
    b.put(
      row,
      C.change,
      formula(
        `=IF(N(${last})=0,"",ROUND((N(${act})-${last})/${last},4))`,
        rateFraction(c?.change ?? null),
        StyleKey.rate,
      ),
    );
    b.put(row, C.reportedRate, rateInput(sg?.reported?.rates?.[k], `sangong.reported.rates.${k}`));
    b.put(row, C.reportedShare, rateInput(sg?.reported?.shares?.[k], `sangong.reported.shares.${k}`));
  }
  b.put(totalRow, C.name, label(W.total, StyleKey.totalLabel));
  const tops = topLevel.map((k) => rowOf(k));
  const leaves = keys.filter((k) => !(pair && k === "vehicle")).map((k) => rowOf(k));
  const cellsOf = (rows: number[], col: number) => rows.map((r) => cellRef(r, col)).join(",");
  b.put(
    totalRow,
    C.budget,
    formula(`=SUM(${cellsOf(tops, C.budget)})`, sm?.total.budget ?? 0, StyleKey.totalAmount),
  );
  b.put(
    totalRow,
    C.actual,
    formula(`=SUM(${cellsOf(tops, C.actual)})`, sm?.total.actual ?? 0, StyleKey.totalAmount),
  );
  b.put(
    totalRow,
    C.lastYear,
    formula(
      lastYearFormula(cellsOf(leaves, C.actual), cellsOf(leaves, C.lastYear)),
      sm?.total.lastYearActual ?? "",
      StyleKey.totalAmount,
    ),
  );
  const [tb, ta, tl] = [
    cellRef(totalRow, C.budget),
    cellRef(totalRow, C.actual),
    cellRef(totalRow, C.lastYear),
  ];
  b.put(
    totalRow,
    C.rate,
    formula(`=${rateFormula(ta, tb)}`, rateFraction(sm?.total.rate ?? null), StyleKey.totalRate),
  );
  b.put(
    totalRow,
    C.share,
    formula(
      `=IF(N(${ta})=0,"",1)`,
      sm?.total.actual && !sm.total.actual.isZero() ? 1 : "",
      StyleKey.totalRate,
    ),
  );
  b.put(
    totalRow,
    C.change,
    formula(
      `=IF(N(${tl})=0,"",ROUND((N(${ta})-${tl})/${tl},4))`,
      rateFraction(sm?.total.change ?? null),
      StyleKey.totalRate,
    ),
  );
  b.put(totalRow, C.reportedRate, rateInput(sg?.reported?.rate, "sangong.reported.rate"));
  b.locate("sangong.items", totalRow, C.actual);

  const reportedRow = totalRow + 1;
  b.put(reportedRow, C.name, label(W.reportedTotal));
  b.put(reportedRow, C.budget, amountInput(sg?.reported?.budget, "sangong.reported.budget"));
  b.put(reportedRow, C.actual, amountInput(sg?.reported?.actual, "sangong.reported.actual"));

  const range = (col: number) => `${cellRef(first, col)}:${cellRef(totalRow, col)}`;
  const a = cellRef(first, C.actual);
  const bu = cellRef(first, C.budget);
  b.conditional({
    range: range(C.actual),
    formula: `=AND(ISNUMBER(${a}),ISNUMBER(${bu}),${a}>${bu})`,
    severity: "error",
    rule: "over-budget",
  });
  for (const col of [C.reportedRate, C.reportedShare]) {
    const rep = cellRef(first, col);
    const calc = cellRef(first, col === C.reportedRate ? C.rate : C.share);
    b.conditional({
      range: range(col),
      formula: `=AND(ISNUMBER(${rep}),ISNUMBER(${calc}),ROUND(${rep}-${calc},6)<>0)`,
      severity: "verify",
      rule: "rate-mismatch",
    });
  }
  for (const col of [C.budget, C.actual]) {
    const rep = cellRef(reportedRow, col);
    b.conditional({
      range: rep,
      formula: `=AND(ISNUMBER(${rep}),ROUND(${rep}-${cellRef(totalRow, col)},2)<>0)`,
      severity: "verify",
      rule: "sum-mismatch",
    });
  }

  let row = reportedRow + 2;
  b.put(row++, 0, label(W.statsTitle, StyleKey.subtitle));
  const stats: SangongStats = sg?.stats ?? {};
  for (const key of Object.keys(W.stats) as (keyof SangongStats)[]) {
    b.put(row, 0, label(W.stats[key]));
    b.put(row++, 1, integerInput(stats[key], `sangong.stats.${key}`));
  }

  b.setColumns([30, 14, 14, 11, 11, 14, 11, 11, 11, 50]);
  b.freeze(3, 1);
  b.printTitles(0, 2, true);
  return b.build();
}
