/** The Word JS renderer on the stand-in: built-in heading styles, GB/T 9704 paragraphs, real tables with merged cells, one sync. */
import { checkDataset, loadDataset } from "../../src/domain";
import { buildReportPlan } from "../../src/narrative";
import { insertReport, tableGrid } from "../../src/renderers/word";
import {
  asWordContext,
  installWordGlobal,
  WordStandInContext,
  type WordParagraphState,
  type WordTableState,
} from "../../src/testing/wordStandIn";
import { sampleRaw } from "../helpers/datasets";

installWordGlobal();

describe("insertReport", () => {
  const { model, findings } = checkDataset(loadDataset(sampleRaw()));
  const plan = buildReportPlan(model, findings);

  it("inserts the whole report at the cursor in one sync, in order", async () => {
    const ctx = new WordStandInContext();
    const report = await insertReport(asWordContext(ctx), plan);
    expect(report.syncs).toBe(1);
    expect(ctx.syncs).toBe(1);
    expect(report.tables).toBe(3);
    expect(ctx.items).toHaveLength(plan.blocks.length);
    const texts = ctx.items.map((i) => (i.kind === "paragraph" ? i.text : "[table]"));
    expect(texts[0]).toBe("2024年度湖南省卫生健康委员会部门整体支出绩效自评报告");
    expect(texts.indexOf("二、一般公共预算支出情况")).toBeLessThan(
      texts.indexOf("三、政府性基金预算支出情况"),
    );
  });

  it("uses Word's built-in heading styles and the report's fonts, indent and spacing", async () => {
    const ctx = new WordStandInContext();
    await insertReport(asWordContext(ctx), plan);
    const paragraphs = ctx.items.filter((i): i is WordParagraphState => i.kind === "paragraph");
    expect(paragraphs.find((p) => p.text === "一、基本情况")).toMatchObject({
      style: "Heading1",
      font: { name: "黑体", size: 16 },
    });
    expect(paragraphs.find((p) => p.text === "（一）部门基本情况")).toMatchObject({
      style: "Heading2",
      font: { name: "楷体_GB2312" },
    });
    const body = paragraphs.find((p) => p.text.startsWith("2024 年度一般公共预算财政拨款收入"));
    expect(body).toMatchObject({
      style: "Normal",
      firstLineIndent: 32,
      lineSpacing: 28,
      alignment: "Justified",
      font: { name: "仿宋_GB2312", size: 16 },
    });
    expect(paragraphs.filter((p) => p.font.highlightColor === "Yellow").length).toBeGreaterThanOrEqual(3);
  });

  it("writes real tables with merged group cells and a header row", async () => {
    const ctx = new WordStandInContext();
    await insertReport(asWordContext(ctx), plan);
    const table = ctx.items.find((i): i is WordTableState => i.kind === "table");
    if (!table) throw new Error("no table");
    expect(table.headerRowCount).toBe(1);
    expect(table.values[0]).toEqual([
      "项目大类",
      "项目名称",
      "预算批复情况",
      "实际到位情况",
      "实际使用情况",
      "预算执行率",
    ]);
    expect(table.merges).toContainEqual([1, 0, 14, 0]);
    expect(table.values.at(-1)).toEqual(["合计", "", "14,660.00", "14,478.49", "11,138.02", "75.98%"]);
    expect(table.merges).toContainEqual([table.values.length - 1, 0, table.values.length - 1, 1]);
    expect(table.cellAlign.get("1,2")).toBe("Right");
  });

  it("skips merging where WordApi 1.4 is missing", async () => {
    const ctx = new WordStandInContext();
    await insertReport(asWordContext(ctx), plan, { supports: () => false });
    expect(
      ctx.items.filter((i): i is WordTableState => i.kind === "table").every((t) => t.merges.length === 0),
    ).toBe(true);
  });
});

describe("tableGrid", () => {
  it("lays row and column spans out on a rectangle", () => {
    const grid = tableGrid(
      [
        { cells: [{ text: "甲", rowSpan: 2 }, { text: "a" }] },
        { cells: [{ text: "b" }] },
        { cells: [{ text: "合计", colSpan: 2 }] },
      ],
      2,
    );
    expect(grid.values).toEqual([
      ["甲", "a"],
      ["", "b"],
      ["合计", ""],
    ]);
    expect(grid.merges).toEqual([
      { row: 0, col: 0, rowSpan: 2, colSpan: 1 },
      { row: 2, col: 0, rowSpan: 1, colSpan: 2 },
    ]);
  });
});
