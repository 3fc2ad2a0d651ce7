/**
 * What the e2e tests serve in place of Office.js: `Office` (ready as Excel) and `Excel` backed
 * by the Excel stand-in, so the real task pane bundle runs against a workbook in memory. The
 * page's workbook state is exposed as `window.__jixiaoWorkbook` for the tests to inspect.
 */
import { ExcelEnums, StandInContext, standInRun } from "../../src/testing/excelStandIn";

const context = new StandInContext();
const win = window as unknown as Record<string, unknown>;
win.Excel = { ...ExcelEnums, run: standInRun(context) };
win.Office = {
  HostType: { Excel: "Excel", Word: "Word" },
  onReady: (callback?: (info: { host: string; platform: string }) => void) => {
    const info = { host: "Excel", platform: "OfficeOnline" };
    callback?.(info);
    return Promise.resolve(info);
  },
  context: { requirements: { isSetSupported: () => true } },
  actions: { associate: () => undefined },
};
win.__jixiaoWorkbook = context.state;
