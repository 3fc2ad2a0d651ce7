/**
 * Reading a standard workbook back into a dataset. The workbook arrives as a grid of cell values
 * and number formats (from exceljs for a file, from Office.js for the open workbook). Each
 * standard sheet is recognised by its marker (a JSON cell in a hidden column) or, when a clerk
 * cleared it, by its structure; each is then read by its structure — header rows, labels, 小计
 * and 合计 rows — never by stored cell addresses (see each sheet module's reader). Nothing a cell
 * holds is used as a property path: values go in at paths the reader builds and the field
 * registry checks.
 *
 * What cannot be read is never dropped silently: a value a field cannot hold becomes a finding
 * at its cell; a layout that cannot be understood, or two sheets that claim the same table, is
 * refused with a message naming the sheets and rows.
 */
import { DatasetError, WorkbookError } from "../errors";
import {
  loadDataset,
  parsePathText,
  pathText,
  specAt,
  stableKey,
  toRawDataset,
  type Dataset,
  type Finding,
  type Path,
  type RawDataset,
  type Review,
} from "../domain";
import { errorText, workbookText } from "../i18n";
import { cellText, findHeaderRow, gridCell, type GridSheet, type WorkbookGrid } from "./grid";
import { parseMarker, SheetKind, type FundMarker, type Marker } from "./plan";
import { RawBuilder, type Source } from "./raw";
import { readAccountsSheet } from "./sheets/accounts";
import { readReviews } from "./sheets/findings";
import { fundLayout, readFundSheet } from "./sheets/fund";
import { readIndicatorsSheet } from "./sheets/indicators";
import { readInfoSheet } from "./sheets/info";
import { readNarrativeSheet } from "./sheets/narrative";
import { readSangongSheet } from "./sheets/sangong";

export type { GridCell, GridSheet, WorkbookGrid } from "./grid";

export interface ImportResult {
  readonly dataset: Dataset;
  readonly raw: RawDataset;
  /** Reviews on 检查结果, by `reviewKey`. */
  readonly reviews: ReadonlyMap<string, Review>;
  /** Problems found while reading (a value a field cannot hold), located at their cells. */
  readonly findings: readonly Finding[];
  /** Standard sheets recognised, by key ("info", "fund:<id>", …) → sheet name. */
  readonly sheets: ReadonlyMap<string, string>;
}

/** How many rows and columns from the top-left a marker is looked for (a clerk may insert a few). */
const MARKER_SEARCH = { rows: 5, columns: 40 } as const;

/** The sheet's marker, wherever in its first rows a clerk's insertions moved it. */
export function findMarker(sheet: GridSheet): Marker | null {
  for (let r = 0; r < Math.min(MARKER_SEARCH.rows, sheet.cells.length); r++) {
    const cells = sheet.cells[r] ?? [];
    for (let c = 0; c < Math.min(MARKER_SEARCH.columns, cells.length); c++) {
      const marker = parseMarker(cells[c]?.value);
      if (marker) return marker;
    }
  }
  return null;
}

const S = workbookText.sheetNames;

/**
 * A standard sheet whose marker was cleared, recognised by its structure: a fund sheet by its
 * header and 执行率口径 rows (its name is the table's title); the others by their standard name
 * and header row.
 */
function recognise(sheet: GridSheet): Marker | null {
  const layout = fundLayout(sheet);
  if (
    layout &&
    [...Array(layout.headerRow).keys()].some(
      (r) => cellText(gridCell(sheet, r, 0)) === workbookText.fund.rateBase,
    )
  )
    return {
      key: `fund:${sheet.name}`,
      kind: SheetKind.fund,
      version: 0,
      fund: { id: sheet.name, title: sheet.name, dimension: layout.dimension },
    };
  const W = workbookText;
  const signatures: [SheetKind, string, readonly string[]][] = [
    [SheetKind.info, S.info, W.info.headers],
    [SheetKind.accounts, S.accounts, W.accounts.balanceHeaders],
    [SheetKind.sangong, S.sangong, W.sangong.headers.slice(0, 3)],
    [SheetKind.indicators, S.indicators, [W.indicators.headers[0], W.indicators.headers[2]]],
    [SheetKind.narrative, S.narrative, W.narrative.headers],
    [SheetKind.findings, S.findings, [W.findings.headers[7], W.findings.headers[9]]],
  ];
  for (const [kind, name, headings] of signatures)
    if (sheet.name === name && findHeaderRow(sheet, headings, 0, 30) >= 0)
      return { key: kind, kind, version: 0 };
  return null;
}

