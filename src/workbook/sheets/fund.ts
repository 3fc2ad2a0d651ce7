/**
 * 资金表: one sheet per fund table — groups with merged group cells, detail rows, a subtotal per
 * group and a total, every sum and rate a formula; reported rates beside the computed ones;
 * the reported subtotal/total amounts in a block below; anomalies as conditional formats.
 */
import type { FundFigures, FundTable, FundTableModel, NumCell } from "../../domain";
import { SheetBuilder, type LocationMap } from "../builder";
import {
  amountInput,
  choiceInput,
  formula,
  label,
  rateFormula,
  rateFraction,
  rateInput,
  textInput,
} from "../cells";
import { absolute, cellRef, InputKind, SheetKind, StyleKey, type SheetPlan } from "../plan";
import { THRESHOLD_NAME } from "./names";
import { workbookText } from "../../i18n";

const W = workbookText.fund;

/** Columns of a fund sheet (0-based). */
export const FundCol = {
  group: 0,
  name: 1,
  budget: 2,
  arrived: 3,
  used: 4,
  arrivalRate: 5,
  rate: 6,
  reported: 7,
  diff: 8,
} as const;

/** Where the fund sheet's figures are, for other sheets' formulas. */
export interface FundSheetRefs {
  readonly name: string;
  /** Total row cells. */
  readonly budget: string;
  readonly arrived: string;
  readonly used: string;
  /** The rate-base choice cell. */
  readonly rateBase: string;
}

const TITLE_ROW = 0;
const SETTING_ROW = 1;
const HEADER_ROW = 2;
const FIRST_ROW = 3;

