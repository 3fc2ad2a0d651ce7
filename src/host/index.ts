/**
 * The host: everything that talks to the Office application the add-in runs in (Excel, Word)
 * through Office.js, behind one seam. The task pane and the ribbon commands receive a `Host` (or
 * the operations below) and never call Office.js themselves; tests pass stand-ins.
 */
export * from "./seam";
export { CREATE_WORKBOOK_SET, excelHost, type ExcelHostOptions, type ExcelRun } from "./excelHost";
export { wordHost, type WordRun } from "./wordHost";
export { type DescribedError } from "./officeErrors";
export { copyHtml, download, DOCX_TYPE } from "./handover";
export { describeError, describedText } from "./officeErrors";
export { officeThemeColors } from "./theme";
