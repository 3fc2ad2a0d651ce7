/**
 * Real-style report documents for the report check: a text fixture turned into a .docx the way a
 * PDF conversion makes one — every line of the PDF its own paragraph (sentences broken mid-word,
 * figures split from their units, page numbers between), tables as real Word tables.
 *
 * Fixture format: one paragraph per line; a line starting with `|` is a table row, its cells
 * separated by `|`; consecutive rows make one table. In a cell, `⏎` is a line break (a new
 * paragraph in the cell), `^` a cell merged with the one above, `<` one merged with the one on
 * its left.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";

export const PROVINCE_REPORT = path.join(__dirname, "../fixtures/hunan-province-2024-report.txt");

/** The fixture's text, line by line. */
export function fixtureLines(file = PROVINCE_REPORT): string[] {
  return fs.readFileSync(file, "utf8").replace(/\n$/, "").split("\n");
}

function tableOf(rows: readonly string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          children: cells.flatMap((text, c) => {
            if (text === "^" || text === "<") return [];
            let rowSpan = 1;
            while (rows[r + rowSpan]?.[c] === "^") rowSpan++;
            let columnSpan = 1;
            while (cells[c + columnSpan] === "<") columnSpan++;
            return [
              new TableCell({
                ...(rowSpan > 1 ? { rowSpan } : {}),
                ...(columnSpan > 1 ? { columnSpan } : {}),
                children: text.split("⏎").map((line) => new Paragraph({ children: [new TextRun(line)] })),
              }),
            ];
          }),
        }),
    ),
  });
}

/** The .docx of fixture lines (paragraphs and tables). */
export async function fixtureDocx(lines: readonly string[] = fixtureLines()): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length) children.push(tableOf(rows));
    rows = [];
  };
  for (const line of lines) {
    if (line.startsWith("|")) {
      rows.push(line.slice(1).split("|"));
      continue;
    }
    flush();
    children.push(new Paragraph({ children: [new TextRun(line)] }));
  }
  flush();
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
