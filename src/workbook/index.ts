/**
 * The standard workbook of a checked dataset, as a plan: 基本信息, 收支总表, 三公经费, one sheet
 * per fund table, 指标评分, 报告文字 and 检查结果. Findings come back with the sheet and cell
 * that show them.
 */
import { pathText, type ComputedModel, type Finding, type Path, type Review } from "../domain";
import type { LocationMap } from "./builder";
import { quoteSheet, WORKBOOK_FORMAT_VERSION, type SheetPlan, type WorkbookPlan } from "./plan";
import { figureKey, type FigureRefs, type FundingRefs } from "./figures";
import { knownRateFormula } from "./cells";
import { formSheets } from "./sheets/forms";
import { findingHighlights } from "./highlights";
import { accountsSheet } from "./sheets/accounts";
import { findingsSheet, type ReviewCells } from "./sheets/findings";
import { fundSheet, type FundSheetRefs } from "./sheets/fund";
import { indicatorsSheet } from "./sheets/indicators";
import { infoSheet } from "./sheets/info";
import { narrativeSheet } from "./sheets/narrative";
import { sangongSheet } from "./sheets/sangong";
import { workbookText } from "../i18n";

export * from "./plan";
export { FindingCol, type ReviewCells } from "./sheets/findings";
export { OPEN_FINDING_RULE } from "./highlights";

export interface BuildOptions {
  /** Reviews recorded on 检查结果 before, kept by rule and path. */
  readonly reviews?: ReadonlyMap<string, Review>;
  /** Names already taken by sheets that are not ours (a clash gets a free name). */
  readonly takenNames?: readonly string[];
  /**
   * Colour the cells of open findings (default true). Off only to measure what the highlights
   * cost (`npm run bench`): no conditional formats for them and no cell numbers on 检查结果.
   */
  readonly highlights?: boolean;
}

export interface BuiltWorkbook {
  readonly plan: WorkbookPlan;
  /** The findings with `sheet` and `cell` filled in. */
  readonly findings: readonly Finding[];
  /** Standard sheets that got another name because a sheet that is not ours has theirs. */
  readonly renamed: readonly { readonly wanted: string; readonly used: string }[];
  /** Where each finding's 处理状态, 说明 and key are on 检查结果, by `reviewKey`. */
  readonly reviewCells: ReadonlyMap<string, ReviewCells>;
}

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/g;
/** Names Excel keeps for itself (a sheet called History is refused when the workbook is shared). */
const RESERVED_SHEET_NAMES: ReadonlySet<string> = new Set(["history"]);

