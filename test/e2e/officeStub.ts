/**
 * What the e2e tests serve in place of Office.js: `Office` ready as Excel (or as Word when the
 * page URL has `?host=word`), `Excel` backed by the Excel stand-in and `Word` by the Word
 * stand-in, so the real task pane bundle runs against an in-memory workbook or document. The
 * state is exposed as `window.__jixiaoWorkbook` / `window.__jixiaoDocument` for the tests (the
 * Word stand-in itself, with its comments and selection, as `window.__jixiaoWord`), the
 * workbooks `Excel.createWorkbook` opened as `window.__jixiaoCreated` (base64 of each .xlsx).
 *
 * The address may ask for: `?fail=<code>` (every Excel.run fails with that Office error code),
 * `?platform=mac`, `?theme=dark` (Office's Black theme), `?api=1.7` (an Excel without ExcelApi
 * 1.8, which cannot open a new workbook), `?workbook=sample` (the workbook already holds the
 * sample's standard sheets when the pane opens) or `?workbook=legacy` (the same, as the previous
 * version wrote them: 检查结果 with its old headers, 岳阳市's error marked 已核实).
 */
import {
  ExcelEnums,
  StandInContext,
  standInCreateWorkbook,
  standInRun,
} from "../../src/testing/excelStandIn";
import { WordEnums, WordStandInContext } from "../../src/testing/wordStandIn";
import { loadDataset, type RawDataset } from "../../src/domain";
import { buildOrRefresh } from "../../src/host/excel";
import { asRequestContext } from "../../src/testing/excelStandIn";
import sample from "../../samples/hunan-province-2024.json";

const params = new URLSearchParams(window.location.search);
const host = params.get("host") === "word" ? "Word" : "Excel";
const platform = params.get("platform") === "mac" ? "Mac" : "OfficeOnline";
const workbook = new StandInContext();
const document = new WordStandInContext();
const win = window as unknown as Record<string, unknown>;
// `?fail=<code>`: every Excel.run fails as Office.js does, with that code (e.g. a cell in edit mode).
const fail = params.get("fail");
/** The minor version of ExcelApi this Office has (`?api=1.7`: 7). */
const minor = (version: string | undefined) => Number((version ?? "1.1").split(".")[1] ?? "0");
const api = minor(params.get("api") ?? "1.17");
const created: Uint8Array[] = [];
const createWorkbook = standInCreateWorkbook(created);
win.Excel = {
  ...ExcelEnums,
  run: fail
    ? () =>
        Promise.reject(
          Object.assign(new Error("Office stand-in refused"), { name: "RichApi.Error", code: fail }),
        )
    : standInRun(workbook),
  createWorkbook,
};
win.Word = { ...WordEnums, run: <T>(batch: (context: unknown) => Promise<T>) => batch(document) };
win.Office = {
  HostType: { Excel: "Excel", Word: "Word" },
  PlatformType: { Mac: "Mac", OfficeOnline: "OfficeOnline", PC: "PC" },
  onReady: (callback?: (info: { host: string; platform: string }) => void) => {
    const info = { host, platform };
    return prepared.then(() => {
      callback?.(info);
      return info;
    });
  },
  context: {
    platform,
    // Word answers for the stand-in's WordApi version (1.4: comments); Excel for `?api`'s ExcelApi.
    requirements: {
      isSetSupported: (set: string, version?: string) =>
        host === "Word"
          ? document.supports(set, version ?? "1.1")
          : set !== "ExcelApi" || minor(version) <= api,
    },
    officeTheme:
      params.get("theme") === "dark"
        ? {
            bodyBackgroundColor: "#262626",
            bodyForegroundColor: "#ffffff",
            controlBackgroundColor: "#3a3a3a",
            controlForegroundColor: "#ffffff",
          }
        : {
            bodyBackgroundColor: "#ffffff",
            bodyForegroundColor: "#262626",
            controlBackgroundColor: "#ffffff",
            controlForegroundColor: "#262626",
          },
  },
  actions: { associate: () => undefined },
};
win.__jixiaoWorkbook = workbook.state;

/** The workbook the pane opens in, as the address asks. */
async function prepare(kind: string | null): Promise<void> {
  if (kind !== "sample" && kind !== "legacy") return;
  await buildOrRefresh(asRequestContext(workbook), { dataset: loadDataset(sample as RawDataset) });
  if (kind !== "legacy") return;
  const findings = workbook.state.sheets.find((s) => s.name === "检查结果");
  if (!findings) return;
  findings.cells.set("E2", { value: "说明" });
  findings.cells.set("I2", { value: "核实说明" });
  // 岳阳市's error, under the previous version's key (its dataset path), status and note column.
  for (const [ref, cell] of findings.cells)
    if (cell.value === 'rate-mismatch@fundTables["tcm"].rows["岳阳市"].reportedRate') {
      const row = ref.slice(1);
      findings.cells.set(ref, { value: "rate-mismatch@fundTables[1].rows[5].reportedRate" });
      findings.cells.set(`H${row}`, { value: "已核实" });
      findings.cells.set(`I${row}`, { value: "已与岳阳市核对，按到位数计算" });
    }
}
const prepared = prepare(params.get("workbook"));
win.__jixiaoDocument = document.items;
win.__jixiaoWord = document;
Object.defineProperty(win, "__jixiaoCreated", {
  get: () =>
    created.map((bytes) => {
      let binary = "";
      for (let i = 0; i < bytes.length; i += 0x8000)
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    }),
});
