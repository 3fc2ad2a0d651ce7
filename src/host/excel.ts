/**
 * What the add-in does to the open workbook, as host operations the task pane is handed: build
 * or refresh the standard workbook without losing anything — the values users typed are read
 * first and become the dataset the sheets are rebuilt from, and reviewers' 处理状态/说明 are
 * kept by rule and path; sheets that are not ours are never touched — and re-check it, which
 * rewrites 检查结果 alone (the sheets' highlights follow 检查结果 by themselves).
 *
 * Both take the layout of the last read or write (the pane keeps it): with it the read is one
 * sync and the write one more (plus one per ~4 MB either way); without it, or when the workbook
 * changed shape meanwhile, the read takes two syncs more.
 */
import {
  checkDataset,
  REVIEW_STATUSES,
  type Dataset,
  type Finding,
  type RateBase,
  type Review,
} from "../domain";
import { describeValue, WorkbookError } from "../errors";
import { errorText, workbookText } from "../i18n";
import {
  renderToExcel,
  type ExcelRenderOptions,
  type ExcelRenderReport,
  type KnownWorkbook,
} from "../renderers/excel";
import { readExcelGrid, type ExcelReadReport, type WorkbookLayout } from "../renderers/excelRead";
import { buildWorkbookPlan, type ReviewCells, type WorkbookPlan } from "../workbook";
import { findMarker, importWorkbook } from "../workbook/import";
import { SheetKind, type SheetPlan } from "../workbook/plan";
import type { GridSheet } from "../workbook/grid";

export type { WorkbookLayout } from "../renderers/excelRead";
export type { Review } from "../domain";
export type { ReviewCells } from "../workbook";

/**
 * What `buildOrRefresh` does with a dataset given for a workbook that already has standard sheets.
 * `refresh` keeps the sheets' own inputs (the dataset is not used, and the result says so);
 * `replace` writes the dataset's inputs over them — the reviews on 检查结果 are kept where rule and
 * location match, standard sheets the dataset no longer has are deleted, other sheets untouched.
 */
export const BuildMode = { refresh: "refresh", replace: "replace" } as const;
export type BuildMode = (typeof BuildMode)[keyof typeof BuildMode];

export interface RefreshResult {
  readonly render: ExcelRenderReport;
  readonly findings: readonly Finding[];
  readonly dataset: Dataset;
  /** Standard sheets that got another name because a sheet that is not ours has theirs. */
  readonly renamed: readonly { readonly wanted: string; readonly used: string }[];
  /** True when the sheets' own values were read back (a refresh), false for a first build. */
  readonly fromWorkbook: boolean;
  /** True when a dataset was given but the workbook's own standard sheets were used instead. */
  readonly datasetIgnored: boolean;
  /** Standard sheets deleted because the dataset written over them no longer has them (`replace`). */
  readonly removed: readonly string[];
  /** The name 检查结果 has in this workbook. */
  readonly findingsSheet: string;
  /** The reviews 检查结果 held before (kept on it), by `reviewKey`; empty for a first build. */
  readonly reviews: ReadonlyMap<string, Review>;
  /** Where each finding's review is on 检查结果 now, by `reviewKey`. */
  readonly reviewCells: ReadonlyMap<string, ReviewCells>;
  /** Each fund table's execution-rate base and the cell that holds it. */
  readonly tables: readonly FundTableSetting[];
  /** The cells of 报告提纲 and 成文日期 on 基本信息, where the layout has them. */
  readonly reportCells: { readonly outline?: CellAt; readonly reportDate?: CellAt };
  /** The workbook's layout after the write, for the next operation's read. */
  readonly layout: WorkbookLayout;
  /** Syncs of the read and of the write. */
  readonly syncs: number;
  readonly readSyncs: number;
}

/** `{ [key]: at }` when the plan located the field, `{}` otherwise. */
function located<K extends string>(at: CellAt | undefined, key: K): { [k in K]?: CellAt } {
  return at ? ({ [key]: { sheet: at.sheet, cell: at.cell } } as { [k in K]?: CellAt }) : {};
}

