/**
 * 核对报告数字 in Excel, one line of the pane above its footer (not a second primary action):
 * 核对报告数字（选择 .docx）… opens the file input, and once a report is checked 查看结果 opens its
 * findings again. The findings are shown in a dialog — the data they were compared with, then the
 * findings (the pane's findings list's parts), scrolling inside the dialog so that its title and 关闭
 * stay in view. The state is `useReportFileCheck`'s; what the check says goes to the status strip.
 */
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Link,
  makeStyles,
  tokens,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { reportCheckText } from "../../i18n";
import type { ReportFileCheck } from "../state/useReportCheck";
import { ReportFindings } from "./ReportFindings";
import { focusRing } from "./styles";

const R = reportCheckText.ui;

const DOCX = ".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const useReportCheckStyles = makeStyles({
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: "12px",
    padding: "6px 12px",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    flexShrink: 0,
  },
  link: { ...focusRing, borderRadius: tokens.borderRadiusSmall, textAlign: "left" },
  content: { display: "flex", flexDirection: "column", gap: "8px", ...focusRing },
  title: { wordBreak: "break-word" },
});

export function ReportCheck({
  report,
  shown,
  disabled,
}: {
  readonly report: ReportFileCheck;
  /** Whether the pane's step shows the line (not in the new-workbook form, not outside Office). */
  readonly shown: boolean;
  readonly disabled: boolean;
}) {
  const styles = useReportCheckStyles();
  // The dialog gives the keyboard back to the link that opened it (Fluent's focus restorer).
  const restoreFocus = useRestoreFocusTarget();
  if (!report.available) return null;
  const { checked } = report;
  return (
    <>
      {shown ? (
        // The links keep the keyboard while a check runs (focusable, not disabled), and get it
        // back when the results' dialog closes.
        <div className={styles.line}>
          <Link
            as="button"
            className={styles.link}
            onClick={report.pick}
            disabledFocusable={disabled}
            {...restoreFocus}
          >
            {R.pickReport}
          </Link>
          {checked ? (
            <Link
              as="button"
              className={styles.link}
              onClick={report.reopen}
              disabledFocusable={disabled}
              aria-label={R.reopenLabel(checked.fileName)}
              {...restoreFocus}
            >
              {R.reopen}
            </Link>
          ) : null}
        </div>
      ) : null}
      <input
        ref={report.input}
        type="file"
        accept={DOCX}
        hidden
        aria-label={R.pickReportLabel}
        onChange={report.onFile}
      />
      <Dialog
        open={report.open && checked !== undefined}
        onOpenChange={(_, d) => (d.open ? undefined : report.close())}
      >
        <DialogSurface>
          {checked ? (
            <DialogBody>
              <DialogTitle className={styles.title}>{R.resultsTitle(checked.fileName)}</DialogTitle>
              {/* A scroll area without links of its own: focusable, so that the keyboard can scroll it. */}
              <DialogContent className={styles.content} tabIndex={0}>
                <Caption1>{checked.summary.data ? R.dataLoaded(checked.summary.data) : R.noSheets}</Caption1>
                <ReportFindings summary={checked.summary} />
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={report.close}>
                  {R.close}
                </Button>
              </DialogActions>
            </DialogBody>
          ) : null}
        </DialogSurface>
      </Dialog>
    </>
  );
}
