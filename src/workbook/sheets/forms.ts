/**
 * The 自评表 forms (docs/domain.md §8) as sheets, laid out as the printed forms are: 部门整体支出绩效自评表
 * and one 项目支出绩效自评表 per fund table with a 项目资金 block. Every figure is a formula on the
 * data sheets (the funding blocks, 指标评分) — nothing is typed twice and nothing is read back:
 * the reader skips these sheets, and a rebuild rewrites them. Landscape A4, the title and the
 * header rows repeated on each printed page.
 */
import type Decimal from "decimal.js";
import {
  DEPARTMENT_FUNDING_LINES,
  EXECUTION_POINTS,
  formTotal,
  PROJECT_FUNDING_LINES,
  type BudgetLineModel,
  type ComputedModel,
  type IndicatorModel,
} from "../../domain";
import { fieldText, workbookText } from "../../i18n";
import { SheetBuilder, type LocationMap } from "../builder";
import { formula, label, rateFraction, toNumber } from "../cells";
import type { FundingCells, FundingRefs } from "../figures";
import { cellRef, quoteSheet, SheetKind, StyleKey, type SheetPlan } from "../plan";
import { gradeFormula, IndicatorCol } from "./indicators";

const W = workbookText.forms;
/** The form's eight columns: A–B the block's words, C–H the figures and texts. */
const LAST_COL = 7;
/** The first row of 指标评分's table (its header is row 2). */
const INDICATOR_FIRST_ROW = 2;
const SYMBOLS: Readonly<Record<string, string>> = { ">=": "≥", "<=": "≤", "=": "=" };

/** What a formula shows for a figure that may be unknown: the figure, else "". */
const num = (d: Decimal | null | undefined): Decimal | "" => d ?? "";

/** What a form shows: its title, owner, funding block and indicators. */
interface FormSpec {
  readonly id: string;
  readonly title: string;
  readonly name: string;
  /** 单位名称 or 项目名称, and the other header lines. */
  readonly header: readonly (readonly [string, string])[];
  readonly funding?: {
    readonly cells: FundingCells;
    readonly lines: readonly string[];
    readonly model: Readonly<Record<string, BudgetLineModel>>;
    readonly score: Decimal | null;
  };
  readonly goals: { readonly expected: CellSource; readonly actual: CellSource };
  readonly indicators: readonly IndicatorModel[];
  readonly indicatorSheet: string;
}

/** Text a form shows: a reference to a data cell (with its value now), or plain words. */
type CellSource = { readonly ref: string; readonly value: string } | { readonly text: string };

/**
 * The forms of a computed model, placed after the data sheets. `goalsAchieved`: the cell of
 * 年度总体目标实际完成情况 on 基本信息 (sheet-qualified), which the department form shows.
 */
export function formSheets(
  model: ComputedModel,
  names: { readonly department: string; readonly project: (title: string) => string },
  indicatorSheet: string,
  funding: FundingRefs,
  locations: LocationMap,
  goalsAchieved?: string,
): SheetPlan[] {
  const ds = model.dataset;
  const unit = ds.unit.name;
  const plans: SheetPlan[] = [];
  const department = funding.get("department");
  if (ds.indicators?.length || ds.funding) {
    plans.push(
      formSheet(
        {
          id: "department",
          title: W.departmentTitle(ds.unit.year),
          name: names.department,
          header: [[W.unitName, unit]],
          ...(department && ds.funding && model.funding
            ? {
                funding: {
                  cells: department,
                  lines: DEPARTMENT_FUNDING_LINES,
                  model: model.funding.lines,
                  score: model.funding.score,
                },
              }
            : {}),
          goals: {
            expected: { text: (ds.goals ?? []).join("\n") },
            actual: goalsAchieved
              ? { ref: goalsAchieved, value: ds.goalsAchieved ?? "" }
              : { text: ds.goalsAchieved ?? "" },
          },
          indicators: model.evaluation?.indicators ?? [],
          indicatorSheet,
        },
        locations,
      ),
    );
  }
  (ds.fundTables ?? []).forEach((table, i) => {
    const cells = funding.get(table.id);
    if (!cells) return;
    const m = model.projectFunding[i];
    const goal = (key: "expected" | "actual"): CellSource =>
      cells.goals
        ? { ref: `${cells.prefix}${cells.goals[key]}`, value: table.goals?.[key] ?? "" }
        : { text: "" };
    plans.push(
      formSheet(
        {
          id: table.id,
          title: W.projectTitle(ds.unit.year),
          name: names.project(table.title),
          header: [
            [W.projectName, table.title],
            [W.department, unit],
            [W.implementer, unit],
          ],
          funding: { cells, lines: PROJECT_FUNDING_LINES, model: m.lines, score: m.score },
          goals: { expected: goal("expected"), actual: goal("actual") },
          indicators: model.projectIndicators?.[i] ?? [],
          indicatorSheet,
        },
        locations,
      ),
    );
  });
  return plans;
}