/** A cell of the workbook. */
export interface CellAt {
  readonly sheet: string;
  readonly cell: string;
}

/** A fund table's execution-rate base as the workbook holds it (a drop-down cell on its sheet). */
export interface FundTableSetting {
  readonly title: string;
  readonly rateBase: RateBase;
  readonly sheet: string;
  readonly cell: string;
}

/** Where a long operation is: reading, checking, or writing (with the syncs done so far). */
export type Progress =
  | { readonly phase: "read" }
  | { readonly phase: "check" }
  | { readonly phase: "write"; readonly syncs: number };

export interface HostOptions {
  readonly render?: ExcelRenderOptions;
  /** Told each phase as it starts, and each write sync as it ends. */
  readonly onProgress?: (progress: Progress) => void;
  /** The layout returned by the last operation, if the pane has one. */
  readonly layout?: WorkbookLayout;
}

/** Which sheets of a read are ours (by the marker cell), as the renderer wants to know. */
function knownOf(read: ExcelReadReport): KnownWorkbook {
  return {
    sheets: read.grid.sheets.map((s) => ({
      name: s.name,
      key: findMarker(s)?.key ?? null,
    })),
    names: read.names,
  };
}

/** The extent of a planned sheet from A1. */
function extentOf(plan: WorkbookPlan["sheets"][number]) {
  return { name: plan.name, rows: plan.rows.length, columns: Math.max(0, ...plan.rows.map((r) => r.length)) };
}

/** The workbook's layout after writing `written` sheets of the plan (all of them: they lead, in order). */
function layoutAfter(
  read: ExcelReadReport,
  known: KnownWorkbook,
  plan: WorkbookPlan,
  written: ReadonlySet<string> | undefined,
): WorkbookLayout {
  const planned = new Map(plan.sheets.map((s) => [s.key, s]));
  if (written)
    return {
      sheets: read.layout.sheets.map((extent, i) => {
        const key = known.sheets[i].key;
        const sheet = key && written.has(key) ? planned.get(key) : undefined;
        return sheet ? extentOf(sheet) : extent;
      }),
    };
  return {
    sheets: [
      ...plan.sheets.map(extentOf),
      ...read.layout.sheets.filter((_, i) => {
        const key = known.sheets[i].key;
        return !key || !planned.has(key);
      }),
    ],
  };
}

async function readAndCheck(
  context: Excel.RequestContext,
  options: HostOptions,
  dataset: Dataset | undefined,
  missing: string,
  mode: BuildMode = BuildMode.refresh,
) {
  options.onProgress?.({ phase: "read" });
  const read = await readExcelGrid(context, options.layout);
  options.onProgress?.({ phase: "check" });
  const known = knownOf(read);
  const foreign = known.sheets.filter((s) => !s.key).map((s) => s.name);
  const hasOurs = foreign.length < known.sheets.length;
  const imported = hasOurs ? importWorkbook(read.grid) : undefined;
  // Replacing: the dataset's inputs, the workbook's reviews; refreshing: the workbook's own inputs.
  const replacing = mode === BuildMode.replace && dataset !== undefined && imported !== undefined;
  const data = replacing ? dataset : (imported?.dataset ?? dataset);
  if (!data) throw new WorkbookError(missing);
  const { model, findings } = checkDataset(data);
  const built = buildWorkbookPlan(
    model,
    [...(imported && !replacing ? imported.findings : []), ...findings],
    {
      takenNames: foreign,
      ...(imported ? { reviews: imported.reviews } : {}),
    },
  );
  const planned = new Set(built.plan.sheets.map((s) => s.key));
  return {
    read,
    known,
    hasOurs: hasOurs && !replacing,
    dataset: data,
    built,
    reviews: imported?.reviews ?? new Map<string, Review>(),
    datasetIgnored: hasOurs && dataset !== undefined && !replacing,
    // Standard sheets of the replaced data that the new data has no sheet for.
    stale: replacing ? known.sheets.filter((s) => s.key && !planned.has(s.key)).map((s) => s.name) : [],
  };
}

