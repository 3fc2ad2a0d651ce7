/**
 * 核对报告数字 (docs/domain.md §9): the figures of a report's text — from a .docx or the open Word
 * document — attributed to what they are about, and checked against the workbook's model and
 * against each other. Pure: text blocks in, findings out (no Office, no file reading).
 */
export * from "./types";
export { checkReport, subjectKey, type ReportCheckOptions } from "./check";
export { findFigures, cellFigure, kindOfUnit, type RawFigure } from "./figures";
export { layout, type LayoutItem } from "./layout";
export {
  VOCABULARY,
  RATE_FORMULAS,
  MEASURES,
  STATIC_SUBJECTS,
  type Measure,
  type StaticSubject,
} from "./vocabulary";
export { reportFindingToJson, docxBlocks, type DocxContentLike } from "./output";
