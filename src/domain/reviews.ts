/**
 * Reviews: what a reviewer records on a finding (处理状态 and 说明), kept by rule and dataset
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

/** The 处理状态 of each kind, as 检查结果 writes it. */
export const ReviewStatus = {
  open: REVIEW_STATUSES[0],
  explained: REVIEW_STATUSES[1],
  fixed: REVIEW_STATUSES[2],
} as const;

/**
 * A 处理状态 as read from a workbook, in today's words: trimmed, and a word of an earlier version
 * (已核实) replaced by the one that took its place (已说明). Anything else is kept as written.
 */
export function currentStatus(status: string): string {
  const trimmed = status.trim();
  return workbookText.findings.legacyStatuses[trimmed] ?? trimmed;
}

/**
 * Whether a finding is still open: no review, or 处理状态 待处理 (or cleared). A finding marked
 * 已说明 or 已修正 (or 已核实, written by an earlier version) no longer counts as open — in the
 * pane, the export warning and the highlights.
 */
export function isOpenReview(review: Review | undefined): boolean {
  const status = review ? currentStatus(review.status) : "";
  return status === "" || status === ReviewStatus.open;
}

/** The findings still open under these reviews (by `reviewKey`), in their order. */
export function openFindings(
  findings: readonly Finding[],
  reviews: ReadonlyMap<string, Review> | undefined,
): Finding[] {
  return findings.filter((f) => isOpenReview(reviews?.get(reviewKey(f))));
}

/** Why a review cannot be recorded as it stands. */
export const ReviewProblem = {
  /** Not one of 检查结果's statuses. */
  badStatus: "badStatus",
  /** 已说明 without a 说明: nothing would explain the finding. */
  noteRequired: "noteRequired",
} as const;
export type ReviewProblem = (typeof ReviewProblem)[keyof typeof ReviewProblem];

/**
 * The rules a review must follow before it is written: the status is one of 检查结果's, and a
 * finding marked 已说明 has a 说明 that says why. Returns the problem, or undefined when it may be
 * recorded.
 */
export function reviewProblem(review: Review): ReviewProblem | undefined {
  if (!REVIEW_STATUSES.includes(review.status)) return ReviewProblem.badStatus;
  if (review.status === ReviewStatus.explained && !review.note.trim()) return ReviewProblem.noteRequired;
  return undefined;
}

/**
 * The 处理状态 a review editor proposes for a finding: the one recorded, else 待处理 — an 错误 is
 * never proposed as settled, and a 疑点 becomes 已说明 only once the reviewer chooses it.
 */
export function proposedStatus(review: Review | undefined): string {
  const recorded = review ? currentStatus(review.status) : "";
  return REVIEW_STATUSES.includes(recorded) ? recorded : ReviewStatus.open;
}
