/**
 * The content blocks of the report (docs/domain.md §1): each fills its place in an outline from the
 * computed model or the unit's own text, and adds nothing when its data is absent — the outline
 * then names the gap. A figure that is missing leaves its clause out; it is never written as
 * 0.00 (docs/domain.md §7). The outlines (outlines.ts) say where each block goes.
 */
import type Decimal from "decimal.js";
import {
  formatAmount,
  formatRate,
  fundRateBase,
  type ComputedModel,
  type Dataset,
  type Finding,
  type FundFigures,
  type FundRowModel,
  type FundTableModel,
  type SangongCategoryModel,
} from "../domain";
import { reportText as R } from "../i18n";
import { tightenCjkSpacing } from "../text/spacing";
import { indicatorDimensions, indicatorSummary, scoreClosing, scoreSentence } from "./indicators";
import type { BlockPlan, TableRowPlan } from "./plan";
import type { Content } from "./tree";

/** What every block reads. */
export interface BlockContext {
  readonly model: ComputedModel;
  readonly findings: readonly Finding[];
  readonly dataset: Dataset;
  readonly year: number;
  /** How the unit calls itself: 我委, 我局 (我单位 when not given). */
  readonly who: string;
}

/** An amount in 万元 as prose writes it; null when unknown (the clause is then left out). */
export const wan = (d: Decimal | null | undefined): string | null => (d ? formatAmount(d) : null);
/** A rate as prose writes it; null when it cannot be computed. */
export const pct = (d: Decimal | null | undefined): string | null => (d ? formatRate(d) : null);
/** A count of persons: 29,664. */
const persons = (d: Decimal | null | undefined): string | null => (d ? formatAmount(d, 0) : null);

/** The unit's own text as the report prints it: trimmed, no spaces between Chinese and figures. */
export const own = (text: string | undefined | null): string => tightenCjkSpacing((text ?? "").trim());

/** A sentence of the unit's that ends with a full stop. */
const sentence = (text: string) => (text && !/[。！？：；]$/.test(text) ? `${text}。` : text);

export type BlockFill = (ctx: BlockContext, out: Content) => void;

function opening(ctx: BlockContext, out: Content): void {
  const notice = ctx.dataset.narrative?.notice;
  const title = own(notice?.title).replace(/^《|》$/g, "") || null;
  const documentNumber = own(notice?.documentNumber) || null;
  out.paragraph(R.opening(ctx.year, ctx.who, R.notice(title, documentNumber)));
}

const WORK_PARTS = [
  "team",
  "preparation",
  "implementation",
  "evaluation",
  "submission",
  "disclosure",
] as const;

/** 自评工作开展情况 as one account: the unit's text, then any structured parts it gave. */
function selfEvaluationWork(ctx: BlockContext, out: Content): void {
  const work = ctx.dataset.narrative?.selfEvaluationWork;
  for (const text of [work?.text, ...WORK_PARTS.map((k) => work?.[k])]) out.paragraph(own(text));
}

/** One structured part of 自评工作开展情况 (广东). */
const workPart =
  (key: "text" | (typeof WORK_PARTS)[number]): BlockFill =>
  (ctx, out) =>
    out.paragraph(own(ctx.dataset.narrative?.selfEvaluationWork?.[key]));

function functions(ctx: BlockContext, out: Content): void {
  out.items((ctx.dataset.profile?.functions ?? []).map(own));
}

function organization(ctx: BlockContext, out: Content): void {
  const p = ctx.dataset.profile;
  const text =
    own(p?.organization) + (p?.budgetUnitCount !== undefined ? R.budgetUnits(p.budgetUnitCount) : "");
  out.paragraph(text);
}

