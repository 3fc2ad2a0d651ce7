/**
 * Building and refreshing the standard workbook in the open workbook (Office.js, on the stand-in):
 * nothing a user typed is lost, reviews survive a re-check, foreign sheets are never touched, and
 * reading the workbook through Office.js gives the same dataset as the file did.
 */
import { checkDataset, loadDataset, type Dataset } from "../../src/domain";
import { readXlsxGrid, renderXlsx } from "../../src/renderers/xlsx";
import { buildWorkbookPlan } from "../../src/workbook";
import {
  BuildMode,
  buildOrRefresh,
  checkWorkbook,
  inspectWorkbook,
  recordReview,
} from "../../src/host/excel";
import { WorkbookError } from "../../src/errors";
import { errorText } from "../../src/i18n";
import { readExcelGrid } from "../../src/renderers/excelRead";
import { READ_LIMITS } from "../../src/workbook/grid";
import {
  asRequestContext,
  installExcelGlobal,
  newSheet,
  StandInContext,
  type SheetState,
} from "../../src/testing/excelStandIn";
import { importWorkbook } from "../../src/workbook/import";
import { sampleRaw } from "../helpers/datasets";

installExcelGlobal();

const sample = (): Dataset => loadDataset(sampleRaw());
const sheet = (ctx: StandInContext, name: string): SheetState => {
  const s = ctx.state.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

describe("buildOrRefresh", () => {
  it("builds the sample into an empty workbook, then reads it back through Office.js unchanged", async () => {
    const ctx = new StandInContext();
    const first = await buildOrRefresh(asRequestContext(ctx), { dataset: sample() });
    expect(first.fromWorkbook).toBe(false);
    expect(first.render.created).toHaveLength(13);
    const read = await readExcelGrid(asRequestContext(ctx));
    expect(read.syncs).toBe(3);
    const again = importWorkbook(read.grid);
    // The same dataset as the .xlsx file of the same plan reads back to.
    const { model, findings } = checkDataset(sample());
    const fromFile = importWorkbook(
      await readXlsxGrid(await renderXlsx(buildWorkbookPlan(model, findings).plan)),
    );
    expect(again.raw).toEqual(fromFile.raw);
    expect(again.raw.fundTables?.[1].rows[5].reportedRate).toBe("45.62");
    expect(sheet(ctx, "中医药专项")).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      printTitleRows: "$1:$3",
    });
  });

  it("keeps what a user typed and what a reviewer recorded, and re-checks", async () => {
    const ctx = new StandInContext();
    const built = await buildOrRefresh(asRequestContext(ctx), { dataset: sample() });
    const at = built.findings.find((f) => f.rule === "rate-mismatch");
    expect(at).toMatchObject({ sheet: "中医药专项", cell: "H9" });
    // A reviewer marks the low-execution finding of 湘潭市 as explained, with a note — with the
    // previous version's word 已核实, which reads (and is written back) as 已说明.
    const findings = sheet(ctx, "检查结果");
    const row = [...findings.cells.entries()].find(
      ([, c]) => c.value === 'low-execution@fundTables["tcm"].rows["湘潭市"]',
    );
    expect(row).toBeDefined();
    const r = Number(/\d+$/.exec(row?.[0] ?? "")?.[0]);
    findings.cells.set(`H${r}`, { value: "已核实" });
    findings.cells.set(`I${r}`, { value: "湘潭市项目下半年才启动，资金已于次年使用" });
    // The user corrects 岳阳市's reported rate and types a note on an achievement.
    const tcm = sheet(ctx, "中医药专项");
    tcm.cells.set("H9", { value: 0.4561, numberFormat: "0.00%" });
    const refreshed = await buildOrRefresh(asRequestContext(ctx));
    expect(refreshed.fromWorkbook).toBe(true);
    expect(refreshed.datasetIgnored).toBe(false);
    expect(refreshed.render.created).toEqual([]);
    expect(refreshed.render.updated).toHaveLength(13);
    expect(refreshed.findings.filter((f) => f.rule === "rate-mismatch")).toEqual([]);
    expect(refreshed.dataset.fundTables?.[1].rows[5].reportedRate?.value?.toString()).toBe("45.61");
    const after = importWorkbook((await readExcelGrid(asRequestContext(ctx))).grid);
    expect(after.reviews.get('low-execution@fundTables["tcm"].rows["湘潭市"]')).toEqual({
      status: "已说明",
      note: "湘潭市项目下半年才启动，资金已于次年使用",
    });
    expect(sheet(ctx, "中医药专项").cells.get("H9")?.value).toBe(0.4561);
    // Without the layout of the build: three syncs to read, one to write.
    expect(refreshed.syncs).toBe(4);
  });

  it("reads in one sync and writes in one when given the layout of the last operation", async () => {
    const ctx = new StandInContext();
    const built = await buildOrRefresh(asRequestContext(ctx), { dataset: sample() });
    sheet(ctx, "中医药专项").cells.set("H9", { value: 0.4561, numberFormat: "0.00%" });
    const refreshed = await buildOrRefresh(asRequestContext(ctx), { layout: built.layout });
    expect(refreshed.readSyncs).toBe(1);
    expect(refreshed.syncs).toBe(2);
    expect(refreshed.dataset.fundTables?.[1].rows[5].reportedRate?.value?.toString()).toBe("45.61");
    // The same dataset as a read without the layout.
    const fresh = importWorkbook((await readExcelGrid(asRequestContext(ctx))).grid);
    const hinted = importWorkbook((await readExcelGrid(asRequestContext(ctx), refreshed.layout)).grid);
    expect(hinted.raw).toEqual(fresh.raw);
    expect((await readExcelGrid(asRequestContext(ctx), refreshed.layout)).usedLayout).toBe(true);
  });
});

