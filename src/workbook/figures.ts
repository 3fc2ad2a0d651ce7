/**
 * Where the figures an indicator may be linked to live in the workbook (docs/domain.md §8): each sheet
 * that computes one records a formula expression for it (a fraction, or "" when unknown), and
 * 指标评分 writes the linked indicator's 计算数 as a live formula on it.
 */
import type { IndicatorLink } from "../domain";

/** Formula expressions (without `=`) by figure: `staffControlRate`, `fundExecutionRate:<table id>`, … */
export type FigureRefs = Map<string, string>;

/** The key of a figure: the link, and for a fund link the table's id. */
export function figureKey(link: IndicatorLink, table?: string): string {
  return link === "fundExecutionRate" || link === "fundArrivalRate" ? `${link}:${table ?? ""}` : link;
}

/** The cells of a funding block (docs/domain.md §8), for the 自评表 forms to refer to. */
export interface FundingCells {
  /** The sheet's name, quoted for a formula (`'收支总表'!`). */
  readonly prefix: string;
  /** Each line's 年初预算数, 全年预算数, 全年执行数 and 执行率 cells. */
  readonly lines: Readonly<
    Record<string, { initial: string; adjusted: string; actual: string; rate: string }>
  >;
  /** 年度资金总额's figures in force (typed, else the sum of its lines). */
  readonly inForce: { readonly initial: string; readonly adjusted: string; readonly actual: string };
  /** The 10-point 执行率 得分. */
  readonly score: string;
  /** 年度总体目标's cells (a fund table's), when the sheet has them. */
  readonly goals?: { readonly expected: string; readonly actual: string };
}

/** Funding blocks by owner: `department`, or a fund table's id. */
export type FundingRefs = Map<string, FundingCells>;
