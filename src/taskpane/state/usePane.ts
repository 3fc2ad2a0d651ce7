/**
 * The Excel pane's state and what its actions do, apart from how they look (`App.tsx` renders it):
 * the step the pane is at (opening, a workbook without standard sheets, or a checked one), the data
 * read but not yet written, the dialogs, and every operation on the host. On open the pane looks
 * at the workbook: without standard sheets it offers the first steps; with them it checks them at
 * once. A dataset read while the workbook has standard sheets is never silently ignored: the pane
 * asks whether to write it over them, into a new workbook, or not at all.
 */
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from "react";
import {
  isOpenReview,
  openFindings,
  readDatasetFile,
  reviewKey,
  toRawDataset,
  type Finding,
  type RawDataset,
  type Review,
} from "../../domain";
import sample from "../../../samples/hunan-province-2024.json";
import {
  BuildMode,
  copyHtml,
  describeError,
  download,
  DOCX_TYPE,
  HostKind,
  type BuildSummary,
  type CheckSettings,
  type Host,
} from "../../host";
import { uiText } from "../../i18n";
import { useFindingsView } from "./findingsView";
import { useOperation, type Notice } from "./useOperation";
import { useReportFileCheck } from "./useReportCheck";

/** The part of the pane a ribbon button opens it at (`taskpane.html?view=export`). */
export const PaneView = { start: "start", export: "export" } as const;
export type PaneView = (typeof PaneView)[keyof typeof PaneView];

/** Where the pane is. */
export const Phase = {
  /** Reading the workbook. */
  opening: "opening",
  /** Outside Office: nothing can be done. */
  unavailable: "unavailable",
  /** The workbook has no standard sheets. */
  empty: "empty",
  /** The workbook has standard sheets, checked. */
  built: "built",
} as const;
export type Phase = (typeof Phase)[keyof typeof Phase];

/** Data read from a file, the sample or the new-workbook form, not yet written. */
export interface PendingDataset {
  readonly raw: RawDataset;
  readonly sample: boolean;
}

/** Where the keyboard goes once the next render is done (`review`: back to the 记录说明 link). */
type FocusTarget = "findings" | "primary" | "current" | "review";