describe("checkWorkbook", () => {
  const build = async () => {
    const ctx = new StandInContext();
    const built = await buildOrRefresh(asRequestContext(ctx), { dataset: sample() });
    return { ctx, built };
  };

  it("re-checks in two syncs: reads everything, rewrites 检查结果 alone and keeps the reviews", async () => {
    const { ctx, built } = await build();
    const findings = sheet(ctx, "检查结果");
    const r = Number(
      /\d+$/.exec(
        [...findings.cells.entries()].find(
          ([, c]) => c.value === 'low-execution@fundTables["tcm"].rows["湘潭市"]',
        )?.[0] ?? "",
      )?.[0],
    );
    findings.cells.set(`H${r}`, { value: "已说明" });
    findings.cells.set(`I${r}`, { value: "项目下半年启动" });
    const tcm = sheet(ctx, "中医药专项");
    const formulasBefore = [...tcm.cells.values()].filter((c) => c.formula !== undefined).length;
    tcm.cells.set("H9", { value: 0.4561, numberFormat: "0.00%" });
    const checked = await checkWorkbook(asRequestContext(ctx), { layout: built.layout });
    expect(checked.syncs).toBe(2);
    expect(checked.render.updated).toEqual(["检查结果"]);
    expect(checked.render.created).toEqual([]);
    expect(checked.findings).toHaveLength(built.findings.length - 1);
    expect(checked.findings.some((f) => f.rule === "rate-mismatch" && f.path[0] === "fundTables")).toBe(
      false,
    );
    // The fund sheet was not rewritten: the user's value and every formula are as they were.
    expect(tcm.cells.get("H9")).toEqual({ value: 0.4561, numberFormat: "0.00%" });
    expect([...tcm.cells.values()].filter((c) => c.formula !== undefined)).toHaveLength(formulasBefore);
    const keys = [...sheet(ctx, "检查结果").cells.values()].map((c) => c.value);
    expect(keys).not.toContain('rate-mismatch@fundTables["tcm"].rows["岳阳市"].reportedRate');
    const after = importWorkbook((await readExcelGrid(asRequestContext(ctx), checked.layout)).grid);
    expect(after.reviews.get('low-execution@fundTables["tcm"].rows["湘潭市"]')).toEqual({
      status: "已说明",
      note: "项目下半年启动",
    });
    // The layout follows the shorter 检查结果, so the next check is short too.
    const again = await checkWorkbook(asRequestContext(ctx), { layout: checked.layout });
    expect(again.readSyncs).toBe(1);
  });

  it.each([
    [
      "a sheet added by the user",
      (ctx: StandInContext) => ctx.state.sheets.push(newSheet("我的草稿", ctx.state.sheets.length)),
    ],
    ["a standard sheet renamed", (ctx: StandInContext) => (sheet(ctx, "三公经费").name = "三公")],
    [
      "text typed below a table",
      (ctx: StandInContext) => sheet(ctx, "中医药专项").cells.set("B400", { value: "备注" }),
    ],
  ])("reads the workbook afresh when the layout no longer fits: %s", async (_, change) => {
    const { ctx, built } = await build();
    change(ctx);
    const checked = await checkWorkbook(asRequestContext(ctx), { layout: built.layout });
    expect(checked.readSyncs).toBeGreaterThan(3);
    expect(checked.findings.map((f) => f.rule).sort()).toEqual(built.findings.map((f) => f.rule).sort());
    const fresh = await readExcelGrid(asRequestContext(ctx));
    expect(checked.layout).toEqual(fresh.layout);
  });

  it("reports an Office error during the read instead of reading again", async () => {
    const { ctx, built } = await build();
    let calls = 0;
    ctx.sync = async () => {
      calls++;
      throw Object.assign(new Error("cell being edited"), { code: "InvalidOperationInCellEditMode" });
    };
    await expect(checkWorkbook(asRequestContext(ctx), { layout: built.layout })).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
    expect(calls).toBe(1);
  });

  it("rewrites every standard sheet of a workbook written by the previous version (its 检查结果 headers), so that highlights and 检查结果 share today's words", async () => {
    const ctx = new StandInContext();
    const built = await buildOrRefresh(asRequestContext(ctx), { dataset: sample() });
    const findings = sheet(ctx, "检查结果");
    findings.cells.set("E2", { value: "说明" });
    findings.cells.set("I2", { value: "核实说明" });
    const checked = await checkWorkbook(asRequestContext(ctx), { layout: built.layout });
    expect(checked.render.updated).toHaveLength(13);
    expect(findings.cells.get("I2")?.value).toBe("说明");
    // Once in today's words, a check rewrites 检查结果 alone again.
    const again = await checkWorkbook(asRequestContext(ctx), { layout: checked.layout });
    expect(again.render.updated).toEqual(["检查结果"]);
  });

  it("rewrites every standard sheet when one no longer has its standard name", async () => {
    const { ctx, built } = await build();
    sheet(ctx, "三公经费").name = "三公";
    const checked = await checkWorkbook(asRequestContext(ctx), { layout: built.layout });
    expect(checked.render.updated).toHaveLength(13);
    expect(ctx.state.sheets.map((s) => s.name)).toContain("三公经费");
  });

  it("tells its progress: read, check, then each write sync", async () => {
    const { ctx, built } = await build();
    const seen: unknown[] = [];
    await checkWorkbook(asRequestContext(ctx), { layout: built.layout, onProgress: (p) => seen.push(p) });
    expect(seen).toEqual([
      { phase: "read" },
      { phase: "check" },
      { phase: "write", syncs: 0 },
      { phase: "write", syncs: 1 },
    ]);
  });

  it("refuses a workbook without standard sheets", async () => {
    await expect(checkWorkbook(asRequestContext(new StandInContext()))).rejects.toThrow(/请先生成标准表/);
  });

  it("turns text typed into an amount cell into an invalid-number finding at that cell", async () => {
    const ctx = new StandInContext();
    await buildOrRefresh(asRequestContext(ctx), { dataset: sample() });
    sheet(ctx, "中医药专项").cells.set("E9", { value: "约40" });
    const refreshed = await buildOrRefresh(asRequestContext(ctx));
    const invalid = refreshed.findings.filter((f) => f.rule === "invalid-number");
    expect(invalid).toHaveLength(1);
    expect(invalid[0]).toMatchObject({
      path: ["fundTables", 1, "rows", 5, "used"],
      sheet: "中医药专项",
      cell: "E9",
      severity: "error",
    });
    expect(sheet(ctx, "中医药专项").cells.get("E9")?.value).toBe("约40");
  });

  it("never overwrites a sheet that is not ours: the standard sheet takes a free name and says so", async () => {
    const mine: SheetState = newSheet("基本信息", 0);
    mine.cells.set("A1", { value: "我自己的基本信息表" });
    const ctx = new StandInContext({ sheets: [mine], names: new Map() });
    const built = await buildOrRefresh(asRequestContext(ctx), { dataset: sample() });
    expect(built.renamed).toEqual([{ wanted: "基本信息", used: "基本信息(2)" }]);
    expect(mine.cells.get("A1")?.value).toBe("我自己的基本信息表");
    expect(ctx.state.sheets.map((s) => s.name)).toContain("基本信息(2)");
    expect(ctx.state.names.get("JX_LowExecThreshold")).toMatch(/^='基本信息\(2\)'!/);
  });

  it("says so when a dataset is given for a workbook that already has standard sheets", async () => {
    const ctx = new StandInContext();
    await buildOrRefresh(asRequestContext(ctx), { dataset: sample() });
    const other = loadDataset({ ...sampleRaw(), unit: { ...sampleRaw().unit, name: "另一个单位" } });
    const again = await buildOrRefresh(asRequestContext(ctx), { dataset: other });
    expect(again.datasetIgnored).toBe(true);
    expect(again.dataset.unit.name).toBe("湖南省卫生健康委员会");
  });

  it("with BuildMode.replace, writes a dataset over the standard sheets: inputs replaced, reviews kept by rule and location, stale sheets deleted", async () => {
    const ctx = new StandInContext({ sheets: [newSheet("我的草稿", 0)], names: new Map() });
    ctx.state.sheets[0].cells.set("A1", { value: "别动这张表" });
    const built = await buildOrRefresh(asRequestContext(ctx), { dataset: sample() });
    // A reviewer has explained two findings: one the new data still has, one it has not.
    const findings = sheet(ctx, "检查结果");
    const rowOf = (key: string) =>
      Number(/\d+$/.exec([...findings.cells.entries()].find(([, c]) => c.value === key)?.[0] ?? "")?.[0]);
    const kept = rowOf('low-execution@fundTables["tcm"].rows["湘潭市"]');
    findings.cells.set(`H${kept}`, { value: "已说明" });
    findings.cells.set(`I${kept}`, { value: "下半年才启动" });
    const dropped = rowOf('rate-mismatch@fundTables["tcm"].rows["岳阳市"].reportedRate');
    findings.cells.set(`H${dropped}`, { value: "已说明" });
    findings.cells.set(`I${dropped}`, { value: "岳阳市笔误" });
    // The new data: another unit's year, 岳阳市's rate corrected, the first fund table gone.
    const raw = sampleRaw();
    raw.unit = { ...raw.unit, name: "另一个单位", year: 2025 };
    const tables = raw.fundTables ?? [];
    tables[1].rows[5].reportedRate = "45.61";
    raw.fundTables = tables.slice(1);
    const removedTitle = built.dataset.fundTables?.[0].title ?? "";
    const replaced = await buildOrRefresh(asRequestContext(ctx), {
      dataset: loadDataset(raw),
      mode: BuildMode.replace,
      layout: built.layout,
    });
    expect(replaced.datasetIgnored).toBe(false);
    expect(replaced.fromWorkbook).toBe(false);
    expect(replaced.dataset.unit.name).toBe("另一个单位");
    expect(replaced.removed).toEqual([removedTitle]);
    expect(ctx.state.sheets.map((s) => s.name)).not.toContain(removedTitle);
    expect(sheet(ctx, "我的草稿").cells.get("A1")?.value).toBe("别动这张表");
    // What the workbook holds now is the new dataset, read back through Office.js.
    const after = importWorkbook((await readExcelGrid(asRequestContext(ctx))).grid);
    expect(after.raw.unit.name).toBe("另一个单位");
    expect(after.raw.unit.year).toBe(2025);
    expect(after.raw.fundTables?.map((t) => t.title)).toEqual(raw.fundTables.map((t) => t.title));
    expect(after.raw.fundTables?.[0].rows[5].reportedRate).toBe("45.61");
    // Reviews are kept by rule and location (the table's id and the row's name): 湘潭市's table is
    // now the first and keeps its review; 岳阳市's corrected rate has no finding, and no row.
    expect(after.reviews.get('low-execution@fundTables["tcm"].rows["湘潭市"]')).toEqual({
      status: "已说明",
      note: "下半年才启动",
    });
    expect([...after.reviews.values()].map((r) => r.note)).not.toContain("岳阳市笔误");
    // The layout handed on is the workbook's: the next read takes one sync.
    const next = await readExcelGrid(asRequestContext(ctx), replaced.layout);
    expect(next.usedLayout).toBe(true);
  });

  it("with BuildMode.replace, keeps a review whose rule and location the new data still has", async () => {
    const ctx = new StandInContext();
    await buildOrRefresh(asRequestContext(ctx), { dataset: sample() });
    const findings = sheet(ctx, "检查结果");
    const key = 'low-execution@fundTables["tcm"].rows["湘潭市"]';
    const r = Number(
      /\d+$/.exec([...findings.cells.entries()].find(([, c]) => c.value === key)?.[0] ?? "")?.[0],
    );
    findings.cells.set(`H${r}`, { value: "已说明" });
    findings.cells.set(`I${r}`, { value: "下半年才启动" });
    const raw = sampleRaw();
    raw.unit = { ...raw.unit, year: 2025 };
    const replaced = await buildOrRefresh(asRequestContext(ctx), {
      dataset: loadDataset(raw),
      mode: BuildMode.replace,
    });
    expect(replaced.removed).toEqual([]);
    const after = importWorkbook((await readExcelGrid(asRequestContext(ctx))).grid);
    expect(after.raw.unit.year).toBe(2025);
    expect(after.reviews.get(key)).toEqual({ status: "已说明", note: "下半年才启动" });
  });

  it("with BuildMode.replace on a workbook without standard sheets, simply builds", async () => {
    const ctx = new StandInContext();
    const built = await buildOrRefresh(asRequestContext(ctx), { dataset: sample(), mode: BuildMode.replace });
    expect(built.render.created).toHaveLength(13);
    expect(built.removed).toEqual([]);
  });

  it("refuses to build without standard sheets or a dataset", async () => {
    await expect(buildOrRefresh(asRequestContext(new StandInContext()))).rejects.toThrow(
      /工作簿中还没有标准表/,
    );
  });
});

