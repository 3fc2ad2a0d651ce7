/**
 * 资金表: one sheet per fund table — groups with merged group cells, detail rows, a 小计 row per
 * group and a 合计 row, every sum and rate a formula; the reported rates beside the computed ones,
 * and the reported 小计/合计 amounts on their own rows (报送 columns); anomalies as conditional
 * formats.
 *
 * The sheet is read back by its structure, not by stored addresses: the header row says which
 * column is which, the 合计 row ends the table, a 小计 row closes a group, and every row between
 * is a row of the table — a row a clerk inserts anywhere is a new row (of the group it sits in), a
 * deleted row is gone, a moved row keeps its data. What the visible layout cannot always tell is
 * tagged in a hidden column: the group of each 小计 (a group whose first row — the one holding the
 * merged group name — was deleted still knows its name), and whether each row is in a group; a row
 * a clerk inserts has no tag, and belongs with the row above it unless that row closes a group (小计)
 * or is the header, in which case it joins the rows below.
 */
import {
  FUND_DIMENSIONS,
  PROJECT_FUNDING_LINES,
  type FundDimension,
  type ProjectFundingModel,
  type FundFigures,
  type FundTable,
  type FundTableModel,
  type NumCell,
  type Path,
} from "../../domain";
import { WorkbookError } from "../../errors";
import { errorText, workbookText } from "../../i18n";
import { SheetBuilder, type LocationMap } from "../builder";
import { isFundingTitle, putFundingBlock, readFundingBlock } from "./funding";
import type { FundingRefs } from "../figures";
import {
  amountFormatShowingZeroAs,
  choiceValues,
  formula,
  inputCell,
  label,
  knownRateFormula,
  rateFraction,
  zeroTextOf,
} from "../cells";
import { cellText, findHeaderRow, gridCell, headerColumns, headingKey, type GridSheet } from "../grid";
import {
  absolute,
  cellRef,
  parseRowTag,
  SheetKind,
  quoteSheet,
  StyleKey,
  type FundMarker,
  type SheetPlan,
} from "../plan";
import type { RawBuilder } from "../raw";
import { THRESHOLD_NAME } from "./names";

const W = workbookText.fund;
const E = errorText.workbook;

/** Columns of a fund sheet as this version lays it out (0-based). */
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
  reportedBudget: 9,
  reportedArrived: 10,
  reportedUsed: 11,
  reportedArrivalRate: 12,
  /**
   * 全年预算数 and its 报送 figure: only on a table that has 全年预算数 (a row's, a 小计's or the
   * 合计's), after the other columns — a table without it is laid out as before.
   */
  adjusted: 13,
  reportedAdjusted: 14,
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
  /** The 全年预算数 合计 cell, on a table with the column. */
  readonly adjusted?: string;
  /** 项目资金 年度资金总额's 执行率 cell, when the sheet has the block. */
  readonly fundingRate?: string;
}

const TITLE_ROW = 0;
const SETTING_ROW = 1;
const HEADER_ROW = 2;
const FIRST_ROW = 3;

/** The headings of a fund sheet, in column order; with the 全年预算数 columns when `adjusted`. */
export function fundHeadings(dimension: FundDimension, adjusted = false): readonly string[] {
  return [...W.headers[dimension], ...W.reportedHeaders, ...(adjusted ? W.adjustedHeaders : [])];
}

/**
 * `SUM(cells)` that stays blank while a figure of a named row of `range` is blank (docs/domain.md §7), as
 * the engine: a dash the unit wrote is text, not blank, and counts as 0; a row with no name (one a
 * clerk inserted and has not filled yet) is no row to the importer and leaves the sum alone.
 * `names` is the name column over the same rows (a 小计 row is named, so a blank 小计 counts).
 */
function knownRangeSum(range: string, names: string, cells: string): string {
  return `IF(SUMPRODUCT((${names}<>"")*(${range}=""))>0,"",SUM(${cells}))`;
}

