/**
 * 指标评分: one row per indicator with its score as a formula (docs/domain.md §4), the weight and score
 * totals, the overall execution rate from the fund sheets, the (optionally capped) total score,
 * the grade, and the reported score and grade beside them.
 */
import {
  DEPARTMENT_FUNDING_LINES,
  EXECUTION_CAPS,
  EXECUTION_POINTS,
  GRADE_BANDS,
  gradeOf,
  PARTIAL_RATING_RANGE,
  RATING_PERCENT,
  RATINGS,
  type ComputedModel,
  type Path,
  overallExecutionRate,
} from "../../domain";
import { WorkbookError } from "../../errors";
import { SheetBuilder, type LocationMap } from "../builder";
import { choiceValues, formula, inputCell, label, rateFraction, toNumber } from "../cells";
import { figureKey, type FigureRefs, type FundingCells } from "../figures";
import { cellText, findHeaderRow, gridCell, headerColumns, headingKey, type GridSheet } from "../grid";
import { cellRef, quoteSheet, SheetKind, StyleKey, type SheetPlan } from "../plan";
import type { RawBuilder } from "../raw";
import type { FundSheetRefs } from "./fund";
import { EXECUTION_CAP_NAME } from "./names";
import { errorText, workbookText } from "../../i18n";

const W = workbookText.indicators;

/** The 自评结果 lines below the table: the field each holds. */
const SELF_LINES = {
  reportedScore: ["selfEvaluation", "reportedScore"],
  reportedGrade: ["selfEvaluation", "reportedGrade"],
  note: ["selfEvaluation", "note"],
} as const satisfies Record<string, Path>;

/** Columns of 指标评分. */
export const IndicatorCol = {
  level1: 0,
  level2: 1,
  name: 2,
  direction: 3,
  target: 4,
  unit: 5,
  actual: 6,
  weight: 7,
  score: 8,
  reportedScore: 9,
  note: 10,
  kind: 11,
  rating: 12,
  ratingPercent: 13,
  illustrative: 14,
  /** The computed figure the 实际完成值 is linked to (a drop-down), and a fund link's table id. */
  link: 15,
  linkTable: 16,
  /** The linked figure, a live formula on the sheet that computes it; scoring uses it when numeric. */
  computed: 17,
  /** The fund table (its id) whose 项目支出绩效自评表 carries the indicator; blank: the department's. */
  table: 18,
} as const;

/** The column of the values below the table (right of their merged labels). */
const SELF_VALUE_COL = 3;

const fraction = (percent: number) => String(percent / 100);

/**
 * The share of the weight a qualitative rating earns, as a formula on the rating cell `m` and the
 * entered percent `n` — the engine's RATING_PERCENT and PARTIAL_RATING_RANGE, written in.
 */
export function ratingShareFormula(m: string, n: string): string {
  const { min, max } = PARTIAL_RATING_RANGE;
  const partial = `IF(AND(N(${n})>=${fraction(min)},N(${n})<=${fraction(max)}),N(${n}),${fraction(RATING_PERCENT.部分达成)})`;
  // A rating that earns nothing is the formula's last answer, 0.
  return RATINGS.filter((r) => RATING_PERCENT[r] > 0).reduceRight(
    (otherwise, rating) =>
      `IF(${m}="${rating}",${rating === "部分达成" ? partial : fraction(RATING_PERCENT[rating])},${otherwise})`,
    "0",
  );
}

/** The grade of a total score, as a formula — the engine's GRADE_BANDS, written in. */
export function gradeFormula(total: string): string {
  const bands = GRADE_BANDS.filter((b) => Number.isFinite(b.min));
  const lowest = GRADE_BANDS[GRADE_BANDS.length - 1].grade;
  return bands.reduceRight(
    (otherwise, band) => `IF(${total}>=${band.min},"${band.grade}",${otherwise})`,
    `"${lowest}"`,
  );
}

/** The cap the overall execution rate puts on a total, as a formula — the engine's EXECUTION_CAPS. */
export function capFormula(rate: string, total: string): string {
  return EXECUTION_CAPS.reduceRight(
    (otherwise, step) => `IF(${rate}<${fraction(step.below)},${step.cap},${otherwise})`,
    total,
  );
}

