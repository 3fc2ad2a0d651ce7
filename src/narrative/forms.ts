/**
 * The 自评表 forms as the report's attachments (docs/domain.md §8): after the 落款, each form on a page of
 * its own — 附件N, its title, and one table laid out as the printed form (header cells merged as on
 * the sheet: 项目资金 with 执行率 and its 10-point 得分, 年度总体目标 预期/实际, indicators with 一级
 * and 二级 merged over their runs, 总分 and grade). Figures are the engine's.
 */
import type Decimal from "decimal.js";
import {
  DEPARTMENT_FUNDING_LINES,
  EXECUTION_POINTS,
  formatAmount,
  formatRate,
  formTotal,
  PROJECT_FUNDING_LINES,
  type BudgetLineModel,
  type ComputedModel,
  type IndicatorModel,
} from "../domain";
import { fieldText, reportText as R, workbookText } from "../i18n";
import { own } from "./blocks";
import type { AttachmentPlan, BlockPlan, TableCellPlan, TableRowPlan } from "./plan";

const W = workbookText.forms;
const SYMBOLS: Readonly<Record<string, string>> = { ">=": "≥", "<=": "≤", "=": "=" };
/** Column widths of a form (in the report's table units, as the fund tables'). */
const COLUMNS = [10, 12, 22, 14, 12, 8, 10, 22].map((width) => ({ width }));

const amount = (d: Decimal | null | undefined) => (d ? formatAmount(d) : "");
const rate = (d: Decimal | null | undefined) => (d ? formatRate(d) : "");
const score = (d: Decimal | null | undefined) => (d ? d.toFixed(2) : "");
// No row is a `header` row: a form's header rows are not at its top, so none repeats on a new page.

/** A cell; text from the data is spaced as the report spaces it (no space between 汉字 and digits). */
const c = (text: string, more: Partial<TableCellPlan> = {}): TableCellPlan => ({ text: own(text), ...more });

interface Funding {
  readonly lines: readonly string[];
  readonly model: Readonly<Record<string, BudgetLineModel>>;
  readonly score: Decimal | null;
}

function fundingRows(f: Funding): TableRowPlan[] {
  const rows: TableRowPlan[] = [
    {
      cells: W.fundingHeaders
        .filter((h) => h !== "")
        .map((h, i) => c(h, { bold: true, align: "center", ...(i === 0 ? { colSpan: 2 } : {}) })),
    },
  ];
  f.lines.forEach((k, i) => {
    const words = (fieldText.fundingLines as Record<string, string>)[k] ?? k;
    const line = f.model[k];
    rows.push({
      ...(i === 0 ? { total: true } : {}),
      cells: [
        c(i === 0 ? words : workbookText.funding.part(words), { colSpan: 2 }),
        c(amount(line?.initial), { align: "right" }),
        c(amount(line?.adjusted), { align: "right" }),
        c(amount(line?.actual), { align: "right" }),
        c(i === 0 ? String(EXECUTION_POINTS) : "", { align: "center" }),
        c(rate(line?.rate), { align: "right" }),
        c(i === 0 ? score(f.score) : "", { align: "right" }),
      ],
    });
  });
  return rows;
}

/** Run lengths of equal keys (for rowSpan), 0 for rows inside a run. */
function runs(keys: readonly string[]): number[] {
  const out = keys.map(() => 0);
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    if (i < keys.length && keys[i] === keys[start] && keys[i] !== "") continue;
    out[start] = i - start;
    start = i;
  }
  return out;
}

