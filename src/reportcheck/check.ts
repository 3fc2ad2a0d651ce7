/**
 * The report check (docs/domain.md §9): the figures of a report's text against the workbook's model, and
 * against each other.
 * - `report-figure-mismatch` (error; info within 尾差): an attributed figure differs from the
 *   model's figure for the same item, compared at the precision the text writes it with. A figure
 *   the model does not have (unknown, null) is nothing to compare.
 * - `report-self-inconsistent` (error): the same item stated twice with different figures (when
 *   the workbook has the item, the comparison with it says which statement is wrong instead).
 * - `report-rate-inconsistent` (error): a rate does not follow from the amounts stated beside it
 *   (the same sentence, paragraph or table row; a share's base anywhere in the document).
 * Figures that cannot be attributed are counted and listed, never flagged.
 */
import {
  AMOUNT_UNITS,
  Dec,
  RULES,
  runRules,
  formatAmount,
  fromWan,
  percentMatches,
  round,
  sumTolerance,
  type AmountUnit,
  type ComputedModel,
  type BreakdownModel,
  type Decimal,
  type Finding,
  type FundTableModel,
  type NumCell,
  type Severity,
} from "../domain";
import { reportCheckText as T } from "../i18n";
import { attribute, normalName, type Attribution, type Located, type Quote } from "./attribute";
import { layout } from "./layout";
import {
  FigureKind,
  type AttributedFigure,
  type ReportCheckResult,
  type ReportFinding,
  type ReportRuleId,
  type SubjectRef,
  type TextBlock,
} from "./types";
import {
  fundFigure,
  RATE_FORMULAS,
  staticFigure,
  type Measure,
  type ModelFigure,
  type RateFormula,
  type RatePart,
} from "./vocabulary";

/** Options of a report check. */
export interface ReportCheckOptions {
  /** The workbook's computed model to compare with; without it the text is checked against itself. */
  readonly model?: ComputedModel;
  /**
   * The workbook's findings (the dataset check's), which a quotation in the text (报送 X … 应为 Y)
   * must repeat; computed from `model` when not given.
   */
  readonly findings?: readonly Finding[];
}

/** The findings a report may quote (报送 X … 应为 Y): figures of the unit's that do not add up. */
const QUOTABLE: ReadonlySet<string> = new Set(["rate-mismatch", "sum-mismatch", "score-mismatch"]);

/** A finding's figure as plain decimal text (`45.62`, `80`), or null. */
function findingNumber(text: string | undefined): Decimal | null {
  if (text === undefined || !/^-?\d+(?:\.\d+)?$/u.test(text.replace(/,/gu, ""))) return null;
  return new Dec(text.replace(/,/gu, ""));
}

/**
 * A quoted reported figure is right when the workbook has a finding that states it: the unit
 * reported exactly this figure (at the precision written) and the finding's expected figure is the
 * item's own in the workbook. Any other figure after 报送 — retyped, or an error the workbook does
 * not have — is no quotation.
 */
function quotesFinding(f: Figure, item: ModelFigure, findings: readonly Finding[]): boolean {
  return findings.some((x) => {
    if (!QUOTABLE.has(x.rule)) return false;
    const reported = findingNumber(x.reported);
    const expected = findingNumber(x.expected);
    if (!reported || !expected || f.number.value === null || !reported.eq(f.number.value)) return false;
    return round(item.value, expected.decimalPlaces()).eq(expected);
  });
}

/** An attributed figure with where it sits in the layout (the public shape is `AttributedFigure`). */
type Figure = AttributedFigure & Located & { readonly quote?: Quote };

/** The key of a subject: `basic`, `fund:公共卫生专项`, `fund:中医药专项/row:长沙市`, `fund:…/group:市州`. */
export function subjectKey(s: SubjectRef): string {
  if (s.kind === "static") return s.id;
  if (s.row !== undefined) return `fund:${s.name}/row:${s.row}`;
  if (s.group !== undefined) return `fund:${s.name}/group:${s.group}`;
  return `fund:${s.name}`;
}

/** The item as a clerk names it. */
function itemName(s: SubjectRef, measure: Measure): string {
  const subject =
    s.kind === "static"
      ? T.subjects[s.id]
      : [
          s.name.startsWith("表") && s.table ? T.table(s.table) : s.name,
          s.group ? T.subtotalOf(s.group) : s.row,
        ]
          .filter(Boolean)
          .join(" · ");
  return `${subject} · ${T.measures[measure]}`;
}

