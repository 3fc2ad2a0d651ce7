/**
 * The budget model's blocks (docs/domain.md §8) as cells: 项目资金 below a fund sheet's 合计 and the
 * department's 年度资金 on 收支总表. Each line holds 年初预算数, 全年预算数 and 全年执行数 as
 * inputs; 执行率 (on 全年预算数, else 年初) and, on 年度资金总额, its 10-point 得分 are formulas —
 * 年度资金总额's figures, when not typed, being the sum of its 其中 lines (only when every line
 * with a figure has that one), as the engine computes them.
 */
import type Decimal from "decimal.js";
import type { BudgetLineModel, Path } from "../../domain";
import { fieldText, workbookText } from "../../i18n";
import type { SheetBuilder } from "../builder";
import type { FundingCells } from "../figures";
import { formula, inForceFormula, inputCell, label, rateFraction } from "../cells";
import { cellText, gridCell, headingKey, type GridSheet } from "../grid";
import { cellRef, StyleKey } from "../plan";
import type { RawBuilder } from "../raw";

const W = workbookText.funding;
const FIGURES = ["initial", "adjusted", "actual"] as const;
/** Columns of a block: the line's words, the three figures, 执行率, 得分. */
const COL = {
  name: 0,
  initial: 1,
  adjusted: 2,
  actual: 3,
  rate: 4,
  score: 5,
  /** 年度资金总额's figures in force: typed, else the sum of the 其中 lines (formulas). */
  initialInForce: 6,
  adjustedInForce: 7,
  actualInForce: 8,
} as const;

/** What a block holds: its lines (the first is 年度资金总额), their figures and where they go. */
export interface FundingBlock<K extends string> {
  readonly title: string;
  readonly base: Path;
  readonly lines: readonly K[];
  /** The 其中 lines 年度资金总额 is the sum of (按收入性质 for the department). */
  readonly sources: readonly K[];
  readonly values: Partial<Record<K, Partial<Record<(typeof FIGURES)[number], unknown>>>>;
  readonly model: Readonly<Record<K, BudgetLineModel>> | undefined;
  readonly score: Decimal | null | undefined;
  /** A fund table's own totals: 年初预算数 when the block is empty, 全年执行数 when not derived. */
  readonly fallback?: { readonly budget: string; readonly used: string; readonly adjusted?: string };
}

const lineWords = (key: string, first: boolean) => {
  const words = (fieldText.fundingLines as Record<string, string>)[key] ?? key;
  return first ? words : W.part(words);
};