describe("recordReview", () => {
  const KEY = 'rate-mismatch@fundTables["tcm"].rows["岳阳市"].reportedRate';

  it("writes 处理状态 and 说明 into the finding's row of 检查结果 in two syncs, as text", async () => {
    const ctx = new StandInContext();
    const built = await buildOrRefresh(asRequestContext(ctx), { dataset: sample() });
    expect(built.reviews.size).toBe(0);
    const at = built.reviewCells.get(KEY);
    expect(at).toBeDefined();
    if (!at) return;
    expect(at.sheet).toBe("检查结果");
    // The three cells are on one row: 处理状态 (H), 说明 (I) and the hidden key (J).
    const row = at.status.slice(1);
    expect([at.status, at.note, at.key]).toEqual([`H${row}`, `I${row}`, `J${row}`]);
    expect(sheet(ctx, "检查结果").cells.get(at.key)?.value).toBe(KEY);
    const before = ctx.stats.syncs;
    await recordReview(asRequestContext(ctx), at, KEY, {
      status: "已说明",
      note: " =37.86/83 按到位数计算 ",
    });
    expect(ctx.stats.syncs - before).toBe(2);
    expect(sheet(ctx, "检查结果").cells.get(at.status)).toMatchObject({ value: "已说明" });
    expect(sheet(ctx, "检查结果").cells.get(at.note)).toMatchObject({ value: "=37.86/83 按到位数计算" });
    expect(sheet(ctx, "检查结果").cells.get(at.note)?.formula).toBeUndefined();
    // A re-check reads it back and keeps it.
    const checked = await checkWorkbook(asRequestContext(ctx), { layout: built.layout });
    expect(checked.reviews.get(KEY)).toEqual({ status: "已说明", note: "=37.86/83 按到位数计算" });
    expect(sheet(ctx, "检查结果").cells.get(checked.reviewCells.get(KEY)?.status ?? "")?.value).toBe(
      "已说明",
    );
  });

  it("refuses when the row no longer holds that finding (检查结果 rewritten since), writing nothing", async () => {
    const ctx = new StandInContext();
    const built = await buildOrRefresh(asRequestContext(ctx), { dataset: sample() });
    const at = built.reviewCells.get(KEY);
    if (!at) throw new Error("no review cells");
    const other = [...built.reviewCells.values()].find((c) => c.status !== at.status);
    if (!other) throw new Error("only one finding");
    await expect(
      recordReview(asRequestContext(ctx), other, KEY, { status: "已修正", note: "x" }),
    ).rejects.toThrow(/“检查结果”表已有变动/);
    expect(sheet(ctx, "检查结果").cells.get(other.status)?.value).toBe("待处理");
  });

  it.each([["已删除"], [""], ["待处理 "]])(
    "refuses the status %j, which 检查结果 does not offer",
    async (status) => {
      const ctx = new StandInContext();
      const built = await buildOrRefresh(asRequestContext(ctx), { dataset: sample() });
      const at = built.reviewCells.get(KEY);
      if (!at) throw new Error("no review cells");
      await expect(recordReview(asRequestContext(ctx), at, KEY, { status, note: "" })).rejects.toThrow(
        /处理状态 .* 无效，应为 待处理、已说明、已修正 之一/,
      );
    },
  );
});