/** The standard sheets of a workbook in order, each once; two claiming the same key are refused. */
export function standardSheets(grid: WorkbookGrid): { sheet: GridSheet; marker: Marker }[] {
  const found: { sheet: GridSheet; marker: Marker }[] = [];
  const byKey = new Map<string, string>();
  const unmarked: GridSheet[] = [];
  for (const sheet of grid.sheets) {
    const marker = findMarker(sheet);
    if (!marker) {
      unmarked.push(sheet);
      continue;
    }
    const other = byKey.get(marker.key);
    if (other !== undefined) throw new WorkbookError(errorText.workbook.sameSheetTwice(other, sheet.name));
    byKey.set(marker.key, sheet.name);
    found.push({ sheet, marker });
  }
  for (const sheet of unmarked) {
    const marker = recognise(sheet);
    if (!marker || (marker.kind !== SheetKind.fund && byKey.has(marker.key))) continue;
    if (byKey.has(marker.key))
      throw new WorkbookError(errorText.workbook.sameSheetTwice(byKey.get(marker.key) as string, sheet.name));
    byKey.set(marker.key, sheet.name);
    found.push({ sheet, marker });
  }
  const order = new Map(grid.sheets.map((s, i) => [s, i]));
  return found.sort((a, b) => (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0));
}

/** The cell a dataset path was read from, or the nearest one above it. */
function sourceOf(path: Path, sources: ReadonlyMap<string, Source>): Source | undefined {
  for (let n = path.length; n >= 0; n--) {
    const hit = sources.get(pathText(path.slice(0, n)));
    if (hit) return hit;
  }
  return undefined;
}

/** A review kept under a key of the first layout (the path's text) moves to the item's stable key. */
function reviewsByStableKey(reviews: ReadonlyMap<string, Review>, dataset: Dataset): Map<string, Review> {
  const out = new Map<string, Review>();
  for (const [key, review] of reviews) {
    const at = key.indexOf("@");
    const path = at > 0 ? parsePathText(key.slice(at + 1)) : null;
    const moved =
      path && path.length && specAt(path) ? `${key.slice(0, at)}@${stableKey(path, dataset)}` : key;
    if (!out.has(moved)) out.set(moved, review);
  }
  return out;
}

/**
 * Reads the standard sheets of a workbook back into a dataset.
 * @throws WorkbookError when the workbook has no standard sheet, a sheet's layout cannot be understood, two sheets claim the same
 * table, or what the sheets hold does not make a valid dataset (named by sheet and cell).
 */
export function importWorkbook(grid: WorkbookGrid): ImportResult {
  const raw = new RawBuilder();
  const sheets = new Map<string, string>();
  let reviews = new Map<string, Review>();
  let fundIndex = 0;
  for (const { sheet, marker } of standardSheets(grid)) {
    sheets.set(marker.key, sheet.name);
    switch (marker.kind) {
      case SheetKind.info:
        readInfoSheet(sheet, raw);
        break;
      case SheetKind.accounts:
        readAccountsSheet(sheet, raw);
        break;
      case SheetKind.sangong:
        readSangongSheet(sheet, raw);
        break;
      case SheetKind.fund:
        readFundSheet(sheet, (marker.fund as FundMarker | undefined) ?? null, fundIndex++, raw);
        break;
      case SheetKind.indicators:
        readIndicatorsSheet(sheet, raw);
        break;
      case SheetKind.narrative:
        readNarrativeSheet(sheet, raw);
        break;
      case SheetKind.findings:
        reviews = readReviews(sheet);
        break;
    }
  }
  if (!sheets.size) throw new WorkbookError(errorText.workbook.noStandardSheets);
  if (!sheets.has(SheetKind.info)) throw new WorkbookError(errorText.workbook.missingSheet(S.info));
  let dataset: Dataset;
  try {
    dataset = loadDataset(raw.root);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    const at = sourceOf(error.path, raw.sources);
    const message = `${error.where}：${error.problem}`;
    throw new WorkbookError(
      at
        ? errorText.workbook.sheetProblem(at.sheet, at.cell, message)
        : errorText.workbook.workbookProblem(message),
    );
  }
  const findings = raw.findings.map((f) => ({ ...f, key: stableKey(f.path, dataset) }));
  return {
    dataset,
    raw: toRawDataset(dataset),
    reviews: reviewsByStableKey(reviews, dataset),
    findings,
    sheets,
  };
}