/** Writes the block from `row`; returns the row after it and the 年度资金总额 执行率 cell. */
export function putFundingBlock<K extends string>(
  b: SheetBuilder,
  row: number,
  block: FundingBlock<K>,
): { next: number; rate: string; cells: Omit<FundingCells, "prefix" | "goals"> } {
  b.put(row++, 0, label(block.title, StyleKey.subtitle));
  b.putRow(
    row++,
    0,
    W.headers.map((h) => label(h, StyleKey.header)),
  );
  const first = row;
  const rowOf = (k: K) => first + block.lines.indexOf(k);
  const last = first + block.lines.length - 1;
  const sourceRows = block.sources.map(rowOf);
  /** 年度资金总额's figure in `col`: typed, else the sum of the lines, else the table's. */
  const effective = (col: number, fallback: string | null): string => {
    const typed = cellRef(first, col);
    const cells = sourceRows.map((r) => cellRef(r, col));
    const present = sourceRows
      .map((r) => `(COUNT(${cellRef(r, COL.initial)}:${cellRef(r, COL.actual)})>0)`)
      .join("+");
    const derived = `IF(AND(${present}>0,COUNT(${cells.join(",")})=${present}),SUM(${cells.join(",")}),${fallback ?? '""'})`;
    return `IF(ISNUMBER(${typed}),${typed},${derived})`;
  };
  const empty = `COUNT(${cellRef(first, COL.initial)}:${cellRef(last, COL.actual)})=0`;
  const fb = block.fallback;
  const total = block.model?.[block.lines[0]];
  const inForce = [
    [COL.initialInForce, effective(COL.initial, fb ? `IF(${empty},${fb.budget},"")` : null), total?.initial],
    // 全年预算数 of an empty block: the table's 全年 合计 where it has the column (blank while unknown).
    [
      COL.adjustedInForce,
      effective(COL.adjusted, fb?.adjusted ? `IF(${empty},${fb.adjusted},"")` : null),
      total?.adjusted,
    ],
    [COL.actualInForce, effective(COL.actual, fb ? fb.used : null), total?.actual],
  ] as const;
  for (const [col, expression, value] of inForce)
    b.put(first, col, formula(`=${expression}`, value ?? "", StyleKey.amount));
  block.lines.forEach((k, i) => {
    const r = rowOf(k);
    const p: Path = [...block.base, k];
    b.put(r, COL.name, label(lineWords(k, i === 0), i === 0 ? StyleKey.totalLabel : StyleKey.label));
    for (const f of FIGURES) b.put(r, COL[f], inputCell([...p, f], block.values[k]?.[f]));
    const [ini, adj, act] =
      i === 0
        ? [cellRef(r, COL.initialInForce), cellRef(r, COL.adjustedInForce), cellRef(r, COL.actualInForce)]
        : [cellRef(r, COL.initial), cellRef(r, COL.adjusted), cellRef(r, COL.actual)];
    // An empty block taken from a table with 全年预算数: on its 全年 合计 alone, as the engine's.
    const force =
      i === 0 && fb?.adjusted ? `IF(${empty},${adj},${inForceFormula(adj, ini)})` : inForceFormula(adj, ini);
    const rate = `=IF(AND(ISNUMBER(${act}),ISNUMBER(${force})),IF(${force}=0,"",ROUND(${act}/${force},4)),"")`;
    b.put(r, COL.rate, formula(rate, rateFraction(block.model?.[k].rate ?? null), StyleKey.rate));
  });
  const rateCell = cellRef(first, COL.rate);
  b.put(
    first,
    COL.score,
    formula(
      `=IF(ISNUMBER(${rateCell}),ROUND(MIN(${rateCell},1)*10,2),"")`,
      block.score ?? "",
      StyleKey.score,
    ),
  );
  const cells = {
    lines: Object.fromEntries(
      block.lines.map((k) => {
        const r = rowOf(k);
        const c = (col: number) => cellRef(r, col);
        return [
          k,
          { initial: c(COL.initial), adjusted: c(COL.adjusted), actual: c(COL.actual), rate: c(COL.rate) },
        ];
      }),
    ),
    inForce: {
      initial: cellRef(first, COL.initialInForce),
      adjusted: cellRef(first, COL.adjustedInForce),
      actual: cellRef(first, COL.actualInForce),
    },
    score: cellRef(first, COL.score),
  };
  return { next: last + 1, rate: rateCell, cells };
}

/** Whether row `r` is a block's title (`titles`: the titles a sheet may hold). */
export function isFundingTitle(sheet: GridSheet, r: number, title: string): boolean {
  return headingKey(cellText(gridCell(sheet, r, 0))) === headingKey(title);
}

/**
 * Reads a block whose title is at `row`: each line by its words, the figures by the header's
 * columns; returns the row after the last line read.
 */
export function readFundingBlock(
  sheet: GridSheet,
  row: number,
  base: Path,
  lines: readonly string[],
  raw: RawBuilder,
): number {
  const byWords = new Map(lines.map((k, i) => [headingKey(lineWords(k, i === 0)), k] as const));
  // Words without 其中： are accepted too (a clerk retyping the label).
  lines.forEach((k) => byWords.set(headingKey(lineWords(k, true)), k));
  let r = row + 1;
  const header = (sheet.cells[r] ?? []).map((c) => headingKey(cellText(c ?? undefined)));
  const colOf = (f: (typeof FIGURES)[number]) => {
    const at = header.indexOf(headingKey(W.headers[COL[f]]));
    return at >= 0 ? at : COL[f];
  };
  for (r++; r < sheet.cells.length; r++) {
    const key = byWords.get(headingKey(cellText(gridCell(sheet, r, 0))));
    if (!key) break;
    for (const f of FIGURES)
      raw.read([...base, key, f], gridCell(sheet, r, colOf(f)), sheet.name, r, colOf(f));
  }
  return r;
}
