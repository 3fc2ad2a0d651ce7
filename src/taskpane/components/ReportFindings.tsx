/**
 * The findings of a report check (核对报告数字), drawn with the findings list's parts: the counts
 * in the glossary's words, then each finding as the workbook's are shown — its severity, its
 * message, both figures (`报告 98.76% · 按所列金额 98.67%`), the sentence quoted and, in Word,
 * 定位到 its place — and last the figures that could not be attributed, listed on request.
 */
import { Body1, Caption1, makeStyles, useArrowNavigationGroup } from "@fluentui/react-components";
import type { ReportCheckSummary } from "../../host";
import { reportCheckText, uiText } from "../../i18n";
import type { ReportFinding, TextFigure } from "../../reportcheck";
import { figuresOf } from "../state/findingsView";
import { FindingItem, FindingItems, FindingLink } from "./FindingItem";
import { focusRing } from "./styles";

const R = reportCheckText.ui;

const useReportFindingsStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: "6px" },
  unattributed: { margin: "4px 0 0", paddingLeft: "20px", wordBreak: "break-word" },
  summary: { cursor: "pointer", ...focusRing },
});

/** Where a figure is, as the findings' messages say it (第 3 段, 表 2 第 4 行). */
function placeOf(anchor: TextFigure["anchor"]): string {
  return anchor.cell
    ? reportCheckText.cell(anchor.cell.table, anchor.cell.row)
    : reportCheckText.paragraph(anchor.paragraph);
}

/** A stable key of a finding in the list. */
const keyOf = (f: ReportFinding, i: number) => `${f.rule}@${f.paragraph}@${f.anchor.text}@${i}`;

export function ReportFindings({
  summary,
  onLocate,
  disabled = false,
}: {
  readonly summary: ReportCheckSummary;
  /** 定位 (in Word): selects the finding's figure in the document; without it, no link. */
  readonly onLocate?: (finding: ReportFinding) => void;
  readonly disabled?: boolean;
}) {
  const styles = useReportFindingsStyles();
  // As in the findings list: the list is one Tab stop, the arrow keys move through its links.
  const arrows = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  const { findings } = summary;
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return (
    <section className={styles.panel} aria-label={R.listLabel}>
      <Caption1>{R.counts(summary.figures, summary.attributed)}</Caption1>
      {findings.length ? (
        <Caption1>{uiText.findings.summary(count("error"), count("verify"), count("info"))}</Caption1>
      ) : (
        <Body1>{summary.data ? R.noneWithData : R.none}</Body1>
      )}
      {findings.length ? (
        <div {...(onLocate ? arrows : {})}>
          <FindingItems>
            {findings.map((f, i) => (
              <FindingItem
                key={keyOf(f, i)}
                severity={f.severity}
                message={f.message}
                figures={figuresOf(f)}
                lines={[R.excerpt(f.excerpt)]}
                actions={
                  onLocate ? (
                    <FindingLink
                      onClick={() => onLocate(f)}
                      disabled={disabled}
                      aria-label={R.locateLabel(placeOf(f.anchor), f.message)}
                    >
                      {R.locate(placeOf(f.anchor))}
                    </FindingLink>
                  ) : undefined
                }
              />
            ))}
          </FindingItems>
        </div>
      ) : null}
      {summary.unattributed.length ? (
        <details>
          <summary className={styles.summary}>
            <Caption1>{R.unattributed(summary.unattributed.length)}</Caption1>
          </summary>
          <ul className={styles.unattributed}>
            {summary.unattributed.map((f, i) => (
              <li key={`${f.anchor.paragraph}@${f.anchor.text}@${i}`}>
                <Caption1>
                  {placeOf(f.anchor)} {f.written}：{f.excerpt}
                </Caption1>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
