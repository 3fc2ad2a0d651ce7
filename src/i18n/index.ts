/**
 * The one entry point for user-facing text: every module imports its catalogue from here, never
 * from `zh-CN/` directly. Each catalogue is Simplified Chinese today; an English catalogue of the
 * same shape can be added beside `zh-CN/` and selected here.
 */
export { cliText } from "./zh-CN/cli";
export { commandText } from "./zh-CN/commands";
export { errorText } from "./zh-CN/errors";
export { findingText } from "./zh-CN/findings";
export { newWorkbookText } from "./zh-CN/newWorkbook";
export { officeErrorText } from "./zh-CN/officeErrors";
export { reportText } from "./zh-CN/report";
export { uiText } from "./zh-CN/ui";
export { workbookText } from "./zh-CN/workbook";
export { fieldText } from "./zh-CN/fields";
export { reportCheckText } from "./zh-CN/reportCheck";
export { templateText } from "./zh-CN/templates";