function staffing(ctx: BlockContext, out: Content): void {
  const st = ctx.model.staffing;
  const given = ctx.dataset.profile?.staffing;
  if (!st || !given) return;
  const parts: string[] = [];
  const authorized = persons(st.authorized);
  const outOfQuota = persons(given.actualOutOfQuota?.value);
  if (authorized)
    parts.push(
      R.staffing(
        ctx.year,
        authorized,
        persons(given.actualInQuota?.value),
        st.controlRate ? formatRate(st.controlRate) : null,
      ) + (outOfQuota ? `，${R.outOfQuota(outOfQuota)}` : ""),
    );
  // 在职人员 beside 编制 only where the 编制内/编制外 split explains the difference.
  const rest = [
    !authorized || outOfQuota
      ? persons(st.actualTotal) && R.inService(persons(st.actualTotal) as string)
      : "",
    persons(st.retired) ? R.retired(given.retiredAs ?? "离退休", persons(st.retired) as string) : "",
  ].filter(Boolean);
  if (rest.length) parts.push(rest.join("，"));
  const text = parts.map((p) => `${p}。`).join("") + sentence(own(given.note));
  out.paragraph(text);
}

function goals(ctx: BlockContext, out: Content): void {
  out.items((ctx.dataset.goals ?? []).map(own));
}

function finance(ctx: BlockContext, out: Content): void {
  const f = ctx.model.finance;
  if (!f) return;
  const y = ctx.year;
  const income = [
    wan(f.opening.total)
      ? R.withOf(
          R.income.opening(wan(f.opening.total) as string),
          R.income.openingParts(wan(f.opening.basic), wan(f.opening.project)),
        )
      : "",
    wan(f.stated.income)
      ? R.withOf(
          R.income.income(wan(f.stated.income) as string),
          R.income.incomeParts(wan(f.income.basic), wan(f.income.project)),
        )
      : "",
  ]
    .filter(Boolean)
    .join("；");
  if (wan(f.stated.available))
    out.paragraph(R.withParts(R.income.lead(y, wan(f.stated.available) as string), income));
  else if (income) out.paragraph(R.financePartsOnly(y, income));
  const spent = [
    wan(f.expenditure.basic)
      ? R.expenditure.part("基本支出", wan(f.expenditure.basic) as string, pct(f.expenditureShares.basic))
      : "",
    wan(f.expenditure.project)
      ? R.expenditure.part("项目支出", wan(f.expenditure.project) as string, pct(f.expenditureShares.project))
      : "",
  ]
    .filter(Boolean)
    .join("；");
  if (wan(f.stated.expenditure))
    out.paragraph(`${R.withOf(R.expenditure.lead(y, wan(f.stated.expenditure) as string), spent)}。`);
  else if (spent) out.paragraph(R.expenditurePartsOnly(y, spent));
  if (wan(f.stated.closing))
    out.paragraph(
      R.withParts(
        R.closing.lead(wan(f.stated.closing) as string),
        R.closing.parts(wan(f.closing.basic), wan(f.closing.projectCarryover), wan(f.closing.projectSurplus)),
      ),
    );
}

function basicTotal(ctx: BlockContext, out: Content): void {
  const be = ctx.model.basicExpenditure;
  // Without a 基本支出 block, the basic expenditure of 收支 is still the 基本支出 the report states.
  const actual = be?.actual ?? ctx.model.finance?.expenditure.basic;
  if (!actual) return;
  out.paragraph(
    R.basicTotal(ctx.year, formatAmount(actual)) +
      (be?.budget && be.executionRate
        ? R.basicBudget(formatAmount(be.budget), formatRate(be.executionRate))
        : ""),
  );
}

function personnel(ctx: BlockContext, out: Content): void {
  const be = ctx.model.basicExpenditure;
  if (!be?.personnel) return;
  out.paragraph(
    R.personnel(formatAmount(be.personnel), pct(be.personnelShare)) +
      (be.wages || be.familySubsidies ? R.personnelParts(wan(be.wages), wan(be.familySubsidies)) : ""),
  );
}

