/**
 * The Excel host: the pane's operations carried out through Office.js, each in one `Excel.run`.
 * The report renderers load on demand (a separate chunk), keeping the pane's first load small.
 */
import {
  checkDataset,
  loadDataset,
  reviewKey,
  ReviewProblem,
  reviewProblem,
  settingsOf,
  type RawDataset,
} from "../domain";
import { DocumentError, InputFileError, WorkbookError } from "../errors";
import { errorText, fieldText, reportCheckText, workbookText } from "../i18n";
import { DEFAULT_OUTLINE } from "../narrative/outlines";
import {
  buildOrRefresh,
  checkWorkbook,
  hasStandardSheets,
  inspectWorkbook,
  recordReview,
  type BuildMode,
  type RefreshResult,
  type ReviewCells,
  type WorkbookLayout,
} from "./excel";
import { buildWorkbookPlan } from "../workbook";
import { EXECUTION_CAP_NAME, THRESHOLD_NAME } from "../workbook/sheets/names";
import { readExcelGrid } from "../renderers/excelRead";
import { importWorkbook } from "../workbook/import";
import {
  HostKind,
  type BuildSummary,
  type CheckSettings,
  type Host,
  type DataFile,
  type ProgressListener,
  type ReportCheckSummary,
  type ReportExport,
  type RequirementSet,
} from "./seam";

/** `Excel.run`, or a stand-in of it. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Excel.createWorkbook` opens a new workbook from a base64 .xlsx from this set on (guarded). */
export const CREATE_WORKBOOK_SET: RequirementSet = { set: "ExcelApi", version: "1.8" };

/** What the Excel host may use beyond `Excel.run`, each where the host has it. */
export interface ExcelHostOptions {
  /** `Office.context.requirements.isSetSupported`. */
  readonly supports?: (set: string, version: string) => boolean;
  /** `Excel.createWorkbook` (ExcelApi 1.8), used only where `supports` says the set is there. */
  readonly createWorkbook?: (base64: string) => Promise<void>;
}

/** Bytes as base64, in slices (a spread of a large array would overflow the call stack). */
function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function summaryOf(result: RefreshResult): BuildSummary {
  const settings = settingsOf(result.dataset);
  return {
    unit: { name: result.dataset.unit.name, year: result.dataset.unit.year },
    created: result.render.created,
    updated: result.render.updated,
    renamed: result.renamed,
    fromWorkbook: result.fromWorkbook,
    datasetIgnored: result.datasetIgnored,
    removed: result.removed,
    findings: result.findings,
    reviews: result.reviews,
    settings: {
      lowExecutionThreshold: settings.lowExecutionThreshold.toNumber(),
      executionCap: settings.executionCap,
      tables: result.tables,
      ...(result.reportCells.outline
        ? {
            outline: {
              value: result.dataset.settings?.outline ?? DEFAULT_OUTLINE,
              ...result.reportCells.outline,
            },
          }
        : {}),
      ...(result.reportCells.reportDate
        ? {
            reportDate: {
              value: result.dataset.settings?.reportDate ?? "",
              ...result.reportCells.reportDate,
            },
          }
        : {}),
    },
  };
}

/**
 * The pane's operations on the open workbook. The host keeps the workbook's layout from one
 * operation to the next, so that each read takes one sync while the workbook keeps its shape.
 */
