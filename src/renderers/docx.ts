/**
 * The .docx renderer: a report plan to Word bytes with the `docx` package, in the GB/T 9704
 * layout the plan's page setup describes (A4, margins, 仿宋/黑体/楷体, 28 pt exact line spacing,
 * first-line indent, page numbers right on odd pages and left on even ones). The styles are the
 * report's own: document defaults of 仿宋_GB2312 三号 (text a clerk adds in Word matches), heading
 * styles with no italic and no colour (the package's defaults have both). Thin: the words,
 * numbers, title lines and indents are all in the plan.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type IStylesOptions,
} from "docx";
import JSZip from "jszip";
import type { BlockPlan, PageSetup, ReportPlan, Run, TableRowPlan } from "../narrative/plan";
import { tableXml } from "./docxTable";

const pt = (points: number) => Math.round(points * 20); // twips
/** Millimetres to twips, rounded (A4 is 11906 × 16838). */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
const halfPt = (points: number) => Math.round(points * 2);
/** Body characters to twips (三号: 16 pt a character). */
const chars = (page: PageSetup, n: number) => pt(page.sizesPt.body * n);

function runFont(fonts: readonly string[]) {
  return { eastAsia: fonts[0], ascii: "Times New Roman", hAnsi: "Times New Roman" };
}

function textRuns(runs: readonly Run[], fonts: readonly string[], size: number, draft = false): TextRun[] {
  return runs.map(
    (r) =>
      new TextRun({
        text: r.text,
        bold: r.bold ?? false,
        font: runFont(fonts),
        size: halfPt(size),
        ...(draft || r.placeholder ? { highlight: "yellow" } : {}),
      }),
  );
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
] as const;

const headingFonts = (page: PageSetup, level: number) =>
  level === 1 ? page.fonts.heading1 : level === 2 ? page.fonts.heading2 : page.fonts.body;

/**
 * The document's styles: defaults of the body text, the title and four heading levels of
 * GB/T 9704 (一级 黑体, 二级 楷体, 三级 仿宋 bold, 四级 仿宋), each with its outline level so
 * Word's navigation pane and a table of contents work. No colour and no italic anywhere: every
 * style the package would fill with its own (blue, italic Heading 4) is given here instead.
 */
export function reportStyles(page: PageSetup): IStylesOptions {
  const body = { line: pt(page.lineSpacingPt), lineRule: LineRuleType.EXACT };
  const heading = (level: number) => ({
    run: { font: runFont(headingFonts(page, level)), size: halfPt(page.sizesPt.body), bold: level === 3 },
    paragraph: {
      outlineLevel: level - 1,
      keepNext: true,
      spacing: { ...body, before: 0, after: 0 },
      indent: { firstLine: chars(page, page.indentChars) },
    },
  });
  const plain = { run: { font: runFont(page.fonts.body), size: halfPt(page.sizesPt.body) } };
  return {
    default: {
      document: {
        run: { font: runFont(page.fonts.body), size: halfPt(page.sizesPt.body) },
        paragraph: { spacing: body },
      },
      title: {
        run: { font: runFont(page.fonts.title), size: halfPt(page.sizesPt.title) },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: {
            line: pt(page.lineSpacingPt + 8),
            lineRule: LineRuleType.EXACT,
            after: pt(page.lineSpacingPt),
          },
        },
      },
      heading1: heading(1),
      heading2: heading(2),
      heading3: heading(3),
      heading4: heading(4),
      heading5: plain,
      heading6: plain,
    },
  };
}

/**
 * The paragraphs of a block. `sectionStart`: the block opens a section (a new page already);
 * `widthTwips`: the text width of a landscape page, for tables.
 */
