/**
 * The narrative report as plain data: a title, headings with the numbering these reports use
 * (一、 （一） 1. （1）), paragraphs, the 单位：万元 note and tables with merged cells, plus the page
 * setup of GB/T 9704. Renderers (.docx via docx, Word via Word JS) read this; tests read it too.
 */

/** A run of text; `draft` marks text the user is meant to accept or edit. */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
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

export type BlockPlan =
  | { readonly kind: "title"; readonly text: string }
  | { readonly kind: "heading"; readonly level: 1 | 2 | 3 | 4; readonly text: string }
  | { readonly kind: "paragraph"; readonly runs: readonly Run[]; readonly draft?: boolean }
  | { readonly kind: "unitNote"; readonly text: string }
  | {
      readonly kind: "table";
      readonly columns: readonly { readonly width: number }[];
      readonly rows: readonly TableRowPlan[];
    };

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
};

export interface ReportPlan {
  readonly title: string;
  readonly blocks: readonly BlockPlan[];
  readonly page: PageSetup;
}

/** The numbering of a heading at a level: 一、 （一） 1. （1）. */
export function numbering(level: 1 | 2 | 3 | 4, index: number): string {
  const cn = chineseNumber(index);
  switch (level) {
    case 1:
      return `${cn}、`;
    case 2:
      return `（${cn}）`;
    case 3:
      return `${index}. `;
    case 4:
      return `（${index}）`;
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

/** The plain text of a report (title, headings, paragraphs, tables row by row). */
export function reportText(plan: ReportPlan): string {
  const lines: string[] = [];
  for (const b of plan.blocks) {
    if (b.kind === "paragraph") lines.push(b.runs.map((r) => r.text).join(""));
    else if (b.kind === "table")
      for (const row of b.rows) lines.push(row.cells.map((c) => c.text).join("\t"));
    else lines.push(b.text);
  }
  return lines.join("\n");
}
