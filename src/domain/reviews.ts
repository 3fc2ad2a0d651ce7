/**
 * Reviews: what a reviewer records on a finding (处理状态 and 核实说明), kept by rule and dataset
 * path so that they survive every re-check, and which findings are still open under them.
 */
import { workbookText } from "../i18n";
import type { Finding } from "./findings";
import { pathText } from "./paths";

/** A reviewer's record on one finding. */
export interface Review {
  readonly status: string;
  readonly note: string;
}

/**
 * The key a review is kept under: the rule and the finding's location named by its items
 * (`key`, set by the check), so that a note stays with the same item when rows are inserted,
 * deleted or moved; the path's text for a finding made outside a check.
 */
export function reviewKey(f: Pick<Finding, "rule" | "path" | "key">): string {
  return `${f.rule}@${f.key ?? pathText(f.path)}`;
}

/** The 处理状态 a reviewer can choose; the first (待处理) is the open one. */
export const REVIEW_STATUSES: readonly string[] = workbookText.findings.statuses;

/**
 * Whether a finding is still open: no review, or 处理状态 待处理 (or cleared). A finding marked
 * 已核实 or 已修正 no longer counts as open — in the pane, the export warning and the highlights.
 */
export function isOpenReview(review: Review | undefined): boolean {
  return !review || review.status.trim() === "" || review.status.trim() === workbookText.findings.statuses[0];
}

/** The findings still open under these reviews (by `reviewKey`), in their order. */
export function openFindings(
  findings: readonly Finding[],
  reviews: ReadonlyMap<string, Review> | undefined,
): Finding[] {
  return findings.filter((f) => isOpenReview(reviews?.get(reviewKey(f))));
}
