/**
 * What the add-in does to the open workbook, as host operations the task pane is handed: build
 * or refresh the standard workbook without losing anything — the values users typed are read
 * first and become the dataset the sheets are rebuilt from, and reviewers' 处理状态/核实说明 are
 * kept by rule and path; sheets that are not ours are never touched.
 */
import { checkDataset, type Dataset, type Finding } from "../domain";
import { WorkbookError } from "../errors";
import { errorText } from "../i18n";
import { renderToExcel, type ExcelRenderOptions, type ExcelRenderReport } from "../renderers/excel";
import { readExcelGrid } from "../renderers/excelRead";
import { buildWorkbookPlan } from "../workbook";
import { importWorkbook } from "../workbook/import";
import { MARKER_CELL, parseCellRef, parseMarker } from "../workbook/plan";

export interface RefreshResult {
  readonly render: ExcelRenderReport;
  readonly findings: readonly Finding[];
  readonly dataset: Dataset;
  /** Standard sheets that got another name because a sheet that is not ours has theirs. */
  readonly renamed: readonly { readonly wanted: string; readonly used: string }[];
  /** True when the sheets' own values were read back (a refresh), false for a first build. */
  readonly fromWorkbook: boolean;
  readonly syncs: number;
}

/**
 * Builds the standard workbook into the open workbook, or refreshes it. When the workbook already
 * has standard sheets their inputs are the data (a `dataset` given is ignored); otherwise
 * `dataset` is required.
 * @throws DatasetError when the sheets hold something that is not a valid dataset.
 * @throws WorkbookError when there is nothing to build from.
 */
export async function buildOrRefresh(
  context: Excel.RequestContext,
  options: { readonly dataset?: Dataset; readonly render?: ExcelRenderOptions } = {},
): Promise<RefreshResult> {
  const read = await readExcelGrid(context);
  const marker = parseCellRef(MARKER_CELL);
  const foreign = read.grid.sheets
    .filter((s) => !parseMarker(s.cells[marker.row]?.[marker.col]?.value))
    .map((s) => s.name);
  const hasOurs = foreign.length < read.grid.sheets.length;
  const imported = hasOurs ? importWorkbook(read.grid) : undefined;
  const dataset = imported?.dataset ?? options.dataset;
  if (!dataset) throw new WorkbookError(errorText.workbook.nothingToBuild);
  const { model, findings } = checkDataset(dataset);
  const all = [...(imported?.findings ?? []), ...findings];
  const built = buildWorkbookPlan(model, all, {
    takenNames: foreign,
    ...(imported ? { reviews: imported.reviews } : {}),
  });
  const render = await renderToExcel(context, built.plan, options.render);
  return {
    render,
    findings: built.findings,
    dataset,
    renamed: built.renamed,
    fromWorkbook: hasOurs,
    syncs: read.syncs + render.syncs,
  };
}