async function write(
  context: Excel.RequestContext,
  options: HostOptions,
  checked: Awaited<ReturnType<typeof readAndCheck>>,
  only?: ReadonlySet<string>,
): Promise<RefreshResult> {
  const { read, built, stale } = checked;
  const progress = options.onProgress;
  progress?.({ phase: "write", syncs: 0 });
  // Stale sheets go first, in the write's first sync, so that a new sheet may take a freed name.
  for (const name of stale) context.workbook.worksheets.getItem(name).delete();
  const gone = new Set(stale);
  const known = { ...checked.known, sheets: checked.known.sheets.filter((s) => !gone.has(s.name)) };
  const render = await renderToExcel(context, built.plan, {
    ...options.render,
    ...(progress ? { onSync: (syncs: number) => progress({ phase: "write", syncs }) } : {}),
    known,
    ...(only ? { only } : {}),
  });
  return {
    render,
    findings: built.findings,
    dataset: checked.dataset,
    renamed: built.renamed,
    fromWorkbook: checked.hasOurs,
    datasetIgnored: checked.datasetIgnored,
    removed: stale,
    findingsSheet: built.plan.sheets.find((s) => s.kind === SheetKind.findings)?.name ?? "",
    reviews: checked.reviews,
    reviewCells: built.reviewCells,
    tables: (checked.dataset.fundTables ?? []).flatMap((table, i) => {
      const at = built.plan.locations.get(`fundTables[${i}].rateBase`);
      return at ? [{ title: table.title, rateBase: table.rateBase ?? "budget", ...at }] : [];
    }),
    reportCells: {
      ...located(built.plan.locations.get("settings.outline"), "outline"),
      ...located(built.plan.locations.get("settings.reportDate"), "reportDate"),
    },
    layout: layoutAfter(
      {
        ...read,
        layout: { sheets: read.layout.sheets.filter((s) => !gone.has(s.name)) },
      },
      known,
      built.plan,
      only,
    ),
    syncs: read.syncs + render.syncs,
    readSyncs: read.syncs,
  };
}

/**
 * Builds the standard workbook into the open workbook, or refreshes it. Without standard sheets
 * `dataset` is required and built. With them, `mode` decides (`BuildMode`): `refresh` (the
 * default) keeps their inputs as the data — a `dataset` given is not used and `datasetIgnored`
 * says so; `replace` writes `dataset`'s inputs over them, keeping the reviews whose rule and
 * location match and deleting the standard sheets the dataset has none for.
 * @throws DatasetError when the sheets hold something that is not a valid dataset.
 * @throws WorkbookError when there is nothing to build from.
 */
export async function buildOrRefresh(
  context: Excel.RequestContext,
  options: HostOptions & { readonly dataset?: Dataset; readonly mode?: BuildMode } = {},
): Promise<RefreshResult> {
  return write(
    context,
    options,
    await readAndCheck(context, options, options.dataset, errorText.workbook.nothingToBuild, options.mode),
  );
}

/** What the open workbook holds, as the pane needs to know when it opens. */
export interface WorkbookInspection {
  /** True when at least one sheet carries our marker. */
  readonly hasStandardSheets: boolean;
  /** The layout read, for the next operation's read. */
  readonly layout: WorkbookLayout;
}

/** Whether a read of the workbook found at least one standard sheet (by its marker). */
export function hasStandardSheets(read: ExcelReadReport): boolean {
  return knownOf(read).sheets.some((s) => s.key);
}

/** Looks at the open workbook: whether it has standard sheets (one read, no write). */
export async function inspectWorkbook(
  context: Excel.RequestContext,
  options: Pick<HostOptions, "layout"> = {},
): Promise<WorkbookInspection> {
  const read = await readExcelGrid(context, options.layout);
  return { hasStandardSheets: hasStandardSheets(read), layout: read.layout };
}

/**
 * Whether 检查结果 has today's headers. One written by an earlier version (核实说明, with the
 * severity 核实 its sheets' highlight formulas look for) is rewritten with every standard sheet, so
 * that the highlights and 检查结果 use the same words again.
 */