/** A valid, unused sheet name from a title: no []:*?/\, at most 31 characters, a suffix on clash. */
export function sheetNameFor(title: string, taken: Set<string>): string {
  const base =
    title
      .replace(INVALID_SHEET_CHARS, "")
      .replace(/^'+|'+$/g, "")
      .trim()
      .slice(0, 31) || "资金表";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()) || RESERVED_SHEET_NAMES.has(name.toLowerCase()); n++) {
    const suffix = `(${n})`;
    name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

/** The cell that shows a dataset path: the path itself, or its nearest located ancestor. */
export function locate(path: Path, locations: LocationMap): { sheet: string; cell: string } | undefined {
  for (let n = path.length; n > 0; n--) {
    const hit = locations.get(pathText(path.slice(0, n)));
    if (hit) return hit;
  }
  return undefined;
}

/** Lays out the standard workbook of a computed model and its findings. */
export function buildWorkbookPlan(
  model: ComputedModel,
  findings: readonly Finding[],
  options: BuildOptions = {},
): BuiltWorkbook {
  const locations: LocationMap = new Map();
  // Names of sheets that are not ours are never reused: a standard sheet gets a free name instead.
  const taken = new Set<string>((options.takenNames ?? []).map((n) => n.toLowerCase()));
  const standard = workbookText.sheetNames;
  const names = Object.fromEntries(
    (Object.keys(standard) as (keyof typeof standard)[]).map((key) => [
      key,
      sheetNameFor(standard[key], taken),
    ]),
  ) as Record<keyof typeof standard, string>;
  const renamed = (Object.keys(standard) as (keyof typeof standard)[])
    .filter((key) => names[key] !== standard[key])
    .map((key) => ({ wanted: standard[key], used: names[key] }));
  const figures: FigureRefs = new Map();
  const fundingRefs: FundingRefs = new Map();
  const info = infoSheet(model, names.info, locations, figures);
  const sheets: SheetPlan[] = [
    info.plan,
    accountsSheet(model, names.accounts, locations, figures, fundingRefs),
    sangongSheet(model, names.sangong, locations, figures),
  ];
  const funds: FundSheetRefs[] = [];
  (model.dataset.fundTables ?? []).forEach((table, i) => {
    const built = fundSheet(
      table,
      model.fundTables[i],
      sheetNameFor(table.title, taken),
      locations,
      model.projectFunding[i],
      fundingRefs,
      (model.projectIndicators?.[i]?.length ?? 0) > 0,
    );
    sheets.push(built.plan);
    funds.push(built.refs);
    const q = `${quoteSheet(built.refs.name)}!`;
    const base = `IF(${q}${built.refs.rateBase}="${workbookText.rateBases.arrived}",${q}${built.refs.arrived},${q}${built.refs.budget})`;
    figures.set(figureKey("fundExecutionRate", table.id), knownRateFormula(`${q}${built.refs.used}`, base));
    figures.set(
      figureKey("fundArrivalRate", table.id),
      `IF(OR(N(${q}${built.refs.budget})=0,NOT(ISNUMBER(${q}${built.refs.arrived}))),"",ROUND(${q}${built.refs.arrived}/${q}${built.refs.budget},4))`,
    );
  });
  sheets.push(
    indicatorsSheet(model, names.indicators, funds, locations, figures, fundingRefs.get("department")),
  );
  sheets.push(narrativeSheet(model.dataset.narrative, names.narrative, locations));
  sheets.push(
    ...formSheets(
      model,
      {
        department: sheetNameFor(workbookText.forms.departmentSheet, taken),
        project: (title) => sheetNameFor(workbookText.forms.projectSheet(title), taken),
      },
      names.indicators,
      fundingRefs,
      locations,
      info.goalsAchieved,
    ),
  );
  const located = findings.map((f) => {
    const at = locate(f.path, locations);
    return at ? { ...f, sheet: at.sheet, cell: at.cell } : f;
  });
  // Every sheet but 检查结果 itself colours the cells 检查结果 lists as open, found by their number
  // (the sheet's place in the plan, its row and column).
  const withHighlights = options.highlights ?? true;
  const numbers = new Map(withHighlights ? sheets.map((sheet, i) => [sheet.name, i + 1] as const) : []);
  const locatedCells = new Map<string, string[]>();
  if (withHighlights)
    for (const at of locations.values()) {
      const cells = locatedCells.get(at.sheet);
      if (cells) cells.push(at.cell);
      else locatedCells.set(at.sheet, [at.cell]);
    }
  const highlighted: SheetPlan[] = sheets.map((sheet, i) =>
    withHighlights
      ? {
          ...sheet,
          conditionalFormats: [
            ...sheet.conditionalFormats,
            ...findingHighlights(sheet, i + 1, names.findings, locatedCells.get(sheet.name) ?? []),
          ],
        }
      : sheet,
  );
  const findingsPlan = findingsSheet(
    located,
    names.findings,
    options.reviews ?? new Map(),
    locations,
    numbers,
  );
  highlighted.push(findingsPlan.plan);
  return {
    plan: {
      formatVersion: WORKBOOK_FORMAT_VERSION,
      sheets: highlighted,
      names: [...info.names],
      locations,
    },
    findings: located,
    renamed,
    reviewCells: findingsPlan.reviewCells,
  };
}
