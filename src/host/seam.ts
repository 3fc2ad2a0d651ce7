/**
 * The host seam: what the task pane may ask of the application it runs in. Components receive a
 * Host and never call Office.js themselves; tests and the browser preview pass other hosts.
 */
import type { Finding, OutlineId, RateBase, RawDataset } from "../domain";
import type { ReportFinding, TextFigure } from "../reportcheck";
import type { BuildMode, Progress, Review } from "./excel";

export type { Progress, Review } from "./excel";
export { BuildMode } from "./excel";
export type { OfficeThemeColors } from "./theme";
/** Told where a long operation is, for the pane's progress line. */
export type ProgressListener = (progress: Progress) => void;

export const HostKind = { excel: "excel", word: "word", browser: "browser" } as const;
export type HostKind = (typeof HostKind)[keyof typeof HostKind];

/** A fund table's execution-rate base, held by a drop-down cell on the table's sheet. */
export interface TableSetting {
  readonly title: string;
  readonly rateBase: RateBase;
  readonly sheet: string;
  readonly cell: string;
}

/** A report setting of 基本信息 (报告提纲, 成文日期) and the cell that holds it. */
export interface CellSetting<T> {
  readonly value: T;
  readonly sheet: string;
  readonly cell: string;
}

/** The settings the workbook holds (基本信息's cells and each fund sheet's rate base). */
export interface CheckSettings {
  /** 低执行率阈值, in percent. */
  readonly lowExecutionThreshold: number;
  readonly executionCap: boolean;
  readonly tables: readonly TableSetting[];
  /** 报告提纲 (absent in a workbook without the cell). */
  readonly outline?: CellSetting<OutlineId>;
  /** 成文日期 as YYYY-MM-DD, "" when not set (absent in a workbook without the cell). */
  readonly reportDate?: CellSetting<string>;
}

/** What building or refreshing the standard workbook did. */
export interface BuildSummary {
  /** The unit and year the workbook's data is of. */
  readonly unit: { readonly name: string; readonly year: number };
  readonly created: readonly string[];
  readonly updated: readonly string[];
  /** Standard sheets that got another name because a sheet that is not ours has theirs. */
  readonly renamed: readonly { readonly wanted: string; readonly used: string }[];
  /** True when the sheets' own values were read back first (a refresh keeps every input). */
  readonly fromWorkbook: boolean;
  /** True when a dataset was given but the workbook already had standard sheets, which were used. */
  readonly datasetIgnored: boolean;
  /** Standard sheets deleted because the dataset written over them has none for them. */
  readonly removed: readonly string[];
  readonly findings: readonly Finding[];
  /** The reviewers' 处理状态 and 说明 on 检查结果, by `reviewKey` (none for a first build). */
  readonly reviews: ReadonlyMap<string, Review>;
  readonly settings: CheckSettings;
}

/** The report, ready to hand over: a .docx file and the same report as HTML and plain text. */
export interface ReportExport {
  readonly fileName: string;
  readonly docx: Uint8Array;
  readonly html: string;
  readonly text: string;
}

/** What a report check (核对报告数字) found, as the panes show it. */
export interface ReportCheckSummary {
  readonly findings: readonly ReportFinding[];
  /** How many figures (number + unit) the report holds, and how many were attributed to an item. */
  readonly figures: number;
  readonly attributed: number;
  /** Figures that could not be attributed: listed, never flagged. */
  readonly unattributed: readonly TextFigure[];
  /** How the findings were marked in the document (none for a .docx file checked from Excel). */
  readonly marks: "comment" | "highlight" | "none";
  /** The name of the data the figures were compared with; absent when the report was checked against itself. */
  readonly data?: string;
}

/** A workbook (.xlsx) or dataset file (.json) picked in a pane. */
export interface DataFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** What the pane finds in the workbook it opens in: no standard sheets yet, or their check. */
export type OpenedWorkbook =
  { readonly standardSheets: false } | { readonly standardSheets: true; readonly summary: BuildSummary };