/** Lays out one fund table. */
export function fundSheet(
  table: FundTable,
  model: FundTableModel,
  sheetName: string,
  locations: LocationMap,
  projectFunding?: ProjectFundingModel,
  fundingRefs?: FundingRefs,
  /** The table has indicators of its own: its 项目支出绩效自评表 is made, with the block it needs. */
  hasIndicators = false,
): { plan: SheetPlan; refs: FundSheetRefs } {
  const b = new SheetBuilder(`fund:${table.id}`, SheetKind.fund, sheetName, locations, {
    id: table.id,
    title: table.title,
    dimension: table.dimension,
  });
  const p: Path = ["fundTables", model.index];
  const C = FundCol;
  const withAdjusted = model.hasAdjusted;
  const lastCol = withAdjusted ? C.reportedAdjusted : C.reportedArrivalRate;
  // Each row says whether it is in a group: a row a clerk inserts is the only one without a tag.
  b.put(TITLE_ROW, 0, label(W.title(table.title, workbookText.dimensions[table.dimension]), StyleKey.title));
  b.merge(TITLE_ROW, 0, TITLE_ROW, lastCol);
  b.put(SETTING_ROW, 0, label(W.rateBase));
  const rateBaseRef = b.put(SETTING_ROW, 1, inputCell([...p, "rateBase"], model.rateBase));
  b.validate({ range: rateBaseRef, type: "list", values: choiceValues([...p, "rateBase"]) ?? [] });
  b.put(SETTING_ROW, lastCol, label(workbookText.unitNote, StyleKey.unitNote));
  b.putRow(
    HEADER_ROW,
    0,
    fundHeadings(table.dimension, withAdjusted).map((h) => label(h, StyleKey.header)),
  );
  const base = absolute(rateBaseRef);
  const arrivedBase = workbookText.rateBases.arrived;

  /** The computed columns of a row whose amounts are at C/D/E of `row`. */
  const computed = (row: number, figures: FundFigures, total: boolean, reported: NumCell | undefined) => {
    const [c, d, e] = [cellRef(row, C.budget), cellRef(row, C.arrived), cellRef(row, C.used)];
    // The budget in force: 全年预算数 when filled, else 预算批复 (年初), as the engine; a 小计/合计
    // on the 全年 sum alone (blank while a row's 全年 is, as the engine's).
    const n = cellRef(row, C.adjusted);
    const budget = withAdjusted ? (total ? n : `IF(LEN(${n})=0,${c},${n})`) : c;
    const style = total ? StyleKey.totalRate : StyleKey.rate;
    b.put(
      row,
      C.arrivalRate,
      formula(`=${knownRateFormula(d, c)}`, rateFraction(figures.arrivalRate), style),
    );
    b.put(
      row,
      C.rate,
      formula(
        `=IF(${base}="${arrivedBase}",${knownRateFormula(e, d)},${knownRateFormula(e, budget)})`,
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
    const rp: Path = [...p, "rows", i];
    b.tag(row, { role: r.group === undefined ? "ungrouped" : "grouped" });
    b.put(row, C.name, inputCell([...rp, "name"], r.name));
    b.put(row, C.budget, inputCell([...rp, "budget"], r.budget));
    b.put(row, C.arrived, inputCell([...rp, "arrived"], r.arrived));
    const used = inputCell([...rp, "used"], r.used);
    b.put(
      row,
      C.used,
      r.usedAsReported !== undefined
        ? { ...used, numberFormat: amountFormatShowingZeroAs(r.usedAsReported) }
        : used,
    );
    computed(row, model.rows[i], false, r.reportedRate);
    b.locate(rp, row, C.rate);
    b.put(row, C.reported, inputCell([...rp, "reportedRate"], r.reportedRate));
    if (withAdjusted) b.put(row, C.adjusted, inputCell([...rp, "adjustedBudget"], r.adjustedBudget));
    emitted.add(i);
    row++;
  };
  /** The 报送 figures of a 小计 or 合计 row. */
  const reportedAmounts = (
    at: number,
    rp: Path,
    reported: FundTable["reportedTotal"],
    withArrivalRate: boolean,
  ) => {
    b.put(at, C.reportedBudget, inputCell([...rp, "budget"], reported?.budget));
    b.put(at, C.reportedArrived, inputCell([...rp, "arrived"], reported?.arrived));
    b.put(at, C.reportedUsed, inputCell([...rp, "used"], reported?.used));
    if (withArrivalRate)
      b.put(at, C.reportedArrivalRate, inputCell([...rp, "arrivalRate"], reported?.arrivalRate));
    if (withAdjusted)
      b.put(at, C.reportedAdjusted, inputCell([...rp, "adjustedBudget"], reported?.adjustedBudget));
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
    b.put(row, C.group, inputCell([...p, "rows", i, "group"], group.group));
    for (const j of group.rowIndices) emitRow(j);
    const last = row - 1;
    // Subtotal row: its group is tagged (the merged name lives in the group's first row).
    const s = table.reportedSubtotals?.findIndex((x) => x.group === group.group) ?? -1;
    // A group without a reported subtotal gets the next free index, so a figure typed there is kept.
    const sIndex = s >= 0 ? s : (table.reportedSubtotals?.length ?? 0) + newSubtotals++;
    const sp: Path = [...p, "reportedSubtotals", sIndex];
    b.tag(row, { role: "subtotal", group: group.group });
    b.put(row, C.name, label(W.subtotal, StyleKey.totalLabel));
    for (const [col, key] of [
      [C.budget, "budget"],
      [C.arrived, "arrived"],
      [C.used, "used"],
      ...(withAdjusted ? ([[C.adjusted, "adjusted"]] as const) : []),
    ] as const) {
      const range = `${cellRef(first, col)}:${cellRef(last, col)}`;
      const names = `${cellRef(first, C.name)}:${cellRef(last, C.name)}`;
      // A 小计 is known only when every row's figure is (docs/domain.md §7, as the engine): blank otherwise.
      b.put(row, col, formula(`=${knownRangeSum(range, names, range)}`, group[key], StyleKey.totalAmount));
    }
    const reported = s >= 0 ? table.reportedSubtotals?.[s] : undefined;
    computed(row, group, true, reported?.rate);
    b.locate(sp, row, C.rate);
    b.put(row, C.reported, inputCell([...sp, "rate"], reported?.rate));
    reportedAmounts(row, sp, reported, false);
    b.merge(first, C.group, row, C.group);
    subtotalRows.push(row);
    row++;
  });
  const lastDetail = row - 1;

  // Total row: the subtotals plus the ungrouped rows.
  const totalRow = row;
  const tp: Path = [...p, "reportedTotal"];
  b.put(totalRow, C.group, label(W.total, StyleKey.totalLabel));
  b.merge(totalRow, C.group, totalRow, C.name);
  // The 合计 is known only when every row's figure is: no blank from the first row to the last
  // 小计 (a 小计 with a blank part is blank too), as the engine.
  const sumOf = (col: number) => {
    const parts = [...subtotalRows, ...ungroupedRows].sort((x, y) => x - y).map((r) => cellRef(r, col));
    if (!parts.length) return col === C.arrived ? `=""` : "=SUM(0)";
    const range = `${cellRef(FIRST_ROW, col)}:${cellRef(lastDetail, col)}`;
    const names = `${cellRef(FIRST_ROW, C.name)}:${cellRef(lastDetail, C.name)}`;
    return `=${knownRangeSum(range, names, parts.join(","))}`;
  };
  b.put(totalRow, C.budget, formula(sumOf(C.budget), model.total.budget, StyleKey.totalAmount));
  b.put(totalRow, C.arrived, formula(sumOf(C.arrived), model.total.arrived, StyleKey.totalAmount));
  b.put(totalRow, C.used, formula(sumOf(C.used), model.total.used, StyleKey.totalAmount));
  if (withAdjusted)
    b.put(totalRow, C.adjusted, formula(sumOf(C.adjusted), model.total.adjusted, StyleKey.totalAmount));
  computed(totalRow, model.total, true, table.reportedTotal?.rate);
  b.locate(tp, totalRow, C.rate);
  b.put(totalRow, C.reported, inputCell([...tp, "rate"], table.reportedTotal?.rate));
  reportedAmounts(totalRow, tp, table.reportedTotal, true);

  // Anomalies the colours follow without the add-in.
  const data = (col: number) => `${cellRef(FIRST_ROW, col)}:${cellRef(totalRow, col)}`;
  const first = (col: number) => cellRef(FIRST_ROW, col);
  b.conditional({
    range: data(C.rate),
    formula: `=AND(ISNUMBER(${first(C.rate)}),${first(C.rate)}<${THRESHOLD_NAME})`,
    severity: "verify",
    rule: "low-execution",
  });
  // The rows' own rules and validation only where there are rows (a range ending above its start
  // is no range: exceljs fails on it, a spreadsheet turns it round onto the header).
  const hasRows = lastDetail >= FIRST_ROW;
  // The budget a row is held to: its 全年预算数 when filled, else 预算批复 (as the engine's rules).
  const inForce = withAdjusted
    ? `IF(LEN(${first(C.adjusted)})=0,${first(C.budget)},${first(C.adjusted)})`
    : first(C.budget);
  if (hasRows)
    b.conditional({
      range: `${cellRef(FIRST_ROW, C.arrived)}:${cellRef(lastDetail, C.arrived)}`,
      formula: `=AND(ISNUMBER(${first(C.arrived)}),ISNUMBER(${inForce}),${first(C.arrived)}>${inForce})`,
      severity: "verify",
      rule: "arrived-over-budget",
    });
  if (hasRows)
    b.conditional({
      range: `${cellRef(FIRST_ROW, C.used)}:${cellRef(lastDetail, C.used)}`,
      formula: `=AND(ISNUMBER(${first(C.used)}),ISNUMBER(${first(C.arrived)}),${first(C.used)}>${first(C.arrived)})`,
      severity: "error",
      rule: "used-over-arrived",
    });
  if (hasRows && withAdjusted) {
    // 实际使用 over the budget in force where no 到位 is given (over-budget), and 全年预算数 as amounts.
    b.conditional({
      range: `${cellRef(FIRST_ROW, C.used)}:${cellRef(lastDetail, C.used)}`,
      formula: `=AND(ISNUMBER(${first(C.used)}),NOT(ISNUMBER(${first(C.arrived)})),ISNUMBER(${inForce}),${first(C.used)}>${inForce})`,
      severity: "verify",
      rule: "over-budget",
    });
    b.validate({
      range: `${cellRef(FIRST_ROW, C.adjusted)}:${cellRef(lastDetail, C.adjusted)}`,
      type: "decimal",
      min: 0,
      warnOnly: true,
    });
  }
  if (withAdjusted)
    b.conditional({
      range: `${first(C.reportedAdjusted)}:${cellRef(totalRow, C.reportedAdjusted)}`,
      formula: `=AND(ISNUMBER(${first(C.reportedAdjusted)}),ISNUMBER(${first(C.adjusted)}),ROUND(${first(C.reportedAdjusted)}-${first(C.adjusted)},2)<>0)`,
      severity: "verify",
      rule: "sum-mismatch",
    });
  b.conditional({
    range: data(C.reported),
    formula: `=AND(ISNUMBER(${first(C.reported)}),ISNUMBER(${first(C.rate)}),ROUND(${first(C.reported)}-${first(C.rate)},6)<>0)`,
    severity: "error",
    rule: "rate-mismatch",
  });
  const rep = first(C.reportedBudget);
  b.conditional({
    range: `${rep}:${cellRef(totalRow, C.reportedUsed)}`,
    formula: `=AND(ISNUMBER(${rep}),ISNUMBER(${first(C.budget)}),ROUND(${rep}-${first(C.budget)},2)<>0)`,
    severity: "verify",
    rule: "sum-mismatch",
  });
  if (hasRows)
    b.validate({
      range: `${cellRef(FIRST_ROW, C.budget)}:${cellRef(lastDetail, C.used)}`,
      type: "decimal",
      min: 0,
      warnOnly: true,
    });

  // 项目资金 (the budget model of the table's 项目支出绩效自评表) and its 年度总体目标, when the
  // dataset gives either or the table has indicators of its own (a table without a block is its
  // own 项目资金: 预算批复 and 实际使用).
  let fundingRate: string | undefined;
  if (table.funding !== undefined || table.goals !== undefined || hasIndicators) {
    const funding = putFundingBlock(b, totalRow + 2, {
      title: workbookText.funding.projectTitle,
      base: [...p, "funding"],
      lines: PROJECT_FUNDING_LINES,
      sources: ["current", "carryover", "other"],
      values: table.funding ?? {},
      model: projectFunding?.lines,
      score: projectFunding?.score,
      fallback: {
        budget: cellRef(totalRow, C.budget),
        used: cellRef(totalRow, C.used),
        ...(withAdjusted ? { adjusted: cellRef(totalRow, C.adjusted) } : {}),
      },
    });
    fundingRate = funding.rate;
    const goalsRow = funding.next;
    b.put(goalsRow, 0, label(workbookText.funding.goalsExpected));
    b.put(goalsRow, 1, inputCell([...p, "goals", "expected"], table.goals?.expected));
    b.put(goalsRow + 1, 0, label(workbookText.funding.goalsActual));
    b.put(goalsRow + 1, 1, inputCell([...p, "goals", "actual"], table.goals?.actual));
    fundingRefs?.set(table.id, {
      ...funding.cells,
      prefix: `${quoteSheet(sheetName)}!`,
      goals: { expected: cellRef(goalsRow, 1), actual: cellRef(goalsRow + 1, 1) },
    });
  }

  b.setColumns([16, 30, 14, 14, 14, 10, 10, 11, 10, 13, 13, 13, 11, ...(withAdjusted ? [14, 14] : [])]);
  b.freeze(FIRST_ROW, 2);
  b.printTitles(TITLE_ROW, HEADER_ROW, true);
  return {
    plan: b.build(),
    refs: {
      name: sheetName,
      budget: cellRef(totalRow, C.budget),
      arrived: cellRef(totalRow, C.arrived),
      used: cellRef(totalRow, C.used),
      rateBase: rateBaseRef,
      ...(withAdjusted ? { adjusted: cellRef(totalRow, C.adjusted) } : {}),
      ...(fundingRate ? { fundingRate } : {}),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Reading a fund sheet back.

/** Which column holds what, found by the header row's headings. */
interface FundColumns {
  readonly group?: number;
  readonly name: number;
  readonly budget: number;
  readonly arrived?: number;
  readonly used: number;
  readonly reported?: number;
  readonly reportedBudget?: number;
  readonly reportedArrived?: number;
  readonly reportedUsed?: number;
  readonly reportedArrivalRate?: number;
  readonly adjusted?: number;
  readonly reportedAdjusted?: number;
  /** Columns a row's content counts in (a row with all of them blank is an empty row). */
  readonly inputs: readonly number[];
  /** The last column of the table; the hidden tags sit beyond it. */
  readonly last: number;
}

/** The header row and columns of a fund sheet, and its dimension (by its headings). */
export function fundLayout(
  sheet: GridSheet,
): { headerRow: number; dimension: FundDimension; columns: FundColumns; arrivalRateColumn?: number } | null {
  for (const dimension of FUND_DIMENSIONS) {
    const h = W.headers[dimension];
    const headerRow = findHeaderRow(sheet, [h[1], h[2], h[4]]);
    if (headerRow < 0) continue;
    const at = headerColumns(sheet, headerRow);
    const col = (heading: string) => at.get(headingKey(heading));
    const R = W.reportedHeaders;
    const named = {
      group: col(h[0]),
      name: col(h[1]) as number,
      budget: col(h[2]) as number,
      arrived: col(h[3]),
      used: col(h[4]) as number,
      reported: col(h[7]),
      reportedBudget: col(R[0]),
      reportedArrived: col(R[1]),
      reportedUsed: col(R[2]),
      reportedArrivalRate: col(R[3]),
      adjusted: col(W.adjustedHeaders[0]),
      reportedAdjusted: col(W.adjustedHeaders[1]),
    };
    const inputs = [
      named.name,
      named.budget,
      named.arrived,
      named.used,
      named.reported,
      named.adjusted,
    ].filter((c): c is number => c !== undefined);
    const arrivalRateColumn = col(h[5]);
    const columns: FundColumns = {
      ...Object.fromEntries(Object.entries(named).filter(([, v]) => v !== undefined)),
      name: named.name,
      budget: named.budget,
      used: named.used,
      inputs,
      last: Math.max(...at.values()),
    };
    return {
      headerRow,
      dimension,
      columns,
      ...(arrivalRateColumn !== undefined ? { arrivalRateColumn } : {}),
    };
  }
  return null;
}

/** The hidden tag of a row: any cell beyond the table's columns that reads as one. */
function tagOf(sheet: GridSheet, row: number, last: number) {
  const cells = sheet.cells[row] ?? [];
  for (let c = last + 1; c < cells.length; c++) {
    const tag = parseRowTag(cells[c]?.value);
    if (tag) return tag;
  }
  return null;
}

interface ItemRow {
  readonly row: number;
  group: string | undefined;
}

/** What a fund sheet holds, read by its structure into fund table `index` of `raw`. */
export function readFundSheet(
  sheet: GridSheet,
  marker: FundMarker | null,
  index: number,
  raw: RawBuilder,
): void {
  const layout = fundLayout(sheet);
  if (!layout)
    throw new WorkbookError(E.noHeader(sheet.name, fundHeadings("project").slice(1, 5).join("、")));
  const { headerRow, columns: col } = layout;
  const p: Path = ["fundTables", index];
  const id = marker?.id.trim() ? marker.id : sheet.name;
  const title = marker?.title.trim() ? marker.title : sheet.name;
  const dimension = (FUND_DIMENSIONS as readonly string[]).includes(marker?.dimension ?? "")
    ? (marker?.dimension as FundDimension)
    : layout.dimension;
  raw.locate(p, { sheet: sheet.name, cell: "A1" });
  raw.set([...p, "id"], id);
  raw.set([...p, "title"], title);
  raw.set([...p, "dimension"], dimension);
  // A table whose rows were all deleted is a table without rows, not a broken one.
  raw.set([...p, "rows"], []);
  const text = (row: number, c: number | undefined) =>
    c === undefined ? "" : cellText(gridCell(sheet, row, c));
  // The rate base: the cell beside its label, above the header.
  for (let r = 0; r < headerRow; r++)
    if (text(r, 0) === W.rateBase) raw.read([...p, "rateBase"], gridCell(sheet, r, 1), sheet.name, r, 1);

  const items: ItemRow[] = [];
  const subtotals: { row: number; group: string }[] = [];
  let current: string | undefined;
  /** Rows seen since the last boundary that have no group of their own yet. */
  let pending: ItemRow[] = [];
  /** Whether the row above is an ungrouped row of the table (a new row below it is one too). */
  let afterUngrouped = false;
  let totalRow = -1;
  const last = sheet.cells.length;
  for (let r = headerRow + 1; r < last; r++) {
    const tag = tagOf(sheet, r, col.last);
    // A row tagged as a row of the table is one, whatever its name reads like (a project 小计).
    const labelled = tag?.role !== "grouped" && tag?.role !== "ungrouped";
    if (labelled && (text(r, 0) === W.total || (col.group === undefined && text(r, col.name) === W.total))) {
      totalRow = r;
      break;
    }
    if ((labelled && text(r, col.name) === W.subtotal) || tag?.role === "subtotal") {
      const group = current ?? (tag?.role === "subtotal" ? tag.group : undefined);
      if (group === undefined) throw new WorkbookError(E.subtotalWithoutGroup(sheet.name, r + 1));
      for (const item of pending) item.group = group;
      pending = [];
      subtotals.push({ row: r, group });
      current = undefined;
      afterUngrouped = false;
      continue;
    }
    if (col.inputs.every((c) => text(r, c) === "")) continue;
    const groupText = text(r, col.group);
    const item: ItemRow = { row: r, group: undefined };
    items.push(item);
    // A new row belongs with the row above it — unless that row closes a group (小计) or is the
    // header: then with the rows below it, which is how a row inserted at a group's start joins it.
    const untagged = tag === null;
    if (tag?.role === "ungrouped" || (untagged && !groupText && current === undefined && afterUngrouped)) {
      // An ungrouped row ends whatever was open; rows waiting before it are ungrouped too.
      pending = [];
      current = undefined;
      afterUngrouped = true;
    } else if (groupText) {
      // A group starts (or, where merged cells repeat their value, continues) here.
      if (groupText !== current) for (const waiting of pending) waiting.group = groupText;
      pending = [];
      current = groupText;
      item.group = groupText;
      afterUngrouped = false;
    } else if (current !== undefined) item.group = current;
    else {
      // A row of a group whose name is not known yet (its first row, with the name, was deleted):
      // the 小计 below will say; a new row below this one waits with it.
      pending.push(item);
      afterUngrouped = false;
    }
  }
  if (totalRow < 0) throw new WorkbookError(E.noTotalRow(sheet.name, W.total));

  items.forEach((item, i) => {
    const rp: Path = [...p, "rows", i];
    if (text(item.row, col.name) === "") throw new WorkbookError(E.rowWithoutName(sheet.name, item.row + 1));
    if (item.group !== undefined)
      raw.set([...rp, "group"], item.group, { sheet: sheet.name, cell: cellRef(item.row, col.group ?? 0) });
    raw.read([...rp, "name"], gridCell(sheet, item.row, col.name), sheet.name, item.row, col.name);
    raw.read([...rp, "budget"], gridCell(sheet, item.row, col.budget), sheet.name, item.row, col.budget);
    if (col.arrived !== undefined)
      raw.read([...rp, "arrived"], gridCell(sheet, item.row, col.arrived), sheet.name, item.row, col.arrived);
    const used = gridCell(sheet, item.row, col.used);
    raw.read([...rp, "used"], used, sheet.name, item.row, col.used);
    const zeroText = zeroTextOf(used?.numberFormat);
    if (zeroText !== null && used?.value === 0) raw.set([...rp, "usedAsReported"], zeroText);
    // The optional columns: 报送执行率, and 全年预算数 where the table has it.
    for (const [c, field] of [
      [col.reported, "reportedRate"],
      [col.adjusted, "adjustedBudget"],
    ] as const)
      if (c !== undefined) raw.read([...rp, field], gridCell(sheet, item.row, c), sheet.name, item.row, c);
  });

  /** The 报送 figures on a 小计 or 合计 row (this layout), into `rp`; whether any was there. */
  const reportedOn = (row: number, rp: Path, withArrivalRate: boolean) => {
    const fields: [keyof FundColumns, string][] = [
      ["reported", "rate"],
      ["reportedBudget", "budget"],
      ["reportedArrived", "arrived"],
      ["reportedUsed", "used"],
      ["reportedAdjusted", "adjustedBudget"],
      ...(withArrivalRate ? ([["reportedArrivalRate", "arrivalRate"]] as [keyof FundColumns, string][]) : []),
    ];
    let any = false;
    for (const [key, field] of fields) {
      const c = col[key];
      if (typeof c === "number")
        any = raw.read([...rp, field], gridCell(sheet, row, c), sheet.name, row, c) || any;
    }
    return any;
  };
  // Below 合计 nothing belongs to the table — but the first layout listed the reported amounts
  // there, in a block of rows labelled “<group> 小计” and 合计, which is still read.
  const legacy = new Map<string, number>();
  let legacyTotal = -1;
  for (let r = totalRow + 1; r < last; r++) {
    if (isFundingTitle(sheet, r, workbookText.funding.projectTitle)) {
      r = readFundingBlock(sheet, r, [...p, "funding"], PROJECT_FUNDING_LINES, raw);
      for (; r < last; r++) {
        const words = headingKey(text(r, 0));
        const field =
          words === headingKey(workbookText.funding.goalsExpected)
            ? "expected"
            : words === headingKey(workbookText.funding.goalsActual)
              ? "actual"
              : null;
        if (field) raw.read([...p, "goals", field], gridCell(sheet, r, 1), sheet.name, r, 1);
      }
      break;
    }
    const name = text(r, col.name);
    if (text(r, 0) === W.reportedTitle || (name === W.legacyReportedHeader && text(r, col.budget) !== ""))
      continue;
    if (name === W.total) legacyTotal = r;
    else if (name.endsWith(` ${W.subtotal}`)) legacy.set(name.slice(0, -(W.subtotal.length + 1)).trim(), r);
    // A note a clerk typed below the table is not data; figures there would be lost, so they are refused.
    else if (col.inputs.some((c) => c !== col.name && text(r, c) !== ""))
      throw new WorkbookError(E.rowAfterTotal(sheet.name, r + 1, W.total));
  }
  const legacyAmounts = (row: number, rp: Path, withArrivalRate: boolean) => {
    let any = false;
    const arrivalRate = withArrivalRate ? layout.arrivalRateColumn : undefined;
    for (const [c, field] of [
      [col.budget, "budget"],
      [col.arrived, "arrived"],
      [col.used, "used"],
      [arrivalRate, "arrivalRate"],
    ] as const)
      if (c !== undefined) any = raw.read([...rp, field], gridCell(sheet, row, c), sheet.name, row, c) || any;
    return any;
  };
  let s = 0;
  for (const { row, group } of subtotals) {
    // A 小计 whose rows were all deleted closes nothing: the group is gone, and its figures with it.
    if (!items.some((item) => item.group === group)) continue;
    const sp: Path = [...p, "reportedSubtotals", s];
    const old = legacy.get(group);
    const onRow = reportedOn(row, sp, false);
    const inBlock = old !== undefined && legacyAmounts(old, sp, false);
    if ((onRow || inBlock) && !raw.has([...sp, "group"])) {
      raw.set([...sp, "group"], group);
      s++;
    }
  }
  const tp: Path = [...p, "reportedTotal"];
  reportedOn(totalRow, tp, true);
  if (legacyTotal >= 0) legacyAmounts(legacyTotal, tp, true);
}
