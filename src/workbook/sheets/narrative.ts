/**
 * 报告文字: the texts the report is written from — achievements, problems and measures (with
 * spare rows to add more), result application, publicity, the other fund types and other notes.
 */
import { valueAt, type Narrative, type Path, type TitledText } from "../../domain";
import { WorkbookError } from "../../errors";
import { SheetBuilder, type LocationMap } from "../builder";
import { inputCell, label } from "../cells";
import { cellText, findHeaderRow, gridCell, headerColumns, headingKey, type GridSheet } from "../grid";
import { SheetKind, StyleKey, type SheetPlan } from "../plan";
import type { RawBuilder } from "../raw";
import { errorText, fieldText, workbookText } from "../../i18n";

const W = workbookText.narrative;
const FL = fieldText.label;

/** The single texts below the lists: their label and the field they hold. */
const SINGLES = [
  { label: FL.workText, path: ["narrative", "selfEvaluationWork", "text"] },
  { label: FL.workTeam, path: ["narrative", "selfEvaluationWork", "team"] },
  { label: FL.workPreparation, path: ["narrative", "selfEvaluationWork", "preparation"] },
  { label: FL.workImplementation, path: ["narrative", "selfEvaluationWork", "implementation"] },
  { label: FL.workEvaluation, path: ["narrative", "selfEvaluationWork", "evaluation"] },
  { label: FL.workSubmission, path: ["narrative", "selfEvaluationWork", "submission"] },
  { label: FL.workDisclosure, path: ["narrative", "selfEvaluationWork", "disclosure"] },
  { label: W.resultApplication, path: ["narrative", "resultApplication"] },
  { label: W.publicity, path: ["narrative", "publicity"] },
  { label: W.governmentFund, path: ["narrative", "otherFunds", "governmentFund"] },
  { label: W.stateCapital, path: ["narrative", "otherFunds", "stateCapital"] },
  { label: W.socialInsurance, path: ["narrative", "otherFunds", "socialInsurance"] },
  { label: W.other, path: ["narrative", "other"] },
] as const satisfies readonly { label: string; path: Path }[];

/** The lists of 报告文字 by the label of their rows. */
const LISTS = ["achievements", "problems", "measures"] as const;

/** Empty rows offered under each list for new items. */
export const SPARE_ROWS = 3;

/** Lays out 报告文字. */
export function narrativeSheet(
  narrative: Narrative | undefined,
  name: string,
  locations: LocationMap,
): SheetPlan {
  const b = new SheetBuilder("narrative", SheetKind.narrative, name, locations);
  b.put(0, 0, label(W.title, StyleKey.title));
  b.merge(0, 0, 0, 3);
  b.putRow(
    1,
    0,
    W.headers.map((h) => label(h, StyleKey.header)),
  );
  let row = 2;
  const list = (key: "achievements" | "problems" | "measures", items: readonly TitledText[] | undefined) => {
    const all = [...(items ?? []), ...Array.from({ length: SPARE_ROWS }, () => undefined)];
    all.forEach((item, i) => {
      b.put(row, 0, label(W[key]));
      b.put(row, 1, label(String(i + 1)));
      b.put(row, 2, inputCell(["narrative", key, i, "title"], item?.title));
      b.put(row, 3, inputCell(["narrative", key, i, "text"], item?.text));
      row++;
    });
  };
  list("achievements", narrative?.achievements);
  list("problems", narrative?.problems);
  list("measures", narrative?.measures);
  for (const { label: text, path } of SINGLES) {
    b.put(row, 0, label(text));
    b.merge(row, 0, row, 2);
    b.put(row++, 3, inputCell(path, valueAt({ narrative }, path)));
  }
  b.setColumns([18, 6, 36, 100]);
  b.freeze(2);
  b.printTitles(0, 1, true);
  return b.build();
}

/**
 * Reads 报告文字 by its labels into `raw`: a list item is any row whose 部分 names the list — or is
 * empty right under one (a row a clerk inserted) — with a 标题 or 内容; a single text is the 内容
 * of the row its label names.
 */
export function readNarrativeSheet(sheet: GridSheet, raw: RawBuilder): void {
  const header = findHeaderRow(sheet, W.headers);
  const at = header >= 0 ? headerColumns(sheet, header) : new Map<string, number>();
  const [partCol, , titleCol, textCol] = W.headers.map((h, i) => at.get(headingKey(h)) ?? i);
  const lists = new Map<string, (typeof LISTS)[number]>(LISTS.map((k) => [headingKey(W[k]), k]));
  const singles = new Map<string, Path>(SINGLES.map((x) => [headingKey(x.label), x.path]));
  const counts = new Map<string, number>();
  let list: (typeof LISTS)[number] | undefined;
  for (let r = header + 1; r < sheet.cells.length; r++) {
    const part = headingKey(cellText(gridCell(sheet, r, partCol)));
    const single = singles.get(part);
    if (single) {
      list = undefined;
      raw.read(single, gridCell(sheet, r, textCol), sheet.name, r, textCol);
      continue;
    }
    if (part) list = lists.get(part);
    if (!list) continue;
    const title = cellText(gridCell(sheet, r, titleCol));
    const text = cellText(gridCell(sheet, r, textCol));
    if (!title && !text) continue;
    if (!text) throw new WorkbookError(errorText.workbook.itemWithoutText(sheet.name, r + 1));
    const n = counts.get(list) ?? 0;
    counts.set(list, n + 1);
    const p: Path = ["narrative", list, n];
    raw.read([...p, "title"], gridCell(sheet, r, titleCol), sheet.name, r, titleCol);
    raw.read([...p, "text"], gridCell(sheet, r, textCol), sheet.name, r, textCol);
  }
}