/**
 * Prose names a row of a table by its name alone (降消项目实际到位 218.33 万元): such a subject is that
 * row when exactly one row of the document's tables has that name, that table when it is a
 * table's name; when several rows have it, the figure is not attributed.
 */
function resolveProse(attributions: readonly Attribution[], tableSubjects: ReadonlyMap<number, string>) {
  const tables = new Set(tableSubjects.values());
  const rows = new Map<string, SubjectRef[]>();
  for (const a of attributions) {
    const s = a.subject;
    if (s.kind === "fund" && s.row !== undefined && s.table !== undefined) {
      // 省本级 and 省本级#2 are both 省本级: prose naming it is then ambiguous.
      const name = s.row.split("#")[0];
      const list = rows.get(name) ?? [];
      if (!list.some((r) => r.kind === "fund" && r.name === s.name && r.row === s.row)) list.push(s);
      rows.set(name, list);
    }
  }
  return attributions.flatMap((a): Attribution[] => {
    const s = a.subject;
    if (a.quote && s.kind === "fund" && s.row === undefined) {
      const resolved = resolveQuoted(s.name, tables, rows);
      return resolved ? [{ ...a, subject: resolved }] : [];
    }
    if (s.kind !== "fund" || s.table !== undefined || s.row !== undefined || s.group !== undefined)
      return [a];
    if (tables.has(s.name)) return [a];
    const matches = rows.get(s.name) ?? [];
    if (matches.length === 1) return [{ ...a, subject: matches[0] }];
    // A name several rows have (two 市直): which one the prose means cannot be told; not attributed.
    return matches.length > 1 ? [] : [a];
  });
}

/**
 * The item a quotation names (中医药专项中岳阳市, 中医药专项合计, 按经济分类中对个人和家庭的补助):
 * a table of the document, its 合计, one of its rows (表名中行名) or a 小计, or a row only one table
 * has. Anything else is not attributed: a quotation is never guessed at.
 */
function resolveQuoted(
  name: string,
  tables: ReadonlySet<string>,
  rows: ReadonlyMap<string, readonly SubjectRef[]>,
): SubjectRef | null {
  const total = name.replace(/合计$/u, "");
  /** The row of that name in that table; none when the table has two of that name (市直, 市直#2). */
  const rowOf = (table: string, item: string) => {
    const named = (rows.get(item) ?? []).filter((r) => r.kind === "fund" && r.name === table);
    return named.length === 1 ? named[0] : undefined;
  };
  // A row named 合计 reads as the table's 合计: which one is meant cannot be told.
  const hasRow = (table: string, item: string) =>
    (rows.get(item) ?? []).some((r) => r.kind === "fund" && r.name === table);
  if (tables.has(total))
    return total === name || !hasRow(total, "合计") ? { kind: "fund", name: total } : null;
  for (let at = name.indexOf("中", 1); at > 0; at = name.indexOf("中", at + 1)) {
    const table = name.slice(0, at);
    const item = normalName(name.slice(at + 1));
    if (!tables.has(table) || !item) continue;
    if (/小计$/u.test(item)) {
      // A group's 小计 (市州小计), unless a row is so named: which one is meant cannot be told.
      const group = normalName(item.replace(/小计$/u, ""));
      return group && !hasRow(table, item) ? { kind: "fund", name: table, group } : null;
    }
    const row = rowOf(table, item);
    if (row) return row;
  }
  const only = rows.get(name) ?? [];
  return only.length === 1 ? only[0] : null;
}