function block(
  b: BlockPlan,
  plan: ReportPlan,
  slots: TableSlots,
  next?: BlockPlan,
  sectionStart = false,
  widthTwips?: number,
): Paragraph[] {
  const page = plan.page;
  const body = { line: pt(page.lineSpacingPt), lineRule: LineRuleType.EXACT };
  const blankLineBefore = { ...body, before: pt(page.lineSpacingPt) };
  const indent = { firstLine: chars(page, page.indentChars) };
  switch (b.kind) {
    case "title":
      return [
        new Paragraph({
          heading: HeadingLevel.TITLE,
          alignment: AlignmentType.CENTER,
          children: b.lines.map(
            (line, i) =>
              new TextRun({
                text: line,
                font: runFont(page.fonts.title),
                size: halfPt(page.sizesPt.title),
                ...(i > 0 ? { break: 1 } : {}),
              }),
          ),
        }),
      ];
    case "heading":
      return [
        new Paragraph({
          heading: HEADINGS[b.level - 1],
          spacing: body,
          indent,
          children: [
            new TextRun({
              text: b.text,
              bold: b.level === 3,
              font: runFont(headingFonts(page, b.level)),
              size: halfPt(page.sizesPt.body),
            }),
          ],
        }),
      ];
    case "paragraph":
      return [
        new Paragraph({
          spacing: body,
          indent,
          alignment: AlignmentType.JUSTIFIED,
          // The text's last lines stay on the page of the 附件说明/落款 (never a page of 落款 alone).
          ...(next?.kind === "attachments" || next?.kind === "signature" ? { keepNext: true } : {}),
          children: textRuns(b.runs, page.fonts.body, page.sizesPt.body, b.draft),
        }),
      ];
    case "unitNote":
      return [
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          spacing: body,
          children: textRuns([{ text: b.text }], page.fonts.body, page.sizesPt.table),
        }),
      ];
    case "table":
      return [slots.add(b.columns, b.rows, plan, widthTwips)];
    case "attachments":
      // 附件：1.… two characters in, after a blank line; further lines under 1.; wrapped lines under the name.
      return b.lines.map(
        (line, i) =>
          new Paragraph({
            spacing: i === 0 ? blankLineBefore : body,
            indent: {
              left: chars(page, line.wrapChars),
              hanging: chars(page, line.wrapChars - line.startChars),
            },
            // 附件说明 stays on the page of the 落款 that follows it.
            keepNext: true,
            children: textRuns([{ text: line.text }], page.fonts.body, page.sizesPt.body),
          }),
      );
    case "signature":
      return b.lines.map(
        (line, i) =>
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: i === 0 ? blankLineBefore : body,
            indent: { right: chars(page, line.rightChars) },
            keepNext: i < b.lines.length - 1,
            children: textRuns(
              [{ text: line.text, ...(line.placeholder ? { placeholder: true } : {}) }],
              page.fonts.body,
              page.sizesPt.body,
            ),
          }),
      );
    case "attachmentTitle":
      // 附件N (黑体) at the top of a new page, then the form's title centred.
      return [
        new Paragraph({
          pageBreakBefore: !sectionStart,
          spacing: body,
          children: textRuns([{ text: b.label }], page.fonts.heading1, page.sizesPt.body),
        }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: body,
          children: textRuns([{ text: b.text, bold: true }], page.fonts.body, page.sizesPt.body),
        }),
      ];
  }
}

/**
 * The tables of one document, written as WordprocessingML after the package has packed the rest
 * (see `docxTable.ts`), each kept as UTF-8 bytes: it stands in the document as a placeholder
 * paragraph until then.
 */
class TableSlots {
  readonly tables: Uint8Array[] = [];

  /** A placeholder paragraph for a table; its markup goes in its place once packed. */
  add(
    columns: readonly { width: number }[],
    rows: readonly TableRowPlan[],
    plan: ReportPlan,
    widthTwips?: number,
  ): Paragraph {
    const index = this.tables.length;
    const xml = tableXml(columns, rows, {
      fonts: plan.page.fonts.body,
      sizePt: plan.page.sizesPt.table,
      ...(widthTwips ? { widthTwips } : {}),
    });
    this.tables.push(utf8.encode(xml));
    return new Paragraph({ children: [new TextRun({ text: slotText(index) })] });
  }
}

const utf8 = new TextEncoder();

/** The text of a table's placeholder: a private-use character around it keeps it apart from any text. */
const slotText = (index: number) => `\uE000jixiao-table-${index}\uE000`;

/**
 * The document's XML as UTF-8, each placeholder paragraph replaced by its table — assembled once
 * from the pieces, never as one large string.
 */
function fillSlots(documentXml: string, tables: readonly Uint8Array[]): Uint8Array {
  const pieces: Uint8Array[] = [];
  let from = 0;
  tables.forEach((table, index) => {
    const at = documentXml.indexOf(slotText(index), from);
    if (at < 0 || documentXml.indexOf(slotText(index), at + 1) >= 0)
      throw new Error(`table placeholder ${index} is not in the document exactly once`);
    const start = Math.max(documentXml.lastIndexOf("<w:p>", at), documentXml.lastIndexOf("<w:p ", at));
    const end = documentXml.indexOf("</w:p>", at) + "</w:p>".length;
    pieces.push(utf8.encode(documentXml.slice(from, start)), table);
    from = end;
  });
  pieces.push(utf8.encode(documentXml.slice(from)));
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const piece of pieces) {
    out.set(piece, offset);
    offset += piece.length;
  }
  return out;
}

const SECTION_BREAK = "<w:p><w:pPr><w:sectPr>";
const SECTION_BREAK_END = "</w:sectPr></w:pPr></w:p>";

/**
 * The packer ends a section with an empty paragraph of its own holding the section's properties:
 * a blank line that, when the body fills its last page, makes a page of its own before the forms.
 * Word's way is the properties in the section's last paragraph; each such empty paragraph that
 * follows a paragraph is merged into it (after a table it stays: Word needs a paragraph there).
 */
