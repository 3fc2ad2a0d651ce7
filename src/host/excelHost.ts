/**
 * The Excel host: the pane's operations carried out through Office.js, each in one `Excel.run`.
 * The report renderers load on demand (a separate chunk), keeping the pane's first load small.
 */
import { checkDataset, loadDataset, reviewKey, settingsOf, type RawDataset } from "../domain";
import { DatasetError, InputFileError, WorkbookError } from "../errors";
import { errorText, reportCheckText, workbookText } from "../i18n";
import {
  buildOrRefresh,
  checkWorkbook,
  recordReview,
  type RefreshResult,
  type ReviewCells,
  type WorkbookLayout,
} from "./excel";
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
} from "./seam";

/** `Excel.run`, or a stand-in of it. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

function summaryOf(result: RefreshResult): BuildSummary {
  const settings = settingsOf(result.dataset);
  return {
    created: result.render.created,
    updated: result.render.updated,
    renamed: result.renamed,
    fromWorkbook: result.fromWorkbook,
    datasetIgnored: result.datasetIgnored,
    findings: result.findings,
    reviews: result.reviews,
    settings: {
      lowExecutionThreshold: settings.lowExecutionThreshold.toNumber(),
      executionCap: settings.executionCap,
      tables: result.tables,
    },
  };
}

/**
 * The pane's operations on the open workbook. The host keeps the workbook's layout from one
 * operation to the next, so that each read takes one sync while the workbook keeps its shape.
 */
export function excelHost(run: ExcelRun, canDownload = true): Host {
  let layout: WorkbookLayout | undefined;
  let reviewCells: ReadonlyMap<string, ReviewCells> = new Map();
  const remember = (result: RefreshResult) => {
    layout = result.layout;
    reviewCells = result.reviewCells;
    return summaryOf(result);
  };
  /** The workbook's dataset, read through Office.js. */
  const readDataset = async (context: Excel.RequestContext) => {
    const read = await readExcelGrid(context, layout);
    layout = read.layout;
    return importWorkbook(read.grid);
  };
  return {
    kind: HostKind.excel,
    canDownload,
    buildOrRefresh: (raw?: RawDataset, onProgress?: ProgressListener) =>
      run(async (context) =>
        remember(
          await buildOrRefresh(context, {
            ...(raw ? { dataset: loadDataset(raw) } : {}),
            layout,
            ...(onProgress ? { onProgress } : {}),
          }),
        ),
      ),
    check: (onProgress?: ProgressListener) =>
      run(async (context) =>
        remember(await checkWorkbook(context, { layout, ...(onProgress ? { onProgress } : {}) })),
      ),
    updateSettings: (settings: CheckSettings, onProgress?: ProgressListener) =>
      run(async (context) => {
        // The settings are unlocked input cells of 基本信息, reached through their names.
        const names = context.workbook.names;
        names.getItem(THRESHOLD_NAME).getRange().formulas = [[settings.lowExecutionThreshold / 100]];
        names.getItem(EXECUTION_CAP_NAME).getRange().formulas = [
          [`'${settings.executionCap ? workbookText.yes : workbookText.no}`],
        ];
        // Each table's rate base is an unlocked drop-down cell of its (protected) sheet.
        for (const table of settings.tables)
          context.workbook.worksheets.getItem(table.sheet).getRange(table.cell).formulas = [
            [`'${workbookText.rateBases[table.rateBase]}`],
          ];
        // Their own sync, so that a refused write is reported, not taken for a stale layout.
        await context.sync();
        // The sheets' formulas and colours follow these cells; the check rewrites 检查结果 alone.
        return remember(await checkWorkbook(context, { layout, ...(onProgress ? { onProgress } : {}) }));
      }),
    recordReview: (finding, review) =>
      run(async (context) => {
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
          text: reportText(plan),
        };
      }),
    exportDataset: () =>
      run(async (context) => `${JSON.stringify((await readDataset(context)).raw, null, 1)}\n`),
    checkReportFile: async (report: DataFile): Promise<ReportCheckSummary> => {
      const [{ readDocx }, { checkReport, docxBlocks }] = await Promise.all([
        import("../renderers/docxRead"),
        import("../reportcheck"),
      ]);
      const content = await readDocx(report.bytes).catch((error: unknown) => {
        throw new InputFileError(
          report.fileName,
          `${reportCheckText.cli.notDocx}（${(error as Error).message}）`,
        );
      });
      // The workbook's data when its standard sheets hold a dataset; else the report is checked against itself.
      const imported = await run((context) => readDataset(context)).catch((error: unknown) => {
        if (error instanceof DatasetError) return undefined;
        throw error;
      });
      const model = imported?.sheets.size ? checkDataset(imported.dataset).model : undefined;
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
