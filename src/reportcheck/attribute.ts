/**
 * Attribution: what each figure is about. A figure's *label* is the text between the previous
 * figure and this one; the words at its end say what is measured (本年收入, 预算执行率), the words
 * before them whose (项目支出, 公务接待费, or a named item such as 公共卫生专项). What a label leaves
 * out is carried: the subject through the sentence and to the next one (项目支出（含…）年初结转和结余
 * …，本年收入 … → 项目支出 · 本年收入), the measure to items listed after it (年初预算批复资金 903 万元，
 * 其中：独生子女保健费 735 万元), the section's subject from its heading. Inside 其中/具体包括 a figure
 * whose subject is not named is a part of the figure before (2023 年度结转资金 … 中支出 87.83 万元) and
 * is not attributed. Table cells take their measure from the column header and their subject from
 * the row (合计 → the table's subject, 小计 → its group, a row → that row).
 */
import { cellFigure, findFigures, type RawFigure } from "./figures";
import { headingText, sentences, type LayoutItem, type LayoutTable, type LogicalParagraph } from "./layout";
import { FigureKind, type FigureAnchor, type SubjectRef, type TextBlock } from "./types";
import {
  canonicalMeasure,
  familyOf,
  MEASURES,
  VOCABULARY,
  type Measure,
  type StaticSubject,
} from "./vocabulary";

/** A figure found in the document, with where it is and (when attributed) what it is about. */
export interface Located extends RawFigure {
  readonly anchor: FigureAnchor;
  readonly excerpt: string;
  /** The paragraph (layout item index) and sentence, or the table row, it belongs to. */
  readonly context: { readonly item: number; readonly sentence: number; readonly row?: number };
  readonly written: string;
}

/**
 * A figure that quotes a finding of the workbook (the drafted 存在的问题: `中医药专项中岳阳市报送执行率
 * 45.62%，按 37.86 ÷ 83.00 应为 45.61%`): `reported` is the unit's wrong figure (报送 X), `expected`
 * what it should be (应为 Y). A reported quote is not the item's figure: it is checked against the
 * workbook's findings, never against the item's other statements.
 */
export type Quote = "reported" | "expected";

/** An attributed figure before its key is resolved against the document's tables. */
export interface Attribution {
  readonly figure: Located;
  readonly subject: SubjectRef;
  readonly measure: Measure;
  /** Set when the figure quotes a finding; its subject is then resolved strictly (or dropped). */
  readonly quote?: Quote;
}

export interface AttributionResult {
  readonly figures: readonly Located[];
  readonly attributed: readonly Attribution[];
  /** The subject each document table was read as (by table number). */
  readonly tableSubjects: ReadonlyMap<number, string>;
}

type Subject =
  | { readonly kind: "static"; readonly id: StaticSubject }
  /** A named item; `row` an item of it (a breakdown's line: 按经济分类 · 工资福利支出). */
  | { readonly kind: "fund"; readonly name: string; readonly row?: string };

const YEAR = /\d{4}\s*年(?:度)?/gu;
const LEADING =
  /^(?:其中|具体包括|包括|即|含|其|系|全年|本年度|本年|当年|年内|我委|我局|我单位|本单位|本部门|纳入[^，。]*?的)+/u;
const SCOPE = /其中|具体包括|包括[：:]/u;
/** Clause marks of Chinese text (full-width: an ASCII , or : is part of a name or a figure). */
const CLAUSE = /[，：、]/u;
const TOTAL = /^(?:合计|总计|总合计)$/u;
const TARGET = /^\s*(?:及)?(?:以上|以下|左右|以内|之内|之间)/u;

/** A fund item's name as the check compares names: no spaces, without 项目/资金 at its end. */
export function normalName(name: string): string {
  let n = name.replace(/[\s\u3000]+/gu, "");
  for (const suffix of ["专项资金", "项目资金", "资金", "项目"])
    if (n.endsWith(suffix) && n.length - suffix.length >= 2) n = n.slice(0, -suffix.length);
  return n;
}

