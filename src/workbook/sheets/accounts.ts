/**
 * 收支总表: the balance equation for basic and project funds, the reported totals beside the
 * computed ones, the basic-expenditure split with shares, and each breakdown with its shares.
 */
import {
  DEPARTMENT_FUNDING_LINES,
  type Breakdown,
  type ComputedModel,
  type Decimal,
  type NumCell,
  type Path,
} from "../../domain";
import type { FigureRefs, FundingRefs } from "../figures";
import { isFundingTitle, putFundingBlock, readFundingBlock } from "./funding";
import { SheetBuilder, type LocationMap } from "../builder";
import { formula, inputCell, knownRateFormula, knownSumFormula, label, rateFraction } from "../cells";
import { WorkbookError } from "../../errors";
import { cellText, gridCell, headingKey, type GridSheet } from "../grid";
import { absolute, cellRef, parseRowTag, quoteSheet, SheetKind, StyleKey, type SheetPlan } from "../plan";
import type { RawBuilder } from "../raw";
import { errorText, workbookText } from "../../i18n";

const W = workbookText.accounts;
const A = StyleKey.amount;

/** The inputs of the 基本支出 block: their label and the field they hold. */
const BASIC_LINES = {
  budget: { label: W.basicBudget, path: ["basicExpenditure", "budget"] },
  personnel: { label: W.personnel, path: ["basicExpenditure", "personnel", "total"] },
  wages: { label: W.wages, path: ["basicExpenditure", "personnel", "wages"] },
  familySubsidies: { label: W.familySubsidies, path: ["basicExpenditure", "personnel", "familySubsidies"] },
  publicFunds: { label: W.publicFunds, path: ["basicExpenditure", "publicFunds"] },
  publicFundsBudget: { label: W.publicFundsBudget, path: ["basicExpenditure", "publicFundsBudget"] },
} as const satisfies Record<string, { label: string; path: Path }>;

/** The reported shares beside 人员经费 and 公用经费. */
const SHARE_PATHS = {
  personnel: ["basicExpenditure", "reported", "personnelShare"],
  publicFunds: ["basicExpenditure", "reported", "publicFundsShare"],
} as const satisfies Record<string, Path>;

/** The balance table's input rows: label → the finance part they hold. */
const BALANCE_ROWS = {
  [W.opening]: "openingBalance",
  [W.income]: "income",
  [W.expenditure]: "expenditure",
} as const;

/** The reported totals: label → field of finance.reported. */
const REPORTED_ROWS = {
  [W.totalAvailable]: "totalAvailable",
  [W.totalIncome]: "totalIncome",
  [W.totalExpenditure]: "totalExpenditure",
  [W.totalClosing]: "totalClosing",
} as const;

