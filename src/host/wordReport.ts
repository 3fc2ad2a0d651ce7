/**
 * 核对报告数字 in the open Word document, through Word JS: read the body's paragraphs and tables
 * (one sync), mark each finding's figure (a search per figure, then the marks: two syncs), select
 * a finding's figure, and remove the marks placed. A mark is a comment where WordApi 1.4 is
 * available — its text starts with 【核对报告数字】, which is how they are found again to be removed —
 * and a highlight otherwise, remembered with the colour it replaced. Tables are read through
 * WordApi 1.3 (`body.tables`, `tableNestingLevel`); without it, every paragraph is read as prose.
 */
import { reportCheckText } from "../i18n";
import type { FigureAnchor, ReportFinding, TextBlock } from "../reportcheck";

/** Whether the host supports a requirement set (`Office.context.requirements.isSetSupported`). */
export type Supports = (set: string, version: string) => boolean;

/** The highlight of a mark where comments are not available. */
export const MARK_COLOR = "Turquoise";
const MARK_COLORS = new Set(["turquoise", "#00ffff"]);
/** Word refuses a search text longer than this. */
const SEARCH_LIMIT = 255;

/** A mark placed in the document: where, and (for a highlight) the colour it replaced. */
export interface ReportMark {
  readonly anchor: FigureAnchor;
  readonly kind: "comment" | "highlight";
  readonly previousColor?: string | null;
}

/**
 * The body as text blocks: each paragraph outside tables, then each table's cells (from the
 * table's values) numbered with the paragraphs the table takes. One sync.
 */
export async function readWordBlocks(context: Word.RequestContext, supports: Supports): Promise<TextBlock[]> {
  const body = context.document.body;
  const withTables = supports("WordApi", "1.3");
  const paragraphs = body.paragraphs;
  paragraphs.load(withTables ? "items/text,items/tableNestingLevel" : "items/text");
  const tables = withTables ? body.tables : undefined;
  tables?.load("items/values,items/nestingLevel");
  await context.sync();
  const blocks: TextBlock[] = [];
  const topTables = (tables?.items ?? []).filter((t) => t.nestingLevel === 1);
  let table = 0;
  let inTable = false;
  paragraphs.items.forEach((p, i) => {
    const level = withTables ? p.tableNestingLevel : 0;
    if (level === 0) {
      inTable = false;
      blocks.push({ paragraph: i + 1, text: p.text });
      return;
    }
    if (inTable) return;
    // The first paragraph of a table: its cells take this and the following paragraphs, in order.
    inTable = true;
    const values = topTables[table]?.values ?? [];
    table++;
    let next = i + 1;
    values.forEach((row, r) =>
      row.forEach((text, c) => {
        blocks.push({ paragraph: next, text, cell: { table, row: r, column: c } });
        next += Math.max(1, text.split(/\r\n|[\r\n\v]/u).length);
      }),
    );
  });
  return blocks;
}

/** Where a figure's text is searched: its paragraph, or its table cell. */
function scopeOf(
  anchor: FigureAnchor,
  paragraphs: Word.ParagraphCollection,
  tables: Word.TableCollection | undefined,
): Word.Paragraph | Word.Body | undefined {
  if (anchor.cell) {
    const table = tables?.items.filter((t) => t.nestingLevel === 1)[anchor.cell.table - 1];
    return table?.getCell(anchor.cell.row, anchor.cell.column).body;
  }
  return paragraphs.items[anchor.paragraph - 1];
}

/** A figure found again: its range when the search found it, and the paragraph or cell it is in. */
interface Located {
  readonly range?: Word.Range;
  readonly scope?: Word.Paragraph | Word.Body;
}