function publicFunds(ctx: BlockContext, out: Content): void {
  const be = ctx.model.basicExpenditure;
  if (!be?.publicFunds) return;
  out.paragraph(
    R.publicFunds(formatAmount(be.publicFunds), pct(be.publicFundsShare)) +
      (be.publicFundsBudget && be.publicFundsRate
        ? R.publicFundsRate(formatAmount(be.publicFundsBudget), formatRate(be.publicFundsRate))
        : ""),
  );
}

/** The categories a report lists: the combined 公务用车 line when it is computed from its pair. */
function sangongItems(ctx: BlockContext): readonly SangongCategoryModel[] {
  const sg = ctx.model.sangong;
  if (!sg) return [];
  return sg.vehicle?.parts
    ? [
        sg.vehicle,
        ...sg.categories.filter((c) => c.key !== "vehiclePurchase" && c.key !== "vehicleOperation"),
      ]
    : sg.categories;
}

function sangongSpending(ctx: BlockContext, out: Content): void {
  const sg = ctx.model.sangong;
  if (!sg) return;
  const parts: string[] = [];
  for (const c of sangongItems(ctx)) {
    if (c.budget === null && c.actual === null) continue;
    // 年初 and 全年 both, where a 全年预算数 changed the budget (追加 or 调减).
    const initial =
      c.initialBudget && c.budget && !c.initialBudget.eq(c.budget) ? wan(c.initialBudget) : null;
    let text = R.sangongItem(R.sangongNames[c.key], wan(c.budget), wan(c.actual), pct(c.rate), initial);
    const note = own(c.note);
    if (c.budget && c.actual && note) {
      if (c.actual.lt(c.budget)) text += `；${R.sangongLess(note)}`;
      else if (c.actual.gt(c.budget)) text += `；${R.sangongMore(note)}`;
      else text += `；${note.replace(/[。；]$/, "")}`;
    }
    if (c.lastYearActual && c.change)
      text += `；${R.sangongChange(formatAmount(c.lastYearActual), formatRate(c.change))}`;
    parts.push(text);
  }
  // The totals as the unit gave them (within 尾差, or when a category is missing); with neither
  // a reported total nor every category, the categories alone (docs/domain.md §2, §7).
  if (sg.stated.budget === null && sg.stated.actual === null) {
    if (parts.length) out.paragraph(R.sangongItemsOnly(ctx.year, parts.join("。")));
    return;
  }
  out.paragraph(
    R.sangongTotal(ctx.year, wan(sg.stated.budget), wan(sg.stated.actual), pct(sg.stated.rate)) +
      (parts.length ? `其中：${parts.join("。")}。` : ""),
  );
}

function sangongUse(ctx: BlockContext, out: Content): void {
  const sg = ctx.model.sangong;
  if (!sg) return;
  const shares = sangongItems(ctx)
    // A category with nothing spent has no share worth a clause (its spending sentence says 0).
    .filter((c) => c.share && !c.share.isZero())
    .map((c) => R.sangongShare(R.sangongNames[c.key], formatRate(c.share as Decimal)));
  const stats = sg.stats ?? {};
  const statSentences = [
    R.vehicles(stats.vehiclesPurchased, stats.vehiclesHeld),
    R.abroad(stats.abroadGroups, stats.abroadPersons),
    R.reception(stats.receptionBatches, stats.receptionPersons),
  ].filter(Boolean);
  out.paragraph(
    (shares.length ? R.sangongShares(ctx.year, shares.join("；")) : "") +
      (statSentences.length ? `${statSentences.join("。")}。` : ""),
  );
}

function projectTotals(ctx: BlockContext, out: Content): void {
  const f = ctx.model.finance;
  if (!f || !(f.opening.project || f.income.project || f.expenditure.project)) return;
  out.paragraph(
    R.projectTotals(
      ctx.year,
      wan(f.opening.project),
      wan(f.income.project),
      wan(f.expenditure.project),
      wan(f.closing.project),
    ),
  );
}

