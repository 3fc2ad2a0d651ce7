import {
  Badge,
  Body1,
  Button,
  Caption1,
  CounterBadge,
  Field,
  Link,
  Select,
  Subtitle2,
  Switch,
  Tab,
  TabList,
  Textarea,
  makeStyles,
  tokens,
  type SelectTabData,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import {
  isOpenReview,
  openFindings,
  REVIEW_STATUSES,
  reviewKey,
  SEVERITY_ORDER,
  type Finding,
  type Review,
  type Severity,
} from "../../domain";
import { uiText } from "../../i18n";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "8px",
  },
  item: {
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: "8px",
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  group: { display: "flex", flexDirection: "column", gap: "4px", marginTop: "8px" },
  groupTitle: { fontSize: tokens.fontSizeBase300 },
  summary: { display: "flex", flexDirection: "column" },
  actions: { display: "flex", flexWrap: "wrap", gap: "12px", alignItems: "center" },
  editor: { display: "flex", flexDirection: "column", gap: "6px", marginTop: "4px" },
  reviewed: { borderLeftStyle: "dashed" },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  verify: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
});

const BADGE: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  verify: "warning",
  info: "informative",
};

export interface FindingsListProps {
  readonly findings: readonly Finding[];
  /** The reviews recorded on 检查结果, by `reviewKey`. */
  readonly reviews?: ReadonlyMap<string, Review>;
  /** Selects a finding's cell in the workbook. */
  readonly onSelect: (finding: Finding) => void;
  /** Records a review on 检查结果; resolves true once it is written. Without it, no editor. */
  readonly onReview?: (finding: Finding, review: Review) => Promise<boolean>;
  readonly disabled?: boolean;
}

/** Findings by the sheet they are on (in order of first appearance; "" for those without a cell). */
export function groupBySheet(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.sheet ?? "";
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.entries()];
}

/** The editor of one finding's 处理状态 and 核实说明, written to 检查结果 on 保存. */
function ReviewEditor({
  finding,
  review,
  onSave,
  onClose,
  disabled,
}: {
  readonly finding: Finding;
  readonly review: Review | undefined;
  readonly onSave: (review: Review) => Promise<boolean>;
  readonly onClose: () => void;
  readonly disabled: boolean;
}) {
  const styles = useStyles();
  // A finding being reviewed is usually settled: 已核实 is proposed unless one is recorded.
  const [status, setStatus] = useState(
    review && !isOpenReview(review) ? review.status : (REVIEW_STATUSES[1] ?? ""),
  );
  const [note, setNote] = useState(review?.note ?? "");
  // Opened from the keyboard: the first field takes the focus, once.
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div role="group" aria-label={uiText.reviewOf(finding.message)} className={styles.editor}>
      <Field label={uiText.reviewStatus}>
        <Select ref={first} value={status} onChange={(_, d) => setStatus(d.value)} disabled={disabled}>
          {REVIEW_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={uiText.reviewNote} hint={uiText.reviewNoteHint}>
        <Textarea value={note} onChange={(_, d) => setNote(d.value)} disabled={disabled} resize="vertical" />
      </Field>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          size="small"
          disabled={disabled}
          onClick={() => void onSave({ status, note: note.trim() }).then((saved) => saved && onClose())}
        >
          {uiText.saveReview}
        </Button>
        <Button size="small" onClick={onClose} disabled={disabled}>
          {uiText.cancelReview}
        </Button>
      </div>
    </div>
  );
}

/**
 * The findings filterable by severity and by whether they are still open, grouped by sheet, each
 * linking to its cell, showing its review and, with `onReview`, letting the reviewer record one.
 */