/** A requirement set of Office.js: its name and the minimum version (`ExcelApi`, `1.8`). */
export interface RequirementSet {
  readonly set: string;
  readonly version: string;
}

export interface Host {
  readonly kind: HostKind;
  /**
   * Whether the host's web view saves a file download. Office on Mac (WKWebView) does not, by
   * design; Office on the web and on Windows (WebView2) do. False → the pane uses the clipboard.
   */
  readonly canDownload?: boolean;
  /**
   * Looks at the workbook the pane opened in: without standard sheets it says so; with them it
   * checks them at once (检查结果 rewritten, reviews kept), as `check` does.
   */
  readonly open?: (onProgress?: ProgressListener) => Promise<OpenedWorkbook>;
  /**
   * Builds the standard workbook from a dataset, or refreshes the one the workbook holds. A dataset
   * given for a workbook that already has standard sheets is used only with `BuildMode.replace`.
   */
  readonly buildOrRefresh?: (
    dataset?: RawDataset,
    onProgress?: ProgressListener,
    mode?: BuildMode,
  ) => Promise<BuildSummary>;
  /**
   * Why `createWorkbookFrom` cannot work in this host (the requirement set it lacks), or undefined
   * when it can. Absent with `createWorkbookFrom` absent.
   */
  readonly createWorkbookMissing?: RequirementSet;
  /** Opens a new workbook in Excel holding the standard workbook of the dataset. */
  readonly createWorkbookFrom?: (dataset: RawDataset, onProgress?: ProgressListener) => Promise<void>;
  /** Re-checks the workbook's data and rewrites 检查结果 (reviews kept). */
  readonly check?: (onProgress?: ProgressListener) => Promise<BuildSummary>;
  /** Writes the check settings into the workbook, then re-checks (检查结果 rewritten). */
  readonly updateSettings?: (settings: CheckSettings, onProgress?: ProgressListener) => Promise<BuildSummary>;
  /** Records a reviewer's 处理状态 and 说明 of a finding on 检查结果 (refused unless `reviewProblem` allows it). */
  readonly recordReview?: (finding: Finding, review: Review) => Promise<void>;
  /** Selects a cell (a finding's location) in the workbook. */
  readonly selectCell?: (sheet: string, cell: string) => Promise<void>;
  /** The report of the workbook's current data. */
  readonly exportReport?: () => Promise<ReportExport>;
  /** The workbook's data as a dataset file (JSON text). */
  readonly exportDataset?: () => Promise<string>;
  /** In Word: reads a standard workbook (.xlsx) or a dataset file (.json) and inserts its report at the cursor. */
  readonly insertReportFrom?: (
    fileName: string,
    bytes: Uint8Array,
  ) => Promise<{
    readonly title: string;
    readonly findings: readonly Finding[];
    /** The reviews a workbook's 检查结果 holds, by `reviewKey`. */
    readonly reviews: ReadonlyMap<string, Review>;
  }>;
  /**
   * In Word: checks the figures of the open document — against a workbook or dataset file when
   * given, else against themselves — and marks each finding in the document.
   */
  readonly checkReport?: (data?: DataFile) => Promise<ReportCheckSummary>;
  /** In Word: selects a report finding's figure. */
  readonly selectReportFinding?: (finding: ReportFinding) => Promise<void>;
  /** In Word: removes the marks the report check placed; resolves with how many it removed. */
  readonly clearReportMarks?: () => Promise<number>;
  /** In Excel: checks a report (.docx) the user picked against the open workbook's data. */
  readonly checkReportFile?: (report: DataFile) => Promise<ReportCheckSummary>;
}

/** The host for the environment the pane was loaded in (without Office: a preview host). */
export function detectHost(info: { host?: Office.HostType | null } | undefined): Host {
  if (typeof Office === "undefined" || !info?.host) return { kind: HostKind.browser };
  if (info.host === Office.HostType.Excel) return { kind: HostKind.excel };
  if (info.host === Office.HostType.Word) return { kind: HostKind.word };
  return { kind: HostKind.browser };
}
