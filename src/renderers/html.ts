/**
 * The report as HTML with inline styles, for the clipboard fallback (pasting into Word keeps
 * headings, fonts, indents and tables with merged cells). Every text is escaped: user text is
 * never inserted as markup.
 */
import type { BlockPlan, ReportPlan, TableRowPlan } from "../narrative/plan";

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text safe to place in HTML content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

const fontList = (fonts: readonly string[]) => fonts.map((f) => `'${f.replace(/'/g, "")}'`).join(", ");

function rowHtml(row: TableRowPlan, plan: ReportPlan): string {
  const cells = row.cells
    .map((c) => {
      const tag = row.header ? "th" : "td";
      const spans = `${c.rowSpan ? ` rowspan="${c.rowSpan}"` : ""}${c.colSpan ? ` colspan="${c.colSpan}"` : ""}`;
      const style = `border:1px solid #000;padding:2pt 4pt;text-align:${c.align ?? "left"};font-weight:${c.bold || row.header ? "bold" : "normal"};font-size:${plan.page.sizesPt.table}pt`;
      return `<${tag}${spans} style="${style}">${escapeHtml(c.text)}</${tag}>`;
    })
    .join("");
  return `<tr>${cells}</tr>`;
}

function blockHtml(b: BlockPlan, plan: ReportPlan): string {
  const page = plan.page;
  const body = `font-family:${fontList(page.fonts.body)};font-size:${page.sizesPt.body}pt;line-height:${page.lineSpacingPt}pt;margin:0`;
  const indent = `text-indent:${page.indentChars}em`;
  switch (b.kind) {
    case "title":
      return `<h1 style="font-family:${fontList(page.fonts.title)};font-size:${page.sizesPt.title}pt;font-weight:normal;text-align:center;margin:0 0 ${page.lineSpacingPt}pt">${b.lines.map(escapeHtml).join("<br>")}</h1>`;
    case "heading": {
      const fonts =
        b.level === 1 ? page.fonts.heading1 : b.level === 2 ? page.fonts.heading2 : page.fonts.body;
      const weight = b.level === 3 ? "bold" : "normal";
      return `<h${b.level + 1} style="${body};font-family:${fontList(fonts)};font-weight:${weight};${indent}">${escapeHtml(b.text)}</h${b.level + 1}>`;
    }
    case "paragraph": {
      const text = b.runs
        .map((r) => (r.bold ? `<b>${escapeHtml(r.text)}</b>` : escapeHtml(r.text)))
        .map((t, i) =>
          b.runs[i].placeholder && !b.draft ? `<span style="background:#ffff00">${t}</span>` : t,
        )
        .join("");
      return `<p style="${body};${indent};text-align:justify${b.draft ? ";background:#ffff00" : ""}">${text}</p>`;
    }
    case "unitNote":
      return `<p style="${body};text-align:right;font-size:${page.sizesPt.table}pt">${escapeHtml(b.text)}</p>`;
    case "table":
      return `<table style="border-collapse:collapse;width:100%;font-family:${fontList(page.fonts.body)}">${b.rows.map((r) => rowHtml(r, plan)).join("")}</table>`;
    case "attachments":
      return b.lines
        .map(
          (l, i) =>
            `<p style="${body};margin-top:${i === 0 ? page.lineSpacingPt : 0}pt;padding-left:${l.wrapChars}em;text-indent:-${l.wrapChars - l.startChars}em">${escapeHtml(l.text)}</p>`,
        )
        .join("\n");
    case "signature":
      return b.lines
        .map(
          (l, i) =>
            `<p style="${body};margin-top:${i === 0 ? page.lineSpacingPt : 0}pt;text-align:right;padding-right:${l.rightChars}em${l.placeholder ? ";background:#ffff00" : ""}">${escapeHtml(l.text)}</p>`,
        )
        .join("\n");
  }
}

/** The report as one HTML fragment (for text/html on the clipboard; `reportText` is its plain-text twin). */
export function renderHtml(plan: ReportPlan): string {
  return `<div>${plan.blocks.map((b) => blockHtml(b, plan)).join("\n")}</div>`;
}