/** The figures a row of the report's fund table shows. */
type FundFigureSet = Pick<FundFigures, "budget" | "arrived" | "used" | "rate" | "adjusted">;

function fundTablePlan(t: FundTableModel): BlockPlan {
  const grouped = t.groups.length > 0;
  const columns = [
    ...(grouped ? [{ width: 12 }] : []),
    { width: grouped ? 26 : 38 },
    { width: 16 },
    { width: 16 },
    { width: 16 },
    { width: 16 },
    ...(t.hasAdjusted ? [{ width: 16 }] : []),
  ];
  const nameHeader = R.fundColumns[t.dimension];
  const figureHeaders = t.hasAdjusted ? R.fundColumns.figuresAdjusted : R.fundColumns.figures;
  const rows: TableRowPlan[] = [
    {
      header: true,
      cells: [...(grouped ? [nameHeader[0]] : []), nameHeader[1], ...figureHeaders].map((text) => ({
        text,
        align: "center" as const,
        bold: true,
      })),
    },
  ];
  // An unknown figure is a blank cell (docs/domain.md §7), and so is a rate on one; "-" is what the table
  // lacks (no 实际到位 column, a 0 base).
  // `sum`: a 小计/合计 (bold), whose rate on a table with 全年预算数 is on the 全年 sum alone.
  const figures = (f: FundFigureSet, used: string, sum = false) => {
    const base = fundRateBase(f, t.rateBase, sum && t.hasAdjusted);
    return [
      wan(f.budget) ?? "",
      // 全年预算数 (a table that has it): blank where unknown, as every figure.
      ...(t.hasAdjusted ? [wan(f.adjusted) ?? ""] : []),
      wan(f.arrived) ?? (t.hasArrived ? "" : "-"),
      used,
      pct(f.rate) ?? (base === null || f.used === null ? "" : "-"),
    ].map((text) => ({
      text,
      align: "right" as const,
      bold: sum,
    }));
  };
  const usedText = (r: FundRowModel) => (r.used === null ? "" : r.usedIsNil ? "-" : formatAmount(r.used));
  const emitted = new Set<number>();
  t.rows.forEach((row) => {
    if (emitted.has(row.index)) return;
    const group = row.group !== undefined ? t.groups.find((g) => g.group === row.group) : undefined;
    if (!group) {
      emitted.add(row.index);
      rows.push({
        cells: [...(grouped ? [{ text: "" }] : []), { text: own(row.name) }, ...figures(row, usedText(row))],
      });
      return;
    }
    if (group.rowIndices.length === 1) {
      // A group of one row (省本级) is that row: no subtotal; its name spans both columns when it repeats the group.
      const r = t.rows[group.rowIndices[0]];
      emitted.add(r.index);
      const name =
        r.name === group.group
          ? [{ text: own(r.name), colSpan: 2 }]
          : [{ text: own(group.group), align: "center" as const }, { text: own(r.name) }];
      rows.push({
        cells: [...name, ...figures(r, usedText(r))],
      });
      return;
    }
    group.rowIndices.forEach((i, k) => {
      const r = t.rows[i];
      emitted.add(i);
      rows.push({
        cells: [
          ...(k === 0
            ? [{ text: own(group.group), rowSpan: group.rowIndices.length + 1, align: "center" as const }]
            : []),
          { text: own(r.name) },
          ...figures(r, usedText(r)),
        ],
      });
    });
    rows.push({
      total: true,
      cells: [
        { text: R.subtotalShort, bold: true },
        // The sums, or the unit's 小计 where a row's figure is unknown (blank when it gave none).
        ...figures(group.stated, wan(group.stated.used) ?? "", true),
      ],
    });
  });
  const stated = t.stated;
  rows.push({
    total: true,
    cells: [
      { text: R.total, bold: true, ...(grouped ? { colSpan: 2 } : {}) },
      ...figures(stated, wan(stated.used) ?? "", true),
    ],
  });
  return { kind: "table", columns, rows };
}