export function FindingsList({ findings, reviews, onSelect, onReview, disabled = false }: FindingsListProps) {
  const styles = useStyles();
  const [filter, setFilter] = useState<Severity | "all">("all");
  const [openOnly, setOpenOnly] = useState(false);
  const [editing, setEditing] = useState<string | undefined>();
  const reviewButtons = useRef(new Map<string, HTMLButtonElement>());
  if (!findings.length) return <Body1>{uiText.noFindings}</Body1>;
  const open = openFindings(findings, reviews);
  const pool = openOnly ? open : findings;
  const count = (s: Severity) => pool.filter((f) => f.severity === s).length;
  const shown = pool.filter((f) => filter === "all" || f.severity === filter);
  const closeEditor = (key: string) => {
    setEditing(undefined);
    reviewButtons.current.get(key)?.focus();
  };
  return (
    <section aria-label={uiText.steps.check}>
      <div className={styles.summary}>
        <Body1>{uiText.findingsSummary(count("error"), count("verify"), count("info"))}</Body1>
        {openOnly ? null : <Caption1>{uiText.openSummary(open.length, findings.length)}</Caption1>}
      </div>
      <Switch label={uiText.openOnly} checked={openOnly} onChange={(_, d) => setOpenOnly(d.checked)} />
      <TabList
        aria-label={uiText.filterLabel}
        selectedValue={filter}
        onTabSelect={(_, data: SelectTabData) => setFilter(data.value as Severity | "all")}
        size="small"
      >
        <Tab value="all">{uiText.filterAll}</Tab>
        {SEVERITY_ORDER.map((s) => (
          <Tab key={s} value={s}>
            {uiText.severity[s]}{" "}
            <CounterBadge
              count={count(s)}
              size="small"
              color={s === "error" && count(s) ? "danger" : "informative"}
              showZero
            />
          </Tab>
        ))}
      </TabList>
      {!shown.length && openOnly ? <Body1>{uiText.noOpenFindings}</Body1> : null}
      {groupBySheet(shown).map(([sheet, items]) => (
        <section key={sheet} aria-label={sheet || uiText.otherLocation} className={styles.group}>
          <Subtitle2 as="h3" className={styles.groupTitle}>
            {uiText.sheetGroup(sheet || uiText.otherLocation, items.length)}
          </Subtitle2>
          <ul className={styles.list}>
            {items.map((f) => {
              const key = reviewKey(f);
              const review = reviews?.get(key);
              const settled = !isOpenReview(review);
              return (
                <li
                  key={key}
                  className={`${styles.item} ${styles[f.severity]} ${settled ? styles.reviewed : ""}`}
                >
                  <span>
                    <Badge appearance="tint" color={BADGE[f.severity]} size="small">
                      {uiText.severity[f.severity]}
                    </Badge>{" "}
                    {settled && review ? (
                      <>
                        <Badge appearance="outline" color="success" size="small">
                          {review.status}
                        </Badge>{" "}
                      </>
                    ) : null}
                    <Body1>{f.message}</Body1>
                  </span>
                  <Caption1>{uiText.figures(f.reported, f.expected)}</Caption1>
                  {review?.note.trim() ? <Caption1>{uiText.noteShown(review.note.trim())}</Caption1> : null}
                  <span className={styles.actions}>
                    {f.sheet && f.cell ? (
                      <Link as="button" onClick={() => onSelect(f)}>
                        {uiText.goToCell(f.sheet, f.cell)}
                      </Link>
                    ) : null}
                    {onReview ? (
                      <Link
                        as="button"
                        ref={(el: HTMLButtonElement | null) => {
                          if (el) reviewButtons.current.set(key, el);
                          else reviewButtons.current.delete(key);
                        }}
                        onClick={() => setEditing(editing === key ? undefined : key)}
                        disabled={disabled}
                        aria-expanded={editing === key}
                        aria-label={uiText.reviewOf(f.message)}
                      >
                        {uiText.review}
                      </Link>
                    ) : null}
                  </span>
                  {onReview && editing === key ? (
                    <ReviewEditor
                      finding={f}
                      review={review}
                      onSave={(r) => onReview(f, r)}
                      onClose={() => closeEditor(key)}
                      disabled={disabled}
                    />
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