/** The longest vocabulary word at the end of a text. */
function wordAtEnd<E extends { readonly words: readonly string[] }, T>(
  text: string,
  entries: readonly E[],
  pick: (e: E) => T,
) {
  let best: { value: T; length: number } | undefined;
  for (const e of entries)
    for (const w of e.words)
      if (text.endsWith(w) && (!best || w.length > best.length)) best = { value: pick(e), length: w.length };
  return best;
}

/** The last static subject named in a text (longest word at each place). */
function lastSubject(text: string): StaticSubject | undefined {
  let best: { subject: StaticSubject; end: number; length: number } | undefined;
  for (const e of VOCABULARY.subjects)
    for (const w of e.words) {
      const at = text.lastIndexOf(w);
      if (at < 0) continue;
      const end = at + w.length;
      if (!best || end > best.end || (end === best.end && w.length > best.length))
        best = { subject: e.subject, end, length: w.length };
    }
  return best?.subject;
}

/** The label with what sits between it and the figure (为, 达, 共 …) and spaces removed. */
function stripFillers(text: string): string {
  let t = text.replace(/[\s\u3000]+/gu, "");
  for (let prev = ""; prev !== t;) {
    prev = t;
    t = t.replace(VOCABULARY.fillers, "");
  }
  return t;
}

/** A named item in the words before a measure, or null when they are not a name. */
function itemName(text: string): string | null {
  const t = text
    .replace(YEAR, "")
    .replace(/[\s\u3000]+/gu, "")
    .replace(LEADING, "")
    // A list's item with its figure in brackets (湘西州（14.09%）): the bracket is no part of the name.
    .replace(/[（(]$/u, "");
  if (t.length < 2 || t.length > 30) return null;
  if (!/[\u4e00-\u9fff]/u.test(t) || /^\d/u.test(t)) return null;
  if (VOCABULARY.generic.has(t) || VOCABULARY.generic.has(normalName(t))) return null;
  if (VOCABULARY.notAName.test(t.replace(/（[^）]*）|\([^)]*\)/gu, ""))) return null;
  return t;
}

/** What the end of a label says: a measure (with what precedes it) or a subject. */
interface LabelReading {
  readonly measure?: Measure;
  /** The unit decides the measure (接待 119 批次). */
  readonly byUnit?: boolean;
  /** The subject the label names (static or a named item). */
  readonly subject?: Subject;
  /** The label has words the vocabulary cannot read (no measure, no subject, not empty). */
  readonly unknown: boolean;
}

function readLabel(clause: string, kind: FigureKind): LabelReading {
  const t = stripFillers(clause);
  const share = VOCABULARY.shareOf.exec(t);
  const measure = wordAtEnd(t, VOCABULARY.measures, (e) => e);
  const subject = wordAtEnd(t, VOCABULARY.subjects, (e) => e.subject);
  const shareLength = share ? share[0].length : 0;
  const measureLength = Math.max(measure?.length ?? 0, shareLength);
  if (subject && subject.length > measureLength) {
    // 工资福利支出, 项目支出: the label ends with a subject, what is measured comes from before.
    return { subject: { kind: "static", id: subject.value }, unknown: false };
  }
  if (measureLength > 0) {
    const useShare = shareLength > (measure?.length ?? 0);
    const m = useShare ? undefined : measure?.value;
    const rest = t.slice(0, t.length - measureLength);
    const named = lastSubject(rest);
    const reading = {
      measure: useShare ? ("share" as Measure) : (m?.measure as Measure),
      ...(m?.byUnit ? { byUnit: true } : {}),
    };
    if (m?.subject) {
      // 编制数 is 人员编制's whatever the words before it (年初部门预算核定批复我委…在职人员编制数).
      const same = named !== undefined && familyOf(named) === familyOf(m.subject);
      return { ...reading, subject: { kind: "static", id: same ? named : m.subject }, unknown: false };
    }
    if (named) return { ...reading, subject: { kind: "static", id: named }, unknown: false };
    const cleaned = rest.replace(YEAR, "").replace(LEADING, "");
    if (!cleaned) return { ...reading, unknown: false };
    const name = kind === FigureKind.amount || kind === FigureKind.rate ? itemName(rest) : null;
    if (name) return { ...reading, subject: { kind: "fund", name }, unknown: false };
    // Words before the measure that are neither a subject nor a name: 四级手术占比同比增长 is no share of anything.
    return { ...reading, unknown: true };
  }
  const named = lastSubject(t);
  if (named) return { subject: { kind: "static", id: named }, unknown: false };
  const name = kind === FigureKind.amount || kind === FigureKind.rate ? itemName(t) : null;
  if (name) return { subject: { kind: "fund", name }, unknown: false };
  return { unknown: t.replace(YEAR, "").replace(LEADING, "") !== "" };
}

