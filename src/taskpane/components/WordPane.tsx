import { Body1, Button, Caption1, Card, Subtitle2, makeStyles } from "@fluentui/react-components";
import { useRef, useState, type ChangeEvent } from "react";
import { openFindings } from "../../domain";
import type { DataFile, Host, ReportCheckSummary } from "../../host";
import type { ReportFinding } from "../../reportcheck";
import { Notices, useOperation, type Notice } from "./Notices";
import { ReportFindings } from "./ReportFindings";
import { reportCheckText, uiText } from "../../i18n";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: "8px" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

const R = reportCheckText.ui;

/** A picked file's name and bytes. */
async function fileOf(event: ChangeEvent<HTMLInputElement>): Promise<DataFile | undefined> {
  const file = event.target.files?.[0];
  event.target.value = "";
  return file ? { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : undefined;
}

/**
 * In Word: pick a standard workbook or a dataset file and its report goes in at the cursor; and
 * 核对报告数字 — the document's figures checked against that data (or against themselves), each
 * finding marked in the document and listed with 定位.
 */
export function WordPane({ host }: { readonly host: Host }) {
  const styles = useStyles();
  const { busy, notices, act } = useOperation();
  const checking = useOperation();
  const input = useRef<HTMLInputElement>(null);
  const dataInput = useRef<HTMLInputElement>(null);
  /** The data the pane has loaded: the file picked to insert a report, or picked for the check. */
  const [data, setData] = useState<DataFile | undefined>();
  const [report, setReport] = useState<ReportCheckSummary | undefined>();
  const lastNotices = useRef<Notice[]>([]);
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    void act(async () => {
      const file = await fileOf(event);
      if (!file) return;
      setData(file);
      const result = await host.insertReportFrom?.(file.fileName, file.bytes);
      if (!result) return;
      // Errors a reviewer marked 已核实 or 已修正 in the workbook are not counted again here.
      const errors = openFindings(result.findings, result.reviews).filter(
        (f) => f.severity === "error",
      ).length;
      return [{ intent: errors ? "warning" : "success", text: uiText.inserted(result.title, errors) }];
    });
  };
  const pickData = (event: ChangeEvent<HTMLInputElement>) => {
    void checking.act(async () => {
      const file = await fileOf(event);
      if (file) setData(file);
    });
  };
  const check = () =>
    checking.act(async () => {
      const summary = await host.checkReport?.(data);
      if (!summary) return;
      setReport(summary);
      const errors = summary.findings.filter((f) => f.severity === "error").length;
      lastNotices.current = summary.findings.length
        ? [
            {
              intent: errors ? "warning" : "info",
              text: R.marked(
                summary.findings.length,
                summary.marks === "highlight" ? "highlight" : "comment",
              ),
            },
          ]
        : [{ intent: "success", text: R.summary(0, summary.figures, summary.attributed) }];
      return lastNotices.current;
    });
  // Locating keeps the check's notices; only a failure replaces them.
  const locate = (f: ReportFinding) =>
    void checking.act(async () => {
      await host.selectReportFinding?.(f);
      return lastNotices.current;
    });
  const clear = () =>
    checking.act(async () => {
      const removed = await host.clearReportMarks?.();
      if (removed === undefined) return;
      lastNotices.current = [{ intent: "success", text: R.cleared(removed) }];
      return lastNotices.current;
    });
  return (
    <>
      <Notices notices={notices} busy={busy} />
      <Card className={styles.card}>
        <Subtitle2 as="h2">{uiText.wordTitle}</Subtitle2>
        <Body1>{uiText.wordHint}</Body1>
        <Button appearance="primary" onClick={() => input.current?.click()} disabled={busy || checking.busy}>
          {uiText.wordPick}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".xlsx,.json"
          hidden
          aria-label={uiText.wordPick}
          onChange={pick}
        />
      </Card>
      {host.checkReport ? (
        <Card className={styles.card}>
          <Subtitle2 as="h2">{R.title}</Subtitle2>
          <Body1>{R.hintWord}</Body1>
          <Caption1>{data ? R.dataLoaded(data.fileName) : R.noData}</Caption1>
          <div className={styles.row}>
            <Button onClick={() => void check()} disabled={busy || checking.busy}>
              {R.run}
            </Button>
            <Button onClick={() => dataInput.current?.click()} disabled={busy || checking.busy}>
              {R.pickData}
            </Button>
            <input
              ref={dataInput}
              type="file"
              accept=".xlsx,.json"
              hidden
              aria-label={R.pickData}
              onChange={pickData}
            />
          </div>
          <Notices notices={checking.notices} busy={checking.busy} />
          {report ? (
            <>
              <ReportFindings summary={report} onLocate={locate} disabled={checking.busy} />
              {report.findings.length ? (
                <div className={styles.row}>
                  <Button onClick={() => void clear()} disabled={busy || checking.busy}>
                    {R.clear}
                  </Button>
                </div>
              ) : null}
            </>
          ) : null}
        </Card>
      ) : null}
    </>
  );
}
