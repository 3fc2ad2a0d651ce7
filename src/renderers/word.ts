/**
 * The Word JS renderer: inserts a report plan at the cursor of the open document — the title in
 * its lines, headings in Word's built-in heading styles (so the navigation pane and a table of
 * contents work) with italic and colour cleared, body paragraphs with the GB/T 9704 fonts, indent
 * and exact line spacing, real tables with merged group cells, 附件说明 with its hanging indent,
 * and 落款/成文日期 right-aligned the plan's number of characters in, then the 自评表 forms, each on
 * a new page. Everything is queued and synced once. (Page numbers belong to the document the report
 * is inserted into.)
 *
 * Where Word offers a section's page setup (WordApiDesktop 1.3, Word on Windows and Mac), the forms
 * are a landscape section as in the .docx: a section break before the first 附件, and — when the
 * document goes on after the cursor — one after the last form, so the clerk's text after it keeps
 * its orientation. Word keeps a section's setup in the break that ends it, so the forms' section is
 * turned only after its closing break exists (turned earlier, the text after it would turn too).
 * Whether the document goes on is read first: one more sync. Elsewhere the forms stay on new pages
 * in the document's orientation.
 */
import type { BlockPlan, ReportPlan, TableRowPlan } from "../narrative/plan";

export interface WordRenderOptions {
  /**
   * Whether a Word API requirement set is available (merging table cells needs WordApi 1.4; the
   * forms' landscape section WordApiDesktop 1.3). Absent: WordApi 1.4, no WordApiDesktop.
   */
  readonly supports?: (set: string, version: string) => boolean;
}

export interface WordRenderReport {
  readonly syncs: number;
  readonly paragraphs: number;
  readonly tables: number;
}

const HEADING_STYLES = ["Heading1", "Heading2", "Heading3", "Heading4"] as const;

/** The rectangular values of a table plan, with the spans it needs merged afterwards. */
export function tableGrid(
  rows: readonly TableRowPlan[],
  columns: number,
): {
  values: string[][];
  merges: { row: number; col: number; rowSpan: number; colSpan: number }[];
  aligns: { row: number; col: number; align: "left" | "center" | "right" }[];
} {
  const values = rows.map(() => Array.from({ length: columns }, () => ""));
  const covered = rows.map(() => Array.from({ length: columns }, () => false));
  const merges: { row: number; col: number; rowSpan: number; colSpan: number }[] = [];
  const aligns: { row: number; col: number; align: "left" | "center" | "right" }[] = [];
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (c < columns && covered[r][c]) c++;
      if (c >= columns) break;
      values[r][c] = cell.text;
      if (cell.align && cell.align !== "left") aligns.push({ row: r, col: c, align: cell.align });
      const rowSpan = cell.rowSpan ?? 1;
      const colSpan = cell.colSpan ?? 1;
      for (let i = 0; i < rowSpan; i++)
        for (let j = 0; j < colSpan; j++)
          if (r + i < rows.length && c + j < columns) covered[r + i][c + j] = true;
      if (rowSpan > 1 || colSpan > 1) merges.push({ row: r, col: c, rowSpan, colSpan });
      c += colSpan;
    }
  });
  return { values, merges, aligns };
}