/** Lays out one fund table. */
export function fundSheet(
  table: FundTable,
  model: FundTableModel,
  sheetName: string,
  locations: LocationMap,
): { plan: SheetPlan; refs: FundSheetRefs } {
  const b = new SheetBuilder(`fund:${table.id}`, SheetKind.fund, sheetName, locations);
  const p = `fundTables[${model.index}]`;
  const C = FundCol;
  b.put(TITLE_ROW, 0, label(W.title(table.title, workbookText.dimensions[table.dimension]), StyleKey.title));
  b.meta(`${p}.id`, table.id);
  b.meta(`${p}.title`, table.title);
  b.meta(`${p}.dimension`, table.dimension);
  b.merge(TITLE_ROW, 0, TITLE_ROW, C.diff);
  b.put(SETTING_ROW, 0, label(W.rateBase));
  const rateBaseRef = b.put(
    SETTING_ROW,
    1,
    choiceInput(workbookText.rateBases[model.rateBase], `${p}.rateBase`),
  );
  b.validate({
    range: rateBaseRef,
    type: "list",
    values: [workbookText.rateBases.budget, workbookText.rateBases.arrived],
  });
  b.put(SETTING_ROW, C.diff, label(workbookText.unitNote, StyleKey.unitNote));
  b.putRow(
    HEADER_ROW,
    0,
    W.headers[table.dimension].map((h) => label(h, StyleKey.header)),
  );
  const base = absolute(rateBaseRef);
  const arrivedBase = workbookText.rateBases.arrived;

  /** The computed columns of a row whose amounts are at C/D/E of `row`. */
  const computed = (row: number, figures: FundFigures, total: boolean, reported: NumCell | undefined) => {
    const [c, d, e] = [cellRef(row, C.budget), cellRef(row, C.arrived), cellRef(row, C.used)];
    const style = total ? StyleKey.totalRate : StyleKey.rate;
    b.put(
      row,
      C.arrivalRate,
      formula(`=IF(ISNUMBER(${d}),${rateFormula(d, c)},"")`, rateFraction(figures.arrivalRate), style),
    );
    b.put(
      row,
      C.rate,
      formula(
        `=IF(${base}="${arrivedBase}",${rateFormula(e, d)},${rateFormula(e, c)})`,
        rateFraction(figures.rate),
        style,
      ),
    );
    const [h, g] = [cellRef(row, C.reported), cellRef(row, C.rate)];
    const diff =
      reported?.value && figures.rate ? reported.value.minus(figures.rate).div(100).toDecimalPlaces(4) : null;
    b.put(
      row,
      C.diff,
      formula(`=IF(AND(ISNUMBER(${h}),ISNUMBER(${g})),ROUND(${h}-${g},4),"")`, diff ?? "", style),
    );
  };

  let row = FIRST_ROW;
  let newSubtotals = 0;
  const subtotalRows: number[] = [];
  const ungroupedRows: number[] = [];
  const emitted = new Set<number>();
  const emitRow = (i: number) => {
    const r = table.rows[i];
    const rp = `${p}.rows[${i}]`;
    b.put(row, C.name, textInput(r.name, `${rp}.name`));
    b.put(row, C.budget, amountInput(r.budget, `${rp}.budget`));
    b.put(row, C.arrived, amountInput(r.arrived, `${rp}.arrived`));
    b.put(row, C.used, amountInput(r.used, `${rp}.used`));
    const m = model.rows[i];
    computed(row, m, false, r.reportedRate);
    b.locate(rp, row, C.rate);
    b.put(row, C.reported, rateInput(r.reportedRate, `${rp}.reportedRate`));
    emitted.add(i);
    row++;
  };

  table.rows.forEach((r, i) => {
    if (emitted.has(i)) return;
    if (r.group === undefined) {
      ungroupedRows.push(row);
      b.put(row, C.group, label(""));
      emitRow(i);
      return;
    }
    const group = model.groups.find((g) => g.group === r.group);
    if (!group) return;
    const first = row;
    const groupCell = b.put(row, C.group, textInput(group.group, `${p}.rows[${i}].group`));
    for (const j of group.rowIndices) {
      // Every row of the group reads its group from the merged cell.
      if (j !== i) b.alias(row, InputKind.text, `${p}.rows[${j}].group`, groupCell);
      emitRow(j);
    }
    const last = row - 1;
    // Subtotal row.
    const s = table.reportedSubtotals?.findIndex((x) => x.group === group.group) ?? -1;
    // A group without a reported subtotal gets the next free index, so a rate typed there is kept.
    const sp = `${p}.reportedSubtotals[${s >= 0 ? s : (table.reportedSubtotals?.length ?? 0) + newSubtotals++}]`;
    b.alias(row, InputKind.text, `${sp}.group`, groupCell);
    b.put(row, C.name, label(W.subtotal, StyleKey.totalLabel));
    for (const [col, key] of [
      [C.budget, "budget"],
      [C.arrived, "arrived"],
      [C.used, "used"],
    ] as const) {
      const range = `${cellRef(first, col)}:${cellRef(last, col)}`;
      // 实际到位 sums only where some row has one (as the engine); the others always sum.
      const f = key === "arrived" ? `=IF(COUNT(${range})=0,"",SUM(${range}))` : `=SUM(${range})`;
      b.put(row, col, formula(f, group[key], StyleKey.totalAmount));
    }
    computed(row, group, true, table.reportedSubtotals?.[s]?.rate);
    b.locate(sp, row, C.rate);
    b.put(row, C.reported, rateInput(table.reportedSubtotals?.[s]?.rate, `${sp}.rate`));
    b.merge(first, C.group, row, C.group);
    subtotalRows.push(row);
    row++;
  });
  const lastDetail = row - 1;

  // Total row: the subtotals plus the ungrouped rows.
  const totalRow = row;
  const tp = `${p}.reportedTotal`;
  b.put(totalRow, C.group, label(W.total, StyleKey.totalLabel));
  b.merge(totalRow, C.group, totalRow, C.name);
  const sumOf = (col: number) => {
    const parts = [...subtotalRows, ...ungroupedRows].sort((x, y) => x - y).map((r) => cellRef(r, col));
    const list = parts.join(",") || "0";
    return col === C.arrived ? `=IF(COUNT(${list})=0,"",SUM(${list}))` : `=SUM(${list})`;
  };
  b.put(totalRow, C.budget, formula(sumOf(C.budget), model.total.budget, StyleKey.totalAmount));
  b.put(totalRow, C.arrived, formula(sumOf(C.arrived), model.total.arrived, StyleKey.totalAmount));
  b.put(totalRow, C.used, formula(sumOf(C.used), model.total.used, StyleKey.totalAmount));
  computed(totalRow, model.total, true, table.reportedTotal?.rate);
  b.locate(tp, totalRow, C.rate);
  b.put(totalRow, C.reported, rateInput(table.reportedTotal?.rate, `${tp}.rate`));

  // Reported subtotal and total amounts, as the report printed them.
  let r = totalRow + 2;
  b.put(r, 0, label(W.reportedTitle, StyleKey.subtitle));
  b.merge(r, 0, r, C.arrivalRate);
  r++;
  b.putRow(
    r,
    0,
    W.reportedHeaders.map((h) => label(h, StyleKey.header)),
  );
  r++;
  const reportedRow = (
    labelText: string,
    path: string,
    reported: FundTable["reportedTotal"],
    withArrivalRate: boolean,
  ) => {
    b.put(r, C.name, label(labelText));
    b.put(r, C.budget, amountInput(reported?.budget, `${path}.budget`));
    b.put(r, C.arrived, amountInput(reported?.arrived, `${path}.arrived`));
    b.put(r, C.used, amountInput(reported?.used, `${path}.used`));
    if (withArrivalRate) b.put(r, C.arrivalRate, rateInput(reported?.arrivalRate, `${path}.arrivalRate`));
    r++;
  };
  model.groups.forEach((g) => {
    const s = table.reportedSubtotals?.findIndex((x) => x.group === g.group) ?? -1;
    if (s >= 0)
      reportedRow(
        W.reportedSubtotal(g.group),
        `${p}.reportedSubtotals[${s}]`,
        table.reportedSubtotals?.[s],
        false,
      );
  });
  reportedRow(W.total, tp, table.reportedTotal, true);

  // Anomalies the colours follow without the add-in.
  const data = (col: number) => `${cellRef(FIRST_ROW, col)}:${cellRef(totalRow, col)}`;
  const first = (col: number) => cellRef(FIRST_ROW, col);
  b.conditional({
    range: data(C.rate),
    formula: `=AND(ISNUMBER(${first(C.rate)}),${first(C.rate)}<${THRESHOLD_NAME})`,
    severity: "verify",
    rule: "low-execution",
  });
  b.conditional({
    range: `${cellRef(FIRST_ROW, C.arrived)}:${cellRef(lastDetail, C.arrived)}`,
    formula: `=AND(ISNUMBER(${first(C.arrived)}),ISNUMBER(${first(C.budget)}),${first(C.arrived)}>${first(C.budget)})`,
    severity: "verify",
    rule: "arrived-over-budget",
  });
  b.conditional({
    range: `${cellRef(FIRST_ROW, C.used)}:${cellRef(lastDetail, C.used)}`,
    formula: `=AND(ISNUMBER(${first(C.used)}),ISNUMBER(${first(C.arrived)}),${first(C.used)}>${first(C.arrived)})`,
    severity: "error",
    rule: "used-over-arrived",
  });
  b.conditional({
    range: data(C.reported),
    formula: `=AND(ISNUMBER(${first(C.reported)}),ISNUMBER(${first(C.rate)}),ROUND(${first(C.reported)}-${first(C.rate)},6)<>0)`,
    severity: "error",
    rule: "rate-mismatch",
  });
  b.validate({
    range: `${cellRef(FIRST_ROW, C.budget)}:${cellRef(lastDetail, C.used)}`,
    type: "decimal",
    min: 0,
    warnOnly: true,
  });

  b.setColumns([16, 30, 14, 14, 14, 10, 10, 11, 10]);
  b.freeze(FIRST_ROW, 2);
  b.printTitles(TITLE_ROW, HEADER_ROW);
  return {
    plan: b.build(),
    refs: {
      name: sheetName,
      budget: cellRef(totalRow, C.budget),
      arrived: cellRef(totalRow, C.arrived),
      used: cellRef(totalRow, C.used),
      rateBase: rateBaseRef,
    },
  };
}