const subjectKind = (s: Subject | null): StaticSubject | null => (s?.kind === "static" ? s.id : null);

/** Default measure of a subject named alone (基本支出 84,659.42 万元 is its expenditure). */
function defaultMeasure(subject: Subject): Measure | undefined {
  if (subject.kind !== "static") return undefined;
  switch (familyOf(subject.id)) {
    case "finance":
    case "part":
      return "spent";
    default:
      return undefined;
  }
}

/** The subject a heading names: a vocabulary subject, or a fund when it reads like one. */
function headingSubject(text: string, tableFollows: boolean): Subject | null {
  const t = headingText(text).replace(/(?:情况说明|情况|说明)$/u, "");
  const named = lastSubject(t);
  if (named) return { kind: "static", id: named };
  const name = itemName(t);
  if (name && (tableFollows || VOCABULARY.fundSuffix.test(name))) return { kind: "fund", name };
  return null;
}

/** The subject a figure is attributed to (a named item's name normalised). */
function toRef(s: Subject): SubjectRef {
  if (s.kind === "static") return s;
  return {
    kind: "fund",
    name: normalName(s.name),
    ...(s.row !== undefined ? { row: normalName(s.row) } : {}),
  };
}

/** 合计 as a breakdown's lead writes it before its total. */
const BREAKDOWN_TOTAL = /^(?:合计|共计|总计)(?:为|是)?$/u;
/** Where a breakdown's items start when no total comes first (其中 …). */
const BREAKDOWN_ITEMS = /^其中[:：]?$/u;

/**
 * The name of a breakdown a sentence leads (`按经济分类，合计 3,194.99 万元，其中 …` or
 * `按功能分类，其中卫生健康支出 …`): a name of its own as the first clause, then 合计 before the first
 * figure or 其中 before the first item. Null for any other sentence. A name that is a word of the
 * vocabulary (基本支出, 一般公共预算财政拨款支出) is no breakdown: that sentence is the 收支 one.
 */
export function breakdownName(head: string): string | null {
  const clauses = head
    .replace(YEAR, "")
    .split(CLAUSE)
    .map((c) => c.replace(/[\s\u3000]+/gu, ""));
  if (clauses.length < 2) return null;
  const name = clauses[0];
  const rest = clauses.slice(1);
  const lead =
    (rest.length === 1 && BREAKDOWN_TOTAL.test(rest[0])) ||
    (rest.length === 1 && /^其中[^:：]/u.test(rest[0])) ||
    (rest.length === 2 && BREAKDOWN_ITEMS.test(rest[0]));
  if (!lead || name.length < 2 || name.length > 30) return null;
  if (!/[\u4e00-\u9fff]/u.test(name) || /[0-9０-９%％]/u.test(name)) return null;
  if (VOCABULARY.generic.has(name) || LEADING.test(name)) return null;
  const vocabulary = [...VOCABULARY.subjects, ...VOCABULARY.measures].flatMap((e) => e.words);
  return vocabulary.includes(name) ? null : name;
}

/** 报送 before a measure: the figure is the unit's reported one, quoted (报送占比 43.46%). */
const REPORTED = /^(.*)报送(.+)$/u;
/** 应为 before a figure: what the quoted reported figure should be. */
const CORRECTED = /应$/u;

