/**
 * The one place for user-facing text. Each catalogue is Simplified Chinese today; an English
 * catalogue of the same shape can be added beside `zh-CN/` and selected here.
 */
export { errorText } from "./zh-CN/errors";
export { findingText } from "./zh-CN/findings";
export { cliText } from "./zh-CN/cli";