/** One subsection per fund table: its lead sentence, 单位：万元 and the table. */
function fundTables(ctx: BlockContext, out: Content): void {
  for (const t of ctx.model.fundTables) {
    out.section(own(t.title), (c) => {
      const groups = t.groups.map((g) => own(g.group));
      c.paragraph(
        R.fundLead(
          ctx.year,
          own(t.title),
          wan(t.stated.budget),
          t.hasArrived ? wan(t.stated.arrived) : null,
          t.hasArrived ? pct(t.stated.arrivalRate) : null,
          wan(t.stated.used),
          pct(t.stated.rate),
          // 全年预算 is said where it is known and differs from 年初 (the rate is on it).
          t.stated.adjusted && !(t.stated.budget && t.stated.adjusted.eq(t.stated.budget))
            ? wan(t.stated.adjusted)
            : null,
          t.hasAdjusted && t.stated.adjusted === null,
        ) +
          (t.rateBase === "arrived" ? R.fundBaseArrived : "") +
          (groups.length > 1 && t.dimension === "project" ? R.fundUses(groups.join("、")) : R.fundDetail),
      );
      c.push({ kind: "unitNote", text: R.unitNote });
      c.push(fundTablePlan(t));
    });
  }
}

/** How many of a breakdown's largest items its sentence names. */
const LARGEST = 3;

/**
 * Each breakdown (按支出性质, 按经济分类, 按功能分类, 项目支出明细): a sentence with its total and its
 * largest items with their shares, then the table. An item whose amount is unknown is left out of
 * the sentence and blank in the table (never 0.00); the total is the one the report can state —
 * the items' sum when every item is known, else the unit's own (docs/domain.md §7) — and a share is the
 * model's (item ÷ the breakdown's base), blank when it cannot be computed.
 */
function breakdowns(ctx: BlockContext, out: Content): void {
  for (const b of ctx.model.breakdowns) {
    const known = b.items.filter((i) => i.known);
    if (!known.length) continue;
    const largest = [...known].sort((x, y) => y.amount.comparedTo(x.amount) || x.index - y.index);
    const named = largest
      .slice(0, LARGEST)
      .map((i) => R.breakdownItem(own(i.name), formatAmount(i.amount), pct(i.share)));
    out.paragraph(
      R.breakdownLead(own(b.title), wan(b.stated), R.breakdownLargest(named, known.length > LARGEST)),
    );
    out.push({ kind: "unitNote", text: R.unitNote });
    const cell = (text: string, bold = false) => ({ text, align: "right" as const, bold });
    const rows: TableRowPlan[] = [
      {
        header: true,
        cells: R.breakdownColumns.map((text) => ({ text, align: "center" as const, bold: true })),
      },
      ...b.items.map((i) => ({
        cells: [
          { text: own(i.name) },
          cell(i.known ? formatAmount(i.amount) : ""),
          cell(i.known ? (pct(i.share) ?? "") : ""),
        ],
      })),
    ];
    if (b.stated)
      rows.push({
        total: true,
        cells: [{ text: R.total, bold: true }, cell(formatAmount(b.stated), true), cell("", true)],
      });
    out.push({ kind: "table", columns: [{ width: 54 }, { width: 24 }, { width: 22 }], rows });
  }
}

/** The unit's text for a fund type (三、四、五 of 湖南): 无 only where the unit wrote it. */
const otherFund =
  (key: "governmentFund" | "stateCapital" | "socialInsurance"): BlockFill =>
  (ctx, out) =>
    out.paragraph(own(ctx.dataset.narrative?.otherFunds?.[key]));

/** The other fund types in one line each, where an outline has no section for them. */
function otherFunds(ctx: BlockContext, out: Content): void {
  const given = ctx.dataset.narrative?.otherFunds;
  for (const key of ["governmentFund", "stateCapital", "socialInsurance"] as const) {
    const text = own(given?.[key]);
    if (text) out.paragraph(R.otherFund(R.otherFundLabels[key], text));
  }
}