describe("inspectWorkbook", () => {
  it("tells a workbook without standard sheets from one with them, in one read", async () => {
    const ctx = new StandInContext({ sheets: [newSheet("Sheet1", 0)], names: new Map() });
    const empty = await inspectWorkbook(asRequestContext(ctx));
    expect(empty.hasStandardSheets).toBe(false);
    expect(ctx.state.sheets).toHaveLength(1);
    await buildOrRefresh(asRequestContext(ctx), { dataset: sample() });
    const built = await inspectWorkbook(asRequestContext(ctx));
    expect(built.hasStandardSheets).toBe(true);
    expect(built.layout.sheets.map((s) => s.name)).toContain("检查结果");
  });
});

describe("readExcelGrid within the read limits", () => {
  const limits = { ...READ_LIMITS, rows: 400, cells: 20_000 };
  const built = async () => {
    const ctx = new StandInContext();
    await buildOrRefresh(asRequestContext(ctx), { dataset: sample() });
    return ctx;
  };

  it("passes over a clerk's own sheet beyond the row limit, in one more sync, and reads the rest", async () => {
    const ctx = await built();
    const own = newSheet("我的台账", ctx.state.sheets.length);
    own.cells.set("A1", { value: "备忘" });
    own.cells.set("B900", { value: 12 });
    ctx.state.sheets.push(own);
    const read = await readExcelGrid(asRequestContext(ctx), undefined, limits);
    expect(read.syncs).toBe(4);
    expect(read.grid.sheets.find((s) => s.name === "我的台账")?.cells).toEqual([]);
    expect(importWorkbook(read.grid).raw.fundTables?.[1].rows[5].reportedRate).toBe("45.62");
  });

  it("refuses a sheet of ours beyond the row limit, naming it", async () => {
    const ctx = await built();
    sheet(ctx, "中医药专项").cells.set("C900", { value: "误填" });
    const error: unknown = await readExcelGrid(asRequestContext(ctx), undefined, limits).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).message).toMatch(
      /^工作表“中医药专项”有 900 行 \d+ 列，超过标准表的上限（400 行/,
    );
  });

  it("reads a workbook it laid out past the cell limit, within the limit of a laid-out workbook, in one more sync", async () => {
    const ctx = await built();
    const within = await readExcelGrid(asRequestContext(ctx), undefined, limits);
    const cells = within.grid.sheets.reduce(
      (n, s) => n + s.cells.reduce((m, row) => m + (row?.length ?? 0), 0),
      0,
    );
    const read = await readExcelGrid(asRequestContext(ctx), undefined, {
      ...limits,
      cells: 500,
      laidOutCells: cells,
    });
    expect(read.syncs).toBe(within.syncs + 1);
    expect(read.grid).toEqual(within.grid);
    expect(importWorkbook(read.grid).raw.fundTables?.[1].rows[5].reportedRate).toBe("45.62");
    await expect(
      readExcelGrid(asRequestContext(ctx), undefined, { ...limits, cells: 500, laidOutCells: cells - 1 }),
    ).rejects.toThrow(new WorkbookError(errorText.workbook.tooManyCells(cells - 1)));
  });

  it("counts a clerk's own sheets in a workbook it laid out against the cell limit", async () => {
    const ctx = await built();
    const own = newSheet("我的台账", ctx.state.sheets.length);
    own.cells.set("A1", { value: "备忘" });
    own.cells.set("J60", { value: 12 });
    ctx.state.sheets.push(own);
    const generous = { ...limits, cells: 500, laidOutCells: 1_000_000 };
    await expect(readExcelGrid(asRequestContext(ctx), undefined, generous)).rejects.toThrow(
      new WorkbookError(errorText.workbook.tooManyCells(500)),
    );
    const read = await readExcelGrid(asRequestContext(ctx), undefined, { ...generous, cells: 600 });
    expect(read.grid.sheets.find((s) => s.name === "我的台账")?.cells[59]?.[9]?.value).toBe(12);
  });

  it("refuses a workbook whose sheets together hold more cells than the limit, before loading them", async () => {
    const ctx = await built();
    const before = ctx.stats.syncs;
    await expect(
      readExcelGrid(asRequestContext(ctx), undefined, { ...limits, cells: 500, laidOutCells: 500 }),
    ).rejects.toThrow(new WorkbookError(errorText.workbook.tooManyCells(500)));
    // The sheets' names, their used ranges, then their heads (for the marker): no other cell.
    expect(ctx.stats.syncs - before).toBe(3);
  });
});