export function breaksInLastParagraphs(documentXml: string): string {
  let xml = documentXml;
  for (let at = xml.indexOf(SECTION_BREAK); at >= 0; at = xml.indexOf(SECTION_BREAK, at + 1)) {
    if (!xml.startsWith("</w:p>", at - "</w:p>".length)) continue;
    const end = xml.indexOf(SECTION_BREAK_END, at) + SECTION_BREAK_END.length;
    const properties = xml.slice(at + "<w:p><w:pPr>".length, end - "</w:pPr></w:p>".length);
    const start = Math.max(xml.lastIndexOf("<w:p>", at - 1), xml.lastIndexOf("<w:p ", at - 1));
    const open = xml.indexOf(">", start) + 1;
    // The paragraph's own properties come first in it; a run's are inside <w:r>.
    const own = xml.startsWith("<w:pPr>", open) ? xml.indexOf("</w:pPr>", open) : -1;
    xml =
      own >= 0
        ? xml.slice(0, own) + properties + xml.slice(own, at) + xml.slice(end)
        : xml.slice(0, open) + `<w:pPr>${properties}</w:pPr>` + xml.slice(open, at) + xml.slice(end);
  }
  return xml;
}

/** A page-number footer: `— 1 —` in 4号 宋体, one character in from its side. */
function pageNumberFooter(page: PageSetup, side: "left" | "right"): Footer {
  const n = page.pageNumber;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: { [side]: pt(n.sizePt * n.sideChars) },
        children: [
          new TextRun({
            children: ["— ", PageNumber.CURRENT, " —"],
            font: { eastAsia: n.fonts[0], ascii: n.fonts[0], hAnsi: n.fonts[0] },
            size: halfPt(n.sizePt),
          }),
        ],
      }),
    ],
  });
}

/** Builds the document of a report plan (its tables as placeholders, kept in `slots`). */
function reportDocument(plan: ReportPlan, slots: TableSlots): Document {
  const m = plan.page.marginsMm;
  const footers = {
    default: pageNumberFooter(plan.page, "right"),
    even: pageNumberFooter(plan.page, "left"),
  };
  const footer = mm(plan.page.pageNumber.footerMm);
  // The 自评表 (8 columns, a reason column of text) are printed across the page: their own
  // section, A4 landscape, its margins those of the portrait page turned with it (the binding
  // edge, left in portrait, is at the top), page numbers running on.
  const formsWidthTwips = mm(297 - m.top - m.bottom);
  // Tables take their slots in document order: the body's first.
  const body = plan.blocks.flatMap((b, i) => block(b, plan, slots, plan.blocks[i + 1]));
  const formsSection = plan.forms.length
    ? [
        {
          properties: {
            page: {
              size: { width: mm(210), height: mm(297), orientation: PageOrientation.LANDSCAPE },
              margin: { top: mm(m.left), bottom: mm(m.right), left: mm(m.top), right: mm(m.bottom), footer },
            },
          },
          footers,
          // The section starts a new page: the first form needs no page break of its own.
          children: plan.forms.flatMap((b, i) =>
            block(b, plan, slots, plan.forms[i + 1], i === 0, formsWidthTwips),
          ),
        },
      ]
    : [];
  return new Document({
    creator: "绩效自评助手",
    title: plan.title,
    styles: reportStyles(plan.page),
    // Odd pages number on the right, even pages on the left (GB/T 9704 §7.5).
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(m.top), bottom: mm(m.bottom), left: mm(m.left), right: mm(m.right), footer },
          },
        },
        footers,
        children: body,
      },
      ...formsSection,
    ],
  });
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c] ?? c);

/**
 * The document's font table: each standard font with its fallback as `w:altName`, which Word
 * uses where the standard font (方正小标宋简体, 仿宋_GB2312, 楷体_GB2312) is not installed.
 */
export function fontTableXml(plan: ReportPlan): string {
  const fonts = [...Object.values(plan.page.fonts), plan.page.pageNumber.fonts].map((list) =>
    list.filter(Boolean),
  );
  const entries = fonts
    .filter((list, i) => fonts.findIndex((l) => l[0] === list[0]) === i)
    .map(
      ([name, alt]) =>
        `<w:font w:name="${escapeXml(name)}">${alt ? `<w:altName w:val="${escapeXml(alt)}"/>` : ""}<w:charset w:val="86"/><w:family w:val="auto"/></w:font>`,
    );
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${entries.join("")}` +
    `<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/></w:font></w:fonts>`
  );
}

/** Renders a report plan as .docx bytes. */
export async function renderDocx(plan: ReportPlan): Promise<Uint8Array> {
  // An ArrayBuffer works in Node and in the browser alike (toBuffer needs Node's Buffer).
  const fontTable = { path: "word/fontTable.xml", data: fontTableXml(plan) };
  const slots = new TableSlots();
  const packed = await Packer.toArrayBuffer(reportDocument(plan, slots), undefined, [fontTable]);
  if (!slots.tables.length) return new Uint8Array(packed);
  const zip = await JSZip.loadAsync(packed);
  const document = zip.file(DOCUMENT_PART);
  if (!document) throw new Error(`${DOCUMENT_PART} is missing from the packed document`);
  zip.file(DOCUMENT_PART, fillSlots(breaksInLastParagraphs(await document.async("string")), slots.tables));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", mimeType: DOCX_MIME });
}

const DOCUMENT_PART = "word/document.xml";
const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