/** The model's fund tables by normalised title, and a resolver of fund subjects to model figures. */
function fundResolver(model: ComputedModel) {
  const byTitle = (name: string): FundTableModel | undefined => {
    const exact = model.fundTables.filter((t) => normalName(t.title) === name);
    if (exact.length === 1) return exact[0];
    const partial = model.fundTables.filter((t) => {
      const title = normalName(t.title);
      const shorter = Math.min(title.length, name.length);
      return shorter >= 3 && (title.includes(name) || name.includes(title));
    });
    return partial.length === 1 ? partial[0] : undefined;
  };
  const rowsNamed = (t: FundTableModel, name: string) => t.rows.filter((r) => normalName(r.name) === name);
  return (s: SubjectRef, measure: Measure): ModelFigure | null => {
    if (s.kind !== "fund") return null;
    const breakdowns = model.breakdowns.filter((b) => normalName(b.title) === s.name);
    if (breakdowns.length === 1 && s.group === undefined)
      return breakdownFigure(model, breakdowns[0], s.row, measure);
    const table = byTitle(s.name);
    const raw = table ? model.dataset.fundTables?.[table.index] : undefined;
    const num = (c: NumCell | undefined) => c?.value ?? null;
    if (table && s.row === undefined && s.group === undefined) {
      const r = raw?.reportedTotal;
      return fundFigure(
        table.total,
        measure,
        {
          budget: num(r?.budget),
          arrived: num(r?.arrived),
          used: num(r?.used),
          adjusted: num(r?.adjustedBudget),
        },
        table.rows.length,
      );
    }
    if (table && s.group !== undefined) {
      const g = table.groups.find((x) => normalName(x.group) === s.group);
      if (!g) return null;
      const r = raw?.reportedSubtotals?.find((x) => normalName(x.group) === s.group);
      return fundFigure(
        g,
        measure,
        {
          budget: num(r?.budget),
          arrived: num(r?.arrived),
          used: num(r?.used),
          adjusted: num(r?.adjustedBudget),
        },
        g.rowIndices.length,
      );
    }
    // 市直#2: the second row of that name in the table.
    const [rowName, nth] = (s.row ?? s.name).split("#");
    if (table) {
      const rows = rowsNamed(table, rowName);
      const row = nth ? rows[Number(nth) - 1] : rows.length === 1 ? rows[0] : undefined;
      return row ? fundFigure(row, measure) : null;
    }
    const candidates = model.fundTables.flatMap((t) => rowsNamed(t, rowName));
    return candidates.length === 1 ? fundFigure(candidates[0], measure) : null;
  };
}

/**
 * A breakdown's figure: its total as the report states it (the items' sum, or the unit's total
 * when items are missing or within 尾差), an item's amount when known, an item's share (item ÷ the
 * breakdown's base). Unknown is null: nothing to compare.
 */
function breakdownFigure(
  model: ComputedModel,
  b: BreakdownModel,
  row: string | undefined,
  measure: Measure,
): ModelFigure | null {
  const given = model.dataset.breakdowns?.[b.index];
  if (row === undefined) {
    if (measure !== "amount" || b.stated === null) return null;
    return {
      value: b.stated,
      reported: given?.reportedTotal?.value ?? null,
      parts: b.items.length,
      alternates: b.items.every((i) => i.known) ? [b.total] : [],
    };
  }
  const [name, nth] = row.split("#");
  const named = b.items.filter((i) => normalName(i.name) === name);
  const item = nth ? named[Number(nth) - 1] : named.length === 1 ? named[0] : undefined;
  if (!item?.known) return null;
  if (measure === "amount") return { value: item.amount };
  if (measure === "share" && item.share) return { value: item.share };
  return null;
}

/**
 * The statement the others are compared with: the one most statements agree with; among equals, a
 * table's (tables are pasted from the workbook, prose is retyped), then the first in the document.
 */
function reference(list: readonly Figure[]): Figure {
  const support = (f: Figure) => list.filter((g) => samePrecise(f, g)).length;
  return [...list].sort(
    (a, b) =>
      support(b) - support(a) || Number(b.anchor.cell !== undefined) - Number(a.anchor.cell !== undefined),
  )[0];
}

/** Two figures say the same at the coarser of their precisions (14,660 万元 and 14,660.00 万元 do). */
function samePrecise(a: Figure, b: Figure): boolean {
  const places = (f: Figure) => f.number.decimals - (f.kind === FigureKind.amount ? exponent(f.unit) : 0);
  const p = Math.min(places(a), places(b));
  const at = (v: Decimal) => (p >= 0 ? round(v, p) : round(v.div(new Dec(10).pow(-p)), 0));
  return at(a.value).eq(at(b.value));
}

const exponent = (unit: string) => AMOUNT_UNITS[unit as AmountUnit] ?? 0;

/** The model's value as the report would write it, for messages and `expected`. */
function formatExpected(value: Decimal, kind: FigureKind, unit: string): string {
  switch (kind) {
    case FigureKind.amount:
      return `${formatAmount(value)} 万元`;
    case FigureKind.rate:
      return `${round(value).toFixed(2)}%`;
    case FigureKind.score:
      return `${round(value).toFixed(2)} 分`;
    default:
      return `${formatAmount(value, 0)} ${unit}`;
  }
}

/** True when a text figure equals a model value at the text's precision (in the text's unit). */
function matches(f: Figure, value: Decimal): boolean {
  const inUnit =
    f.kind === FigureKind.amount && f.unit !== "万元" ? fromWan(value, f.unit as "亿元" | "元") : value;
  return f.number.value !== null && round(inUnit, f.number.decimals).eq(f.number.value);
}