export function excelHost(run: ExcelRun, canDownload = true, office: ExcelHostOptions = {}): Host {
  let layout: WorkbookLayout | undefined;
  let reviewCells: ReadonlyMap<string, ReviewCells> = new Map();
  const remember = (result: RefreshResult) => {
    layout = result.layout;
    reviewCells = result.reviewCells;
    return summaryOf(result);
  };
  /** The workbook's dataset, read through Office.js; refused when it has no standard sheets. */
  const readDataset = async (context: Excel.RequestContext) => {
    const read = await readExcelGrid(context, layout);
    layout = read.layout;
    if (!hasStandardSheets(read)) throw new WorkbookError(errorText.workbook.nothingToExport);
    return importWorkbook(read.grid);
  };
  const { supports, createWorkbook } = office;
  // Print setup needs ExcelApi 1.9: the renderer asks before it writes it.
  const render = supports ? { supports } : {};
  const canCreate = createWorkbook !== undefined;
  const createMissing =
    canCreate && !supports?.(CREATE_WORKBOOK_SET.set, CREATE_WORKBOOK_SET.version)
      ? CREATE_WORKBOOK_SET
      : undefined;
  return {
    kind: HostKind.excel,
    canDownload,
    open: (onProgress?: ProgressListener) =>
      run(async (context) => {
        const inspection = await inspectWorkbook(context, { layout });
        layout = inspection.layout;
        if (!inspection.hasStandardSheets) return { standardSheets: false as const };
        const summary = remember(
          await checkWorkbook(context, { layout, render, ...(onProgress ? { onProgress } : {}) }),
        );
        return { standardSheets: true as const, summary };
      }),
    buildOrRefresh: (raw?: RawDataset, onProgress?: ProgressListener, mode?: BuildMode) =>
      run(async (context) =>
        remember(
          await buildOrRefresh(context, {
            render,
            ...(raw ? { dataset: loadDataset(raw) } : {}),
            ...(mode ? { mode } : {}),
            layout,
            ...(onProgress ? { onProgress } : {}),
          }),
        ),
      ),
    ...(canCreate
      ? {
          ...(createMissing ? { createWorkbookMissing: createMissing } : {}),
          createWorkbookFrom: async (raw: RawDataset, onProgress?: ProgressListener) => {
            if (createMissing)
              throw new WorkbookError(
                errorText.workbook.cannotCreate(`${createMissing.set} ${createMissing.version}`),
              );
            onProgress?.({ phase: "check" });
            const { model, findings } = checkDataset(loadDataset(raw));
            const { plan } = buildWorkbookPlan(model, findings);
            onProgress?.({ phase: "write", syncs: 0 });
            const { renderXlsx } = await import("../renderers/xlsx");
            await createWorkbook(toBase64(await renderXlsx(plan)));
          },
        }
      : {}),
    check: (onProgress?: ProgressListener) =>
      run(async (context) =>
        remember(await checkWorkbook(context, { layout, render, ...(onProgress ? { onProgress } : {}) })),
      ),
    updateSettings: (settings: CheckSettings, onProgress?: ProgressListener) =>
      run(async (context) => {
        // The settings are unlocked input cells of 基本信息, reached through their names.
        const names = context.workbook.names;
        names.getItem(THRESHOLD_NAME).getRange().formulas = [[settings.lowExecutionThreshold / 100]];
        names.getItem(EXECUTION_CAP_NAME).getRange().formulas = [
          [`'${settings.executionCap ? workbookText.yes : workbookText.no}`],
        ];
        // Each table's rate base is an unlocked drop-down cell of its (protected) sheet; so are
        // 报告提纲 and 成文日期 on 基本信息 (the date as text: it reads back as written).
        const write = (at: { sheet: string; cell: string }, text: string) => {
          context.workbook.worksheets.getItem(at.sheet).getRange(at.cell).formulas = [
            [text ? `'${text}` : ""],
          ];
        };
        for (const table of settings.tables) write(table, workbookText.rateBases[table.rateBase]);
        if (settings.outline) write(settings.outline, fieldText.outlines[settings.outline.value]);
        if (settings.reportDate) write(settings.reportDate, settings.reportDate.value);
        // Their own sync, so that a refused write is reported, not taken for a stale layout.
        await context.sync();
        // The sheets' formulas and colours follow these cells; the check rewrites 检查结果 alone.
        return remember(
          await checkWorkbook(context, { layout, render, ...(onProgress ? { onProgress } : {}) }),
        );
      }),
    recordReview: (finding, review) =>
      run(async (context) => {
        // 已说明 needs a 说明 (the status itself is checked where it is written).
        if (reviewProblem(review) === ReviewProblem.noteRequired)
          throw new WorkbookError(errorText.workbook.noteRequired);
        const key = reviewKey(finding);
        const at = reviewCells.get(key);
        if (!at) throw new WorkbookError(errorText.workbook.findingsMoved);
        await recordReview(context, at, key, review);
      }),
    selectCell: (sheet: string, cell: string) =>
      run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
        range.select();
        await context.sync();
      }),
    exportReport: () =>
      run(async (context): Promise<ReportExport> => {
        const { dataset } = await readDataset(context);
        const { model, findings } = checkDataset(dataset);
        const [{ buildReportPlan, reportText }, { renderDocx }, { renderHtml }] = await Promise.all([
          import("../narrative"),
          import("../renderers/docx"),
          import("../renderers/html"),
        ]);
        const plan = buildReportPlan(model, findings);
        return {
          fileName: `${plan.title}.docx`,
          docx: await renderDocx(plan),
          html: renderHtml(plan),
          text: reportText(plan, "all"),
        };
      }),
    exportDataset: () =>
      run(async (context) => `${JSON.stringify((await readDataset(context)).raw, null, 1)}\n`),
    checkReportFile: async (report: DataFile): Promise<ReportCheckSummary> => {
      const [{ readDocx }, { checkReport, docxBlocks }] = await Promise.all([
        import("../renderers/docxRead"),
        import("../reportcheck"),
      ]);
      // A file that is no .docx is said so in words (the reader's own message is for developers);
      // one refused as too large says so.
      const content = await readDocx(report.bytes).catch((error: unknown) => {
        throw new InputFileError(
          report.fileName,
          error instanceof DocumentError ? error.reason : reportCheckText.ui.notDocx,
        );
      });
      // The workbook's data when it has standard sheets; else the report is checked against
      // itself. Standard sheets that do not read as a dataset are said (sheet and cell), as for 检查.
      const imported = await run(async (context) => {
        const read = await readExcelGrid(context, layout);
        layout = read.layout;
        return hasStandardSheets(read) ? importWorkbook(read.grid) : undefined;
      });
      const model = imported ? checkDataset(imported.dataset).model : undefined;
      const result = checkReport(docxBlocks(content), model ? { model } : {});
      return {
        findings: result.findings,
        figures: result.figures.length,
        attributed: result.attributed.length,
        unattributed: result.unattributed,
        marks: "none",
        ...(model ? { data: reportCheckText.ui.thisWorkbook } : {}),
      };
    },
  };
}
