/**
 * 三公经费: per category budget, actual, 完成率, share of the actual total, last year and 变动率,
 * the reported rates and shares beside them, the reported totals, and the statistics.
 */
import type Decimal from "decimal.js";
import {
  SANGONG_KEYS,
  type ComputedModel,
  type Path,
  type SangongKey,
  type SangongStats,
} from "../../domain";
import { SheetBuilder, type LocationMap } from "../builder";
import {
  formula,
  inForceFormula,
  inputCell,
  knownRateFormula,
  knownSumFormula,
  label,
  rateFraction,
} from "../cells";
import { cellText, findHeaderRow, gridCell, headerColumns, headingKey, type GridSheet } from "../grid";
import { absolute, cellRef, quoteSheet, SheetKind, StyleKey, type SheetPlan } from "../plan";
import type { FigureRefs } from "../figures";
import type { RawBuilder } from "../raw";
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
  /** 全年预算数 (after 追加/调减); 预算数 is the 年初预算数. */
  adjusted: 10,
} as const;

/** Last year's total: the sum, when every row with an actual has a last-year figure (as the engine). */
function lastYearFormula(actuals: string, lasts: string): string {
  return `=IF(AND(COUNT(${actuals})>0,COUNT(${actuals})=COUNT(${lasts})),SUM(${lasts}),"")`;
}