/** The score formula of one row (empty text when the indicator lacks what it needs). */
export function scoreFormula(row: number): string {
  const c = (col: number) => cellRef(row, col);
  const C = IndicatorCol;
  const [d, e, h, m, n] = [c(C.direction), c(C.target), c(C.weight), c(C.rating), c(C.ratingPercent)];
  // The linked 计算数 when it holds a number, else the typed 实际完成值.
  const g = `IF(ISNUMBER(${c(C.computed)}),${c(C.computed)},${c(C.actual)})`;
  const qualitative = `IF(${m}="","",ROUND(N(${h})*${ratingShareFormula(m, n)},2))`;
  const ratio =
    `IF(${d}="<=",IF(${g}<=${e},1,IF(${g}=0,0,${e}/${g})),` +
    `IF(${d}="=",IF(${g}=${e},1,IF(MAX(${g},${e})=0,0,MIN(${g},${e})/MAX(${g},${e}))),` +
    `IF(${g}>=${e},1,IF(${e}=0,0,${g}/${e}))))`;
  const quantitative = `IF(OR(NOT(ISNUMBER(${g})),NOT(ISNUMBER(${e}))),"",ROUND(N(${h})*MAX(0,${ratio}),2))`;
  return `=IF(${c(C.kind)}="${W.kinds.qualitative}",${qualitative},${quantitative})`;
}

/**
 * Lays out 指标评分. `department`: the department's 年度资金 block (on 收支总表); once any of its
 * figures is typed, the department form carries it, and its 10 points and 执行率 得分 count in the
 * totals (docs/domain.md §8), as the engine counts them.
 */