/** Reads the figures of a document and attributes each one it can. */
export function attribute(items: readonly LayoutItem[], blocks: readonly TextBlock[]): AttributionResult {
  const figures: Located[] = [];
  const attributed: Attribution[] = [];
  const tableSubjects = new Map<number, string>();
  let section: Subject | null = null;
  /** The named item the latest paragraph was about (a table after it is that item's). */
  let lastFund: Subject | null = null;

  const anchorOf = (p: LogicalParagraph, start: number, end: number): FigureAnchor => {
    const block = p.blockOf[start];
    const from = p.offsetOf[start];
    let to = from;
    for (let i = start; i < end && p.blockOf[i] === block; i++) to = p.offsetOf[i] + 1;
    const blockText = blocks[block].text;
    const text = blockText.slice(from, to);
    let occurrence = 0;
    for (let at = blockText.indexOf(text); at >= 0 && at < from; at = blockText.indexOf(text, at + 1))
      occurrence++;
    const b = blocks[block];
    return { paragraph: b.paragraph, ...(b.cell ? { cell: b.cell } : {}), text, occurrence };
  };

  const excerptOf = (text: string, start: number, end: number, figStart: number): string => {
    const sentence = text.slice(start, end).trim();
    if (sentence.length <= 120) return sentence;
    const from = Math.max(start, figStart - 50);
    const to = Math.min(end, figStart + 50);
    return `${from > start ? "…" : ""}${text.slice(from, to).trim()}${to < end ? "…" : ""}`;
  };

  items.forEach((item, itemIndex) => {
    if (item.kind === "table") {
      readTable(item, itemIndex);
      return;
    }
    if (item.heading) {
      const after = items.slice(itemIndex + 1);
      const nextAt = after.findIndex((i) => i.kind === "table" || i.heading !== undefined);
      // A table after a breakdown's lead is the breakdown's, not the heading's.
      const tableFollows =
        nextAt >= 0 &&
        after[nextAt].kind === "table" &&
        !after.slice(0, nextAt).some((i) => i.kind === "paragraph" && leadOf(i.text) !== null);
      section = headingSubject(item.text, tableFollows);
      if (section?.kind === "fund") lastFund = section;
      return;
    }
    readParagraph(item, itemIndex);
  });

  /** A figure of the sentence [s, e) of a paragraph, placed in the document and listed. */
  function place(
    f: RawFigure,
    p: LogicalParagraph,
    [s, e]: [number, number],
    itemIndex: number,
    sentenceIndex: number,
  ): Located {
    const located: Located = {
      ...f,
      anchor: anchorOf(p, f.start, f.end),
      excerpt: excerptOf(p.text, s, e, f.start),
      context: { item: itemIndex, sentence: sentenceIndex },
      written: written(f),
    };
    figures.push(located);
    return located;
  }

  function readParagraph(p: LogicalParagraph, itemIndex: number): void {
    const raw = findFigures(p.text);
    let carried: Subject | null = section;
    let firstFund: Subject | null = null;
    sentences(p.text).forEach(([s, e], sentenceIndex) => {
      const inSentence = raw.filter((x) => x.start >= s && x.start < e);
      const breakdown = inSentence.length ? breakdownName(p.text.slice(s, inSentence[0].start)) : null;
      if (breakdown !== null) {
        readBreakdown(p, itemIndex, [s, e], sentenceIndex, breakdown, inSentence);
        firstFund ??= { kind: "fund", name: breakdown };
        return;
      }
      let subject = carried;
      /** A quoted reported figure (报送 X) waiting for what it should be (应为 Y). */
      let quoted: { subject: Subject; measure: Measure; kind: FigureKind } | null = null;
      let closingPhase = false;
      let lastMeasure: Measure | undefined;
      /** A 其中/具体包括 list: the figure it is about, and the subjects its items name. */
      let scope: { head: Subject | null; measure: Measure | undefined; names: Set<string> } | null = null;
      let prev = s;
      for (const f of inSentence) {
        const located = place(f, p, [s, e], itemIndex, sentenceIndex);
        let label = p.text.slice(prev, f.start);
        prev = f.end;
        // A target (90%以上, 12/10万以下) is no figure of what was spent or done.
        if (TARGET.test(p.text.slice(f.end))) continue;
        // A 其中 list ends at ；. When it listed several subjects (其中：基本支出 …、项目支出 …；本年收入 …),
        // its head is the subject again; a list of one goes on about that one (…；上年决算数为 …).
        const segments = label.split("；");
        if (segments.length > 1) {
          if (scope && scope.names.size > 1) subject = scope.head;
          scope = null;
          label = segments[segments.length - 1];
        }
        if (!scope && SCOPE.test(label)) scope = { head: subject, measure: lastMeasure, names: new Set() };
        const clauses = label.split(CLAUSE);
        const last = clauses.pop() ?? "";
        // A quotation of a finding: 报送 X (the unit's figure), then 按 … 应为 Y (what it should be).
        const quote = readQuote(last, f.kind, subject);
        if (quote) {
          quoted = { ...quote, kind: f.kind };
          attributed.push({
            figure: located,
            subject: toRef(quote.subject),
            measure: quote.measure,
            quote: "reported",
          });
          continue;
        }
        if (quoted && quoted.kind === f.kind && CORRECTED.test(stripFillers(last))) {
          attributed.push({
            figure: located,
            subject: toRef(quoted.subject),
            measure: quoted.measure,
            quote: "expected",
          });
          quoted = null;
          continue;
        }
        for (const c of clauses) {
          const named = lastSubject(c);
          if (named) {
            subject = { kind: "static", id: named };
            scope?.names.add(named);
          }
        }
        const reading = readLabel(last, f.kind);
        if (reading.unknown) {
          // Words the vocabulary cannot read name something else: what follows is not the subject's.
          subject = null;
          continue;
        }
        // A name alone takes the measure before it only in a list (其中：独生子女保健费 735 万元).
        if (reading.subject?.kind === "fund" && !reading.measure && !scope) continue;
        let measure = reading.measure;
        let resolved: Subject | null = null;
        let named = false;
        if (reading.subject) {
          resolved = reading.subject;
          named = true;
        } else resolved = subject;
        if (reading.byUnit && resolved) measure = countMeasure(resolved, f.unit);
        if (!measure && resolved) {
          measure =
            lastMeasure && MEASURES[lastMeasure] === f.kind
              ? lastMeasure
              : (countMeasure(resolved, f.unit) ?? defaultMeasure(resolved));
        }
        if (!resolved && measure && isFinanceMeasure(measure)) {
          resolved = { kind: "static", id: "department" };
          named = true;
        }
        if (!resolved || !measure) continue;
        if (named) {
          subject = resolved;
          scope?.names.add(resolved.kind === "static" ? resolved.id : `fund:${resolved.name}`);
        } else if (scope && !scope.names.size && measure === scope.measure) continue; // a part of the figure the list is about
        if (MEASURES[measure] !== f.kind) {
          const byUnit = countMeasure(resolved, f.unit);
          if (!byUnit) continue;
          measure = byUnit;
        }
        lastMeasure = measure;
        const canonical = canonicalMeasure(
          familyOf(subjectKind(resolved)),
          subjectKind(resolved),
          measure,
          closingPhase,
        );
        if (
          ["expenditure", "closing", "closingCarryover", "closingSurplus"].includes(canonical) &&
          familyOf(subjectKind(resolved)) === "finance"
        )
          closingPhase = true;
        if (canonical === "opening" || canonical === "available") closingPhase = false;
        if (resolved.kind === "fund" && !firstFund) firstFund = resolved;
        attributed.push({ figure: located, subject: toRef(resolved), measure: canonical });
      }
      carried = scope ? scope.head : subject;
    });
    if (firstFund) lastFund = firstFund;
  }

  /**
   * A breakdown's lead sentence: the figure after 合计 is the breakdown's total, an amount after a
   * name is that item's, a rate after 占 that item's share. Names here are the breakdown's items
   * (工资福利支出 of 按经济分类 is not the 工资福利支出 of 基本支出).
   */
  function readBreakdown(
    p: LogicalParagraph,
    itemIndex: number,
    [s, e]: [number, number],
    sentenceIndex: number,
    name: string,
    inSentence: readonly RawFigure[],
  ): void {
    let prev = s;
    let row: string | null = null;
    inSentence.forEach((f, k) => {
      const located = place(f, p, [s, e], itemIndex, sentenceIndex);
      const label = p.text.slice(prev, f.start);
      prev = f.end;
      const clauses = (label.split("；").pop() ?? "").split(CLAUSE);
      const last = (clauses[clauses.length - 1] ?? "")
        .replace(/[\s\u3000]+/gu, "")
        .replace(/^其中/u, "")
        .replace(/(?<=.)为$/u, "");
      let subject: Subject | null = null;
      let measure: Measure | null = null;
      if (f.kind === FigureKind.amount) {
        if (k === 0 && BREAKDOWN_TOTAL.test(last)) subject = { kind: "fund", name };
        else if (last && !BREAKDOWN_TOTAL.test(last)) {
          row = last;
          subject = { kind: "fund", name, row };
        }
        measure = "amount";
      } else if (f.kind === FigureKind.rate && row !== null && /^占(?:比)?$/u.test(last)) {
        subject = { kind: "fund", name, row };
        measure = "share";
      }
      if (subject && measure) attributed.push({ figure: located, subject: toRef(subject), measure });
    });
  }

  function readTable(t: LayoutTable, itemIndex: number): void {
    const numeric = (c: { text: string } | undefined) => c !== undefined && cellFigure(c.text, "") !== null;
    const firstData = t.rows.findIndex((row) => row.some((c) => numeric(c)));
    if (firstData < 0) return;
    const headerRows = t.rows.slice(0, firstData);
    /** The named item the table is about: the lead paragraph's, the heading's, or its title row's. */
    let subject: Subject | null = lastFund ?? (section?.kind === "fund" ? section : null);
    // A title row (one text cell above the header) names the table: 独生子女保健费.
    if (headerRows.length > 1 && headerRows[0].filter((c) => c?.text.trim()).length === 1) {
      const title = itemName(headerRows[0].find((c) => c?.text.trim())?.text ?? "");
      if (title) subject = { kind: "fund", name: title };
    }
    const tableName = subject?.kind === "fund" ? normalName(subject.name) : `表${t.table}`;
    tableSubjects.set(t.table, tableName);
    const width = Math.max(...t.rows.map((r) => r.length));
    const columns = Array.from({ length: width }, (_, c) =>
      headerRows
        .map((r) => r[c]?.text ?? "")
        .join("")
        .replace(/[\s\u3000]+/gu, ""),
    );
    const columnMeasure = columns.map((h) => {
      if (!h) return undefined;
      let best: { measure: Measure; length: number } | undefined;
      for (const e of [...VOCABULARY.measures, ...VOCABULARY.columns])
        for (const w of e.words)
          if (h.includes(w) && (!best || w.length > best.length))
            best = { measure: e.measure, length: w.length };
      return best?.measure;
    });
    const firstMeasure = columnMeasure.findIndex((m) => m !== undefined);
    if (firstMeasure < 1) return;
    // Each data row's name and group (a group cell merged down is empty below its first row).
    let group = "";
    const named = t.rows.slice(firstData).map((row) => {
      const labels = row.slice(0, firstMeasure).map((c) => (c?.text ?? "").replace(/[\s\u3000]+/gu, ""));
      if (firstMeasure > 1 && labels[0]) group = labels[0];
      const name = [...labels].reverse().find((l) => l) ?? "";
      // A 小计 closes a group: one before any group is a row of that name (a table's ungrouped rows).
      const subtotalOf = /小计$/u.test(name) ? name.replace(/小计$/u, "") || group || undefined : undefined;
      return { row, name, subtotalOf };
    });
    // The last 合计 is the table's total, the last 小计 of a group its subtotal: a row before it
    // that is so named is a row of that name.
    const lastTotal = named.map((n) => TOTAL.test(n.name)).lastIndexOf(true);
    const lastSubtotal = new Map(named.map((n, i) => [n.subtotalOf, i] as const));
    const seen = new Map<string, number>();
    named.forEach(({ row, name, subtotalOf }, k) => {
      const r = firstData + k;
      if (!name) return;
      let ref: SubjectRef;
      const staticNamed = lastSubject(name);
      if (k === lastTotal) ref = { kind: "fund", name: tableName, table: t.table };
      else if (subtotalOf !== undefined && lastSubtotal.get(subtotalOf) === k)
        ref = { kind: "fund", name: tableName, group: normalName(subtotalOf), table: t.table };
      else if (staticNamed && subject === null) ref = { kind: "static", id: staticNamed };
      else {
        // A name a table repeats (市直 in two groups) is told apart by its occurrence: 市直, 市直#2.
        const n = normalName(name);
        const count = (seen.get(n) ?? 0) + 1;
        seen.set(n, count);
        ref = { kind: "fund", name: tableName, row: count > 1 ? `${n}#${count}` : n, table: t.table };
      }
      const excerpt = row
        .map((c) => (c?.text ?? "").replace(/[\s\u3000]+/gu, ""))
        .filter(Boolean)
        .join(" | ");
      row.forEach((cell, c) => {
        const measure = columnMeasure[c];
        if (!cell || !measure || c < firstMeasure) return;
        const kind = MEASURES[measure];
        if (kind !== FigureKind.amount && kind !== FigureKind.rate) return;
        const f = cellFigure(cell.text, kind === FigureKind.rate ? "%" : (t.unit ?? "万元"));
        if (!f || f.kind !== kind) return;
        const block = blocks[cell.block];
        const anchor: FigureAnchor = {
          paragraph: block.paragraph,
          cell: cell.position,
          text: block.text.trim(),
          occurrence: 0,
        };
        const located: Located = {
          ...f,
          anchor,
          excerpt,
          context: { item: itemIndex, sentence: 0, row: r },
          written: written(f),
        };
        figures.push(located);
        const family = ref.kind === "static" ? familyOf(ref.id) : "fund";
        attributed.push({
          figure: located,
          subject: ref,
          measure: canonicalMeasure(family, ref.kind === "static" ? ref.id : null, measure, false),
        });
      });
    });
  }

  return { figures, attributed, tableSubjects };
}

