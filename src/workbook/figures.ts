/**
 * Where the figures an indicator may be linked to live in the workbook (DOMAIN §8): each sheet
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