export function indicatorsSheet(
  model: ComputedModel,
  name: string,
  funds: readonly FundSheetRefs[],
  locations: LocationMap,
  figures?: FigureRefs,
  department?: FundingCells,
): SheetPlan {
  const ds = model.dataset;
  const ev = model.evaluation;
  const C = IndicatorCol;
  const b = new SheetBuilder("indicators", SheetKind.indicators, name, locations);
  b.put(0, 0, label(W.title, StyleKey.title));
  b.merge(0, 0, 0, C.note);
  b.putRow(
    1,
    0,
    W.headers.map((h) => label(h, StyleKey.header)),
  );
  const first = 2;
  const list = ds.indicators ?? [];
  // Every indicator's model by its dataset index: the department's and each project form's.
  const models = new Map(
    [...(ev?.indicators ?? []), ...(model.projectIndicators ?? []).flat()].map((m) => [m.index, m]),
  );
  /** Whether some indicator is a project form's: the totals then count the department's rows only. */
  const projects = (model.projectIndicators ?? []).some((l) => l.length > 0);
  const departmentRows = ev?.indicators.length ?? 0;
  list.forEach((ind, i) => {
    const row = first + i;
    const p: Path = ["indicators", i];
    b.put(row, C.level1, inputCell([...p, "level1"], ind.level1));
    b.put(row, C.level2, inputCell([...p, "level2"], ind.level2));
    b.put(row, C.name, inputCell([...p, "name"], ind.name));
    b.put(
      row,
      C.direction,
      inputCell([...p, "direction"], ind.direction ?? (ind.kind === "qualitative" ? "" : ">=")),
    );
    b.put(row, C.target, inputCell([...p, "target"], ind.target));
    b.put(row, C.unit, inputCell([...p, "unit"], ind.unit));
    b.put(row, C.actual, inputCell([...p, "actual"], ind.actual));
    b.put(row, C.weight, inputCell([...p, "weight"], ind.weight));
    const m = models.get(i);
    b.put(row, C.score, formula(scoreFormula(row), m?.score ?? "", StyleKey.score));
    b.put(row, C.reportedScore, inputCell([...p, "reportedScore"], ind.reportedScore));
    b.put(row, C.note, inputCell([...p, "deviationNote"], ind.deviationNote));
    b.put(row, C.kind, inputCell([...p, "kind"], ind.kind ?? "quantitative"));
    b.put(row, C.rating, inputCell([...p, "rating"], ind.rating));
    b.put(row, C.ratingPercent, inputCell([...p, "ratingPercent"], ind.ratingPercent));
    b.put(row, C.link, inputCell([...p, "link"], ind.link));
    b.put(row, C.linkTable, inputCell([...p, "linkTable"], ind.linkTable));
    b.put(row, C.table, inputCell([...p, "table"], ind.table));
    const figure = ind.link ? figures?.get(figureKey(ind.link, ind.linkTable)) : undefined;
    b.put(
      row,
      C.computed,
      formula(
        figure ? `=IFERROR(ROUND((${figure})*100,2),"")` : `=""`,
        m?.linked ? toNumber(m.linked) : "",
        StyleKey.score,
      ),
    );
    b.put(row, C.illustrative, {
      ...inputCell([...p, "illustrative"], ind.illustrative),
      ...(ind.illustrative ? {} : { value: "" }),
    });
  });
  const last = first + list.length - 1;
  const col = (c: number) => `${cellRef(first, c)}:${cellRef(Math.max(first, last), c)}`;
  if (list.length) {
    b.validate({
      range: col(C.direction),
      type: "list",
      values: choiceValues(["indicators", 0, "direction"]) ?? [],
    });
    b.validate({ range: col(C.kind), type: "list", values: choiceValues(["indicators", 0, "kind"]) ?? [] });
    b.validate({ range: col(C.link), type: "list", values: choiceValues(["indicators", 0, "link"]) ?? [] });
    const ids = (ds.fundTables ?? []).map((t) => t.id);
    if (ids.length) b.validate({ range: col(C.table), type: "list", values: ids });
    const typed = cellRef(first, C.actual);
    const linked = cellRef(first, C.computed);
    b.conditional({
      range: col(C.actual),
      formula: `=AND(ISNUMBER(${typed}),ISNUMBER(${linked}),ROUND(${typed}-${linked},2)<>0)`,
      severity: "verify",
      rule: "indicator-figure-mismatch",
    });
    b.validate({
      range: col(C.rating),
      type: "list",
      values: choiceValues(["indicators", 0, "rating"]) ?? [],
    });
  }
  const totalRow = first + list.length;
  // The department's rows: all of them, or (with project forms' indicators) those with no 所属项目.
  const own = `(${col(C.table)}="")`;
  const sumOwn = (c: number) => (projects ? `SUMIF(${col(C.table)},"",${col(c)})` : `SUM(${col(c)})`);
  const countOwn = (c: number) => (projects ? `SUMPRODUCT(${own}*ISNUMBER(${col(c)}))` : `COUNT(${col(c)})`);
  const ownCount = projects ? departmentRows : list.length;
  b.put(totalRow, 0, label(W.total, StyleKey.totalLabel));
  b.merge(totalRow, 0, totalRow, C.actual);
  // 其中：预算执行率 — the department form's funding block, counted in 合计 once a figure of it is
  // typed (the block is then the dataset's): its 10 points, and its 执行率 得分 when known.
  const execution = ownCount && department ? executionLine(b, totalRow + 1, department, ev) : null;
  const plusBlock = (cell: string | undefined) => (cell ? `+IF(ISNUMBER(${cell}),${cell},0)` : "");
  // An empty table has no totals (never 0.00 / 差, docs/domain.md §7).
  const weightTotal = b.put(
    totalRow,
    C.weight,
    formula(
      ownCount ? `=${sumOwn(C.weight)}${plusBlock(execution?.weight)}` : `=""`,
      ev?.weightTotal ?? "",
      StyleKey.score,
    ),
  );
  // Scores add up once one is known: a table nothing could be scored on yet shows no 0.00.
  const anyScored = ev?.indicators.some((m) => m.score !== null) ?? false;
  const scoreTotal = b.put(
    totalRow,
    C.score,
    formula(
      ownCount ? `=IF(${countOwn(C.score)}=0,"",${sumOwn(C.score)}${plusBlock(execution?.score)})` : `=""`,
      anyScored ? (ev?.scoreTotal ?? "") : "",
      StyleKey.score,
    ),
  );
  b.locate(["indicators"], totalRow, C.weight);
  b.conditional({
    range: weightTotal,
    formula: `=AND(ISNUMBER(${weightTotal}),ROUND(${weightTotal},6)<>100)`,
    severity: "error",
    rule: "weights-not-100",
  });
  if (list.length) {
    const rep = cellRef(first, C.reportedScore);
    const sc = cellRef(first, C.score);
    b.conditional({
      range: col(C.reportedScore),
      formula: `=AND(ISNUMBER(${rep}),ISNUMBER(${sc}),ROUND(${rep}-${sc},6)<>0)`,
      severity: "verify",
      rule: "rate-mismatch",
    });
  }

  // The overall execution rate, the final score and the grade.
  let row = totalRow + (execution ? 3 : 2);
  const put = (text: string, cell: Parameters<SheetBuilder["put"]>[2]) => {
    b.put(row, 0, label(text));
    b.merge(row, 0, row, 2);
    return b.put(row++, SELF_VALUE_COL, cell);
  };
  const used = funds.map((f) => `${quoteSheet(f.name)}!${f.used}`);
  // Each table on its own base: 实际到位, its 全年预算数 合计 where it has the column, else 预算批复.
  const bases = funds.map(
    (f) =>
      `IF(${quoteSheet(f.name)}!${f.rateBase}="${workbookText.rateBases.arrived}",${quoteSheet(f.name)}!${f.arrived},${quoteSheet(f.name)}!${f.adjusted ?? f.budget})`,
  );
  const rate = put(
    W.overallRate,
    formula(
      // Unknown while a table's 合计 is blank (a row's figure is unknown, docs/domain.md §7), as the engine.
      funds.length
        ? `=IF(OR(${[...used, ...bases].map((c) => `LEN(${c})=0`).join(",")}),"",` +
            `IF((${bases.join("+")})=0,"",ROUND((${used.join("+")})/(${bases.join("+")}),4)))`
        : `=""`,
      // With no department indicator there is no evaluation, but the rate is still the tables'.
      rateFraction(ev ? ev.overallExecutionRate : overallExecutionRate(model.fundTables)),
      StyleKey.rate,
    ),
  );
  const capped =
    `IF(AND(${EXECUTION_CAP_NAME}="${workbookText.yes}",ISNUMBER(${rate})),` +
    `MIN(${scoreTotal},${capFormula(rate, scoreTotal)}),${scoreTotal})`;
  // The total stands only when every indicator has a weight and a score and the weights make 100;
  // with no table, the score is the reported one, marked as such (docs/domain.md §7).
  const self = ds.selfEvaluation;
  const reportedScoreRef = cellRef(row + 2, SELF_VALUE_COL);
  const reportedValue = self?.reportedScore?.value ?? null;
  const finalRow = row;
  const final = ownCount
    ? put(
        W.finalScore,
        formula(
          `=IF(AND(ISNUMBER(${weightTotal}),ROUND(${weightTotal},6)=100,${countOwn(C.weight)}=${ownCount},${countOwn(C.score)}=${ownCount}${execution ? `,${execution.known}` : ""}),${capped},"")`,
          ev?.complete ? ev.finalScore : "",
          StyleKey.score,
        ),
      )
    : put(
        W.finalScore,
        formula(
          `=IF(ISNUMBER(${reportedScoreRef}),${reportedScoreRef},"")`,
          reportedValue ?? "",
          StyleKey.score,
        ),
      );
  if (!ownCount && (reportedValue !== null || self?.reportedGrade))
    b.put(finalRow, SELF_VALUE_COL + 1, label(W.reportedOnly));
  const gradeExpected = ownCount
    ? ev?.complete
      ? ev.grade
      : ""
    : reportedValue !== null
      ? gradeOf(reportedValue)
      : "";
  const grade = put(
    W.grade,
    formula(`=IF(ISNUMBER(${final}),${gradeFormula(final)},"")`, gradeExpected, StyleKey.label),
  );
  const repScore = put(W.reportedScore, inputCell(SELF_LINES.reportedScore, self?.reportedScore));
  const repGrade = put(W.reportedGrade, inputCell(SELF_LINES.reportedGrade, self?.reportedGrade));
  b.validate({ range: repGrade, type: "list", values: choiceValues(SELF_LINES.reportedGrade) ?? [] });
  put(W.note, inputCell(SELF_LINES.note, self?.note));
  b.conditional({
    range: repScore,
    formula: `=AND(ISNUMBER(${repScore}),ISNUMBER(${final}),ROUND(${repScore}-${final},6)<>0)`,
    severity: "error",
    rule: "score-mismatch",
  });
  b.conditional({
    range: repGrade,
    formula: `=AND(${repGrade}<>"",${grade}<>"",${repGrade}<>${grade})`,
    severity: "error",
    rule: "grade-mismatch",
  });

  b.setColumns([10, 12, 34, 8, 10, 8, 11, 8, 8, 10, 40, 9, 10, 9, 9, 16, 14, 9, 14]);
  b.freeze(2, 3);
  b.printTitles(0, 1, true);
  return b.build();
}