/** Lays out 三公经费. */
export function sangongSheet(
  model: ComputedModel,
  name: string,
  locations: LocationMap,
  figures?: FigureRefs,
): SheetPlan {
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
  // A row's budget in force: its 全年预算数 when a number, else its 预算数 (年初), as the engine's.
  const inForce = (r: number, q = "") =>
    inForceFormula(`${q}${cellRef(r, C.adjusted)}`, `${q}${cellRef(r, C.budget)}`);
  /** 全年预算数 of a line adding rows: blank unless one of them has one, then the sum of their budgets in force. */
  const adjustedSum = (rows: readonly number[], keys: readonly SangongKey[], value: Decimal | null) =>
    formula(
      `=IF(OR(${rows.map((r) => `ISNUMBER(${cellRef(r, C.adjusted)})`).join(",")}),${knownSumFormula(rows.map((r) => inForce(r)))},"")`,
      keys.some((k) => sg?.items[k]?.adjustedBudget?.value) ? (value ?? "") : "",
      StyleKey.amount,
    );
  for (const k of keys) {
    const row = rowOf(k);
    const item = sg?.items[k];
    const c = categoryOf(k);
    const p: Path = ["sangong", "items", k];
    b.put(row, C.name, label(W.categories[k]));
    if (k === "vehicle" && pair) {
      // The combined line adds its pair; last year only when each part with an actual has one.
      const rows = [rowOf("vehiclePurchase"), rowOf("vehicleOperation")];
      const cells = (col: number) => rows.map((r) => cellRef(r, col)).join(",");
      b.put(
        row,
        C.budget,
        formula(
          `=${knownSumFormula(rows.map((r) => cellRef(r, C.budget)))}`,
          c?.initialBudget ?? "",
          StyleKey.amount,
        ),
      );
      b.put(row, C.adjusted, adjustedSum(rows, ["vehiclePurchase", "vehicleOperation"], c?.budget ?? null));
      b.put(
        row,
        C.actual,
        formula(
          `=${knownSumFormula(rows.map((r) => cellRef(r, C.actual)))}`,
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
      b.put(row, C.budget, inputCell([...p, "budget"], item?.budget));
      b.put(row, C.actual, inputCell([...p, "actual"], item?.actual));
      b.put(row, C.lastYear, inputCell([...p, "lastYearActual"], item?.lastYearActual));
      b.put(row, C.note, inputCell([...p, "note"], item?.note));
      b.put(row, C.adjusted, inputCell([...p, "adjustedBudget"], item?.adjustedBudget));
    }
    b.locate(p, row, C.actual);
    const [act, last] = [cellRef(row, C.actual), cellRef(row, C.lastYear)];
    b.put(
      row,
      C.rate,
      formula(`=${knownRateFormula(act, inForce(row))}`, rateFraction(c?.rate ?? null), StyleKey.rate),
    );
    b.put(
      row,
      C.share,
      formula(`=${knownRateFormula(act, totalActual)}`, rateFraction(c?.share ?? null), StyleKey.rate),
    );
    b.put(
      row,
      C.change,
      formula(
        `=IF(OR(LEN(${act})=0,N(${last})=0),"",ROUND((N(${act})-${last})/${last},4))`,
        rateFraction(c?.change ?? null),
        StyleKey.rate,
      ),
    );
    b.put(row, C.reportedRate, inputCell(["sangong", "reported", "rates", k], sg?.reported?.rates?.[k]));
    b.put(row, C.reportedShare, inputCell(["sangong", "reported", "shares", k], sg?.reported?.shares?.[k]));
  }
  b.put(totalRow, C.name, label(W.total, StyleKey.totalLabel));
  const tops = topLevel.map((k) => rowOf(k));
  const leaves = keys.filter((k) => !(pair && k === "vehicle")).map((k) => rowOf(k));
  const cellsOf = (rows: number[], col: number) => rows.map((r) => cellRef(r, col)).join(",");
  b.put(
    totalRow,
    C.budget,
    formula(
      `=${knownSumFormula(tops.map((r) => cellRef(r, C.budget)))}`,
      sm?.total.initialBudget ?? "",
      StyleKey.totalAmount,
    ),
  );
  b.put(totalRow, C.adjusted, {
    ...adjustedSum(tops, sm?.totalParts ?? [], sm?.total.budget ?? null),
    style: StyleKey.totalAmount,
  });
  b.put(
    totalRow,
    C.actual,
    formula(
      `=${knownSumFormula(tops.map((r) => cellRef(r, C.actual)))}`,
      sm?.total.actual ?? "",
      StyleKey.totalAmount,
    ),
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
  const [ta, tl] = [cellRef(totalRow, C.actual), cellRef(totalRow, C.lastYear)];
  b.put(
    totalRow,
    C.rate,
    formula(
      `=${knownRateFormula(ta, inForce(totalRow))}`,
      rateFraction(sm?.total.rate ?? null),
      StyleKey.totalRate,
    ),
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
      `=IF(OR(LEN(${ta})=0,N(${tl})=0),"",ROUND((N(${ta})-${tl})/${tl},4))`,
      rateFraction(sm?.total.change ?? null),
      StyleKey.totalRate,
    ),
  );
  b.put(totalRow, C.reportedRate, inputCell(["sangong", "reported", "rate"], sg?.reported?.rate));
  b.locate(["sangong", "items"], totalRow, C.actual);
  // “三公经费”控制率: the total 决算数 over each category's budget in force (全年, else 年初).
  const q = `${quoteSheet(name)}!`;
  const leavesInForce = leaves.map((r) => `N(${inForce(r, q)})`).join("+");
  figures?.set(
    "sangongControlRate",
    `IF(OR(NOT(ISNUMBER(${q}${ta})),(${leavesInForce})=0),"",ROUND(${q}${ta}/(${leavesInForce}),4))`,
  );

  const reportedRow = totalRow + 1;
  b.put(reportedRow, C.name, label(W.reportedTotal));
  b.put(reportedRow, C.budget, inputCell(["sangong", "reported", "budget"], sg?.reported?.budget));
  b.put(reportedRow, C.actual, inputCell(["sangong", "reported", "actual"], sg?.reported?.actual));

  const range = (col: number) => `${cellRef(first, col)}:${cellRef(totalRow, col)}`;
  const a = cellRef(first, C.actual);
  const bu = cellRef(first, C.budget);
  const adj = cellRef(first, C.adjusted);
  // Over the budget in force: 全年预算数 when given, else 预算数 (年初).
  b.conditional({
    range: range(C.actual),
    formula: `=AND(ISNUMBER(${a}),OR(ISNUMBER(${adj}),ISNUMBER(${bu})),${a}>${inForceFormula(adj, bu)})`,
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
  // The reported 全年预算数 total against the categories' budgets in force, as the engine checks it.
  for (const col of [C.budget, C.actual]) {
    const rep = cellRef(reportedRow, col);
    const total = col === C.budget ? inForce(totalRow) : cellRef(totalRow, col);
    b.conditional({
      range: rep,
      formula: `=AND(ISNUMBER(${rep}),ROUND(${rep}-${total},2)<>0)`,
      severity: "verify",
      rule: "sum-mismatch",
    });
  }

  let row = reportedRow + 2;
  b.put(row++, 0, label(W.statsTitle, StyleKey.subtitle));
  const stats: SangongStats = sg?.stats ?? {};
  for (const key of Object.keys(W.stats) as (keyof SangongStats)[]) {
    b.put(row, 0, label(W.stats[key]));
    b.put(row++, 1, inputCell(["sangong", "stats", key], stats[key]));
  }

  b.setColumns([30, 14, 14, 11, 11, 14, 11, 11, 11, 50, 14]);
  b.freeze(3, 1);
  b.printTitles(0, 2, true);
  return b.build();
}

/**
 * Reads 三公经费 by its labels into `raw`: each category is the row whose 项目 names it (the
 * combined 公务用车 line only when it is an input, not the sum of its pair), the reported total
 * the 报送合计 row, the statistics their rows; columns by the header's headings.
 */
export function readSangongSheet(sheet: GridSheet, raw: RawBuilder): void {
  const header = findHeaderRow(sheet, [W.headers[0], W.headers[1], W.headers[2]]);
  const at = header >= 0 ? headerColumns(sheet, header) : new Map<string, number>();
  const C = SangongCol;
  const col = (i: number, fallback: number) => at.get(headingKey(W.headers[i])) ?? fallback;
  const cols = {
    name: col(C.name, C.name),
    budget: col(C.budget, C.budget),
    actual: col(C.actual, C.actual),
    lastYear: col(C.lastYear, C.lastYear),
    reportedRate: col(C.reportedRate, C.reportedRate),
    reportedShare: col(C.reportedShare, C.reportedShare),
    note: col(C.note, C.note),
    adjusted: at.get(headingKey(W.headers[C.adjusted])),
  };
  const byLabel = new Map<string, SangongKey>(SANGONG_KEYS.map((k) => [headingKey(W.categories[k]), k]));
  const stats = new Map(
    (Object.keys(W.stats) as (keyof SangongStats)[]).map((k) => [headingKey(W.stats[k]), k] as const),
  );
  const read = (path: Path, r: number, c: number) => raw.read(path, gridCell(sheet, r, c), sheet.name, r, c);
  const rows = new Map<SangongKey, number>();
  let seenTotal = false;
  for (let r = header + 1; r < sheet.cells.length; r++) {
    const text = headingKey(cellText(gridCell(sheet, r, cols.name)));
    const key = byLabel.get(text);
    if (key && !seenTotal && !rows.has(key)) rows.set(key, r);
    else if (text === headingKey(W.total)) {
      seenTotal = true;
      read(["sangong", "reported", "rate"], r, cols.reportedRate);
    } else if (text === headingKey(W.reportedTotal)) {
      read(["sangong", "reported", "budget"], r, cols.budget);
      read(["sangong", "reported", "actual"], r, cols.actual);
    } else {
      const stat = stats.get(text);
      if (stat) read(["sangong", "stats", stat], r, 1);
    }
  }
  // The combined vehicle line is the sum of its pair when the pair is there: only the pair is input.
  const pair = rows.has("vehiclePurchase") || rows.has("vehicleOperation");
  for (const [key, r] of rows) {
    const p: Path = ["sangong", "items", key];
    if (!(pair && key === "vehicle")) {
      read([...p, "budget"], r, cols.budget);
      read([...p, "actual"], r, cols.actual);
      read([...p, "lastYearActual"], r, cols.lastYear);
      read([...p, "note"], r, cols.note);
      if (cols.adjusted !== undefined) read([...p, "adjustedBudget"], r, cols.adjusted);
    }
    read(["sangong", "reported", "rates", key], r, cols.reportedRate);
    read(["sangong", "reported", "shares", key], r, cols.reportedShare);
  }
  // 三公 with figures but no category (only a reported total, say) still needs its category list.
  if (raw.has(["sangong"]) && !raw.has(["sangong", "items"])) raw.set(["sangong", "items"], {});
}
