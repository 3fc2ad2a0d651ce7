/**
 * 指标评分: one row per indicator with its score as a formula (DOMAIN §4), the weight and score
 * totals, the overall execution rate from the fund sheets, the (optionally capped) total score,
 * the grade, and the reported score and grade beside them.
 */
import type { ComputedModel } from "../../domain";
import { SheetBuilder, type LocationMap } from "../builder";
import { choiceInput, figureInput, formula, label, rateFraction, rateInput, textInput } from "../cells";
import { cellRef, quoteSheet, SheetKind, StyleKey, type SheetPlan } from "../plan";
import type { FundSheetRefs } from "./fund";
import { EXECUTION_CAP_NAME } from "./names";
import { workbookText } from "../../i18n";

const W = workbookText.indicators;

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
} as const;

/** The score formula of one row (empty text when the indicator lacks what it needs). */
export function scoreFormula(row: number): string {
  const c = (col: number) => cellRef(row, col);
  const C = IndicatorCol;
  const [d, e, g, h, m, n] = [
    c(C.direction),
    c(C.target),
    c(C.actual),
    c(C.weight),
    c(C.rating),
    c(C.ratingPercent),
  ];
  const qualitative = `IF(${m}="","",ROUND(N(${h})*IF(${m}="达成",1,IF(${m}="部分达成",IF(AND(N(${n})>=0.6,N(${n})<=0.8),N(${n}),0.6),0)),2))`;
  const ratio =
    `IF(${d}="<=",IF(${g}<=${e},1,IF(${g}=0,0,${e}/${g})),` +
    `IF(${d}="=",IF(${g}=${e},1,IF(MAX(${g},${e})=0,0,MIN(${g},${e})/MAX(${g},${e}))),` +
    `IF(${g}>=${e},1,IF(${e}=0,0,${g}/${e}))))`;
  const quantitative = `IF(OR(NOT(ISNUMBER(${g})),NOT(ISNUMBER(${e}))),"",ROUND(N(${h})*MAX(0,${ratio}),2))`;
  return `=IF(${c(C.kind)}="${W.kinds.qualitative}",${qualitative},${quantitative})`;
}

