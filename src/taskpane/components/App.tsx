import {
  Body1,
  Button,
  Card,
  CounterBadge,
  Field,
  Input,
  Switch,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
  Title2,
  makeStyles,
} from "@fluentui/react-components";
import { useEffect, useRef, useState, type ChangeEvent } from "react";
import type { Finding, RawDataset } from "../../domain";
import { parseDataset, RATE_BASES, toRawDataset, type RateBase } from "../../domain";
import sample from "../../../samples/hunan-province-2024.json";
import { copyHtml, download, DOCX_TYPE } from "../../host";
import { HostKind, type BuildSummary, type Host, type Review, type TableSetting } from "../../host";
import { openFindings, reviewKey } from "../../domain";
import { loadRegionData } from "../../regions/load";
import { FindingsList } from "./FindingsList";
import { NewWorkbookForm } from "./NewWorkbookForm";
import { Notices, useOperation, type Notice } from "./Notices";
import { ReportCheck } from "./ReportCheck";
import { WordPane } from "./WordPane";
import { newWorkbookText, uiText } from "../../i18n";

const useStyles = makeStyles({
  main: { padding: "12px", display: "flex", flexDirection: "column", gap: "12px" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px" },
  card: { display: "flex", flexDirection: "column", gap: "8px" },
  errors: { margin: "4px 0", paddingLeft: "20px" },
});

const warning = (text: string): Notice => ({ intent: "warning", text });

/** The part of the pane a ribbon button opens it at (`taskpane.html?view=export`). */
export const PaneView = { start: "start", export: "export" } as const;
export type PaneView = (typeof PaneView)[keyof typeof PaneView];

export interface AppProps {
  readonly host: Host;
  readonly view?: PaneView;
}

/** The task pane: data → standard workbook → findings → report and data export. */
export function App({ host, view = PaneView.start }: AppProps) {
  const styles = useStyles();
  const [dataset, setDataset] = useState<RawDataset | undefined>();
  const [summary, setSummary] = useState<BuildSummary | undefined>();
  const { busy, progress, notices, act } = useOperation();
  const fileInput = useRef<HTMLInputElement>(null);
  const [threshold, setThreshold] = useState("");
  const [cap, setCap] = useState(false);
  const [tables, setTables] = useState<readonly TableSetting[]>([]);
  const [creating, setCreating] = useState(false);
  // 导出 Word with errors open: the errors are listed first, and the user exports anyway or not.
  const [confirmExport, setConfirmExport] = useState(false);
  const inExcel = host.kind === HostKind.excel;
  const exportCard = useRef<HTMLDivElement>(null);
  const exportButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Opened by the ribbon's 导出 Word: bring the export step into view, its first button focused.
    if (view !== PaneView.export) return;
    exportCard.current?.scrollIntoView?.();
    exportButton.current?.focus();
  }, [view]);

  if (host.kind === HostKind.word) {
    return (
      <main className={styles.main}>
        <Title2 as="h1">{uiText.productName}</Title2>
        <WordPane host={host} />
      </main>
    );
  }

  const loadFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    void act(async () => {
      setDataset(toRawDataset(parseDataset(await file.text())));
    });
  };

  /** Shows a build's or check's result, and the settings the workbook now holds. */
  const show = (result: BuildSummary) => {
    setSummary(result);
    setThreshold(String(result.settings.lowExecutionThreshold));
    setCap(result.settings.executionCap);
    setTables(result.settings.tables);
  };

  const build = (from: RawDataset | undefined = summary ? undefined : dataset) =>
    act(async (onProgress) => {
      const result = await host.buildOrRefresh?.(from, onProgress);
      if (!result) return;
      show(result);
      return [
        { intent: "success", text: uiText.built(result.created.length, result.updated.length) },
        ...result.renamed.map((r): Notice => ({ intent: "warning", text: uiText.renamed(r.wanted, r.used) })),
        ...(result.datasetIgnored ? [warning(uiText.datasetIgnored)] : []),
      ];
    });

  const saveSettings = () =>
    act(async (onProgress) => {
      const value = Number(threshold);
      if (threshold.trim() === "" || !Number.isFinite(value) || value < 0 || value > 100)
        return [{ intent: "error", text: uiText.settingsInvalid }];
      const result = await host.updateSettings?.(
        { lowExecutionThreshold: value, executionCap: cap, tables },
        onProgress,
      );
      if (!result) return;
      show(result);
      return [{ intent: "success", text: uiText.settingsSaved(value, cap) }];
    });

  const check = () =>
    act(async (onProgress) => {
      const result = await host.check?.(onProgress);
      if (!result) return;
      show(result);
      const errors = result.findings.filter((f) => f.severity === "error").length;
      return [
        { intent: errors ? "warning" : "success", text: uiText.checked(result.findings.length, errors) },
      ];
    });

  // Errors a reviewer marked 已核实 or 已修正 on 检查结果 are no longer open.
  const errorFindings = openFindings(summary?.findings ?? [], summary?.reviews).filter(
    (f) => f.severity === "error",
  );
  const openErrors = errorFindings.length;
  const warnOpenErrors = (): Notice[] =>
    openErrors ? [{ intent: "warning", text: uiText.openErrors(openErrors) }] : [];

  const exportWord = () =>
    act(async () => {
      const report = await host.exportReport?.();
      if (!report) return;
      if (host.canDownload === false) {
        await copyHtml(report.html, report.text);
        return [...warnOpenErrors(), { intent: "info", text: uiText.noDownloadReport }];
      }
      download(report.fileName, report.docx, DOCX_TYPE);
      return [...warnOpenErrors(), { intent: "success", text: uiText.downloaded(report.fileName) }];
    });

  const copyReport = () =>
    act(async () => {
      const report = await host.exportReport?.();
      if (!report) return;
      try {
        await copyHtml(report.html, report.text);
      } catch {
        return [{ intent: "error", text: uiText.copyFailed }];
      }
      return [...warnOpenErrors(), { intent: "success", text: uiText.copied }];
    });

  const exportData = () =>
    act(async () => {
      const text = await host.exportDataset?.();
      if (text === undefined) return;
      if (host.canDownload === false) {
        await navigator.clipboard.writeText(text);
        return [{ intent: "info", text: uiText.noDownloadData }];
      }
      const raw = JSON.parse(text) as RawDataset;
      const name = `${raw.unit.year}年度${raw.unit.name}绩效自评数据.json`;
      download(name, text, "application/json");
      return [{ intent: "success", text: uiText.downloaded(name) }];
    });

  /** Writes a review to 检查结果; true once written (a failure is shown as a notice). */
  const saveReview = async (f: Finding, review: Review) => {
    let saved = false;
    await act(async () => {
      if (!host.recordReview) return;
      await host.recordReview(f, review);
      saved = true;
      setSummary((s) => s && { ...s, reviews: new Map(s.reviews).set(reviewKey(f), review) });
      return [{ intent: "success", text: uiText.reviewSaved(review.status) }];
    });
    return saved;
  };

  const select = (f: Finding) => {
    if (f.sheet && f.cell) void act(async () => host.selectCell?.(f.sheet as string, f.cell as string));
  };

  return (
    <main className={styles.main}>
      <Title2 as="h1">{uiText.productName}</Title2>
      <Body1>{uiText.tagline}</Body1>
      {host.kind === HostKind.browser ? (
        <MessageBar intent="info">
          <MessageBarBody>{uiText.hostBrowser}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Notices notices={notices} busy={busy} progress={progress} />

      <Card className={styles.card}>
        <Subtitle2 as="h2">{uiText.steps.data}</Subtitle2>
        <Body1>
          {dataset ? uiText.datasetLoaded(dataset.unit.name, dataset.unit.year) : uiText.noDataset}
        </Body1>
        <div className={styles.row}>
          <Button onClick={() => setDataset(sample as RawDataset)} disabled={busy}>
            {uiText.loadSample}
          </Button>
          <Button onClick={() => fileInput.current?.click()} disabled={busy}>
            {uiText.importDataset}
          </Button>
          <Button onClick={() => setCreating(true)} disabled={busy || creating || !inExcel}>
            {newWorkbookText.open}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            aria-label={uiText.importDataset}
            onChange={loadFile}
          />
        </div>
        {creating ? (
          <NewWorkbookForm
            loadRegions={loadRegionData}
            disabled={busy}
            onCancel={() => setCreating(false)}
            onCreate={(raw) => {
              setDataset(raw);
              setCreating(false);
              void build(raw);
            }}
          />
        ) : null}
      </Card>

      <Card className={styles.card}>
        <Subtitle2 as="h2">{uiText.steps.build}</Subtitle2>
        <div className={styles.row}>
          <Button appearance="primary" onClick={() => void build()} disabled={busy || !inExcel}>
            {summary ? uiText.refresh : uiText.build}
          </Button>
        </div>
      </Card>

      <Card className={styles.card}>
        <Subtitle2 as="h2">
          {uiText.steps.check}{" "}
          {summary ? (
            <CounterBadge
              count={openErrors}
              color={openErrors ? "danger" : "informative"}
              showZero
              aria-label={uiText.errorCount(openErrors)}
            />
          ) : null}
        </Subtitle2>
        <div className={styles.row}>
          <Button onClick={() => void check()} disabled={busy || !inExcel}>
            {uiText.check}
          </Button>
        </div>
        {summary ? (
          <FindingsList
            findings={summary.findings}
            reviews={summary.reviews}
            onSelect={select}
            {...(host.recordReview ? { onReview: saveReview } : {})}
            disabled={busy}
          />
        ) : (
          <Body1>{uiText.notChecked}</Body1>
        )}
      </Card>

      <ReportCheck host={host} disabled={busy} />

      <Card className={styles.card}>
        <Subtitle2 as="h2">{uiText.steps.settings}</Subtitle2>
        <Field label={uiText.thresholdLabel} hint={uiText.thresholdHint}>
          <Input
            type="number"
            min={0}
            max={100}
            step={0.01}
            value={threshold}
            onChange={(_, d) => setThreshold(d.value)}
            disabled={busy || !summary}
          />
        </Field>
        <Switch
          label={uiText.capLabel}
          checked={cap}
          onChange={(_, d) => setCap(d.checked)}
          disabled={busy || !summary}
        />
        {tables.map((table, i) => (
          <Field key={`${table.sheet}!${table.cell}`} label={uiText.rateBaseLabel(table.title)}>
            <Select
              value={table.rateBase}
              onChange={(_, d) =>
                setTables(tables.map((t, j) => (j === i ? { ...t, rateBase: d.value as RateBase } : t)))
              }
              disabled={busy || !summary}
            >
              {RATE_BASES.map((base) => (
                <option key={base} value={base}>
                  {uiText.rateBases[base]}
                </option>
              ))}
            </Select>
          </Field>
        ))}
        <div className={styles.row}>
          <Button onClick={() => void saveSettings()} disabled={busy || !summary}>
            {uiText.saveSettings}
          </Button>
        </div>
      </Card>

      <Card className={styles.card} ref={exportCard}>
        <Subtitle2 as="h2">{uiText.steps.export}</Subtitle2>
        {confirmExport ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{uiText.openErrorsTitle(openErrors)}</MessageBarTitle>
              <ul className={styles.errors}>
                {errorFindings.slice(0, 5).map((f) => (
                  <li key={`${f.rule}@${f.path}`}>{f.message}</li>
                ))}
              </ul>
              {openErrors > 5 ? uiText.moreErrors(openErrors - 5) : null}
            </MessageBarBody>
            <MessageBarActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirmExport(false);
                  void exportWord();
                }}
              >
                {uiText.exportAnyway}
              </Button>
              <Button onClick={() => setConfirmExport(false)}>{uiText.cancelExport}</Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
        <div className={styles.row}>
          <Button
            ref={exportButton}
            onClick={() => (openErrors ? setConfirmExport(true) : void exportWord())}
            disabled={busy || !inExcel || confirmExport}
          >
            {uiText.exportWord}
          </Button>
          <Button onClick={() => void copyReport()} disabled={busy || !inExcel}>
            {uiText.copyReport}
          </Button>
          <Button onClick={() => void exportData()} disabled={busy || !inExcel}>
            {uiText.exportData}
          </Button>
        </div>
      </Card>
    </main>
  );
}
