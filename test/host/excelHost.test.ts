/** The pane's Excel host, on the stand-in: build, select a finding's cell, export the report and the data. */
import { BuildMode } from "../../src/host";
import { excelHost } from "../../src/host/excelHost";
import { readXlsxGrid } from "../../src/renderers/xlsx";
import {
  installExcelGlobal,
  newSheet,
  StandInContext,
  standInCreateWorkbook,
  standInRun,
} from "../../src/testing/excelStandIn";
import { importWorkbook } from "../../src/workbook/import";
import JSZip from "jszip";
import { InputFileError } from "../../src/errors";
import { renderDocx } from "../../src/renderers/docx";
import { sampleRaw } from "../helpers/datasets";
import { reportOf, retype } from "../helpers/reportEdits";

installExcelGlobal();

describe("excelHost", () => {
  it("builds the sample, selects a finding's cell and exports the report and the data", async () => {
    const ctx = new StandInContext();
    const host = excelHost(standInRun(ctx));
    const built = await host.buildOrRefresh?.(sampleRaw());
    expect(built?.created).toHaveLength(13);
    expect(built?.fromWorkbook).toBe(false);
    const mismatch = built?.findings.find((f) => f.rule === "rate-mismatch");
    expect(mismatch).toMatchObject({ sheet: "中医药专项", cell: "H9" });
    await host.selectCell?.("中医药专项", "H9");
    expect(ctx.state.selection).toEqual({ sheet: "中医药专项", address: "H9" });
    const report = await host.exportReport?.();
    expect(report?.fileName).toBe("2024年度湖南省卫生健康委员会部门整体支出绩效自评报告.docx");
    expect(Buffer.from(report?.docx.slice(0, 2) ?? []).toString()).toBe("PK");
    expect(report?.text).toContain("整体支出绩效自评得分94.17分");
    expect(report?.html).toContain("<table");
    const data = JSON.parse((await host.exportDataset?.()) ?? "{}") as {
      fundTables: { rows: { reportedRate?: string }[] }[];
    };
    expect(data.fundTables[1].rows[5].reportedRate).toBe("45.62");
  });

  it.each([
    ["supports ExcelApi 1.9", true, "Landscape"],
    ["lacks ExcelApi 1.9", false, undefined],
  ])("writes the print setup only where Office %s", async (_what, has19, orientation) => {
    const ctx = new StandInContext();
    const asked: string[] = [];
    const supports = (set: string, version: string) => {
      asked.push(`${set} ${version}`);
      return has19 || version !== "1.9";
    };
    const host = excelHost(standInRun(ctx), true, { supports });
    await host.buildOrRefresh?.(sampleRaw());
    expect(asked).toContain("ExcelApi 1.9");
    expect(ctx.state.sheets.find((s) => s.name === "中医药专项")?.orientation).toBe(orientation);
  });

  it("refreshes without a dataset once the workbook holds the standard sheets", async () => {
    const ctx = new StandInContext();
    const host = excelHost(standInRun(ctx));
    await host.buildOrRefresh?.(sampleRaw());
    const again = await host.buildOrRefresh?.();
    expect(again?.fromWorkbook).toBe(true);
    expect(again?.updated).toHaveLength(13);
  });

  it("writes the check settings into the workbook and re-checks", async () => {
    const ctx = new StandInContext();
    const host = excelHost(standInRun(ctx));
    const before = await host.buildOrRefresh?.(sampleRaw());
    expect(before?.settings).toMatchObject({ lowExecutionThreshold: 60, executionCap: false });
    const tables = before?.settings.tables ?? [];
    expect(tables.map((t) => [t.title, t.rateBase])).toEqual(
      sampleRaw().fundTables?.map((t) => [t.title, t.rateBase ?? "budget"]),
    );
    const syncsBefore = ctx.stats.syncs;
    const after = await host.updateSettings?.({
      lowExecutionThreshold: 70,
      executionCap: true,
      tables: tables.map((t, i) => (i === 0 ? { ...t, rateBase: "arrived" } : t)),
    });
    expect(after?.settings).toMatchObject({ lowExecutionThreshold: 70, executionCap: true });
    // One sync to write the settings, one to read, one to rewrite 检查结果.
    expect(ctx.stats.syncs - syncsBefore).toBe(3);
    // The first table's base is now 实际到位: in its drop-down cell and in the figures checked.
    expect(after?.settings.tables[0].rateBase).toBe("arrived");
    const first = ctx.state.sheets.find((s) => s.name === tables[0].sheet);
    expect(first?.cells.get(tables[0].cell)?.value).toBe("实际到位");
    const baseFindings = (s: typeof before) =>
      s?.findings.filter((f) => f.rule === "rate-base-mismatch" && f.path[1] === 0).length;
    expect(baseFindings(before)).toBeGreaterThan(0);
    expect(baseFindings(after)).not.toBe(baseFindings(before));
    const lows = (s: typeof before) => s?.findings.filter((f) => f.rule === "low-execution").length ?? 0;
    expect(lows(after)).toBeGreaterThan(lows(before));
    // With the cap on, 94.17 over a 70.84 % overall execution rate is capped to 89: 良, and the sample reported 优.
    expect(after?.findings.find((f) => f.rule === "grade-mismatch")).toMatchObject({
      reported: "优",
      expected: "良",
    });
  });

  it("writes 报告提纲 and 成文日期 into 基本信息's cells, and the next read has them", async () => {
    const ctx = new StandInContext();
    const host = excelHost(standInRun(ctx));
    const before = await host.buildOrRefresh?.(sampleRaw());
    const settings = before?.settings;
    if (!settings?.outline || !settings.reportDate) throw new Error("基本信息 has 报告提纲 and 成文日期");
    expect(settings.outline).toMatchObject({ value: "hunan", sheet: "基本信息" });
    expect(settings.reportDate.value).toBe(sampleRaw().settings?.reportDate ?? "");
    const after = await host.updateSettings?.({
      ...settings,
      outline: { ...settings.outline, value: "guangdong" },
      reportDate: { ...settings.reportDate, value: "2025-04-15" },
    });
    const info = ctx.state.sheets.find((s) => s.name === "基本信息");
    expect(info?.cells.get(settings.outline.cell)?.value).toBe("广东（一至三）");
    expect(info?.cells.get(settings.reportDate.cell)?.value).toBe("2025-04-15");
    expect(after?.settings.outline?.value).toBe("guangdong");
    expect(after?.settings.reportDate?.value).toBe("2025-04-15");
    // Cleared: the report then asks for it (【待补充：成文日期】).
    const cleared = await host.updateSettings?.({
      ...settings,
      reportDate: { ...settings.reportDate, value: "" },
    });
    expect(cleared?.settings.reportDate?.value).toBe("");
    expect(info?.cells.get(settings.reportDate.cell)?.value ?? null).toBeNull();
  });

  it("records a review of a finding on 检查结果, and the next check reads it back", async () => {
    const ctx = new StandInContext();
    const host = excelHost(standInRun(ctx));
    const built = await host.buildOrRefresh?.(sampleRaw());
    const error = built?.findings.find((f) => f.rule === "rate-mismatch");
    if (!error) throw new Error("the sample has a rate-mismatch");
    await host.recordReview?.(error, { status: "已修正", note: "已按 45.61% 改正报表" });
    const checked = await host.check?.();
    expect(checked?.reviews.get('rate-mismatch@fundTables["tcm"].rows["岳阳市"].reportedRate')).toEqual({
      status: "已修正",
      note: "已按 45.61% 改正报表",
    });
  });

  it("refuses to record a review before the workbook was built or checked in this pane", async () => {
    const host = excelHost(standInRun(new StandInContext()));
    const finding = { rule: "rate-mismatch", severity: "error", path: ["x"], message: "m" } as const;
    await expect(host.recordReview?.(finding, { status: "已修正", note: "" })).rejects.toThrow(
      /请先点击“检查”/,
    );
  });

  it("fails selecting a cell on a sheet that is gone, as Office.js does", async () => {
    const host = excelHost(standInRun(new StandInContext()));
    await expect(host.selectCell?.("没有的表", "A1")).rejects.toThrow(/ItemNotFound/);
  });

  it("on open, says a workbook has no standard sheets, and checks one that has them", async () => {
    const ctx = new StandInContext({ sheets: [newSheet("Sheet1", 0)], names: new Map() });
    const host = excelHost(standInRun(ctx));
    expect(await host.open?.()).toEqual({ standardSheets: false });
    await excelHost(standInRun(ctx)).buildOrRefresh?.(sampleRaw());
    // A pane opened later finds the sheets and checks them at once.
    const opened = await excelHost(standInRun(ctx)).open?.();
    expect(opened?.standardSheets).toBe(true);
    if (!opened?.standardSheets) throw new Error("no summary");
    expect(opened.summary.findings.filter((f) => f.severity === "error")).toHaveLength(1);
  });

  it("replaces the workbook's data with a dataset only when asked to", async () => {
    const ctx = new StandInContext();
    const host = excelHost(standInRun(ctx));
    await host.buildOrRefresh?.(sampleRaw());
    const other = sampleRaw();
    other.unit = { ...other.unit, name: "另一个单位" };
    const ignored = await host.buildOrRefresh?.(other);
    expect(ignored?.datasetIgnored).toBe(true);
    const replaced = await host.buildOrRefresh?.(other, undefined, BuildMode.replace);
    expect(replaced?.datasetIgnored).toBe(false);
    const data = JSON.parse((await host.exportDataset?.()) ?? "{}") as { unit: { name: string } };
    expect(data.unit.name).toBe("另一个单位");
  });

  it("opens a new workbook holding the standard workbook of a dataset (ExcelApi 1.8)", async () => {
    const ctx = new StandInContext();
    const created: Uint8Array[] = [];
    const host = excelHost(standInRun(ctx), true, {
      supports: (set, version) => set === "ExcelApi" && Number(version) <= 1.8,
      createWorkbook: standInCreateWorkbook(created),
    });
    expect(host.createWorkbookMissing).toBeUndefined();
    await host.createWorkbookFrom?.(sampleRaw());
    expect(created).toHaveLength(1);
    // The open workbook is untouched; the new one holds the sample.
    expect(ctx.state.sheets).toEqual([]);
    const { raw } = importWorkbook(await readXlsxGrid(created[0]));
    expect(raw.unit.name).toBe("湖南省卫生健康委员会");
    expect(raw.fundTables?.[1].rows[5].reportedRate).toBe("45.62");
  });

  it("says which requirement set is missing where Excel cannot open a new workbook, and refuses", async () => {
    const created: Uint8Array[] = [];
    const host = excelHost(standInRun(new StandInContext()), true, {
      supports: () => false,
      createWorkbook: standInCreateWorkbook(created),
    });
    expect(host.createWorkbookMissing).toEqual({ set: "ExcelApi", version: "1.8" });
    await expect(host.createWorkbookFrom?.(sampleRaw())).rejects.toThrow(/需要 ExcelApi 1\.8/);
    expect(created).toEqual([]);
    // Without Excel.createWorkbook at all, the operation is not offered.
    expect(excelHost(standInRun(new StandInContext())).createWorkbookFrom).toBeUndefined();
  });

  it.each([
    ["the report", "exportReport"],
    ["the data", "exportDataset"],
  ] as const)("refuses to export %s from a workbook without standard sheets, in words", async (_, op) => {
    const host = excelHost(
      standInRun(new StandInContext({ sheets: [newSheet("Sheet1", 0)], names: new Map() })),
    );
    await expect(host[op]?.()).rejects.toThrow(/工作簿中还没有标准表：请先新建空白工作簿或导入数据文件/);
  });

  it("refuses to record 已说明 without a 说明, writing nothing", async () => {
    const ctx = new StandInContext();
    const host = excelHost(standInRun(ctx));
    const built = await host.buildOrRefresh?.(sampleRaw());
    const error = built?.findings.find((f) => f.severity === "error");
    if (!error) throw new Error("the sample has an error");
    const syncs = ctx.stats.syncs;
    await expect(host.recordReview?.(error, { status: "已说明", note: " " })).rejects.toThrow(
      /记为“已说明”需要写明说明/,
    );
    expect(ctx.stats.syncs).toBe(syncs);
    await host.recordReview?.(error, { status: "已说明", note: "口径不同" });
    expect(ctx.stats.syncs).toBe(syncs + 2);
  });

  describe("checkReportFile (核对报告数字)", () => {
    const edited = async () => {
      const { plan } = reportOf(sampleRaw());
      return renderDocx(retype(plan, "47.13%", "74.13%", "中医药专项"));
    };

    it("checks a picked report against the workbook's data", async () => {
      const ctx = new StandInContext();
      const host = excelHost(standInRun(ctx));
      await host.buildOrRefresh?.(sampleRaw());
      const summary = await host.checkReportFile?.({ fileName: "r.docx", bytes: await edited() });
      expect(summary?.data).toBe("本工作簿的数据");
      expect(summary?.marks).toBe("none");
      expect(summary?.findings.map((f) => [f.rule, f.reported, f.expected])).toEqual(
        expect.arrayContaining([["report-figure-mismatch", "74.13%", "47.13%"]]),
      );
    });

    it("checks it against itself in a workbook without standard sheets", async () => {
      const host = excelHost(standInRun(new StandInContext()));
      const summary = await host.checkReportFile?.({ fileName: "r.docx", bytes: await edited() });
      expect(summary?.data).toBeUndefined();
      // The retyped rate contradicts its amounts and the table; nothing is compared with a workbook.
      const rules = summary?.findings.map((f) => f.rule) ?? [];
      expect([...new Set(rules)].sort()).toEqual(["report-rate-inconsistent", "report-self-inconsistent"]);
    });

    it("says in words that a file is not a Word document", async () => {
      const host = excelHost(standInRun(new StandInContext()));
      const picked = host.checkReportFile?.({ fileName: "r.docx", bytes: new TextEncoder().encode("x") });
      await expect(picked).rejects.toThrow(InputFileError);
      await expect(picked).rejects.toThrow(
        "无法读取文件 r.docx：不是 Word 文档（.docx）。请选择在 Word 中保存的 .docx 报告；旧版 .doc 或 PDF 请先在 Word 中另存为 .docx。",
      );
    });

    it("says that a document too large to be a report is not read (not that it is no .docx)", async () => {
      const zip = new JSZip();
      zip.file(
        "word/document.xml",
        `<w:document><w:body>${"<w:p/>".repeat(6_000_000)}</w:body></w:document>`,
      );
      const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
      const host = excelHost(standInRun(new StandInContext()));
      await expect(host.checkReportFile?.({ fileName: "r.docx", bytes })).rejects.toThrow(
        "无法读取文件 r.docx：这个 Word 文档的“word/document.xml”部分解压后超过 32 MB",
      );
    });
  });
});
