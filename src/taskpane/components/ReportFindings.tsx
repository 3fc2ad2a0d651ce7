import { Badge, Body1, Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import type { ReportCheckSummary } from "../../host";
import type { ReportFinding } from "../../reportcheck";
import { reportCheckText } from "../../i18n";

const T = reportCheckText.ui;

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
    overflowWrap: "anywhere",
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  verify: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  excerpt: { color: tokens.colorNeutralForeground3 },
  more: { marginTop: "4px" },
  unattributed: { margin: "4px 0 0", paddingLeft: "20px", overflowWrap: "anywhere" },
});

const BADGE = { error: "danger", verify: "warning", info: "informative" } as const;

/** A stable key of a finding in the list. */
const keyOf = (f: ReportFinding, i: number) => `${f.rule}@${f.paragraph}@${f.anchor.text}@${i}`;

/**
 * The findings of a report check: each with its message, both figures, the sentence quoted and,
 * in Word, 定位 (selects the figure); then how many figures could not be attributed, listed on request.
 */
export function ReportFindings({
  summary,
  onLocate,
  disabled = false,
}: {
  readonly summary: ReportCheckSummary;
  readonly onLocate?: (finding: ReportFinding) => void;
  readonly disabled?: boolean;
}) {
  const styles = useStyles();
  return (
    <section aria-label={T.listLabel}>
      <Body1>{T.summary(summary.findings.length, summary.figures, summary.attributed)}</Body1>
      {summary.findings.length ? (
        <ul className={styles.list}>
          {summary.findings.map((f, i) => (
            <li key={keyOf(f, i)} className={`${styles.item} ${styles[f.severity]}`}>
              <span>
                <Badge appearance="tint" color={BADGE[f.severity]} size="small">
                  {T.severity[f.severity]}
                </Badge>{" "}
                <Body1>{f.message}</Body1>
              </span>
              <Caption1>{T.figures(f.reported, f.expected)}</Caption1>
              <Caption1 className={styles.excerpt}>{f.excerpt}</Caption1>
              {onLocate ? (
                <span>
                  <Link
                    as="button"
                    onClick={() => onLocate(f)}
                    disabled={disabled}
                    aria-label={T.locateLabel(f.message)}
                  >
                    {T.locate}
                  </Link>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {summary.unattributed.length ? (
        <details className={styles.more}>
          <summary>
            <Caption1>{T.unattributed(summary.unattributed.length)}</Caption1>
          </summary>
          <ul className={styles.unattributed}>
            {summary.unattributed.map((f, i) => (
              <li key={`${f.anchor.paragraph}@${f.anchor.text}@${i}`}>
                <Caption1>
                  {f.anchor.cell
                    ? reportCheckText.cell(f.anchor.cell.table, f.anchor.cell.row)
                    : reportCheckText.paragraph(f.anchor.paragraph)}{" "}
                  {f.written}：{f.excerpt}
                </Caption1>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