function formSheet(spec: FormSpec, locations: LocationMap): SheetPlan {
  const b = new SheetBuilder(`form:${spec.id}`, SheetKind.form, spec.name, locations, {
    id: spec.id,
    title: spec.title,
    dimension: "",
  });
  let row = 0;
  b.put(row, 0, label(spec.title, StyleKey.title));
  b.merge(row, 0, row, LAST_COL);
  row++;
  for (const [words, value] of spec.header) {
    b.put(row, 0, label(words, StyleKey.header));
    b.merge(row, 0, row, 1);
    b.put(row, 2, label(value));
    b.merge(row, 2, row, LAST_COL);
    row++;
  }

  // 项目资金（万元）: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分.
  let executionScore: string | null = null;
  if (spec.funding) {
    const f = spec.funding;
    b.putRow(
      row,
      0,
      W.fundingHeaders.map((h) => label(h, StyleKey.header)),
    );
    b.merge(row, 0, row, 1);
    row++;
    const ref = (cell: string) => `${f.cells.prefix}${cell}`;
    const show = (cell: string) => `=IF(ISNUMBER(${ref(cell)}),${ref(cell)},"")`;
    f.lines.forEach((k, i) => {
      const line = f.model[k];
      const words = (fieldText.fundingLines as Record<string, string>)[k] ?? k;
      const cells = f.cells.lines[k];
      b.merge(row, 0, row, 1);
      b.put(
        row,
        0,
        label(
          i === 0 ? words : workbookText.funding.part(words),
          i === 0 ? StyleKey.totalLabel : StyleKey.label,
        ),
      );
      const figures =
        i === 0
          ? [f.cells.inForce.initial, f.cells.inForce.adjusted, f.cells.inForce.actual]
          : [cells.initial, cells.adjusted, cells.actual];
      const values = [line?.initial, line?.adjusted, line?.actual];
      figures.forEach((cell, j) => b.put(row, 2 + j, formula(show(cell), num(values[j]), StyleKey.amount)));
      if (i === 0) {
        b.put(row, 5, label(String(EXECUTION_POINTS)));
        b.put(row, 6, formula(show(cells.rate), rateFraction(line?.rate ?? null), StyleKey.rate));
        executionScore = b.put(row, 7, formula(show(f.cells.score), num(f.score), StyleKey.score));
      } else {
        b.put(row, 6, formula(show(cells.rate), rateFraction(line?.rate ?? null), StyleKey.rate));
      }
      row++;
    });
  }

  // 年度总体目标: 预期目标 / 实际完成情况.
  b.put(row, 0, label(W.goalsTitle, StyleKey.header));
  b.merge(row, 0, row + 1, 0);
  b.put(row, 1, label(W.goalsExpected, StyleKey.header));
  b.merge(row, 1, row, 4);
  b.put(row, 5, label(W.goalsActual, StyleKey.header));
  b.merge(row, 5, row, LAST_COL);
  row++;
  const goal = (source: CellSource, col: number, last: number) => {
    b.put(
      row,
      col,
      "ref" in source
        ? formula(`=IF(ISBLANK(${source.ref}),"",${source.ref})`, source.value, StyleKey.text)
        : label(source.text, StyleKey.text),
    );
    b.merge(row, col, row, last);
  };
  goal(spec.goals.expected, 1, 4);
  goal(spec.goals.actual, 5, LAST_COL);
  row++;

  // 绩效指标: 一级 and 二级 merged over their runs; every figure from 指标评分.
  b.putRow(
    row,
    0,
    W.indicatorHeaders.map((h) => label(h, StyleKey.header)),
  );
  const indicatorHeader = row;
  row++;
  const q = `${quoteSheet(spec.indicatorSheet)}!`;
  const list = spec.indicators;
  const scoreCells: string[] = [];
  const firstIndicator = row;
  const level1Keys = list.map((m) => m.indicator.level1);
  const level2Keys = list.map((m) => JSON.stringify([m.indicator.level1, m.indicator.level2 ?? ""]));
  // A merged run shows its first cell only: the rows below it hold nothing there.
  const startsRun = (keys: readonly string[], i: number) => i === 0 || keys[i] !== keys[i - 1];
  list.forEach((m, i) => {
    const r = INDICATOR_FIRST_ROW + m.index;
    const at = (col: number) => `${q}${cellRef(r, col)}`;
    const ind = m.indicator;
    const C = IndicatorCol;
    const text = (col: number, value: string | undefined) =>
      formula(`=IF(ISBLANK(${at(col)}),"",${at(col)})`, value ?? "", StyleKey.text);
    if (startsRun(level1Keys, i)) b.put(row, 0, text(C.level1, ind.level1));
    if (startsRun(level2Keys, i) || !ind.level2) b.put(row, 1, text(C.level2, ind.level2));
    b.put(row, 2, text(C.name, ind.name));
    const symbol = ind.direction ? (SYMBOLS[ind.direction] ?? "") : ind.kind === "qualitative" ? "" : "≥";
    const target = ind.target?.value ? `${symbol}${ind.target.value.toString()}${ind.unit ?? ""}` : "";
    b.put(
      row,
      3,
      formula(
        `=IF(ISNUMBER(${at(C.target)}),IF(${at(C.direction)}="<=","≤",IF(${at(C.direction)}="=","=",IF(${at(C.direction)}="","","≥")))&${at(C.target)}&${at(C.unit)},"")`,
        target,
        StyleKey.text,
      ),
    );
    const actual = m.linked ?? (ind.kind === "qualitative" ? null : (ind.actual?.value ?? null));
    b.put(
      row,
      4,
      formula(
        `=IF(ISNUMBER(${at(C.computed)}),${at(C.computed)},IF(ISNUMBER(${at(C.actual)}),${at(C.actual)},IF(ISBLANK(${at(C.rating)}),"",${at(C.rating)})))`,
        actual ? toNumber(actual) : (ind.rating ?? ""),
        StyleKey.score,
      ),
    );
    b.put(
      row,
      5,
      formula(`=IF(ISNUMBER(${at(C.weight)}),${at(C.weight)},"")`, num(m.weight), StyleKey.score),
    );
    scoreCells.push(
      b.put(row, 6, formula(`=IF(ISNUMBER(${at(C.score)}),${at(C.score)},"")`, num(m.score), StyleKey.score)),
    );
    b.put(row, 7, text(C.note, ind.deviationNote));
    row++;
  });
  if (!list.length) {
    // An empty table still prints as a form: five blank rows to fill in by hand.
    for (let i = 0; i < 5; i++)
      for (let c = 0; c <= LAST_COL; c++) b.put(row + i, c, label("", StyleKey.text));
    row += 5;
  }
  mergeRuns(b, level1Keys, firstIndicator, 0);
  mergeRuns(
    b,
    list.map((m, i) => (m.indicator.level2 ? level2Keys[i] : "")),
    firstIndicator,
    1,
  );

  // 总分: the weights (+ the 执行率 得分's 10), the score and the grade — only when every part is
  // known (an empty form shows no 0.00 / 差).
  const total = formTotal(list, spec.funding ? spec.funding.score : undefined);
  b.put(row, 0, label(W.total, StyleKey.totalLabel));
  b.merge(row, 0, row, 4);
  b.put(row, 5, label(total.weights?.toString() ?? "", StyleKey.totalLabel));
  const parts = scoreCells.length ? `SUM(${scoreCells[0]}:${scoreCells[scoreCells.length - 1]})` : "";
  const known = [
    ...(scoreCells.length
      ? [`COUNT(${scoreCells[0]}:${scoreCells[scoreCells.length - 1]})=${scoreCells.length}`]
      : []),
    ...(executionScore ? [`ISNUMBER(${executionScore})`] : []),
  ];
  const scoreRef = b.put(
    row,
    6,
    formula(
      scoreCells.length
        ? `=IF(AND(${known.join(",")}),${parts}${executionScore ? `+${executionScore}` : ""},"")`
        : `=""`,
      total.score === null ? "" : toNumber(total.score),
      StyleKey.score,
    ),
  );
  b.put(
    row,
    7,
    formula(
      `=IF(ISNUMBER(${scoreRef}),${gradeFormula(scoreRef)},"")`,
      total.grade ?? "",
      StyleKey.totalLabel,
    ),
  );

  b.setColumns([12, 16, 30, 16, 13, 9, 11, 36]);
  // Each printed page repeats the indicator table's header row (landscape A4).
  b.printTitles(indicatorHeader, indicatorHeader, true);
  return b.build();
}

/** Merges each run of equal, non-empty keys in a column. */
function mergeRuns(b: SheetBuilder, keys: readonly string[], first: number, col: number): void {
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    if (i < keys.length && keys[i] === keys[start]) continue;
    if (i - 1 > start && keys[start] !== "") b.merge(first + start, col, first + i - 1, col);
    start = i;
  }
}
