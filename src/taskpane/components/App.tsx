/**
 * The task pane, laid out to fit: a compact header, the status strip (progress, toasts, alerts —
 * always in view), the step's content (the first steps, the data read, the new-workbook form, or
 * the findings in their own scroll area), the report check's one line (核对报告数字), and the footer
 * with the step's primary action. The state and what the actions do are `usePane`'s; each part here
 * only renders it.
 */
import {
  MessageBar,
  MessageBarBody,
  PortalMountNodeProvider,
  makeStyles,
  mergeClasses,
  useId,
} from "@fluentui/react-components";
import { useState } from "react";
import { loadRegionData } from "../../regions/load";
import { HostKind, type Host } from "../../host";
import { newWorkbookText, uiText } from "../../i18n";
import { PaneView, Phase, usePane, type PaneState } from "../state/usePane";
import { useNewWorkbookForm } from "../state/useNewWorkbookForm";
import { ExportDialog } from "./ExportDialog";
import { FindingsList } from "./FindingsList";
import { Footer } from "./Footer";
import { Header } from "./Header";
import { ImportChoiceDialog } from "./ImportChoiceDialog";
import { NewWorkbookForm } from "./NewWorkbookForm";
import { ReportCheck } from "./ReportCheck";
import { ReviewDialog } from "./ReviewDialog";
import { SettingsDialog } from "./SettingsDialog";
import { FirstRun, PendingData } from "./Start";
import { StatusStrip } from "./StatusStrip";
import { WordPane } from "./WordPane";
import { reviewKey } from "../../domain";

export { PaneView } from "../state/usePane";

const useAppStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", height: "100vh", overflow: "hidden" },
  content: {
    flexGrow: 1,
    minHeight: 0,
    display: "flex",
    flexDirection: "column",
    padding: "8px 12px 0",
    overflowY: "auto",
  },
  findings: { overflowY: "hidden" },
});

export interface AppProps {
  readonly host: Host;
  readonly view?: PaneView;
}

/** The new-workbook form in the content area, its state kept while it is open. */
function NewWorkbook({ pane, formId }: { readonly pane: PaneState; readonly formId: string }) {
  const form = useNewWorkbookForm({
    loadRegions: loadRegionData,
    onCreate: pane.createBlank,
    onInvalid: (n) => pane.op.say({ intent: "error", text: newWorkbookText.invalid(n) }),
    onRegionsFailed: () => pane.op.say({ intent: "warning", text: newWorkbookText.regionsFailed }),
  });
  return <NewWorkbookForm form={form} formId={formId} disabled={pane.op.busy} />;
}

/** The content of the pane's current step. */
function renderContent(pane: PaneState, formId: string) {
  const busy = pane.op.busy;
  if (pane.creating) return <NewWorkbook pane={pane} formId={formId} />;
  if (pane.phase === Phase.built && pane.summary)
    return (
      <FindingsList
        view={pane.findings}
        reviews={pane.summary.reviews}
        total={pane.summary.findings.length}
        openErrors={pane.openErrors.length}
        {...(pane.host.recordReview ? { onReview: pane.review } : {})}
        headingRef={pane.findingsHeading}
        targets={pane.itemTargets}
        reviewLinks={pane.reviewLinks}
      />
    );
  if (pane.phase === Phase.opening) return null;
  if (pane.pending)
    return <PendingData pending={pane.pending} onDiscard={pane.discardPending} disabled={busy} />;
  return <FirstRun onSample={pane.loadSample} disabled={busy || pane.phase === Phase.unavailable} />;
}

/** The Excel pane. */
function ExcelPane({ host, view }: { readonly host: Host; readonly view: PaneView }) {
  const styles = useAppStyles();
  const pane = usePane(host, view);
  const formId = useId("new-workbook");
  const built = pane.phase === Phase.built;
  const findingsShown = built && !pane.creating;
  // Toasts, tooltips, menus and dialogs open inside the pane's main landmark.
  const [main, setMain] = useState<HTMLElement | null>(null);
  return (
    <main className={styles.pane} ref={setMain}>
      <PortalMountNodeProvider value={main ?? undefined}>
        <Header
          unit={pane.summary?.unit}
          onSettings={pane.openSettings}
          settingsDisabled={built ? undefined : uiText.settingsUnavailable}
        />
        <StatusStrip op={pane.op} />
        <div className={mergeClasses(styles.content, findingsShown && styles.findings)}>
          {pane.phase === Phase.unavailable ? (
            <MessageBar intent="info" aria-labelledby={undefined}>
              <MessageBarBody>{uiText.hostBrowser}</MessageBarBody>
            </MessageBar>
          ) : null}
          {renderContent(pane, formId)}
        </div>
        {/* 核对报告数字: one line above the footer, on the first-run screen as with the findings. */}
        <ReportCheck
          report={pane.report}
          shown={(pane.phase === Phase.empty || built) && !pane.creating}
          disabled={pane.op.busy}
        />
        <Footer pane={pane} formId={formId} primaryRef={pane.primaryButton} />
        <input
          ref={pane.fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={uiText.firstRun.importDataset}
          onChange={pane.onFile}
        />
        <ImportChoiceDialog
          open={pane.choosing}
          dataset={pane.pending?.raw}
          current={pane.summary?.unit}
          canCreate={host.createWorkbookFrom !== undefined}
          createMissing={host.createWorkbookMissing}
          onReplace={pane.replaceWithPending}
          onCreate={pane.createFromPending}
          onCancel={pane.cancelChoice}
        />
        <ExportDialog
          open={pane.confirmingExport}
          errors={pane.openErrors}
          onFix={pane.fixFirst}
          onExport={pane.exportAnyway}
          onClose={pane.closeExportDialog}
        />
        <SettingsDialog
          open={pane.settingsOpen}
          settings={pane.summary?.settings}
          onSave={pane.saveSettings}
          onClose={pane.closeSettings}
        />
        <ReviewDialog
          finding={pane.reviewing}
          review={pane.reviewing ? pane.summary?.reviews.get(reviewKey(pane.reviewing)) : undefined}
          onSave={pane.saveReview}
          onClose={pane.closeReview}
          disabled={pane.op.busy}
        />
      </PortalMountNodeProvider>
    </main>
  );
}

/** The task pane: in Word, the report's insertion; elsewhere, the Excel pane. */
export function App({ host, view = PaneView.start }: AppProps) {
  if (host.kind === HostKind.word) return <WordPane host={host} />;
  return <ExcelPane host={host} view={view} />;
}