/** Titled entries become subsections (（一）…), untitled ones paragraphs. */
function titled(entries: readonly { title?: string; text: string }[] | undefined, out: Content): void {
  for (const e of entries ?? []) {
    const title = own(e.title);
    if (title) out.section(title, (c) => c.paragraph(own(e.text)));
    else out.paragraph(own(e.text));
  }
}

const achievements: BlockFill = (ctx, out) => titled(ctx.dataset.narrative?.achievements, out);
const problems: BlockFill = (ctx, out) => titled(ctx.dataset.narrative?.problems, out);
const measures: BlockFill = (ctx, out) => titled(ctx.dataset.narrative?.measures, out);

function application(ctx: BlockContext, out: Content): void {
  out.paragraph(own(ctx.dataset.narrative?.resultApplication));
  out.paragraph(own(ctx.dataset.narrative?.publicity));
}

function other(ctx: BlockContext, out: Content): void {
  out.paragraph(own(ctx.dataset.narrative?.other));
}

/** The drafted 存在的问题, from the findings: numbered after the unit's own points, marked as a draft. */
function problemsDraft(ctx: BlockContext, out: Content): void {
  const drafts = draftPoints(ctx.model, ctx.findings);
  if (!drafts.length) return;
  out.paragraph(R.draftMark, true);
  out.items(drafts, true);
}

/** A threshold as a clerk writes it: 60%, 62.5% (not 60.00%). */
const threshold = (d: Decimal) => `${d.toString()}%`;

/** The findings the draft states as figures that do not add up (尾差 is no problem: left out). */
const MISMATCH_RULES: ReadonlySet<string> = new Set([
  "rate-mismatch",
  "sum-mismatch",
  "balance-mismatch",
  "score-mismatch",
  "grade-mismatch",
]);

/** A figure the draft must not state: 0.00 or a dash standing for an unknown or a nil. */
const UNSTATABLE = /(?<![\d,.])0\.00(?!\d)|(?<![\d])[-–—](?![\d])/u;

/**
 * The findings' own statements of a figure that does not add up — the item, 报送 X and what it
 * should be (按 … 应为 Y) — without the request to the clerk or the tolerance. The report check
 * reads `报送 X … 应为 Y` as a quotation of the finding (docs/domain.md §9): X is checked against the
 * workbook's reported figure, Y against its computed one. Statements with 0.00 or a dash are left out.
 */
function mismatchStatements(findings: readonly Finding[]): string[] {
  return findings
    .filter((f) => MISMATCH_RULES.has(f.rule))
    .map((f) =>
      own(
        f.message
          .split(/，(?:请|超出尾差)/u)[0]
          .replace(/计算应为/u, "应为")
          // 【中医药专项】岳阳市 → 中医药专项中岳阳市; 【中医药专项】合计 → 中医药专项合计.
          .replace(/^【(.+?)】(?=合计)/u, "$1")
          .replace(/^【(.+?)】/u, "$1中")
          .replace(/(?<=[\p{Script=Han}】”])\s+(?=[\p{Script=Han}“])/gu, ""),
      ),
    )
    .filter((text) => text && !UNSTATABLE.test(text));
}

