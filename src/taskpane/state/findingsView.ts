/**
 * The findings list's state: which findings are shown (severity filter, 只看待处理), in what order
 * (grouped by the sheet they are on, open ones first), which one is current (上一项/下一项 move
 * through them and select each one's cell in Excel), and the words of each item. The pure
 * functions are exported for the tests; `useFindingsView` holds the state for the pane.
 */
import { useCallback, useMemo, useState } from "react";
import {
  formatFigure,
  isOpenReview,
  reviewKey,
  SEVERITY_ORDER,
  type Finding,
  type Review,
  type Severity,
} from "../../domain";
import { uiText } from "../../i18n";

/** The severity filter: one severity, or all. */
export type SeverityFilter = Severity | "all";

type Reviews = ReadonlyMap<string, Review> | undefined;

/** How many findings of each severity there are, and how many of them are still open. */
export function severityCounts(
  findings: readonly Finding[],
  reviews: Reviews,
): Record<Severity, { open: number; total: number }> {
  const counts = Object.fromEntries(SEVERITY_ORDER.map((s) => [s, { open: 0, total: 0 }])) as Record<
    Severity,
    { open: number; total: number }
  >;
  for (const f of findings) {
    counts[f.severity].total++;
    if (isOpenReview(reviews?.get(reviewKey(f)))) counts[f.severity].open++;
  }
  return counts;
}

/** The findings of one sheet ("" for those without a cell), open ones first. */
export interface FindingGroup {
  readonly sheet: string;
  readonly items: readonly Finding[];
  readonly open: number;
}

/**
 * The findings shown, by sheet: sheets with open findings first (each set in order of first
 * appearance, which follows the workbook), and within a sheet the open findings first, each part
 * in the findings' own order (by severity, then the dataset's order).
 */
export function groupFindings(
  findings: readonly Finding[],
  reviews: Reviews,
  filter: SeverityFilter = "all",
  openOnly = false,
): FindingGroup[] {
  const bySheet = new Map<string, { open: Finding[]; settled: Finding[] }>();
  for (const f of findings) {
    if (filter !== "all" && f.severity !== filter) continue;
    const open = isOpenReview(reviews?.get(reviewKey(f)));
    if (openOnly && !open) continue;
    const key = f.sheet ?? "";
    let group = bySheet.get(key);
    if (!group) bySheet.set(key, (group = { open: [], settled: [] }));
    (open ? group.open : group.settled).push(f);
  }
  const groups = [...bySheet.entries()].map(([sheet, g]) => ({
    sheet,
    items: [...g.open, ...g.settled],
    open: g.open.length,
  }));
  return [...groups.filter((g) => g.open > 0), ...groups.filter((g) => g.open === 0)];
}

/**
 * A finding's message under its sheet's heading: the 【table】 its message starts with is left
 * out when the heading already names that table.
 */
export function messageUnder(sheet: string, message: string): string {
  const prefix = `【${sheet}】`;
  return sheet && message.startsWith(prefix) ? message.slice(prefix.length).trimStart() : message;
}

/**
 * A finding's figures as its message shows them: `报送 45.62% · 应为 45.61%`. A report check's
 * finding (its figures already written with their units) reads the same: `报告 98.76% · 按所列金额 98.67%`.
 */
export function figuresOf(f: Pick<Finding, "rule" | "reported" | "expected" | "unit">): string {
  const [reported, expected] = uiText.figureLabels[f.rule] ?? uiText.figureLabels.default;
  // A figure given but blank is unknown (docs/domain.md §7): shown as —, never as nothing or 0.
  const shown = (text: string) => formatFigure(text, f.unit).trim() || uiText.unknownFigure;
  return [
    f.reported !== undefined && reported ? `${reported} ${shown(f.reported)}` : "",
    f.expected !== undefined ? `${expected} ${shown(f.expected)}` : "",
  ]
    .filter(Boolean)
    .join(" · ");
}

/** What the findings list holds and does; see `useFindingsView`. */
export interface FindingsView {
  readonly filter: SeverityFilter;
  readonly openOnly: boolean;
  readonly groups: readonly FindingGroup[];
  readonly counts: Record<Severity, { open: number; total: number }>;
  /** The findings shown, in the order 上一项/下一项 go through them. */
  readonly shown: readonly Finding[];
  /** The current finding's key, if one is current and shown. */
  readonly current: string | undefined;
  /** Its place in `shown` (0-based), or -1. */
  readonly index: number;
  /** The sheets whose group is expanded. */
  readonly expanded: readonly string[];
  readonly setFilter: (filter: SeverityFilter) => void;
  readonly setOpenOnly: (openOnly: boolean) => void;
  readonly setExpanded: (sheets: readonly string[]) => void;
  /** Makes a finding current (its group expanded) and selects its cell. */
  readonly choose: (finding: Finding) => void;
  readonly next: () => void;
  readonly previous: () => void;
  /** Shows the open errors alone and makes the first one current; returns it. */
  readonly showOpenErrors: () => Finding | undefined;
}

/**
 * The findings list's state.
 * @param onSelect selects a finding's cell in Excel (called for each finding made current).
 */
export function useFindingsView(
  findings: readonly Finding[],
  reviews: Reviews,
  onSelect: (finding: Finding) => void,
): FindingsView {
  const [filter, setFilter] = useState<SeverityFilter>("all");
  const [openOnly, setOpenOnly] = useState(false);
  const [current, setCurrent] = useState<string | undefined>();
  // Collapsed by the user; every other group is open.
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const groups = useMemo(
    () => groupFindings(findings, reviews, filter, openOnly),
    [findings, reviews, filter, openOnly],
  );
  const counts = useMemo(() => severityCounts(findings, reviews), [findings, reviews]);
  const shown = useMemo(() => groups.flatMap((g) => g.items), [groups]);
  const index = current === undefined ? -1 : shown.findIndex((f) => reviewKey(f) === current);
  const expanded = groups.map((g) => g.sheet).filter((s) => !collapsed.has(s));

  const choose = useCallback(
    (f: Finding) => {
      setCurrent(reviewKey(f));
      setCollapsed((c) => {
        if (!c.has(f.sheet ?? "")) return c;
        const next = new Set(c);
        next.delete(f.sheet ?? "");
        return next;
      });
      onSelect(f);
    },
    [onSelect],
  );
  const step = (by: number) => {
    if (!shown.length) return;
    const at =
      index < 0 ? (by > 0 ? 0 : shown.length - 1) : Math.min(shown.length - 1, Math.max(0, index + by));
    choose(shown[at]);
  };
  return {
    filter,
    openOnly,
    groups,
    counts,
    shown,
    current: index < 0 ? undefined : current,
    index,
    expanded,
    setFilter,
    setOpenOnly,
    setExpanded: (sheets) =>
      setCollapsed(new Set(groups.map((g) => g.sheet).filter((s) => !sheets.includes(s)))),
    choose,
    next: () => step(1),
    previous: () => step(-1),
    showOpenErrors: () => {
      setFilter("error");
      setOpenOnly(true);
      const first = groupFindings(findings, reviews, "error", true)[0]?.items[0];
      if (first) choose(first);
      return first;
    },
  };
}