/** The Excel pane's state; see the module comment. */
export function usePane(host: Host, view: PaneView) {
  const op = useOperation();
  const { act, say } = op;
  const [phase, setPhase] = useState<Phase>(
    host.kind === HostKind.browser ? Phase.unavailable : host.open ? Phase.opening : Phase.empty,
  );
  const [summary, setSummary] = useState<BuildSummary | undefined>();
  const [pending, setPending] = useState<PendingDataset | undefined>();
  const [creating, setCreating] = useState(false);
  const [choosing, setChoosing] = useState(false);
  const [confirmingExport, setConfirmingExport] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [reviewing, setReviewing] = useState<Finding | undefined>();
  const fileInput = useRef<HTMLInputElement>(null);
  const findingsHeading = useRef<HTMLHeadingElement>(null);
  const primaryButton = useRef<HTMLButtonElement>(null);
  /** The element of each finding that takes the focus (its first action), by review key. */
  const itemTargets = useRef(new Map<string, HTMLElement>());
  const reviewLinks = useRef(new Map<string, HTMLElement>());
  /** The finding whose review dialog was open last. */
  const reviewed = useRef<string | undefined>(undefined);
  const focusNext = useRef<FocusTarget | undefined>(undefined);

  const select = useCallback(
    (f: Finding) => {
      if (!f.sheet || !f.cell || !host.selectCell) return;
      host.selectCell(f.sheet, f.cell).catch((error: unknown) => {
        const { title, text, detail } = describeError(error);
        say({ intent: "error", title, text, ...(detail ? { detail } : {}) });
      });
    },
    [host, say],
  );
  const findings = useFindingsView(summary?.findings ?? [], summary?.reviews, select);
  /** 核对报告数字: a report (.docx) checked against the workbook's data. */
  const report = useReportFileCheck(host, op);

  // The keyboard goes where the step that just ended leads: the findings, or the next primary action.
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = undefined;
    if (target === "findings") findingsHeading.current?.focus();
    else if (target === "primary") primaryButton.current?.focus();
    else if (target === "review") {
      // After the dialog has closed and restored what it restores.
      const link = reviewed.current ? reviewLinks.current.get(reviewed.current) : undefined;
      requestAnimationFrame(() => link?.focus());
    } else if (findings.current) itemTargets.current.get(findings.current)?.focus();
  });

  // The current finding is kept in view as 上一项/下一项 move through the list.
  const current = findings.current;
  useEffect(() => {
    if (current) itemTargets.current.get(current)?.scrollIntoView?.({ block: "nearest" });
  }, [current]);

  /** Shows a build's or check's result: the pane is at its findings (the keyboard too, unless `null`). */
  const show = (result: BuildSummary, focus: FocusTarget | null = "findings") => {
    setSummary(result);
    setPhase(Phase.built);
    if (focus) focusNext.current = focus;
  };
  const openErrorCount = (result: BuildSummary) =>
    openFindings(result.findings, result.reviews).filter((f) => f.severity === "error").length;
  const renamedNotices = (result: BuildSummary): Notice[] =>
    result.renamed.map((r) => ({ intent: "warning", text: uiText.renamed(r.wanted, r.used) }));

  // On open: look at the workbook, once.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || !host.open) return;
    opened.current = true;
    const open = host.open;
    void act(async (onProgress) => {
      try {
        const result = await open(onProgress);
        if (!result.standardSheets) {
          setPhase(Phase.empty);
          return view === PaneView.export ? [{ intent: "info", text: uiText.exportNothing }] : [];
        }
        show(result.summary, view === PaneView.export ? "primary" : "findings");
        return renamedNotices(result.summary);
      } catch (error) {
        // The pane stays usable: the first steps are offered, with what went wrong.
        setPhase(Phase.empty);
        throw error;
      }
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the pane opens
  }, []);

  /** Data to use: written at once into an empty workbook's next step, or asked about. */
  const offer = (raw: RawDataset, isSample: boolean) => {
    setPending({ raw, sample: isSample });
    setCreating(false);
    if (phase === Phase.built) setChoosing(true);
    else focusNext.current = "primary";
  };

  /** Builds `from` into an empty workbook, or (without it) refreshes the standard sheets. */
  const build = (from: RawDataset | undefined) =>
    act(async (onProgress) => {
      const result = await host.buildOrRefresh?.(from, onProgress);
      if (!result) return;
      show(result);
      setCreating(false);
      if (from && result.datasetIgnored) {
        // Standard sheets appeared meanwhile (another window, a co-author): ask, as always.
        setChoosing(true);
        return [{ intent: "warning", text: uiText.datasetNotUsed }];
      }
      setPending(undefined);
      return [
        {
          intent: "success",
          text: uiText.built(result.created.length, result.updated.length, openErrorCount(result)),
        },
        ...renamedNotices(result),
      ];
    });

  const replaceWithPending = () => {
    const data = pending;
    setChoosing(false);
    if (!data) return;
    void act(async (onProgress) => {
      const result = await host.buildOrRefresh?.(data.raw, onProgress, BuildMode.replace);
      if (!result) return;
      setPending(undefined);
      show(result);
      // Reviews someone recorded (a status or a 说明) that found their finding again.
      const kept = result.findings.filter((f) => {
        const review = result.reviews.get(reviewKey(f));
        return review !== undefined && (!isOpenReview(review) || review.note.trim() !== "");
      }).length;
      return [
        {
          intent: "success",
          text: uiText.replaced(
            result.unit.name,
            result.unit.year,
            result.updated.length + result.created.length,
            result.removed,
            kept,
          ),
        },
        ...renamedNotices(result),
      ];
    });
  };

  const createFromPending = () => {
    const data = pending;
    setChoosing(false);
    if (!data || !host.createWorkbookFrom) return;
    const create = host.createWorkbookFrom;
    void act(async (onProgress) => {
      await create(data.raw, onProgress);
      setPending(undefined);
      return [{ intent: "success", text: uiText.createdNew(data.raw.unit.name, data.raw.unit.year) }];
    });
  };

  const check = () =>
    act(async (onProgress) => {
      const result = await host.check?.(onProgress);
      if (!result) return;
      // The keyboard stays on 检查, where the user is.
      show(result, null);
      const errors = openErrorCount(result);
      return [
        { intent: errors ? "warning" : "success", text: uiText.checked(result.findings.length, errors) },
        ...renamedNotices(result),
      ];
    });

  const saveSettings = (settings: CheckSettings) => {
    setSettingsOpen(false);
    return act(async (onProgress) => {
      const result = await host.updateSettings?.(settings, onProgress);
      if (!result) return;
      show(result);
      return [
        {
          intent: "success",
          text: uiText.settingsSaved(settings.lowExecutionThreshold, settings.executionCap),
        },
      ];
    });
  };

  const closeReview = () => {
    setReviewing(undefined);
    focusNext.current = "review";
  };

  /** Writes a review to 检查结果; true once written (a failure is shown in the status strip). */
  const saveReview = async (f: Finding, review: Review) => {
    let saved = false;
    await act(async () => {
      if (!host.recordReview) return;
      await host.recordReview(f, review);
      saved = true;
      setSummary((s) => s && { ...s, reviews: new Map(s.reviews).set(reviewKey(f), review) });
      return [{ intent: "success", text: uiText.reviewSaved(review.status, review.note) }];
    });
    if (saved) closeReview();
    return saved;
  };

  const openErrors = openFindings(summary?.findings ?? [], summary?.reviews).filter(
    (f) => f.severity === "error",
  );
  const warnOpenErrors = (): Notice[] =>
    openErrors.length ? [{ intent: "warning", text: uiText.exportedWithErrors(openErrors.length) }] : [];

  const exportWord = () =>
    act(async () => {
      const report = await host.exportReport?.();
      if (!report) return;
      if (host.canDownload === false) {
        await copyHtml(report.html, report.text);
        return [{ intent: "info", text: uiText.noDownloadReport }, ...warnOpenErrors()];
      }
      download(report.fileName, report.docx, DOCX_TYPE);
      return [{ intent: "success", text: uiText.downloaded(report.fileName) }, ...warnOpenErrors()];
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
      return [{ intent: "success", text: uiText.copied }, ...warnOpenErrors()];
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
      const name = uiText.dataFileName(raw.unit.year, raw.unit.name);
      download(name, text, "application/json");
      return [{ intent: "success", text: uiText.downloaded(name) }];
    });

  return {
    host,
    op,
    phase,
    summary,
    pending,
    creating,
    choosing,
    confirmingExport,
    settingsOpen,
    reviewing,
    findings,
    report,
    openErrors,
    fileInput,
    findingsHeading,
    primaryButton,
    itemTargets,
    reviewLinks,
    inExcel: host.kind === HostKind.excel,

    newWorkbook: () => setCreating(true),
    cancelNewWorkbook: () => {
      setCreating(false);
      focusNext.current = "primary";
    },
    /** The new-workbook form's dataset: built into an empty workbook, or asked about. */
    createBlank: (raw: RawDataset) => {
      if (phase === Phase.built) {
        setCreating(false);
        setPending({ raw, sample: false });
        setChoosing(true);
      } else void build(raw);
    },
    loadSample: () => offer(sample as RawDataset, true),
    pickFile: () => fileInput.current?.click(),
    onFile: (event: ChangeEvent<HTMLInputElement>) => {
      const file = event.target.files?.[0];
      event.target.value = "";
      if (!file) return;
      void act(async () => {
        const dataset = readDatasetFile(file.name, new Uint8Array(await file.arrayBuffer()));
        offer(toRawDataset(dataset), false);
      });
    },
    discardPending: () => {
      setPending(undefined);
      focusNext.current = "primary";
    },
    build: () => void build(pending?.raw),
    replaceWithPending,
    createFromPending,
    cancelChoice: () => {
      setChoosing(false);
      setPending(undefined);
    },
    check: () => void check(),
    refresh: () => void build(undefined),
    openSettings: () => setSettingsOpen(true),
    closeSettings: () => setSettingsOpen(false),
    saveSettings: (settings: CheckSettings) => void saveSettings(settings),
    review: (f: Finding) => {
      reviewed.current = reviewKey(f);
      setReviewing(f);
    },
    closeReview,
    saveReview,
    /** 导出 Word 报告: with errors open, they are listed first. */
    exportWord: () => (openErrors.length ? setConfirmingExport(true) : void exportWord()),
    exportAnyway: () => {
      setConfirmingExport(false);
      void exportWord();
    },
    /** 先去修改: the open errors alone, the first one current and its cell selected. */
    fixFirst: () => {
      setConfirmingExport(false);
      if (findings.showOpenErrors()) focusNext.current = "current";
    },
    closeExportDialog: () => setConfirmingExport(false),
    copyReport: () => void copyReport(),
    exportData: () => void exportData(),
  };
}

export type PaneState = ReturnType<typeof usePane>;
