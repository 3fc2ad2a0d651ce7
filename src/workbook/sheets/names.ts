/** Workbook-level names: settings other sheets' formulas and conditional formats refer to. */

/** The low-execution threshold (a fraction, on 基本信息). */
export const THRESHOLD_NAME = "JX_LowExecThreshold";
/** Whether the execution-rate cap applies (是/否, on 基本信息). */
export const EXECUTION_CAP_NAME = "JX_ExecutionCap";
