/**
 * The document as the check reads it: paragraphs joined where a PDF conversion broke a sentence
 * into lines (a line that ends without 。：； and is no heading goes on in the next one; page
 * numbers between them are skipped), soft line breaks removed, headings recognised by their
 * numbering (一、 （一） 1. （1）), and table cells gathered into tables. Every character of a
 * joined paragraph keeps where it came from, so a figure is reported in its own paragraph.
 */
import type { CellPosition, TextBlock } from "./types";

/** A paragraph as the check reads it: one or more blocks of the document joined. */
export interface LogicalParagraph {
  readonly kind: "paragraph";
  readonly text: string;
  /** For each character of `text`: the block it comes from (index into the input) and its offset there. */
  readonly blockOf: readonly number[];
  readonly offsetOf: readonly number[];
  /** The heading level (1 一、 2 （一） 3 1. 4 （1）) when the paragraph is a heading. */
  readonly heading?: 1 | 2 | 3 | 4;
}

/** A cell of a table. */
export interface LayoutCell {
  readonly block: number;
  readonly text: string;
  readonly position: CellPosition;
}

/** A table of the document: its rows of cells by grid column. */
export interface LayoutTable {
  readonly kind: "table";
  readonly table: number;
  readonly rows: readonly (readonly LayoutCell[])[];
  /** The 单位 of the note above the table (单位：万元), if any. */
  readonly unit?: string;
}

export type LayoutItem = LogicalParagraph | LayoutTable;

/** Characters a soft line break or a carriage return leaves in a paragraph's text. */
const BREAKS = /[\r\n\v\f\u2028\u2029]/u;
/** A paragraph ends a sentence (or introduces what follows) with one of these. */
const TERMINAL = /[。！？：；:;!?]["”’」』）)]*\s*$/u;
/** The numbering that starts a heading or a list item. */
const NUMBERED =
  /^\s*(?:([一二三四五六七八九十]+)、|（([一二三四五六七八九十]+)）|\(([一二三四五六七八九十]+)\)|(\d{1,2})[.．、](?=\s*[^\d\s.．%％])|（(\d{1,2})）|\((\d{1,2})\)|[①-⑳])/u;
/** A page number alone on a line (7, - 7 -, — 7 —). */
const PAGE_NUMBER = /^\s*[-—–]?\s*\d{1,3}\s*[-—–]?\s*$/u;
const UNIT_NOTE = /单位[:：]\s*(亿元|万元|元)/u;

/** The heading level of a line, when it is a heading: numbered, short, and not a sentence. */
export function headingLevel(text: string): 1 | 2 | 3 | 4 | undefined {
  const m = NUMBERED.exec(text);
  if (!m) return undefined;
  const t = text.trim();
  if (t.length > 40 || /[，,。；;]/u.test(t.slice(m[0].trim().length))) return undefined;
  if (m[1]) return 1;
  if (m[2] || m[3]) return 2;
  if (m[4]) return 3;
  return 4;
}

/** The text of a heading without its numbering. */
export function headingText(text: string): string {
  return text.replace(NUMBERED, "").trim();
}

class ParagraphBuilder {
  text = "";
  blockOf: number[] = [];
  offsetOf: number[] = [];

  add(block: number, text: string): void {
    for (let i = 0; i < text.length; i++) {
      if (BREAKS.test(text[i])) continue;
      this.text += text[i];
      this.blockOf.push(block);
      this.offsetOf.push(i);
    }
  }

  build(): LogicalParagraph {
    const heading = headingLevel(this.text);
    return {
      kind: "paragraph",
      text: this.text,
      blockOf: this.blockOf,
      offsetOf: this.offsetOf,
      ...(heading ? { heading } : {}),
    };
  }
}

/** Reads the blocks of a document into paragraphs (PDF lines joined) and tables, in order. */
export function layout(blocks: readonly TextBlock[]): LayoutItem[] {
  const items: LayoutItem[] = [];
  let current: ParagraphBuilder | undefined;
  let table: { table: number; rows: LayoutCell[][]; unit?: string } | undefined;
  let lastNote: string | undefined;
  const flushParagraph = () => {
    if (current && current.text.trim()) {
      const p = current.build();
      items.push(p);
      const note = UNIT_NOTE.exec(p.text);
      lastNote = note ? note[1] : undefined;
    }
    current = undefined;
  };
  const flushTable = () => {
    if (table)
      items.push({
        kind: "table",
        table: table.table,
        rows: table.rows,
        ...(table.unit ? { unit: table.unit } : {}),
      });
    table = undefined;
  };
  blocks.forEach((block, index) => {
    if (block.cell) {
      flushParagraph();
      if (table && table.table !== block.cell.table) flushTable();
      if (!table) {
        table = { table: block.cell.table, rows: [], ...(lastNote ? { unit: lastNote } : {}) };
        lastNote = undefined;
      }
      const row = (table.rows[block.cell.row] ??= []);
      row[block.cell.column] = { block: index, text: block.text, position: block.cell };
      return;
    }
    flushTable();
    const text = block.text;
    if (!text.trim() || PAGE_NUMBER.test(text)) return;
    const joins =
      current !== undefined &&
      !TERMINAL.test(current.text) &&
      headingLevel(current.text) === undefined &&
      !NUMBERED.test(text);
    if (!joins) flushParagraph();
    current ??= new ParagraphBuilder();
    current.add(index, text);
  });
  flushParagraph();
  flushTable();
  // Rows of a table read from Word's values or a .docx may have holes (merged cells): fill them.
  return items.map((item) =>
    item.kind === "table" ? { ...item, rows: Array.from(item.rows, (row) => row ?? []) } : item,
  );
}

/** The sentences of a paragraph: [start, end) ranges ending after 。！？ (or at the end). */
export function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    // ASCII ! and ? end a sentence only before a space or at the end (a name may hold one).
    if ("。！？".includes(text[i]) || ("!?".includes(text[i]) && /^\s?$/u.test(text.slice(i + 1, i + 2)))) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}
