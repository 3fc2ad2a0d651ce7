import { Body1, Button, Card, Subtitle2, makeStyles } from "@fluentui/react-components";
import { useRef, useState, type ChangeEvent } from "react";
import type { Host, ReportCheckSummary } from "../../host";
import { Notices, useOperation } from "./Notices";
import { ReportFindings } from "./ReportFindings";
import { reportCheckText } from "../../i18n";

const useStyles = makeStyles({ card: { display: "flex", flexDirection: "column", gap: "8px" } });

const R = reportCheckText.ui;

/**
 * In Excel: 核对报告数字 on a report (.docx) the user picks — its figures checked against the
 * workbook's data and against themselves, the findings listed here. Self-contained: it needs only
 * the host's `checkReportFile`.
 */
export function ReportCheck({
  host,
  disabled = false,
}: {
  readonly host: Host;
  readonly disabled?: boolean;
}) {
  const styles = useStyles();
  const { busy, notices, act } = useOperation();
  const [report, setReport] = useState<ReportCheckSummary | undefined>();
  const input = useRef<HTMLInputElement>(null);
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    void act(async () => {
      const summary = await host.checkReportFile?.({
        fileName: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      });
      if (!summary) return;
      setReport(summary);
      const errors = summary.findings.filter((f) => f.severity === "error").length;
      return [
        {
          intent: errors ? "warning" : "success",
          text: R.checkedFile(file.name) + (summary.data ? "" : R.noData),
        },
      ];
    });
  };
  if (!host.checkReportFile) return null;
  return (
    <Card className={styles.card}>
      <Subtitle2 as="h2">{R.title}</Subtitle2>
      <Body1>{R.hintExcel}</Body1>
      <div>
        <Button onClick={() => input.current?.click()} disabled={disabled || busy}>
          {R.pickReport}
        </Button>
      </div>
      <input
        ref={input}
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        hidden
        aria-label={R.pickReport}
        onChange={pick}
      />
      <Notices notices={notices} busy={busy} />
      {report ? <ReportFindings summary={report} /> : null}
    </Card>
  );
}
