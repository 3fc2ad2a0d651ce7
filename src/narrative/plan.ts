/**
 * The narrative report as plain data: a title already broken into its lines, headings with the
 * numbering these reports use (一、 （一） 1. （1）), paragraphs, the 单位：万元 note, tables with
 * merged cells, 附件说明, 落款 and 成文日期, plus the page setup of GB/T 9704. Renderers (.docx via
 * docx, Word via Word JS, HTML) read this; tests read it too.
 */
import type { OutlineId } from "../domain";

/** A run of text; `placeholder` marks a 【待补充：…】 gap, highlighted like the draft. */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly placeholder?: boolean;
}

/** A line of 附件说明: where it starts and where its wrapped lines align, in body characters. */
export interface AttachmentLine {
  readonly text: string;
  /** The first line's indent from the left margin. */
  readonly startChars: number;
  /** The indent of wrapped lines (aligned with the first character of the attachment's name). */
  readonly wrapChars: number;
}

/** A line of the 落款: right-aligned, this many body characters in from the right margin. */
export interface SignatureLine {
  readonly text: string;
  readonly rightChars: number;
  readonly placeholder?: boolean;
}

export interface TableCellPlan {
  readonly text: string;
  readonly rowSpan?: number;
  readonly colSpan?: number;
  readonly align?: "left" | "center" | "right";
  readonly bold?: boolean;
}

export interface TableRowPlan {
  /** Cells of the row; a cell covered by a row span from above is omitted. */
  readonly cells: readonly TableCellPlan[];
  readonly header?: boolean;
  readonly total?: boolean;
}

export type HeadingLevel = 1 | 2 | 3 | 4;

export type BlockPlan =
  /** The title, and its lines (梯形/菱形, never broken inside a word). */
  | { readonly kind: "title"; readonly text: string; readonly lines: readonly string[] }
  | { readonly kind: "heading"; readonly level: HeadingLevel; readonly text: string }
  /** `draft`: generated text the user is meant to accept or edit (highlighted). */
  | { readonly kind: "paragraph"; readonly runs: readonly Run[]; readonly draft?: boolean }
  | { readonly kind: "unitNote"; readonly text: string }
  | {
      readonly kind: "table";
      readonly columns: readonly { readonly width: number }[];
      readonly rows: readonly TableRowPlan[];
    }
  /** 附件说明, after one blank line. */
  | { readonly kind: "attachments"; readonly lines: readonly AttachmentLine[] }
  /** 落款 (the unit) and 成文日期, after one blank line. */
  | { readonly kind: "signature"; readonly lines: readonly SignatureLine[] }
  /** An attachment's first page: 附件N at the top left, then its title centred (a 自评表 follows). */
  | { readonly kind: "attachmentTitle"; readonly label: string; readonly text: string };

/** The title block. */
export type TitleBlock = Extract<BlockPlan, { kind: "title" }>;

/** Page setup (GB/T 9704-2012): A4, margins in mm, fonts and sizes in points. */
export interface PageSetup {
  readonly marginsMm: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
  };
  readonly lineSpacingPt: number;
  readonly fonts: {
    readonly title: readonly string[];
    readonly body: readonly string[];
    readonly heading1: readonly string[];
    readonly heading2: readonly string[];
  };
  readonly sizesPt: { readonly title: number; readonly body: number; readonly table: number };
  /** First-line indent of body paragraphs, in characters. */
  readonly indentChars: number;
  /** Page numbers: 4号 半角 宋体 with a dash on each side, odd pages right and even pages left, one character in. */
  readonly pageNumber: {
    readonly fonts: readonly string[];
    readonly sizePt: number;
    readonly sideChars: number;
    /** From the page's bottom edge to the footer's baseline area (7 mm below the text block). */
    readonly footerMm: number;
  };
}