/** Searches each anchor's figure in its paragraph or cell: the structure, then the searches (two syncs). */
async function locate(
  context: Word.RequestContext,
  anchors: readonly FigureAnchor[],
  supports: Supports,
  load = "items",
): Promise<Located[]> {
  const body = context.document.body;
  const paragraphs = body.paragraphs;
  paragraphs.load("items/text");
  const tables = supports("WordApi", "1.3") && anchors.some((a) => a.cell) ? body.tables : undefined;
  tables?.load("items/nestingLevel");
  await context.sync();
  const searches = anchors.map((anchor) => {
    const scope = scopeOf(anchor, paragraphs, tables);
    const text = anchor.text.trim();
    if (!scope || !text || text.length > SEARCH_LIMIT) return { scope, found: undefined };
    const found = scope.search(text, { matchCase: true });
    found.load(load);
    return { scope, found };
  });
  await context.sync();
  return searches.map(({ scope, found }, i) => {
    const items = found?.items ?? [];
    const range = items[anchors[i].occurrence] ?? items[0];
    return { ...(range ? { range } : {}), ...(scope ? { scope } : {}) };
  });
}

/**
 * Marks each finding's figure: one comment per figure holding its findings' messages (WordApi 1.4),
 * or a highlight. Three syncs: the structure, the searches, the marks.
 */
export async function markFindings(
  context: Word.RequestContext,
  findings: readonly ReportFinding[],
  supports: Supports,
): Promise<ReportMark[]> {
  const byAnchor = new Map<string, { anchor: FigureAnchor; messages: string[] }>();
  for (const f of findings) {
    const key = JSON.stringify(f.anchor);
    const entry = byAnchor.get(key) ?? { anchor: f.anchor, messages: [] };
    entry.messages.push(f.message);
    byAnchor.set(key, entry);
  }
  const entries = [...byAnchor.values()];
  if (!entries.length) return [];
  const comments = supports("WordApi", "1.4");
  const targets = await locate(
    context,
    entries.map((e) => e.anchor),
    supports,
    comments ? "items" : "items/font/highlightColor",
  );
  const marks: ReportMark[] = [];
  entries.forEach((e, i) => {
    const { range, scope } = targets[i];
    if (comments) {
      // A figure no longer found (the text changed) gets its comment on its paragraph or cell.
      const at = range ?? scope?.getRange("Whole");
      if (!at) return;
      at.insertComment(`${reportCheckText.commentPrefix}${e.messages.join("\n")}`);
      marks.push({ anchor: e.anchor, kind: "comment" });
    } else if (range) {
      const previous = range.font.highlightColor;
      range.font.highlightColor = MARK_COLOR;
      marks.push({ anchor: e.anchor, kind: "highlight", previousColor: previous || null });
    }
  });
  await context.sync();
  return marks;
}

/** Selects a finding's figure (or its paragraph or cell when the text has changed since). Two syncs. */
export async function selectFigure(
  context: Word.RequestContext,
  anchor: FigureAnchor,
  supports: Supports,
): Promise<void> {
  const [{ range, scope }] = await locate(context, [anchor], supports);
  const at = range ?? scope?.getRange("Whole");
  if (!at) return;
  at.select();
  await context.sync();
}

/**
 * Removes the marks the check placed: every comment that starts with 【核对报告数字】 (WordApi 1.4),
 * and the highlights of `marks` that still have the mark's colour, given back the colour they
 * replaced. Resolves with how many marks were removed.
 */
export async function clearMarks(
  context: Word.RequestContext,
  marks: readonly ReportMark[],
  supports: Supports,
): Promise<number> {
  let removed = 0;
  if (supports("WordApi", "1.4")) {
    const comments = context.document.body.getComments();
    comments.load("items/content");
    await context.sync();
    for (const c of comments.items)
      if (c.content.startsWith(reportCheckText.commentPrefix)) {
        c.delete();
        removed++;
      }
  }
  const highlights = marks.filter((m) => m.kind === "highlight");
  if (highlights.length) {
    const targets = await locate(
      context,
      highlights.map((m) => m.anchor),
      supports,
      "items/font/highlightColor",
    );
    targets.forEach(({ range }, i) => {
      // Only a highlight still ours: one the user has changed since is left alone.
      if (!range || !MARK_COLORS.has(String(range.font.highlightColor).toLowerCase())) return;
      // Word removes a highlight set to null.
      range.font.highlightColor = highlights[i].previousColor ?? (null as unknown as string);
      removed++;
    });
  }
  await context.sync();
  return removed;
}
