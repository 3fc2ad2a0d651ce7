/**
 * The pure engine: dataset contract, number policy, formulas, scoring and rules. No Office,
 * React, exceljs or docx here (enforced by eslint), and no I/O.
 */
export * from "./dataset";
export * from "./numbers";
export * from "./findings";
export * from "./model";
export * from "./scoring";
export { cleanText, loadDataset, parseDataset, readDataset, toRawDataset, type LoadResult } from "./schema";
export * from "./paths";
export * from "./fields";
export { checkDataset, runRules, type CheckResult } from "./rules";
export { blankDataset, YEAR_RANGE, type BlankFundTable, type BlankSpec } from "./blank";
export { readDatasetFile } from "./datasetFile";
export * from "./reviews";
export * from "./budget";
export {
  applyTemplate,
  DEPARTMENT_TEMPLATE,
  PROJECT_TABLE_ID,
  PROJECT_TEMPLATE,
  TEMPLATE_IDS,
  TEMPLATES,
  templateDataset,
  templateIndicators,
  type TemplateId,
  type TemplateIndicator,
  type TemplateSpec,
} from "./templates";