function indicatorRows(list: readonly IndicatorModel[]): TableRowPlan[] {
  const rows: TableRowPlan[] = [
    { cells: W.indicatorHeaders.map((h) => c(h, { bold: true, align: "center" })) },
  ];
  const l1 = runs(list.map((m) => m.indicator.level1));
  const l2 = runs(list.map((m) => (m.indicator.level2 ? `${m.indicator.level1}|${m.indicator.level2}` : "")));
  list.forEach((m, i) => {
    const ind = m.indicator;
    const unit = ind.unit ?? "";
    const symbol = ind.direction ? (SYMBOLS[ind.direction] ?? "") : ind.kind === "qualitative" ? "" : "≥";
    const actual = m.linked ?? (ind.kind === "qualitative" ? null : (ind.actual?.value ?? null));
    const cells: TableCellPlan[] = [];
    if (l1[i]) cells.push(c(ind.level1, { align: "center", ...(l1[i] > 1 ? { rowSpan: l1[i] } : {}) }));
    if (l2[i] || !ind.level2)
      cells.push(c(ind.level2 ?? "", { align: "center", ...(l2[i] > 1 ? { rowSpan: l2[i] } : {}) }));
    cells.push(
      c(ind.name),
      c(ind.target?.value ? `${symbol}${ind.target.value.toString()}${unit}` : "", { align: "center" }),
      c(actual ? `${actual.toString()}${unit}` : (ind.rating ?? ""), { align: "center" }),
      c(m.weight ? m.weight.toString() : "", { align: "right" }),
      c(score(m.score), { align: "right" }),
      c(ind.deviationNote ?? ""),
    );
    rows.push({ cells });
  });
  return rows;
}

function formTable(
  header: readonly (readonly [string, string])[],
  funding: Funding | null,
  goals: { expected: string; actual: string },
  list: readonly IndicatorModel[],
): BlockPlan {
  const rows: TableRowPlan[] = header.map(([words, value]) => ({
    cells: [c(words, { colSpan: 2, bold: true, align: "center" }), c(value, { colSpan: 6 })],
  }));
  if (funding) rows.push(...fundingRows(funding));
  rows.push(
    {
      cells: [
        c(W.goalsTitle, { rowSpan: 2, bold: true, align: "center" }),
        c(W.goalsExpected, { colSpan: 4, bold: true, align: "center" }),
        c(W.goalsActual, { colSpan: 3, bold: true, align: "center" }),
      ],
    },
    { cells: [c(goals.expected, { colSpan: 4 }), c(goals.actual, { colSpan: 3 })] },
  );
  rows.push(...indicatorRows(list));
  // Nothing scored, or a part unknown, is no score: never 0.00 / 差 on a form (docs/domain.md §7).
  const total = formTotal(list, funding ? funding.score : undefined);
  rows.push({
    total: true,
    cells: [
      c(W.total, { colSpan: 5, bold: true, align: "center" }),
      c(total.weights?.toString() ?? "", { align: "right" }),
      c(score(total.score), { align: "right" }),
      c(total.grade ?? "", { align: "center" }),
    ],
  });
  return { kind: "table", columns: COLUMNS, rows };
}

/**
 * The attachment pages: the department's form, then one 项目支出绩效自评表 per fund table (its
 * 项目资金 as given, else the table's own 预算批复 and 实际使用), in the order 附件说明 lists them.
 */
export function formAttachments(model: ComputedModel, attachments: readonly AttachmentPlan[]): BlockPlan[] {
  const ds = model.dataset;
  const unit = ds.unit.name;
  const blocks: BlockPlan[] = [];
  const page = (n: number, title: string, table: BlockPlan) =>
    blocks.push({ kind: "attachmentTitle", label: R.attachments.page(n), text: title }, table);
  if (attachments.length !== 1 + model.fundTables.length) return blocks;
  page(
    1,
    attachments[0].title,
    formTable(
      [[W.unitName, unit]],
      ds.funding && model.funding
        ? { lines: DEPARTMENT_FUNDING_LINES, model: model.funding.lines, score: model.funding.score }
        : null,
      // One paragraph per cell (Word counts a cell's paragraphs): the goals run on, each ending 。.
      { expected: (ds.goals ?? []).join(""), actual: ds.goalsAchieved ?? "" },
      model.evaluation?.indicators ?? [],
    ),
  );
  model.fundTables.forEach((t, i) => {
    const table = ds.fundTables?.[i];
    const f = model.projectFunding[i];
    page(
      i + 2,
      attachments[i + 1].title,
      formTable(
        [
          [W.projectName, t.title],
          [W.department, unit],
          [W.implementer, unit],
        ],
        // The figures as the report states them (a reported 合计 within 尾差, or where a row's figure
        // is unknown: docs/domain.md §2, §7), as the prose beside it; the sheet keeps the computed ones.
        { lines: PROJECT_FUNDING_LINES, model: f.stated, score: f.statedScore },
        { expected: table?.goals?.expected ?? "", actual: table?.goals?.actual ?? "" },
        model.projectIndicators?.[i] ?? [],
      ),
    );
  });
  return blocks;
}