function inTodaysWords(read: ExcelReadReport, findingsSheet: string): boolean {
  const headers = read.grid.sheets.find((s) => s.name === findingsSheet)?.cells[1] ?? [];
  return workbookText.findings.headers.every((h, i) => headers[i]?.value === h);
}

/**
 * Whether a sheet still has the layout its plan gives it: every literal cell of the plan (labels,
 * inputs, hidden tags) holds the same value at the same place. A clerk's inserted, deleted or moved
 * row shifts them, and then the sheet's formulas, merges and highlights must be laid out again.
 */
export function sameLayout(plan: SheetPlan, grid: GridSheet): boolean {
  return plan.rows.every((cells, r) =>
    cells.every((cell, c) => {
      if (!cell || cell.formula !== undefined || cell.link) return true;
      const planned = cell.value ?? null;
      const found = grid.cells[r]?.[c]?.value ?? null;
      if (planned === null || planned === "") return found === null || found === "";
      return typeof planned === "number" && typeof found === "number"
        ? Math.abs(planned - found) <= Math.abs(planned) * 1e-12
        : planned === found;
    }),
  );
}

/**
 * Re-checks the standard workbook: reads it, checks the data and rewrites 检查结果 alone (reviews
 * kept); the sheets' conditional formats follow 检查结果 and the inputs by themselves. When the
 * workbook's standard sheets no longer match the data (a sheet deleted or renamed, a name taken,
 * a row inserted, deleted or moved by a clerk), every standard sheet is rewritten instead, as a
 * refresh does.
 * @throws WorkbookError when the workbook has no standard sheets.
 */
export async function checkWorkbook(
  context: Excel.RequestContext,
  options: HostOptions = {},
): Promise<RefreshResult> {
  const checked = await readAndCheck(context, options, undefined, errorText.workbook.nothingToCheck);
  const present = new Map(checked.known.sheets.flatMap((s) => (s.key ? [[s.key, s.name] as const] : [])));
  const plan = checked.built.plan;
  const grids = new Map(checked.read.grid.sheets.map((s) => [s.name, s]));
  const layoutSame =
    present.size === plan.sheets.length &&
    plan.sheets.every((s) => {
      const grid = grids.get(s.name);
      // 检查结果 is rewritten anyway; every other sheet must still be laid out as the plan lays it.
      return present.get(s.key) === s.name && grid && (s.kind === SheetKind.findings || sameLayout(s, grid));
    });
  const findings = plan.sheets.find((s) => s.kind === SheetKind.findings);
  // A 检查结果 in an earlier version's words means every sheet is rewritten in today's.
  const current = findings !== undefined && inTodaysWords(checked.read, findings.name);
  return write(
    context,
    options,
    checked,
    layoutSame && current && findings ? new Set([findings.key]) : undefined,
  );
}

/**
 * Records a reviewer's 处理状态 and 说明 on 检查结果, in the row of the finding `key`: one sync
 * reads that row's key cell (检查结果 may have been rewritten since, by the ribbon's 检查 or a
 * co-author), one more writes the two cells. The sheets' highlights follow by themselves.
 * @throws WorkbookError when the status is not one of 检查结果's, or when that row no longer holds
 * the finding (the pane must re-check first).
 */
export async function recordReview(
  context: Excel.RequestContext,
  at: ReviewCells,
  key: string,
  review: Review,
): Promise<void> {
  if (!REVIEW_STATUSES.includes(review.status))
    throw new WorkbookError(errorText.workbook.badStatus(describeValue(review.status), REVIEW_STATUSES));
  const sheet = context.workbook.worksheets.getItem(at.sheet);
  const keyCell = sheet.getRange(at.key).load("values");
  await context.sync();
  if (keyCell.values[0]?.[0] !== key) throw new WorkbookError(errorText.workbook.findingsMoved);
  // Text as typed (a leading apostrophe): a note beginning with "=" or a digit stays text.
  sheet.getRange(at.status).formulas = [[`'${review.status}`]];
  sheet.getRange(at.note).formulas = [[review.note.trim() ? `'${review.note.trim()}` : ""]];
  await context.sync();
}
