/**
 * A new, empty standard workbook's dataset: the unit, the year and the fund tables the user asked
 * for, every amount left blank to be filled in Excel. 预算批复 and 实际使用 are empty texts, so the
 * check lists them as 缺少数据 until they are filled — 检查结果 doubles as a to-do list; 实际到位 is
 * optional and left out (its cells are there to type into). The settings are written out with
 * their defaults (低执行率 threshold 60 %, no execution cap) so the 基本信息 sheet shows them.
 */
import { DatasetError } from "../errors";
import { errorText } from "../i18n";
import type { FundDimension, RawDataset, UnitLevel } from "./dataset";
import { wordsOf } from "./fields";
import { DEFAULT_LOW_EXECUTION_THRESHOLD } from "./model";
import type { Path } from "./paths";

/** One fund table of a new workbook: its title, by project or by region, and its row names. */
export interface BlankFundTable {
  readonly title: string;
  readonly dimension: FundDimension;
  readonly rows: readonly string[];
}

/** What the user chose for a new workbook. */
export interface BlankSpec {
  readonly unitName: string;
  /** How the report refers to the unit (“我局”); optional. */
  readonly shortName?: string;
  readonly level: UnitLevel;
  readonly year: number;
  readonly fundTables: readonly BlankFundTable[];
}

/** The years a new workbook may be for. */
export const YEAR_RANGE = { from: 2000, to: 2100 } as const;

const P = errorText.problems;

/**
 * The dataset of a new standard workbook.
 * @throws DatasetError naming the field (`unit.name`, `fundTables[1].rows[3]`, …) when the unit
 * name or a table title is empty, the year is out of range, a table has no rows or a row name
 * repeats within its table.
 */
export function blankDataset(spec: BlankSpec): RawDataset {
  const name = spec.unitName.trim();
  if (!name)
    throw new DatasetError(["unit", "name"], spec.unitName, P.emptyString, wordsOf(["unit", "name"]));
  if (!Number.isInteger(spec.year) || spec.year < YEAR_RANGE.from || spec.year > YEAR_RANGE.to)
    throw new DatasetError(
      ["unit", "year"],
      spec.year,
      P.yearRange(YEAR_RANGE.from, YEAR_RANGE.to),
      wordsOf(["unit", "year"]),
    );
  const fundTables = spec.fundTables.map((table, t) => {
    const at = (...rest: Path) => {
      const path: Path = ["fundTables", t, ...rest];
      return { path, where: wordsOf(path, { fundTables: spec.fundTables }) };
    };
    const fail = (value: unknown, problem: string, ...rest: Path): never => {
      const { path, where } = at(...rest);
      throw new DatasetError(path, value, problem, where);
    };
    const title = table.title.trim();
    if (!title) fail(table.title, P.emptyString, "title");
    const rows = table.rows.map((r) => r.trim()).filter(Boolean);
    if (!rows.length) fail(table.rows, P.noRows, "rows");
    const seen = new Set<string>();
    rows.forEach((row, r) => {
      if (seen.has(row)) fail(row, P.duplicateRow, "rows", r, "name");
      seen.add(row);
    });
    return {
      id: `t${t + 1}`,
      title,
      dimension: table.dimension,
      rows: rows.map((row) => ({ name: row, budget: "", used: "" })),
    };
  });
  const shortName = spec.shortName?.trim();
  return {
    format: "jixiao-dataset",
    version: 1,
    unit: {
      name,
      ...(shortName ? { shortName } : {}),
      level: spec.level,
      year: spec.year,
      moneyUnit: "万元",
    },
    ...(fundTables.length ? { fundTables } : {}),
    settings: { lowExecutionThreshold: DEFAULT_LOW_EXECUTION_THRESHOLD, executionCap: false },
  };
}