/** Lays out 指标评分. */
export function indicatorsSheet(
  model: ComputedModel,
  name: string,
  funds: readonly FundSheetRefs[],
  locations: LocationMap,
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
  list.forEach((ind, i) => {
    const row = first + i;
    const p = `indicators[${i}]`;
    b.put(row, C.level1, textInput(ind.level1, `${p}.level1`));
    b.put(row, C.level2, textInput(ind.level2, `${p}.level2`));
    b.put(row, C.name, textInput(ind.name, `${p}.name`));
    b.put(
      row,
      C.direction,
      choiceInput(ind.direction ?? (ind.kind === "qualitative" ? "" : ">="), `${p}.direction`),
    );
    b.put(row, C.target, figureInput(ind.target, `${p}.target`));
    b.put(row, C.unit, textInput(ind.unit, `${p}.unit`));
    b.put(row, C.actual, figureInput(ind.actual, `${p}.actual`));
    b.put(row, C.weight, figureInput(ind.weight, `${p}.weight`));
    const m = ev?.indicators[i];
    b.put(row, C.score, formula(scoreFormula(row), m?.score ?? "", StyleKey.score));
    b.put(row, C.reportedScore, figureInput(ind.reportedScore, `${p}.reportedScore`));
    b.put(row, C.note, textInput(ind.deviationNote, `${p}.deviationNote`));
    b.put(row, C.kind, choiceInput(W.kinds[ind.kind ?? "quantitative"], `${p}.kind`));
    b.put(row, C.rating, choiceInput(ind.rating ?? "", `${p}.rating`));
    b.put(row, C.ratingPercent, rateInput(ind.ratingPercent, `${p}.ratingPercent`));
    b.put(row, C.illustrative, choiceInput(ind.illustrative ? workbookText.yes : "", `${p}.illustrative`));
  });
  const last = first + list.length - 1;
  const col = (c: number) => `${cellRef(first, c)}:${cellRef(Math.max(first, last), c)}`;
  if (list.length) {
    b.validate({ range: col(C.direction), type: "list", values: [">=", "<=", "="] });
    b.validate({ range: col(C.kind), type: "list", values: Object.values(W.kinds) });
    b.validate({ range: col(C.rating), type: "list", values: ["达成", "部分达成", "未达成"] });
  }
  const totalRow = first + list.length;
  b.put(totalRow, 0, label(W.total, StyleKey.totalLabel));
  b.merge(totalRow, 0, totalRow, C.actual);
  const weightTotal = b.put(
    totalRow,
    C.weight,
    formula(list.length ? `=SUM(${col(C.weight)})` : "=0", ev?.weightTotal ?? 0, StyleKey.score),
  );
  const scoreTotal = b.put(
    totalRow,
    C.score,
    formula(list.length ? `=SUM(${col(C.score)})` : "=0", ev?.scoreTotal ?? 0, StyleKey.score),
  );
  b.locate("indicators", totalRow, C.weight);
  b.conditional({
    range: weightTotal,
    formula: `=ROUND(${weightTotal},6)<>100`,
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
  let row = totalRow + 2;
  const put = (text: string, cell: Parameters<SheetBuilder["put"]>[2]) => {
    b.put(row, 0, label(text));
    b.merge(row, 0, row, 2);
    return b.put(row++, 3, cell);
  };
  const used = funds.map((f) => `${quoteSheet(f.name)}!${f.used}`);
  const bases = funds.map(
    (f) =>
      `IF(${quoteSheet(f.name)}!${f.rateBase}="${workbookText.rateBases.arrived}",${quoteSheet(f.name)}!${f.arrived},${quoteSheet(f.name)}!${f.budget})`,
  );
  const rate = put(
    W.overallRate,
    formula(
      funds.length
        ? `=IF((${bases.join("+")})=0,"",ROUND((${used.join("+")})/(${bases.join("+")}),4))`
        : `=""`,
      rateFraction(ev?.overallExecutionRate ?? null),
      StyleKey.rate,
    ),
  );
  const capped =
    `IF(AND(${EXECUTION_CAP_NAME}="${workbookText.yes}",ISNUMBER(${rate})),` +
    `MIN(${scoreTotal},IF(${rate}<0.5,59,IF(${rate}<0.6,69,IF(${rate}<0.7,79,IF(${rate}<0.8,89,${scoreTotal}))))),${scoreTotal})`;
  const final = put(W.finalScore, formula(`=${capped}`, ev?.finalScore ?? 0, StyleKey.score));
  const grade = put(
    W.grade,
    formula(
      `=IF(${final}>=90,"优",IF(${final}>=80,"良",IF(${final}>=60,"中","差")))`,
      ev?.grade ?? "差",
      StyleKey.label,
    ),
  );
  const self = ds.selfEvaluation;
  const repScore = put(W.reportedScore, figureInput(self?.reportedScore, "selfEvaluation.reportedScore"));
  const repGrade = put(
    W.reportedGrade,
    choiceInput(self?.reportedGrade ?? "", "selfEvaluation.reportedGrade"),
  );
  b.validate({ range: repGrade, type: "list", values: ["优", "良", "中", "差"] });
  put(W.note, textInput(self?.note, "selfEvaluation.note"));
  b.conditional({
    range: repScore,
    formula: `=AND(ISNUMBER(${repScore}),ROUND(${repScore}-${final},6)<>0)`,
    severity: "error",
    rule: "score-mismatch",
  });
  b.conditional({
    range: repGrade,
    formula: `=AND(${repGrade}<>"",${repGrade}<>${grade})`,
    severity: "error",
    rule: "grade-mismatch",
  });

  b.setColumns([10, 12, 34, 8, 10, 8, 11, 8, 8, 10, 40, 9, 10, 9, 9]);
  b.freeze(2, 3);
  b.printTitles(0, 1, true);
  return b.build();
}