/** The breakdown a paragraph's first sentence leads, if any. */
function leadOf(text: string): string | null {
  const first = findFigures(text)[0];
  return first
    ? breakdownName(
        text
          .slice(0, first.start)
          .split(/[。！？]/u)
          .pop() ?? "",
      )
    : null;
}

/**
 * A label that quotes the unit's reported figure (`中医药专项中岳阳市报送执行率`, `报送自评总分`): the
 * measure the words after 报送 name, and the item before it — a named item (resolved strictly
 * against the document's tables later), a subject of the vocabulary, or the measure's own subject.
 */
function readQuote(
  clause: string,
  kind: FigureKind,
  current: Subject | null,
): { subject: Subject; measure: Measure } | null {
  const m = REPORTED.exec(stripFillers(clause));
  if (!m) return null;
  const words = wordAtEnd(m[2], VOCABULARY.measures, (e) => e);
  if (!words || words.length !== m[2].length || MEASURES[words.value.measure] !== kind) return null;
  const measure = words.value.measure;
  const before = m[1].replace(YEAR, "").replace(LEADING, "");
  if (!before) {
    const subject: Subject | null = words.value.subject
      ? { kind: "static", id: words.value.subject }
      : current;
    return subject ? { subject, measure } : null;
  }
  // A subject of the vocabulary named whole (人员经费, “三公”经费公务接待费, “三公”经费合计): that subject.
  const whole = before.replace(/合计$/u, "");
  const named = wordAtEnd(whole, VOCABULARY.subjects, (e) => e.subject);
  if (named && /^(?:“三公”经费)?$/u.test(whole.slice(0, whole.length - named.length)))
    return { subject: { kind: "static", id: named.value }, measure };
  return { subject: { kind: "fund", name: before }, measure };
}

function isFinanceMeasure(m: Measure): boolean {
  return ["available", "opening", "income", "expenditure", "closing", "carry", "surplus"].includes(m);
}

/** The measure a count's unit says for a 三公 subject (接待 660 人次). */
function countMeasure(subject: Subject, unit: string): Measure | undefined {
  if (subject.kind !== "static") return undefined;
  return VOCABULARY.countByUnit[subject.id]?.[unit];
}

/** A figure as it reads: the number without the spaces a conversion left, and its unit. */
export function written(f: RawFigure): string {
  const n = f.numberText.replace(/[\s\u3000]+/gu, "");
  return f.unit === "%" ? `${n}%` : `${n} ${f.unit}`;
}
