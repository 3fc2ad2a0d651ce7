/**
 * In Word: pick a standard workbook or a dataset file, and its report goes in at the cursor (the
 * pane's one primary action); and 核对报告数字 — the document's figures checked against that data
 * (or one picked for the check, or against themselves), each finding marked in the document and
 * listed with 定位到 its place. What each action says is in the status strip; the findings scroll
 * in their own area under the buttons.
 */
import {
  Body1,
  Button,
  Caption1,
  PortalMountNodeProvider,
  Subtitle2,
  makeStyles,
} from "@fluentui/react-components";
import { useRef, useState, type ChangeEvent } from "react";
import { openFindings } from "../../domain";
import type { Host } from "../../host";
import { reportCheckText, uiText } from "../../i18n";
import { useOperation } from "../state/useOperation";
import { dataFileOf, takePickedFile, useDocumentCheck, type DocumentCheck } from "../state/useReportCheck";
import { Header } from "./Header";
import { ReportFindings } from "./ReportFindings";
import { StatusStrip } from "./StatusStrip";

const R = reportCheckText.ui;

const useWordPaneStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", height: "100vh", overflow: "hidden" },
  content: {
    flexGrow: 1,
    minHeight: 0,
    display: "flex",
    flexDirection: "column",
    gap: "16px",
    padding: "8px 12px",
    overflowY: "auto",
  },
  section: { display: "flex", flexDirection: "column", gap: "8px", flexShrink: 0 },
  check: { display: "flex", flexDirection: "column", gap: "8px", minHeight: 0, flexGrow: 1 },
  heading: { margin: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: "8px" },
  results: { minHeight: "120px", flexGrow: 1, overflowY: "auto", paddingTop: "4px" },
});

/** 核对报告数字: what it compares with, its buttons, and what it found. */
function DocumentCheckSection({ check, busy }: { readonly check: DocumentCheck; readonly busy: boolean }) {
  const styles = useWordPaneStyles();
  return (
    <section className={styles.check} aria-labelledby="report-check-title">
      <Subtitle2 as="h2" id="report-check-title" className={styles.heading}>
        {R.title}
      </Subtitle2>
      {/* Once checked, the results say what the check does; the room is theirs. */}
      {check.summary ? null : <Body1>{R.hintWord}</Body1>}
      <Caption1>{check.data ? R.dataLoaded(check.data.fileName) : R.noData}</Caption1>
      {/* While an action runs its buttons are disabled but focusable: the keyboard stays put. */}
      <div className={styles.row}>
        <Button onClick={check.check} disabledFocusable={busy}>
          {R.run}
        </Button>
        <Button onClick={check.pickData} disabledFocusable={busy}>
          {R.pickData}
        </Button>
        {/* Shown once a check has marked findings, and kept after the marks are removed (the
            keyboard stays on it; pressed again, it says the document holds none of our marks).
            A new check removes the earlier marks itself; when it finds nothing, the button goes. */}
        {check.summary?.findings.length ? (
          <Button onClick={check.clear} disabledFocusable={busy}>
            {R.clear}
          </Button>
        ) : null}
        <input
          ref={check.dataInput}
          type="file"
          accept=".xlsx,.json"
          hidden
          aria-label={R.pickData}
          onChange={check.onDataFile}
        />
      </div>
      {check.summary ? (
        <div className={styles.results} ref={check.results}>
          <ReportFindings summary={check.summary} onLocate={check.locate} disabled={busy} />
        </div>
      ) : null}
    </section>
  );
}

export function WordPane({ host }: { readonly host: Host }) {
  const styles = useWordPaneStyles();
  const op = useOperation();
  const check = useDocumentCheck(host, op);
  const input = useRef<HTMLInputElement>(null);
  // The toasts open inside the pane's main landmark.
  const [main, setMain] = useState<HTMLElement | null>(null);
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = takePickedFile(event);
    if (!file) return;
    void op.act(async () => {
      const data = await dataFileOf(file);
      // The file is the data the report check compares the document with, from now on.
      check.keepData(data);
      const result = await host.insertReportFrom?.(data.fileName, data.bytes);
      if (!result) return;
      // Errors a reviewer settled in the workbook (已说明, 已修正) are not counted again here.
      const errors = openFindings(result.findings, result.reviews).filter(
        (f) => f.severity === "error",
      ).length;
      return [{ intent: errors ? "warning" : "success", text: uiText.inserted(result.title, errors) }];
    });
  };
  return (
    <main className={styles.pane} ref={setMain}>
      <PortalMountNodeProvider value={main ?? undefined}>
        <Header />
        <StatusStrip op={op} />
        <div className={styles.content}>
          <section className={styles.section} aria-labelledby="word-title">
            <Subtitle2 as="h2" id="word-title" className={styles.heading}>
              {uiText.wordTitle}
            </Subtitle2>
            <Body1>{uiText.wordHint}</Body1>
            <Button appearance="primary" onClick={() => input.current?.click()} disabledFocusable={op.busy}>
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
          </section>
          {check.available ? <DocumentCheckSection check={check} busy={op.busy} /> : null}
        </div>
      </PortalMountNodeProvider>
    </main>
  );
}