/**
 * 其中：预算执行率 at `row`: 分值 10 and 得分 the block's 执行率 得分 once any figure of the department's
 * 年度资金 block is typed (blank before: the department form then has no block). Returns its cells
 * and the condition that its 得分 is known (true while the block is not there).
 */
function executionLine(
  b: SheetBuilder,
  row: number,
  block: FundingCells,
  ev: ComputedModel["evaluation"],
): { weight: string; score: string; known: string } {
  const C = IndicatorCol;
  const lines = DEPARTMENT_FUNDING_LINES.map((k) => block.lines[k]).filter((l) => l !== undefined);
  const figures = lines.flatMap((l) => [l.initial, l.adjusted, l.actual]).map((c) => `${block.prefix}${c}`);
  const given = `COUNTA(${figures.join(",")})>0`;
  const score = `${block.prefix}${block.score}`;
  b.put(row, 0, label(W.executionLine, StyleKey.label));
  b.merge(row, 0, row, C.actual);
  const counts = ev?.execution !== undefined;
  const weight = b.put(
    row,
    C.weight,
    formula(`=IF(${given},${EXECUTION_POINTS},"")`, counts ? EXECUTION_POINTS : "", StyleKey.score),
  );
  const got = b.put(
    row,
    C.score,
    formula(
      `=IF(AND(${given},ISNUMBER(${score})),${score},"")`,
      ev?.execution ? toNumber(ev.execution) : "",
      StyleKey.score,
    ),
  );
  return { weight, score: got, known: `OR(NOT(ISNUMBER(${weight})),ISNUMBER(${got}))` };
}

