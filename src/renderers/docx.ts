/**
 * The .docx renderer: a report plan to Word bytes with the `docx` package, in the GB/T 9704
 * layout the plan's page setup describes (A4, margins, 仿宋/黑体/楷体, 28 pt exact line spacing,
 * first-line indent, page numbers). Thin: the words and numbers are all in the plan.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { BlockPlan, ReportPlan, Run, TableRowPlan } from "../narrative/plan";

const pt = (points: number) => points * 20; // twips
/** Millimetres to twips, rounded (A4 is 11906 × 16838). */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
const halfPt = (points: number) => Math.round(points * 2);

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
        ...(draft ? { highlight: "yellow" } : {}),
      }),
  );
}

function block(b: BlockPlan, plan: ReportPlan): Paragraph | Table {
  const page = plan.page;
  const body = { line: pt(page.lineSpacingPt), lineRule: LineRuleType.EXACT };
  const indent = { firstLine: pt(page.sizesPt.body * page.indentChars) };
  switch (b.kind) {
    case "title":
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: {
          line: pt(page.lineSpacingPt + 8),
          lineRule: LineRuleType.EXACT,
          after: pt(page.lineSpacingPt),
        },
        children: [
          new TextRun({ text: b.text, font: runFont(page.fonts.title), size: halfPt(page.sizesPt.title) }),
        ],
      });
    case "heading": {
      const fonts =
        b.level === 1 ? page.fonts.heading1 : b.level === 2 ? page.fonts.heading2 : page.fonts.body;
      const level = [
        HeadingLevel.HEADING_1,
        HeadingLevel.HEADING_2,
        HeadingLevel.HEADING_3,
        HeadingLevel.HEADING_4,
      ][b.level - 1];
      return new Paragraph({
        heading: level,
        spacing: body,
        indent,
        children: [
          new TextRun({
            text: b.text,
            bold: b.level === 3,
            font: runFont(fonts),
            size: halfPt(page.sizesPt.body),
            color: "000000",
          }),
        ],
      });
    }
    case "paragraph":
      return new Paragraph({
        spacing: body,
        indent,
        alignment: AlignmentType.JUSTIFIED,
        children: textRuns(b.runs, page.fonts.body, page.sizesPt.body, b.draft),
      });
    case "unitNote":
      return new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: body,
        children: textRuns([{ text: b.text }], page.fonts.body, page.sizesPt.table),
      });
    case "table":
      return table(b.columns, b.rows, plan);
  }
}

function table(
  columns: readonly { width: number }[],
  rows: readonly TableRowPlan[],
  plan: ReportPlan,
): Table {
  const total = columns.reduce((a, c) => a + c.width, 0);
  const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: columns.map((c) => Math.round((c.width / total) * 9000)),
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: rows.map(
      (row) =>
        new TableRow({
          tableHeader: row.header ?? false,
          children: row.cells.map(
            (cell) =>
              new TableCell({
                ...(cell.rowSpan ? { rowSpan: cell.rowSpan } : {}),
                ...(cell.colSpan ? { columnSpan: cell.colSpan } : {}),
                verticalAlign: VerticalAlign.CENTER,
                margins: { left: 60, right: 60 },
                children: [
                  new Paragraph({
                    alignment:
                      cell.align === "right"
                        ? AlignmentType.RIGHT
                        : cell.align === "center"
                          ? AlignmentType.CENTER
                          : AlignmentType.LEFT,
                    children: textRuns(
                      [{ text: cell.text, bold: cell.bold ?? row.header ?? false }],
                      plan.page.fonts.body,
                      plan.page.sizesPt.table,
                    ),
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

/** Builds the document of a report plan. */
export function reportDocument(plan: ReportPlan): Document {
  const m = plan.page.marginsMm;
  return new Document({
    creator: "绩效自评助手",
    title: plan.title,
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(m.top), bottom: mm(m.bottom), left: mm(m.left), right: mm(m.right) },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ["— ", PageNumber.CURRENT, " —"],
                    font: runFont(["宋体"]),
                    size: halfPt(14),
                  }),
                ],
              }),
            ],
          }),
        },
        children: plan.blocks.map((b) => block(b, plan)),
      },
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
  const fonts = Object.values(plan.page.fonts).map((list) => list.filter(Boolean));
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
  return new Uint8Array(await Packer.toArrayBuffer(reportDocument(plan), undefined, [fontTable]));
}
