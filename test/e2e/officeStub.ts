/**
 * What the e2e tests serve in place of Office.js: `Office` ready as Excel (or as Word when the
 * page URL has `?host=word`; `?fail=<code>` makes every Excel.run fail with that Office error code), `Excel` backed by the Excel stand-in and `Word` by the Word
 * stand-in, so the real task pane bundle runs against an in-memory workbook or document. The
 * state is exposed as `window.__jixiaoWorkbook` / `window.__jixiaoDocument` (the Word stand-in
 * itself, with its comments and selection, as `window.__jixiaoWord`) for the tests.
 */
import { ExcelEnums, StandInContext, standInRun } from "../../src/testing/excelStandIn";
import { WordEnums, WordStandInContext } from "../../src/testing/wordStandIn";

const params = new URLSearchParams(window.location.search);
const host = params.get("host") === "word" ? "Word" : "Excel";
const platform = params.get("platform") === "mac" ? "Mac" : "OfficeOnline";
const workbook = new StandInContext();
const document = new WordStandInContext();
const win = window as unknown as Record<string, unknown>;
// `?fail=<code>`: every Excel.run fails as Office.js does, with that code (e.g. a cell in edit mode).
const fail = params.get("fail");
win.Excel = {
  ...ExcelEnums,
  run: fail
    ? () =>
        Promise.reject(
          Object.assign(new Error("Office stand-in refused"), { name: "RichApi.Error", code: fail }),
        )
    : standInRun(workbook),
};
win.Word = { ...WordEnums, run: <T>(batch: (context: unknown) => Promise<T>) => batch(document) };
win.Office = {
  HostType: { Excel: "Excel", Word: "Word" },
  PlatformType: { Mac: "Mac", OfficeOnline: "OfficeOnline", PC: "PC" },
  onReady: (callback?: (info: { host: string; platform: string }) => void) => {
    const info = { host, platform };
    callback?.(info);
    return Promise.resolve(info);
  },
  context: {
    platform,
    // Word answers for the stand-in's WordApi version (1.4: comments); Excel has every set.
    requirements: {
      isSetSupported: (set: string, version: string) =>
        host === "Word" ? document.supports(set, version) : true,
    },
  },
  actions: { associate: () => undefined },
};
win.__jixiaoWorkbook = workbook.state;
win.__jixiaoDocument = document.items;
win.__jixiaoWord = document;