/** Where a figure is, as a message says it. */
function where(
  f: { readonly anchor: AttributedFigure["anchor"] },
  tableNames: ReadonlyMap<number, string>,
): string {
  const c = f.anchor.cell;
  if (!c) return T.paragraph(f.anchor.paragraph);
  const name = tableNames.get(c.table);
  return T.cell(c.table, c.row, name && !name.startsWith("表") ? name : undefined);
}

/** Checks a report's text blocks, against a workbook's model when one is given. */
export function checkReport(
  blocks: readonly TextBlock[],
  options: ReportCheckOptions = {},
): ReportCheckResult {
  const items = layout(blocks);
  const read = attribute(items, blocks);
  const attributions = resolveProse(read.attributed, read.tableSubjects);
  const attributed: Figure[] = attributions.map((a) => ({
    ...a.figure,
    // A quoted reported figure is not the item's figure: a key of its own.
    key: `${subjectKey(a.subject)}/${a.measure}${a.quote === "reported" ? "/reported" : ""}`,
    item: itemName(a.subject, a.measure) + (a.quote === "reported" ? T.reportedQuote : ""),
    subject: a.subject,
    measure: a.measure,
    ...(a.quote ? { quote: a.quote } : {}),
  }));
  const done = new Set(attributions.map((a) => a.figure));
  const unattributed = read.figures.filter((f) => !done.has(f));
  const findings: ReportFinding[] = [];
  const finding = (
    rule: ReportRuleId,
    f: Figure,
    message: string,
    extra: { expected?: string; otherParagraph?: number; severity?: Severity } = {},
  ) =>
    findings.push({
      rule,
      severity: extra.severity ?? RULES[rule],
      message,
      paragraph: f.anchor.paragraph,
      excerpt: f.excerpt,
      reported: f.written,
      ...(extra.expected !== undefined ? { expected: extra.expected } : {}),
      ...(extra.otherParagraph !== undefined ? { otherParagraph: extra.otherParagraph } : {}),
      anchor: f.anchor,
    });

  // 1. Against the workbook.
  const modelKeys = new Set<string>();
  let compared = 0;
  const model = options.model;
  if (model) {
    const fund = fundResolver(model);
    const known = options.findings ?? runRules(model);
    for (const f of attributed) {
      const figure =
        f.subject.kind === "static"
          ? staticFigure(model, f.subject.id, f.measure)
          : fund(f.subject, f.measure);
      if (!figure) continue;
      modelKeys.add(f.key);
      compared++;
      if (f.quote === "reported") {
        if (quotesFinding(f, figure, known)) continue;
        const expected = formatExpected(figure.value, f.kind, f.unit);
        finding(
          "report-figure-mismatch",
          f,
          T.messages.quoteUnknown(where(f, read.tableSubjects), f.item, f.written, expected),
          { expected },
        );
        continue;
      }
      if (matches(f, figure.value) || (figure.alternates ?? []).some((v) => matches(f, v))) continue;
      const tolerance = sumTolerance(figure.parts ?? 1);
      const reported = figure.reported;
      if (
        reported &&
        matches(f, reported) &&
        reported.minus(figure.value).abs().lte(tolerance) &&
        (figure.parts ?? 1) > 1
      )
        continue;
      const expected = formatExpected(figure.value, f.kind, f.unit);
      const within = (figure.parts ?? 1) > 1 && f.value.minus(figure.value).abs().lte(tolerance);
      finding(
        "report-figure-mismatch",
        f,
        within
          ? T.messages.rounding(where(f, read.tableSubjects), f.item, f.written, expected)
          : T.messages.mismatch(where(f, read.tableSubjects), f.item, f.written, expected),
        { expected, ...(within ? { severity: "info" as const } : {}) },
      );
    }
  }

  // 2. Against itself: an item the workbook does not settle, stated with different figures.
  const groups = new Map<string, Figure[]>();
  for (const f of attributed) {
    if (modelKeys.has(f.key)) continue;
    const list = groups.get(f.key) ?? [];
    list.push(f);
    groups.set(f.key, list);
  }
  for (const list of groups.values()) {
    const first = reference(list);
    for (const f of list) {
      if (f === first || samePrecise(first, f)) continue;
      finding(
        "report-self-inconsistent",
        f,
        T.messages.selfInconsistent(
          where(f, read.tableSubjects),
          f.item,
          f.written,
          where(first, read.tableSubjects),
          first.written,
        ),
        { expected: first.written, otherParagraph: first.anchor.paragraph },
      );
    }
  }

  // 3. Rates against the amounts stated beside them.
  for (const f of attributed) {
    // A quoted reported rate is wrong by what the quotation says: its amounts do not give it.
    if (f.kind !== FigureKind.rate || f.quote === "reported") continue;
    const formula = RATE_FORMULAS.find((r) => formulaApplies(r, f));
    if (!formula) continue;
    const result = checkRate(f, formula, attributed);
    if (!result) continue;
    const expected = `${round(result.value).toFixed(2)}%`;
    const amountsAt = result.sameRow
      ? T.sameRow
      : result.paragraph === f.anchor.paragraph
        ? T.sameParagraph
        : result.where;
    finding(
      "report-rate-inconsistent",
      f,
      T.messages.rateInconsistent(
        where(f, read.tableSubjects),
        f.item,
        f.written,
        amountsAt,
        result.formula,
        expected,
      ),
      { expected, ...(result.paragraph !== f.anchor.paragraph ? { otherParagraph: result.paragraph } : {}) },
    );
  }

  findings.sort((a, b) => a.paragraph - b.paragraph);
  return { findings, figures: read.figures, attributed, unattributed, compared };
}

