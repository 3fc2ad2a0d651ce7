/**
 * A report table as WordprocessingML text (`<w:tbl>`), written directly rather than through the
 * `docx` package's object tree: a 30,000-row fund table is millions of objects there and several
 * gigabytes, and a few tens of megabytes of text here. The markup is what the package writes for
 * the same table (borders, grid, header rows repeated on each page, merged cells as w:vMerge /
 * w:gridSpan, cell margins, alignment, 仿宋 in the table size, bold headers and totals).
 */
import type { TableCellPlan, TableRowPlan } from "../narrative/plan";

const escapeText = (text: string) =>
  text.replace(/[<>&]/g, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&amp;"));
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, "&quot;");

/** How the table's text is set: its fonts (East Asian first) and size in points. */
export interface TableTextStyle {
  readonly fonts: readonly string[];
  readonly sizePt: number;
  /** The text width the columns share, in twips (a portrait A4 page's when not given). */
  readonly widthTwips?: number;
}

/** The table's borders: single black lines all round and between the cells. */
const BORDERS = ["top", "left", "bottom", "right", "insideH", "insideV"]
  .map((side) => `<w:${side} w:val="single" w:color="000000" w:sz="4"/>`)
  .join("");
const CELL_MARGINS = `<w:tcMar><w:left w:type="dxa" w:w="60"/><w:right w:type="dxa" w:w="60"/></w:tcMar>`;
/** The grid's total width in twips on a portrait page (the text width, shared by the columns). */
const GRID_TWIPS = 9000;

function runXml(text: string, bold: boolean, style: TableTextStyle): string {
  const size = Math.round(style.sizePt * 2);
  const font = escapeAttribute(style.fonts[0] ?? "");
  return (
    `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="${font}" w:hAnsi="Times New Roman"/>` +
    (bold ? "<w:b/><w:bCs/>" : "") +
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>` +
    `<w:t xml:space="preserve">${escapeText(text)}</w:t></w:r>`
  );
}

function cellXml(cell: TableCellPlan, header: boolean, style: TableTextStyle): string {
  const props =
    (cell.colSpan && cell.colSpan > 1 ? `<w:gridSpan w:val="${cell.colSpan}"/>` : "") +
    (cell.rowSpan && cell.rowSpan > 1 ? `<w:vMerge w:val="restart"/>` : "") +
    `${CELL_MARGINS}<w:vAlign w:val="center"/>`;
  const align = cell.align ?? "left";
  return (
    `<w:tc><w:tcPr>${props}</w:tcPr><w:p><w:pPr><w:jc w:val="${align}"/></w:pPr>` +
    `${runXml(cell.text, cell.bold ?? header, style)}</w:p></w:tc>`
  );
}

/** The cell a row span from above covers: merged into the cell it continues. */
function continuedXml(colSpan: number): string {
  return `<w:tc><w:tcPr>${colSpan > 1 ? `<w:gridSpan w:val="${colSpan}"/>` : ""}<w:vMerge w:val="continue"/></w:tcPr><w:p/></w:tc>`;
}

/**
 * The WordprocessingML of a table. A cell a row span from above covers is omitted in the plan;
 * here it becomes the merge's continuation in its column, as Word needs.
 */
export function tableXml(
  columns: readonly { readonly width: number }[],
  rows: readonly TableRowPlan[],
  style: TableTextStyle,
): string {
  const total = columns.reduce((a, c) => a + c.width, 0) || 1;
  const parts: string[] = [
    `<w:tbl><w:tblPr><w:tblW w:type="pct" w:w="100%"/><w:tblBorders>${BORDERS}</w:tblBorders></w:tblPr><w:tblGrid>`,
    ...columns.map(
      (c) => `<w:gridCol w:w="${Math.round((c.width / total) * (style.widthTwips ?? GRID_TWIPS))}"/>`,
    ),
    "</w:tblGrid>",
  ];
  /** Per grid column: how many more rows a span from above covers, and its width in columns. */
  const covered: { rows: number; span: number }[] = columns.map(() => ({ rows: 0, span: 1 }));
  for (const row of rows) {
    const header = row.header ?? false;
    parts.push(`<w:tr><w:trPr>${header ? "<w:tblHeader/>" : '<w:tblHeader w:val="false"/>'}</w:trPr>`);
    let col = 0;
    const place = (cell: TableCellPlan | null) => {
      while (col < columns.length && covered[col].rows > 0) {
        const c = covered[col];
        parts.push(continuedXml(c.span));
        c.rows--;
        col += c.span;
      }
      if (!cell) return;
      parts.push(cellXml(cell, header, style));
      const span = cell.colSpan ?? 1;
      if (cell.rowSpan && cell.rowSpan > 1 && col < columns.length)
        covered[col] = { rows: cell.rowSpan - 1, span };
      col += span;
    };
    for (const cell of row.cells) place(cell);
    place(null);
    parts.push("</w:tr>");
  }
  parts.push("</w:tbl>");
  return parts.join("");
}
