/** The report check's output shapes: the JSON of a finding, and a document's blocks from a reader's content. */
import type { ReportFinding, TextBlock } from "./types";

/** The JSON shape of a report finding (`jixiao verify-report --json`). */
export function reportFindingToJson(f: ReportFinding): Record<string, string | number> {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    paragraph: f.paragraph,
    excerpt: f.excerpt,
    reported: f.reported,
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(f.otherParagraph !== undefined ? { otherParagraph: f.otherParagraph } : {}),
  };
}

/** What a document reader gives: paragraphs and tables in order (see `src/renderers/docxRead.ts`). */
export interface DocxContentLike {
  readonly blocks: readonly (
    | { readonly kind: "paragraph"; readonly paragraph: number; readonly text: string }
    | {
        readonly kind: "table";
        readonly table: number;
        readonly rows: readonly {
          readonly cells: readonly {
            readonly paragraph: number;
            readonly text: string;
            readonly column: number;
          }[];
        }[];
      }
  )[];
}

/** The text blocks of a document's content: each paragraph, then each table's cells row by row. */
export function docxBlocks(content: DocxContentLike): TextBlock[] {
  const out: TextBlock[] = [];
  for (const b of content.blocks) {
    if (b.kind === "paragraph") out.push({ paragraph: b.paragraph, text: b.text });
    else
      b.rows.forEach((row, r) =>
        row.cells.forEach((c) =>
          out.push({
            paragraph: c.paragraph,
            text: c.text,
            cell: { table: b.table, row: r, column: c.column },
          }),
        ),
      );
  }
  return out;
}
