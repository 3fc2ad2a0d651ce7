/**
 * The new-workbook form as data: what the user has typed (a draft), every field checked at once
 * with the problem said in words (请填写单位名称, 第 2 行“芙蓉区”与第 1 行重名), and the dataset the
 * draft makes. The rules are those `blankDataset` enforces; the form says them per field, before
 * `blankDataset` is asked.
 */
import {
  applyTemplate,
  blankDataset,
  YEAR_RANGE,
  type FundDimension,
  type RawDataset,
  type TemplateId,
  type UnitLevel,
} from "../../domain";
import { newWorkbookText as T } from "../../i18n";

/** One fund table as typed: `key` stays with the table when others are added or removed. */
export interface TableDraft {
  readonly key: number;
  readonly title: string;
  readonly dimension: FundDimension;
  readonly province: string;
  readonly city: string;
  /** The rows, one name a line, as typed. */
  readonly rows: string;
}

/** The indicators a new workbook starts with: none, or a template's. */
export type TemplateChoice = "none" | TemplateId;
export const TEMPLATE_CHOICES: readonly TemplateChoice[] = ["none", "department", "six-dimension", "project"];

export interface NewWorkbookDraft {
  /** Absent: none (the indicators are typed in 指标评分). */
  readonly template?: TemplateChoice;
  readonly unitName: string;
  readonly shortName: string;
  readonly level: UnitLevel;
  readonly year: string;
  readonly tables: readonly TableDraft[];
}

/** A field of the form: the unit name, the year, or a table's title or rows (by the table's key). */
export type FieldKey = "unitName" | "year" | `title:${number}` | `rows:${number}`;

/** The fields in the order the form shows them (the first invalid one takes the focus). */
export function fieldOrder(draft: NewWorkbookDraft): FieldKey[] {
  return [
    "unitName",
    "year",
    ...draft.tables.flatMap((t): FieldKey[] => [`title:${t.key}`, `rows:${t.key}`]),
  ];
}

/** The problem of each field that has one, in words, in the order the form shows the fields. */
export function validateDraft(draft: NewWorkbookDraft): Map<FieldKey, string> {
  const problems = new Map<FieldKey, string>();
  if (!draft.unitName.trim()) problems.set("unitName", T.problems.unitName);
  const year = draft.year.trim();
  if (!year) problems.set("year", T.problems.yearMissing);
  else if (!/^\d+$/.test(year) || Number(year) < YEAR_RANGE.from || Number(year) > YEAR_RANGE.to)
    problems.set("year", T.problems.yearRange(YEAR_RANGE.from, YEAR_RANGE.to));
  for (const table of draft.tables) {
    if (!table.title.trim()) problems.set(`title:${table.key}`, T.problems.title);
    const problem = rowsProblem(table.rows);
    if (problem) problems.set(`rows:${table.key}`, problem);
  }
  return problems;
}

/** What is wrong with a table's rows: none typed, or a name that repeats (by the line it is on). */
export function rowsProblem(rows: string): string | undefined {
  const seen = new Map<string, number>();
  let any = false;
  for (const [i, line] of rows.split("\n").entries()) {
    const name = line.trim();
    if (!name) continue;
    any = true;
    const first = seen.get(name);
    if (first !== undefined) return T.problems.duplicateRow(i + 1, name, first);
    seen.set(name, i + 1);
  }
  return any ? undefined : T.problems.noRows;
}

/**
 * The dataset of a valid draft.
 * @throws DatasetError if the draft breaks a rule `validateDraft` does not know (it should not).
 */
export function datasetOf(draft: NewWorkbookDraft): RawDataset {
  const blank = blankDataset({
    unitName: draft.unitName,
    shortName: draft.shortName,
    level: draft.level,
    year: Number(draft.year.trim()),
    fundTables: draft.tables.map((t) => ({
      title: t.title,
      dimension: t.dimension,
      rows: t.rows.split("\n"),
    })),
  });
  const template = draft.template ?? "none";
  return template === "none" ? blank : applyTemplate(blank, template);
}