/** Lays out 收支总表. */
export function accountsSheet(
  model: ComputedModel,
  name: string,
  locations: LocationMap,
  figures?: FigureRefs,
  fundingRefs?: FundingRefs,
): SheetPlan {
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
    b.put(row, 3, formula(`=${knownSumFormula([ref(row, 1), ref(row, 2)])}`, value ?? null, A));
  const inputs = (
    row: number,
    text: string,
    key: "openingBalance" | "income" | "expenditure",
    totals: { total: Decimal | null } | undefined,
  ) => {
    b.put(row, 0, label(text));
    b.put(row, 1, inputCell(["finance", key, "basic"], f?.[key]?.basic));
    b.put(row, 2, inputCell(["finance", key, "project"], f?.[key]?.project));
    sum2(row, totals?.total);
  };
  inputs(R.opening, W.opening, "openingBalance", m?.opening);
  // What the 收支 section lacks (incomplete-section) points at the balance table.
  b.locate(["finance"], R.opening, 1);
  inputs(R.income, W.income, "income", m?.income);
  b.put(R.available, 0, label(W.available));
  for (const col of [1, 2, 3]) {
    const value = col === 1 ? m?.available.basic : col === 2 ? m?.available.project : m?.available.total;
    b.put(
      R.available,
      col,
      formula(`=${knownSumFormula([ref(R.opening, col), ref(R.income, col)])}`, value ?? null, A),
    );
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
      formula(
        `=IF(OR(LEN(${ref(R.available, col)})=0,LEN(${ref(R.expenditure, col)})=0),"",${ref(R.available, col)}-N(${ref(R.expenditure, col)}))`,
        value ?? null,
        A,
      ),
    );
  }
  b.put(R.closing, 0, label(W.closing));
  b.put(R.closing, 1, inputCell(["finance", "closingBalance", "basic"], f?.closingBalance?.basic));
  b.put(
    R.closing,
    2,
    formula(`=${knownSumFormula([ref(R.carry, 2), ref(R.surplus, 2)])}`, m?.closing.project ?? null, A),
  );
  sum2(R.closing, m?.closing.total);
  b.put(R.carry, 0, label(W.projectCarryover));
  b.put(
    R.carry,
    2,
    inputCell(["finance", "closingBalance", "projectCarryover"], f?.closingBalance?.projectCarryover),
  );
  b.put(R.surplus, 0, label(W.projectSurplus));
  b.put(
    R.surplus,
    2,
    inputCell(["finance", "closingBalance", "projectSurplus"], f?.closingBalance?.projectSurplus),
  );
  b.put(R.share, 0, label(W.expenditureShare));
  b.put(
    R.share,
    1,
    formula(
      `=${knownRateFormula(ref(R.expenditure, 1), ref(R.expenditure, 3))}`,
      rateFraction(m?.expenditureShares.basic ?? null),
      StyleKey.rate,
    ),
  );
  b.put(
    R.share,
    2,
    formula(
      `=${knownRateFormula(ref(R.expenditure, 2), ref(R.expenditure, 3))}`,
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
    const r = b.put(row, 1, inputCell(["finance", "reported", key], reported?.[key]));
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
  const basicLine = (r: number, key: keyof typeof BASIC_LINES, cell: NumCell | undefined) => {
    b.put(r, 0, label(BASIC_LINES[key].label));
    b.put(r, 1, inputCell(BASIC_LINES[key].path, cell));
  };
  basicLine(B.budget, "budget", be?.budget);
  basicLine(B.personnel, "personnel", be?.personnel?.total);
  basicLine(B.wages, "wages", be?.personnel?.wages);
  basicLine(B.family, "familySubsidies", be?.personnel?.familySubsidies);
  basicLine(B.publicFunds, "publicFunds", be?.publicFunds);
  basicLine(B.publicBudget, "publicFundsBudget", be?.publicFundsBudget);
  b.put(B.actual, 0, label(W.basicActual, StyleKey.totalLabel));
  const actual = b.put(
    B.actual,
    1,
    formula(
      `=IF(LEN(${ref(R.expenditure, 1)})>0,N(${ref(R.expenditure, 1)}),${knownSumFormula([ref(B.personnel, 1), ref(B.publicFunds, 1)])})`,
      // Without a 基本支出 block the actual is still 收支's 基本支出 (as the report states it).
      bm?.actual ?? m?.expenditure.basic ?? null,
      StyleKey.totalAmount,
    ),
  );
  b.locate(["basicExpenditure"], B.actual, 1);
  for (const [r, share, rep, path] of [
    [B.personnel, bm?.personnelShare, be?.reported?.personnelShare, SHARE_PATHS.personnel],
    [B.publicFunds, bm?.publicFundsShare, be?.reported?.publicFundsShare, SHARE_PATHS.publicFunds],
  ] as const) {
    b.put(
      r,
      2,
      formula(`=${knownRateFormula(ref(r, 1), actual)}`, rateFraction(share ?? null), StyleKey.rate),
    );
    b.put(r, 3, inputCell(path, rep));
  }
  b.put(B.execution, 0, label(W.basicExecution));
  b.put(
    B.execution,
    1,
    formula(
      `=${knownRateFormula(actual, ref(B.budget, 1))}`,
      rateFraction(bm?.executionRate ?? null),
      StyleKey.rate,
    ),
  );
  b.put(B.publicRate, 0, label(W.publicFundsRate));
  b.put(
    B.publicRate,
    1,
    formula(
      `=${knownRateFormula(ref(B.publicFunds, 1), ref(B.publicBudget, 1))}`,
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
    const p: Path = ["breakdowns", i];
    b.put(row, 0, label(W.breakdownTitle(i, bd.title), StyleKey.subtitle));
    b.put(row, 2, label(W.breakdownBase[bm2.base]));
    b.tag(row, { role: "breakdown", id: bd.id });
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
      b.put(row, 0, inputCell([...p, "items", j, "name"], item.name));
      b.put(row, 1, inputCell([...p, "items", j, "amount"], item.amount));
      b.put(
        row,
        2,
        formula(`=${knownRateFormula(ref(row, 1), base)}`, rateFraction(bm2.items[j].share), StyleKey.rate),
      );
      b.put(row, 3, inputCell([...p, "items", j, "reportedShare"], item.reportedShare));
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
    b.put(totalRow + 1, 1, inputCell([...p, "reportedTotal"], bd.reportedTotal));
    row = totalRow + 3;
  });

  // The department's 年度资金 (the budget model of 部门整体支出绩效自评表).
  const funding = putFundingBlock(b, row, {
    title: workbookText.funding.departmentTitle,
    base: ["funding"],
    lines: DEPARTMENT_FUNDING_LINES,
    sources: ["generalPublic", "governmentFund", "specialAccount", "other"],
    values: ds.funding ?? {},
    model: model.funding?.lines,
    score: model.funding?.score,
  });
  figures?.set("budgetCompletionRate", `${quoteSheet(name)}!${funding.rate}`);
  fundingRefs?.set("department", { ...funding.cells, prefix: `${quoteSheet(name)}!` });
  figures?.set("publicFundsControlRate", `${quoteSheet(name)}!${ref(B.publicRate, 1)}`);

  b.setColumns([40, 16, 16, 16, 12, 16]);
  b.freeze(4);
  b.printTitles(0, 1);
  return b.build();
}

function diffOf(reported: NumCell | undefined, computed: Decimal | null | undefined): number | string {
  if (!reported?.value || !computed) return "";
  return Number(reported.value.minus(computed).toFixed(2));
}

/** What part of 收支总表 a row belongs to, as the reader walks down the sheet. */
type Section =
  | { readonly kind: "none" | "balance" | "reported" | "basic" }
  | { readonly kind: "breakdown"; readonly index: number; items: number; phase: "title" | "items" | "after" };

const sameHeadings = (a: readonly string[], b: readonly string[]) =>
  a.length >= b.length && b.every((h, i) => headingKey(a[i] ?? "") === headingKey(h));

/**
 * Reads 收支总表 by its sections and labels into `raw`: each block is found by its header row,
 * each input by its row's label; a breakdown by its heading row (its id in the hidden tag), its
 * items being every row between its header and its 合计 — rows a clerk inserted included.
 */
export function readAccountsSheet(sheet: GridSheet, raw: RawBuilder): void {
  let section: Section = { kind: "none" };
  let breakdowns = 0;
  const read = (path: Path, r: number, c: number) => raw.read(path, gridCell(sheet, r, c), sheet.name, r, c);
  const baseByLabel = new Map<string, string>(Object.entries(W.breakdownBase).map(([k, v]) => [v, k]));
  for (let r = 0; r < sheet.cells.length; r++) {
    if (isFundingTitle(sheet, r, workbookText.funding.departmentTitle)) {
      r = readFundingBlock(sheet, r, ["funding"], DEPARTMENT_FUNDING_LINES, raw) - 1;
      section = { kind: "none" };
      continue;
    }
    const cells = (sheet.cells[r] ?? []).map((c) => cellText(c ?? undefined));
    if (sameHeadings(cells, W.balanceHeaders)) section = { kind: "balance" };
    else if (sameHeadings(cells, W.reportedHeaders)) section = { kind: "reported" };
    else if (sameHeadings(cells, W.basicHeaders)) section = { kind: "basic" };
    else if (
      section.kind === "breakdown" &&
      section.phase === "title" &&
      sameHeadings(cells, W.breakdownHeaders)
    )
      section.phase = "items";
    else if (isBreakdownTitle(sheet, r)) {
      const index = breakdowns++;
      const p: Path = ["breakdowns", index];
      raw.locate(p, { sheet: sheet.name, cell: cellRef(r, 0) });
      const tag = breakdownTag(sheet, r);
      const title = cells[0].replace(/^[一二三四五六七八九十\d]+、/u, "").trim();
      raw.set([...p, "id"], tag ?? `breakdown-${index + 1}`);
      raw.set([...p, "title"], title || sheet.name, { sheet: sheet.name, cell: cellRef(r, 0) });
      const base = cells.map((c) => baseByLabel.get(c)).find((x) => x !== undefined);
      if (base && base !== "items") raw.set([...p, "base"], base);
      raw.set([...p, "items"], []);
      section = { kind: "breakdown", index, items: 0, phase: "title" };
    } else readRow(r, cells);
  }

  function readRow(r: number, cells: readonly string[]) {
    const text = headingKey(cells[0] ?? "");
    if (section.kind === "balance") {
      const part = Object.entries(BALANCE_ROWS).find(([l]) => headingKey(l) === text)?.[1];
      if (part) {
        read(["finance", part, "basic"], r, 1);
        read(["finance", part, "project"], r, 2);
      } else if (text === headingKey(W.closing)) read(["finance", "closingBalance", "basic"], r, 1);
      else if (text === headingKey(W.projectCarryover))
        read(["finance", "closingBalance", "projectCarryover"], r, 2);
      else if (text === headingKey(W.projectSurplus))
        read(["finance", "closingBalance", "projectSurplus"], r, 2);
    } else if (section.kind === "reported") {
      const key = Object.entries(REPORTED_ROWS).find(([l]) => headingKey(l) === text)?.[1];
      if (key) read(["finance", "reported", key], r, 1);
    } else if (section.kind === "basic") {
      const line = Object.values(BASIC_LINES).find((l) => headingKey(l.label) === text);
      if (line) read(line.path, r, 1);
      if (line === BASIC_LINES.personnel) read(SHARE_PATHS.personnel, r, 3);
      if (line === BASIC_LINES.publicFunds) read(SHARE_PATHS.publicFunds, r, 3);
    } else if (section.kind === "breakdown") {
      const p: Path = ["breakdowns", section.index];
      if (section.phase === "items") {
        if (text === headingKey(W.total)) {
          section.phase = "after";
          return;
        }
        if (!cells[0] && !cells[1] && !cells[3]) return;
        if (!cells[0]) throw new WorkbookError(errorText.workbook.rowWithoutName(sheet.name, r + 1));
        const ip: Path = [...p, "items", section.items++];
        read([...ip, "name"], r, 0);
        read([...ip, "amount"], r, 1);
        read([...ip, "reportedShare"], r, 3);
      } else if (section.phase === "after" && text === headingKey(W.reportedTotal))
        read([...p, "reportedTotal"], r, 1);
    }
  }
}

/** The id in a breakdown heading row's hidden tag, if it has one. */
function breakdownTag(sheet: GridSheet, row: number): string | undefined {
  for (const cell of sheet.cells[row] ?? []) {
    const tag = parseRowTag(cell?.value);
    if (tag?.role === "breakdown") return tag.id;
  }
  return undefined;
}

/** A breakdown's heading row: tagged, or numbered (三、…) with its header row right below. */
function isBreakdownTitle(sheet: GridSheet, row: number): boolean {
  if (breakdownTag(sheet, row) !== undefined) return true;
  const text = cellText(gridCell(sheet, row, 0));
  const below = (sheet.cells[row + 1] ?? []).map((c) => cellText(c ?? undefined));
  return /^[一二三四五六七八九十\d]+、/u.test(text) && sameHeadings(below, W.breakdownHeaders);
}
