/**
 * Golden files: a plan written out as readable text and compared with the file committed under
 * test/golden/. A change shows as a line diff; `UPDATE_GOLDEN=1 npx jest <test>` rewrites the
 * file after the change has been looked at. CI never writes them: a missing file fails.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { pathText } from "../../src/domain";
import type { ReportPlan } from "../../src/narrative/plan";
import { cellRef, type CellPlan, type WorkbookPlan } from "../../src/workbook/plan";

export const GOLDEN_DIR = path.join(__dirname, "../golden");

/** The lines of `actual` that differ from the golden file `name`, as "-expected" / "+actual" pairs. */
export function goldenDiff(name: string, actual: string): string[] {
  const file = path.join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN && !process.env.CI) fs.writeFileSync(file, actual);
  if (!fs.existsSync(file)) return [`missing golden file ${name}: run UPDATE_GOLDEN=1 npx jest`];
  const want = fs.readFileSync(file, "utf8").split("\n");
  const got = actual.split("\n");
  const out: string[] = [];
  for (let i = 0; i < Math.max(want.length, got.length) && out.length < 40; i++)
    if (want[i] !== got[i]) out.push(`${i + 1}: -${want[i] ?? ""}`, `${i + 1}: +${got[i] ?? ""}`);
  return out;
}

function cellText(cell: CellPlan): string {
  const parts: string[] = [];
  if (cell.formula !== undefined) parts.push(cell.formula);
  else if (cell.value !== undefined && cell.value !== null) parts.push(JSON.stringify(cell.value));
  if (cell.expected !== undefined) parts.push(`→ ${JSON.stringify(cell.expected)}`);
  if (cell.style) parts.push(`[${cell.style}${cell.numberFormat ? ` ${cell.numberFormat}` : ""}]`);
  if (cell.input) parts.push(`{${cell.input}}`);
  if (cell.path) parts.push(`(${pathText(cell.path)})`);
  if (cell.link) parts.push(`→ ${cell.link.sheet}!${cell.link.cell}`);
  return parts.join(" ");
}

/** A workbook plan as text: per sheet its settings, then every non-empty cell on a line. */
export function workbookPlanText(plan: WorkbookPlan): string {
  const lines: string[] = [`format ${plan.formatVersion}`];
  for (const n of plan.names) lines.push(`name ${n.name} = ${n.sheet}!${n.cell}`);
  for (const sheet of plan.sheets) {
    lines.push("", `== ${sheet.name} (${sheet.key}, ${sheet.kind})`);
    lines.push(`columns ${sheet.columns.map((c) => `${c.width}${c.hidden ? "h" : ""}`).join(" ")}`);
    lines.push(`frozen ${sheet.frozen.rows}×${sheet.frozen.columns} protect ${sheet.protect}`);
    for (const m of sheet.merges) lines.push(`merge ${m}`);
    for (const cf of sheet.conditionalFormats)
      lines.push(`cf ${cf.rule} ${cf.severity} ${cf.range} ${cf.formula}`);
    for (const v of sheet.validations) lines.push(`validate ${JSON.stringify(v)}`);
    sheet.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (cell) lines.push(`${cellRef(r, c)} ${cellText(cell)}`);
      }),
    );
  }
  return `${lines.join("\n")}\n`;
}

/** A report plan as text: one line per block, tables row by row, 【待补充】 runs marked ⟦…⟧. */
export function reportPlanText(plan: ReportPlan): string {
  const lines: string[] = [
    `title ${plan.title}`,
    `outline ${plan.outline}`,
    `page ${JSON.stringify(plan.page)}`,
    ...plan.attachments.map((a) => `attachment ${a.title}${a.blocks ? ` (${a.blocks.length} blocks)` : ""}`),
  ];
  for (const block of plan.blocks) {
    if (block.kind === "paragraph")
      lines.push(
        `p${block.draft ? " (draft)" : ""} ${block.runs
          .map((r) => (r.bold ? `**${r.text}**` : r.placeholder ? `⟦${r.text}⟧` : r.text))
          .join("")}`,
      );
    else if (block.kind === "heading") lines.push(`h${block.level} ${block.text}`);
    else if (block.kind === "title") lines.push(`title-lines ${block.lines.join(" / ")}`);
    else if (block.kind === "table") {
      lines.push(`table ${block.columns.map((c) => c.width).join(" ")}`);
      for (const row of block.rows)
        lines.push(
          `  |${row.header ? "h" : row.total ? "t" : ""}| ${row.cells
            .map((c) => `${c.text}${c.rowSpan ? ` ↓${c.rowSpan}` : ""}${c.colSpan ? ` →${c.colSpan}` : ""}`)
            .join(" | ")}`,
        );
    } else if (block.kind === "attachments")
      for (const l of block.lines) lines.push(`attachments [${l.startChars}/${l.wrapChars}] ${l.text}`);
    else if (block.kind === "signature")
      for (const l of block.lines)
        lines.push(`signature [right ${l.rightChars}] ${l.placeholder ? `⟦${l.text}⟧` : l.text}`);
    else lines.push(`${block.kind} ${block.text}`);
  }
  return `${lines.join("\n")}\n`;
}