export const GB9704: PageSetup = {
  marginsMm: { top: 37, bottom: 35, left: 28, right: 26 },
  lineSpacingPt: 28,
  fonts: {
    // The first font is the standard one; the rest are fallbacks where it is not installed.
    title: ["方正小标宋简体", "宋体", "SimSun"],
    body: ["仿宋_GB2312", "仿宋", "FangSong"],
    heading1: ["黑体", "SimHei"],
    heading2: ["楷体_GB2312", "楷体", "KaiTi"],
  },
  // 二号 = 22 pt, 三号 = 16 pt; tables in 五号 (10.5 pt) so that amounts fit their columns.
  sizesPt: { title: 22, body: 16, table: 10.5 },
  indentChars: 2,
  // 4号 = 14 pt; the number's top 7 mm below the 35 mm bottom margin.
  pageNumber: { fonts: ["宋体", "SimSun"], sizePt: 14, sideChars: 1, footerMm: 23 },
};

/** The widest title line, in title characters: the text block's width less a character each side. */
export function titleLineChars(page: PageSetup): number {
  const widthMm = 210 - page.marginsMm.left - page.marginsMm.right;
  const charMm = (page.sizesPt.title * 25.4) / 72;
  return Math.floor(widthMm / charMm) - 2;
}

/**
 * An attachment of the report (附件). Today the report lists the forms the unit attaches; the
 * 自评表 of docs/domain.md §8 will carry their own pages in `blocks` (each attachment starts a new page).
 */
export interface AttachmentPlan {
  readonly title: string;
  readonly blocks?: readonly BlockPlan[];
}

export interface ReportPlan {
  readonly title: string;
  /** The outline the report follows. */
  readonly outline: OutlineId;
  readonly blocks: readonly BlockPlan[];
  /** The attachments 附件说明 lists, in order. */
  readonly attachments: readonly AttachmentPlan[];
  /**
   * The attachments' pages after the body (the standard 自评表: 附件N, its title and its table),
   * rendered after `blocks`; empty when a caller named other attachments.
   */
  readonly forms: readonly BlockPlan[];
  readonly page: PageSetup;
}

/** A numbering level: 1 一、 2 （一） 3 1. 4 （1） 5 ①. */
export type NumberingLevel = HeadingLevel | 5;

/** The numbering of a heading or list item at a level: 一、 （一） 1. （1） ①. */
export function numbering(level: NumberingLevel, index: number): string {
  switch (level) {
    case 1:
      return `${chineseNumber(index)}、`;
    case 2:
      return `（${chineseNumber(index)}）`;
    case 3:
      return `${index}.`;
    case 4:
      return `（${index}）`;
    case 5:
      return index >= 1 && index <= 20 ? String.fromCodePoint(0x2460 + index - 1) : `（${index}）`;
  }
}

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (up to 99). */
export function chineseNumber(n: number): string {
  const digits = "零一二三四五六七八九";
  if (n <= 0 || n >= 100) return String(n);
  if (n < 10) return digits[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : digits[tens]}十${ones ? digits[ones] : ""}`;
}

/**
 * The plain text of a report (title, headings, paragraphs, tables row by row, 附件说明, 落款), and
 * with `"all"` the attached forms after it (the text twin of the .docx and the HTML).
 */
export function reportText(plan: ReportPlan, parts: "body" | "all" = "body"): string {
  const lines: string[] = [];
  for (const b of parts === "all" ? [...plan.blocks, ...plan.forms] : plan.blocks) {
    if (b.kind === "paragraph") lines.push(b.runs.map((r) => r.text).join(""));
    else if (b.kind === "attachmentTitle") lines.push(b.label, b.text);
    else if (b.kind === "table")
      for (const row of b.rows) lines.push(row.cells.map((c) => c.text).join("\t"));
    else if (b.kind === "attachments" || b.kind === "signature") lines.push(...b.lines.map((l) => l.text));
    else lines.push(b.text);
  }
  return lines.join("\n");
}

/**
 * The 【待补充：…】 gaps of a report, in order: what the data lacks for the outline (docs/domain.md §7),
 * for the pane or the command line to list before export.
 */
export function reportGaps(plan: ReportPlan): string[] {
  return plan.blocks.flatMap((b) =>
    b.kind === "paragraph"
      ? b.runs.filter((r) => r.placeholder).map((r) => r.text)
      : b.kind === "signature"
        ? b.lines.filter((l) => l.placeholder).map((l) => l.text)
        : [],
  );
}
