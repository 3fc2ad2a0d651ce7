/**
 * The report check's input and output as plain data. Input: the text blocks of a document in
 * order — paragraphs and table cells — as read from a .docx or from the open Word document.
 * Output: findings of their own type (a paragraph and an excerpt instead of a dataset path), the
 * figures attributed to an item, and those that could not be attributed (counted, never flagged).
 */
import type { Decimal, NumCell, REPORT_RULES, Severity } from "../domain";
import type { Measure, StaticSubject } from "./vocabulary";

/** Where a table cell is: the table's number in the document (from 1), its row and grid column (from 0). */
export interface CellPosition {
  readonly table: number;
  readonly row: number;
  readonly column: number;
}

/** One paragraph or one table cell of a document, in document order. */
export interface TextBlock {
  /**
   * The paragraph's number in the document, counting from 1 as Word counts them (the paragraphs
   * of table cells included); for a cell, its first paragraph.
   */
  readonly paragraph: number;
  readonly text: string;
  /** Set for a table cell. */
  readonly cell?: CellPosition;
}

/** What a figure is written in. */
export const FigureKind = { amount: "amount", rate: "rate", count: "count", score: "score" } as const;
export type FigureKind = (typeof FigureKind)[keyof typeof FigureKind];

/** Where a figure is written, precisely enough for a host to find and mark it. */
export interface FigureAnchor {
  readonly paragraph: number;
  readonly cell?: CellPosition;
  /** The figure (number and unit) as written in that block, to search for. */
  readonly text: string;
  /** How many times `text` occurs in the block before this figure (0 for the first). */
  readonly occurrence: number;
}

/** A figure found in the text: a number with its unit. */
export interface TextFigure {
  readonly kind: FigureKind;
  /** The number as written, in its unit (percent for rates). */
  readonly number: NumCell;
  /** The unit as written: 万元, 亿元, 元, %, 人, 人次, 辆, 个, 批次, 分 … */
  readonly unit: string;
  /** The value in the model's unit (万元 for amounts), exact. */
  readonly value: Decimal;
  /** The figure as it reads (`125,651.44 万元`). */
  readonly written: string;
  readonly anchor: FigureAnchor;
  /** The sentence (or table row) the figure is in, for messages and lists. */
  readonly excerpt: string;
}

/** A figure attributed to an item: a subject and what is measured of it. */
export interface AttributedFigure extends TextFigure {
  /** Stable key of the item (`project/income`, `fund:公共卫生专项/rate`, `table:2/row:长沙市/used`). */
  readonly key: string;
  /** The item as a clerk names it (`项目支出 · 本年收入`). */
  readonly item: string;
  readonly subject: SubjectRef;
  readonly measure: Measure;
}

/** What a figure is about: a subject of the vocabulary, or a named fund item (a table, a row, a group). */
export type SubjectRef =
  | { readonly kind: "static"; readonly id: StaticSubject }
  | {
      readonly kind: "fund";
      /** The table's (or prose item's) name as written, normalised. */
      readonly name: string;
      /** A row of that table, by name. */
      readonly row?: string;
      /** A group (subtotal) of that table. */
      readonly group?: string;
      /** The document's table the item was read from (1-based), when it is one. */
      readonly table?: number;
    };

/** The report check's rule ids (in the rule catalogue of `src/domain/findings.ts`). */
export type ReportRuleId = (typeof REPORT_RULES)[number];

/** A finding about a report's text. */
export interface ReportFinding {
  readonly rule: ReportRuleId;
  readonly severity: Severity;
  readonly message: string;
  /** The paragraph the figure is in (numbered from 1, as Word counts). */
  readonly paragraph: number;
  /** The sentence or table row, quoted. */
  readonly excerpt: string;
  /** The figure as the report writes it. */
  readonly reported: string;
  /** The figure it should be: the workbook's, the other statement's, or the rate the amounts give. */
  readonly expected?: string;
  /** The paragraph of the other statement (self-inconsistent) or of the amounts (rate). */
  readonly otherParagraph?: number;
  /** The figure's place, for marking it in the document. */
  readonly anchor: FigureAnchor;
}

/** The result of a report check. */
export interface ReportCheckResult {
  readonly findings: readonly ReportFinding[];
  /** Every figure found (number + unit). */
  readonly figures: readonly TextFigure[];
  readonly attributed: readonly AttributedFigure[];
  /** Figures that could not be attributed: counted and listed, never flagged. */
  readonly unattributed: readonly TextFigure[];
  /** How many attributed figures were compared with a figure of the workbook (0 without data). */
  readonly compared: number;
}