/** Inserts the report at the cursor of the document of `context`. */
export async function insertReport(
  context: Word.RequestContext,
  plan: ReportPlan,
  options: WordRenderOptions = {},
): Promise<WordRenderReport> {
  const page = plan.page;
  const canMerge = options.supports?.("WordApi", "1.4") ?? true;
  const landscape = plan.forms.length > 0 && (options.supports?.("WordApiDesktop", "1.3") ?? false);
  const selection = context.document.getSelection();
  let syncs = 0;
  // Whether the document goes on after the cursor (then the forms' section is closed after them).
  let goesOn = false;
  if (landscape) {
    const after = selection.getRange("End").expandTo(context.document.body.getRange("End"));
    after.load("text");
    await context.sync();
    syncs++;
    goesOn = after.text.trim() !== "";
  }
  /** The 附件 line of the first form: the forms' section is the one it is in. */
  let formsStart: Word.Paragraph | undefined;
  let anchor: Word.Paragraph | Word.Range | Word.Table = selection;
  let paragraphs = 0;
  let tables = 0;
  const body = page.sizesPt.body;
  const insert = (text: string): Word.Paragraph => {
    const p = anchor.insertParagraph(text, "After");
    anchor = p;
    paragraphs++;
    p.lineSpacing = page.lineSpacingPt;
    p.font.color = "#000000";
    p.font.italic = false;
    // A new paragraph takes the formatting of the one before it; null removes a highlight (Word JS
    // types the property as a string).
    p.font.highlightColor = null as unknown as string;
    return p;
  };
  const bodyText = (p: Word.Paragraph, size = body) => {
    p.styleBuiltIn = Word.BuiltInStyleName.normal;
    p.font.name = page.fonts.body[0];
    p.font.size = size;
    p.font.bold = false;
  };
  const paragraph = (b: Exclude<BlockPlan, { kind: "table" }>): void => {
    switch (b.kind) {
      case "title":
        b.lines.forEach((line, i) => {
          const p = insert(line);
          p.styleBuiltIn = Word.BuiltInStyleName.title;
          p.alignment = "Centered";
          p.font.name = page.fonts.title[0];
          p.font.size = page.sizesPt.title;
          p.font.bold = false;
          p.firstLineIndent = 0;
          p.lineSpacing = page.lineSpacingPt + 8;
          p.spaceAfter = i === b.lines.length - 1 ? page.lineSpacingPt : 0;
        });
        return;
      case "heading": {
        const p = insert(b.text);
        p.styleBuiltIn = HEADING_STYLES[b.level - 1];
        p.font.name =
          b.level === 1
            ? page.fonts.heading1[0]
            : b.level === 2
              ? page.fonts.heading2[0]
              : page.fonts.body[0];
        p.font.size = body;
        p.font.bold = b.level === 3;
        p.firstLineIndent = body * page.indentChars;
        p.alignment = "Left";
        return;
      }
      case "unitNote": {
        const p = insert(b.text);
        bodyText(p, page.sizesPt.table);
        p.alignment = "Right";
        p.firstLineIndent = 0;
        return;
      }
      case "paragraph": {
        // The first run makes the paragraph; the others are appended as ranges of their own, so
        // that a gap inside a sentence (【待补充：偏差原因】) is highlighted alone.
        const [first, ...rest] = b.runs;
        const p = insert(first.text);
        bodyText(p);
        p.alignment = "Justified";
        p.firstLineIndent = body * page.indentChars;
        if (b.draft || first.placeholder) p.font.highlightColor = "Yellow";
        if (first.bold) p.font.bold = true;
        for (const r of rest) {
          const range = p.insertText(r.text, "End");
          range.font.bold = r.bold ?? false;
          range.font.highlightColor = (b.draft || r.placeholder ? "Yellow" : null) as string;
        }
        return;
      }
      case "attachments":
        b.lines.forEach((line, i) => {
          const p = insert(line.text);
          bodyText(p);
          p.alignment = "Left";
          p.leftIndent = body * line.wrapChars;
          p.firstLineIndent = -body * (line.wrapChars - line.startChars);
          p.spaceBefore = i === 0 ? page.lineSpacingPt : 0;
        });
        return;
      case "signature":
        b.lines.forEach((line, i) => {
          const p = insert(line.text);
          bodyText(p);
          p.alignment = "Right";
          p.firstLineIndent = 0;
          p.rightIndent = body * line.rightChars;
          p.spaceBefore = i === 0 ? page.lineSpacingPt : 0;
          if (line.placeholder) p.font.highlightColor = "Yellow";
        });
        return;
      case "attachmentTitle": {
        // 附件N on a new page (a page break before it), then the form's title centred.
        const mark = insert(b.label);
        if (landscape && !formsStart) {
          mark.insertBreak(Word.BreakType.sectionNext, "Before");
          formsStart = mark;
        } else mark.insertBreak(Word.BreakType.page, "Before");
        bodyText(mark);
        mark.font.name = page.fonts.heading1[0];
        mark.alignment = "Left";
        mark.firstLineIndent = 0;
        const title = insert(b.text);
        bodyText(title);
        title.font.bold = true;
        title.alignment = "Centered";
        title.firstLineIndent = 0;
        return;
      }
    }
  };
  for (const b of [...plan.blocks, ...plan.forms]) {
    if (b.kind !== "table") {
      paragraph(b);
      continue;
    }
    const { values, merges, aligns } = tableGrid(b.rows, b.columns.length);
    const table: Word.Table = anchor.insertTable(values.length, b.columns.length, "After", values);
    tables++;
    table.styleBuiltIn = Word.BuiltInStyleName.tableGrid;
    table.headerRowCount = b.rows.filter((r) => r.header).length;
    table.font.name = page.fonts.body[0];
    table.font.size = page.sizesPt.table;
    b.rows.forEach((row, r) => {
      if (row.header || row.total)
        for (let c = 0; c < b.columns.length; c++) table.getCell(r, c).body.font.bold = true;
    });
    for (const a of aligns)
      table.getCell(a.row, a.col).horizontalAlignment = a.align === "right" ? "Right" : "Centered";
    if (canMerge)
      for (const m of merges) table.mergeCells(m.row, m.col, m.row + m.rowSpan - 1, m.col + m.colSpan - 1);
    anchor = table;
  }
  if (formsStart) {
    if (goesOn) {
      // The paragraph Word keeps after a table, closing the forms' section.
      const end = anchor.insertParagraph("", "After");
      paragraphs++;
      end.insertBreak(Word.BreakType.sectionNext, "After");
    }
    formsStart.getRange().sections.getFirst().pageSetup.orientation = "Landscape";
  }
  await context.sync();
  return { syncs: syncs + 1, paragraphs, tables };
}