function draftPoints(model: ComputedModel, findings: readonly Finding[]): string[] {
  const P = R.problemsDraft;
  const result: string[] = [];
  const limit = model.settings.lowExecutionThreshold;
  const below = (rate: Decimal | null): rate is Decimal => rate !== null && rate.lt(limit);
  // Low execution by fund table: a table whose total is low first (its rate, then its worst
  // items), then the worst items of the other tables.
  const tables = model.fundTables
    .map((t) => ({
      t,
      rows: t.rows
        .filter((r) => below(r.rate))
        .sort((a, b) => (a.rate as Decimal).comparedTo(b.rate as Decimal) || a.index - b.index),
    }))
    .filter(({ t, rows }) => rows.length || below(t.total.rate))
    .sort((a, b) => Number(below(b.t.total.rate)) - Number(below(a.t.total.rate)));
  if (tables.length) {
    const items = tables
      .map(({ t, rows }) => {
        const worst = rows
          .slice(0, P.worstItems)
          // An item not used at all is named without a rate: the 全年未使用 sentence says so.
          .map((r) => (r.rate?.isZero() ? own(r.name) : P.item(own(r.name), formatRate(r.rate as Decimal))));
        const list = worst.length ? worst.join("、") + (rows.length > P.worstItems ? P.more : "") : null;
        return below(t.total.rate)
          ? P.tableTotal(own(t.title), formatRate(t.total.rate), list)
          : P.tableItems(own(t.title), list ?? "");
      })
      .join("；");
    const zeros = tables.flatMap(({ rows }) => rows.filter((r) => r.rate?.isZero()).map((r) => own(r.name)));
    result.push(P.lowExecution(items, threshold(limit)) + (zeros.length ? P.zero(zeros.join("、")) : ""));
  }
  const be = model.basicExpenditure;
  const overItem = (name: string, actual: Decimal, budget: Decimal) =>
    P.overBudgetItem(name, formatAmount(actual), budget.isZero() ? null : formatAmount(budget));
  const over = [
    ...(model.sangong?.categories ?? [])
      .filter((c) => c.actual && c.budget && c.actual.gt(c.budget))
      .map((c) => overItem(`“三公”经费${R.sangongNames[c.key]}`, c.actual as Decimal, c.budget as Decimal)),
    ...(be?.actual && be.budget && be.actual.gt(be.budget)
      ? [overItem("基本支出", be.actual, be.budget)]
      : []),
  ];
  if (over.length) result.push(P.overBudget(over.join("；")));
  const arrived = model.fundTables.flatMap((t) =>
    t.rows
      // Over the budget in force: 全年预算数 where the row has one, else 预算批复 (as the check).
      .filter(
        (r) => r.arrived && (r.adjusted ?? r.budget) && r.arrived.gt((r.adjusted ?? r.budget) as Decimal),
      )
      .map((r) =>
        (r.adjusted ? P.arrivedOverAdjustedItem : P.arrivedOverItem)(
          own(r.name),
          formatAmount(r.arrived as Decimal),
          formatAmount((r.adjusted ?? r.budget) as Decimal),
        ),
      ),
  );
  if (arrived.length) result.push(P.arrivedOver(arrived.join("；")));
  const mismatches = mismatchStatements(findings);
  if (mismatches.length) result.push(P.mismatchItems(mismatches.join("；")));
  return result;
}

/** Every content block by name, for the outlines to place. */
export const BLOCKS = {
  opening,
  selfEvaluationWork,
  workText: workPart("text"),
  workTeam: workPart("team"),
  workPreparation: workPart("preparation"),
  workImplementation: workPart("implementation"),
  workEvaluation: workPart("evaluation"),
  workSubmission: workPart("submission"),
  workDisclosure: workPart("disclosure"),
  functions,
  organization,
  staffing,
  goals,
  finance,
  breakdowns,
  basicTotal,
  personnel,
  publicFunds,
  sangongSpending,
  sangongUse,
  projectTotals,
  fundTables,
  governmentFund: otherFund("governmentFund"),
  stateCapital: otherFund("stateCapital"),
  socialInsurance: otherFund("socialInsurance"),
  otherFunds,
  score: scoreSentence,
  indicatorSummary,
  indicatorDimensions,
  scoreClosing,
  achievements,
  problems,
  problemsDraft,
  measures,
  application,
  other,
} as const satisfies Record<string, BlockFill>;

export type BlockId = keyof typeof BLOCKS;