function formulaApplies(r: RateFormula, f: Figure): boolean {
  if (r.measure !== f.measure) return false;
  if (r.subjects) return f.subject.kind === "static" && r.subjects.includes(f.subject.id);
  return f.subject.kind === "fund";
}

/** A rate that does not follow from its amounts: what it should be and from which amounts. */
function checkRate(
  f: Figure,
  formula: RateFormula,
  all: readonly Figure[],
): { value: Decimal; formula: string; paragraph: number; where: string; sameRow: boolean } | null {
  const own = f.context;
  const keyOf = (part: RatePart) =>
    typeof part === "string" ? `${subjectKey(f.subject)}/${part}` : `${part.subject}/${part.measure}`;
  /** The figure of a term: in the same table row; else the same sentence, then paragraph; else (a base) anywhere. */
  const find = (part: RatePart, anywhere: boolean): Figure | undefined => {
    const key = keyOf(part);
    const same = all.filter((g) => g.key === key && g.kind !== FigureKind.rate);
    if (own.row !== undefined) {
      const inRow = same.find((g) => g.context.item === own.item && g.context.row === own.row);
      if (inRow || !anywhere) return inRow;
    }
    const inSentence = same.filter(
      (g) =>
        g.context.item === own.item && g.context.sentence === own.sentence && g.context.row === undefined,
    );
    if (inSentence.length) return nearest(inSentence, f);
    const inParagraph = same.filter((g) => g.context.item === own.item && g.context.row === undefined);
    if (inParagraph.length) return nearest(inParagraph, f);
    return anywhere ? same[0] : undefined;
  };
  const candidates: { part: Figure; whole: Figure }[] = [];
  for (const [num, den] of formula.parts) {
    const whole = find(den, formula.anywhere === true && typeof den !== "string");
    const part = find(num, false);
    if (part && whole && !whole.value.isZero()) candidates.push({ part, whole });
  }
  if (!candidates.length) return null;
  const numerator = (c: { part: Figure; whole: Figure }) =>
    formula.difference ? c.part.value.minus(c.whole.value) : c.part.value;
  if (candidates.some((c) => percentMatches(f.number, numerator(c), c.whole.value))) return null;
  const first = candidates[0];
  const value = numerator(first).div(first.whole.value).times(100);
  const formulaText = formula.difference
    ? T.formulaChange(first.part.written, first.whole.written)
    : T.formula(
        T.measures[first.part.measure],
        first.part.written,
        T.measures[first.whole.measure],
        first.whole.written,
      );
  const far = first.whole.anchor.paragraph !== f.anchor.paragraph ? first.whole : first.part;
  const sameRow =
    own.row !== undefined && first.whole.context.row === own.row && first.whole.context.item === own.item;
  return {
    value,
    formula: formulaText,
    paragraph: sameRow ? f.anchor.paragraph : far.anchor.paragraph,
    sameRow,
    where: T.paragraph(far.anchor.paragraph),
  };
}

/** The figure of a list nearest before `f` in the document (the first one when none is before). */
function nearest(list: readonly Figure[], f: Figure): Figure {
  const before = list.filter(
    (g) => g.context.item < f.context.item || (g.context.item === f.context.item && g.start <= f.start),
  );
  return before.length ? before[before.length - 1] : list[0];
}