/** The indicator fields by column, as the writer lays them out. */
const INDICATOR_FIELDS = [
  ["level1", IndicatorCol.level1],
  ["level2", IndicatorCol.level2],
  ["name", IndicatorCol.name],
  ["direction", IndicatorCol.direction],
  ["target", IndicatorCol.target],
  ["unit", IndicatorCol.unit],
  ["actual", IndicatorCol.actual],
  ["weight", IndicatorCol.weight],
  ["reportedScore", IndicatorCol.reportedScore],
  ["deviationNote", IndicatorCol.note],
  ["kind", IndicatorCol.kind],
  ["rating", IndicatorCol.rating],
  ["ratingPercent", IndicatorCol.ratingPercent],
  ["illustrative", IndicatorCol.illustrative],
  ["link", IndicatorCol.link],
  ["linkTable", IndicatorCol.linkTable],
  ["table", IndicatorCol.table],
] as const;

/**
 * Reads 指标评分 by its structure into `raw`: every row between the header and 合计 with something
 * in it is an indicator (a row a clerk inserted included; an empty 一级指标 repeats the one above),
 * columns by their headings; the reported score, grade and note by their labels below.
 */
export function readIndicatorsSheet(sheet: GridSheet, raw: RawBuilder): void {
  const header = findHeaderRow(sheet, [W.headers[0], W.headers[2], W.headers[7]]);
  if (header < 0)
    throw new WorkbookError(
      errorText.workbook.noHeader(sheet.name, [W.headers[0], W.headers[2], W.headers[7]].join("、")),
    );
  const at = headerColumns(sheet, header);
  const colOf = (c: number) => at.get(headingKey(W.headers[c]));
  const text = (r: number, c: number | undefined) => (c === undefined ? "" : cellText(gridCell(sheet, r, c)));
  const nameCol = colOf(IndicatorCol.name) as number;
  const level1Col = colOf(IndicatorCol.level1) as number;
  const inputs = INDICATOR_FIELDS.map(([field, c]) => [field, colOf(c)] as const).filter(
    (x): x is readonly [(typeof INDICATOR_FIELDS)[number][0], number] => x[1] !== undefined,
  );
  let n = 0;
  let r = header + 1;
  let level1 = "";
  for (; r < sheet.cells.length; r++) {
    if (text(r, 0) === W.total) break;
    // A row with nothing typed (the drop-downs' defaults alone do not count) is not an indicator.
    const typed = inputs.filter(([field]) => field !== "kind" && field !== "direction");
    if (typed.every(([, c]) => text(r, c) === "")) continue;
    if (text(r, nameCol) === "")
      throw new WorkbookError(errorText.workbook.rowWithoutName(sheet.name, r + 1));
    const p: Path = ["indicators", n++];
    for (const [field, c] of inputs) raw.read([...p, field], gridCell(sheet, r, c), sheet.name, r, c);
    if (text(r, level1Col) === "") {
      if (level1) raw.set([...p, "level1"], level1);
    } else level1 = text(r, level1Col);
    if (!raw.has([...p, "weight"])) raw.set([...p, "weight"], "");
  }
  const lines = new Map<string, Path>([
    [headingKey(W.reportedScore), SELF_LINES.reportedScore],
    [headingKey(W.reportedGrade), SELF_LINES.reportedGrade],
    [headingKey(W.note), SELF_LINES.note],
  ]);
  for (; r < sheet.cells.length; r++) {
    const path = lines.get(headingKey(text(r, 0)));
    if (!path) continue;
    // The value sits right of the merged label: the first column after it holding the input.
    raw.read(path, gridCell(sheet, r, SELF_VALUE_COL), sheet.name, r, SELF_VALUE_COL);
  }
}
