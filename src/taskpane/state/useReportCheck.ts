/**
 * 核对报告数字 in the panes: the state of a report check and what its actions do, apart from how
 * they look. What a check says goes through the pane's operation, so into its status strip.
 * - In Excel (`useReportFileCheck`): a report (.docx) the user picks is checked against the
 *   workbook's data; its findings open in a dialog, which can be opened again until the next check.
 * - In Word (`useDocumentCheck`): the open document is checked against the data the pane has
 *   loaded (the file picked to insert the report, or one picked for the check), or against itself;
 *   each finding is marked in the document, listed with 定位, and the marks removed on request.
 */
import { useCallback, useRef, useState, type ChangeEvent } from "react";
import { describeError, type DataFile, type Host, type ReportCheckSummary } from "../../host";
import { reportCheckText } from "../../i18n";
import type { ReportFinding } from "../../reportcheck";
import type { Notice, Operation } from "./useOperation";

const R = reportCheckText.ui;

/**
 * The file picked in an `<input type="file">`, taken at once (the input is emptied, so that the
 * same file can be picked again); its bytes are read later.
 */
export function takePickedFile(event: ChangeEvent<HTMLInputElement>): File | undefined {
  const file = event.target.files?.[0];
  event.target.value = "";
  return file;
}

/** A picked file's name and bytes. */
export async function dataFileOf(file: File): Promise<DataFile> {
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

const errorCount = (summary: ReportCheckSummary) =>
  summary.findings.filter((f) => f.severity === "error").length;

/** A report checked from Excel: the file's name and what the check found. */
export interface CheckedReport {
  readonly fileName: string;
  readonly summary: ReportCheckSummary;
}

/** 核对报告数字 in the Excel pane; see the module comment. */
export function useReportFileCheck(host: Host, op: Operation) {
  const input = useRef<HTMLInputElement>(null);
  const [checked, setChecked] = useState<CheckedReport | undefined>();
  const [open, setOpen] = useState(false);
  const check = host.checkReportFile;
  return {
    /** False where the host cannot check a report (no menu item then). */
    available: check !== undefined,
    input,
    checked,
    /** Whether the results' dialog is open. */
    open,
    pick: () => input.current?.click(),
    onFile: (event: ChangeEvent<HTMLInputElement>) => {
      const file = takePickedFile(event);
      if (!file || !check) return;
      void op.act(async () => {
        const summary = await check(await dataFileOf(file));
        setChecked({ fileName: file.name, summary });
        setOpen(true);
        const errors = errorCount(summary);
        return [
          {
            intent: errors ? "warning" : "success",
            text: R.checkedFile(file.name, summary.findings.length, errors),
          },
        ];
      });
    },
    reopen: () => setOpen(checked !== undefined),
    close: () => setOpen(false),
  };
}

export type ReportFileCheck = ReturnType<typeof useReportFileCheck>;

/** 核对报告数字 in the Word pane; see the module comment. */
export function useDocumentCheck(host: Host, op: Operation) {
  const { act, say } = op;
  const dataInput = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLDivElement>(null);
  /** The data the figures are compared with: the file last picked to insert a report or for the check. */
  const [data, setData] = useState<DataFile | undefined>();
  const [summary, setSummary] = useState<ReportCheckSummary | undefined>();
  const check = host.checkReport;

  const run = () =>
    act(async () => {
      if (!check) return;
      const result = await check(data);
      setSummary(result);
      // The results are where the user looks next; the keyboard stays on 核对报告数字.
      requestAnimationFrame(() => results.current?.scrollIntoView?.({ block: "nearest" }));
      const notices: Notice[] = result.findings.length
        ? [
            {
              intent: errorCount(result) ? "warning" : "info",
              text: R.marked(result.findings.length, result.marks === "highlight" ? "highlight" : "comment"),
            },
          ]
        : [{ intent: "success", text: R.summary(0, result.figures, result.attributed) }];
      return notices;
    });

  const clear = () =>
    act(async () => {
      const removed = await host.clearReportMarks?.();
      if (removed === undefined) return;
      return [{ intent: "success", text: R.cleared(removed) }];
    });

  /** 定位: selects the figure in the document; what the check said stays in the status strip. */
  const locate = useCallback(
    (finding: ReportFinding) => {
      host.selectReportFinding?.(finding).catch((error: unknown) => {
        const { title, text, detail } = describeError(error);
        say({ intent: "error", title, text, ...(detail ? { detail } : {}) });
      });
    },
    [host, say],
  );

  return {
    /** False where the host cannot check the document (no section then). */
    available: check !== undefined,
    data,
    summary,
    dataInput,
    /** The results' section, brought into view once checked. */
    results,
    /** Keeps the file picked to insert a report as the data to compare with. */
    keepData: setData,
    pickData: () => dataInput.current?.click(),
    onDataFile: (event: ChangeEvent<HTMLInputElement>) => {
      const file = takePickedFile(event);
      if (!file) return;
      void act(async () => {
        setData(await dataFileOf(file));
      });
    },
    check: () => void run(),
    clear: () => void clear(),
    locate,
  };
}

export type DocumentCheck = ReturnType<typeof useDocumentCheck>;
