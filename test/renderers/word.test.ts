/**
 * The Word JS renderer on the stand-in: the title in its lines, each outline's headings in Word's
 * built-in heading styles (no italic, no colour), GB/T 9704 paragraphs, real tables with merged
 * cells, 附件说明 and 落款 placed as the plan says, one sync.
 */
import { checkDataset, loadDataset, type OutlineId, type RawDataset } from "../../src/domain";
import { buildReportPlan, type ReportPlan } from "../../src/narrative";
import { insertReport, tableGrid } from "../../src/renderers/word";
import {
  asWordContext,
  installWordGlobal,
  WordStandInContext,
  type WordItem,
  type WordParagraphState,
  type WordTableState,
} from "../../src/testing/wordStandIn";
import { sampleRaw } from "../helpers/datasets";
import { guangdongCity, hubeiCounty, yiyangCity } from "../helpers/sparse";

installWordGlobal();

describe("insertReport", () => {
  const { model, findings } = checkDataset(loadDataset(sampleRaw()));
  const plan = buildReportPlan(model, findings);

  it("inserts the whole report at the cursor in one sync, in order", async () => {
    const ctx = new WordStandInContext();
    const report = await insertReport(asWordContext(ctx), plan);
    expect(report.syncs).toBe(1);
    expect(ctx.syncs).toBe(1);
    expect(report.tables).toBe(9);
    // One paragraph per title line, per 附件说明 line and per 落款 line; one item per other block.
    const lines = (b: ReportPlan["blocks"][number]) =>
      b.kind === "title" || b.kind === "attachments" || b.kind === "signature"
        ? b.lines.length
        : b.kind === "attachmentTitle"
          ? 2
          : 1;
    const body = plan.blocks.reduce((n, b) => n + lines(b), 0);
    expect(ctx.items).toHaveLength(body + plan.forms.reduce((n, b) => n + lines(b), 0));
    const texts = ctx.items.map((i) => (i.kind === "paragraph" ? i.text : "[table]"));
    // The attachments follow the 落款, each form on a new page: 附件N, its title, its table.
    expect(texts.slice(body, body + 3)).toEqual(["附件1", "2024年度部门整体支出绩效自评表", "[table]"]);
    expect(ctx.items[body]).toMatchObject({ kind: "paragraph", pageBreakBefore: true });
    const form = ctx.items[body + 2];
    // 单位名称 over two columns, its value over six; 年度总体目标 over two rows.
    expect(form.kind === "table" && form.merges.slice(0, 3)).toEqual([
      [0, 0, 0, 1],
      [0, 2, 0, 7],
      [1, 0, 2, 0],
    ]);
    expect(texts.slice(0, 2)).toEqual(["2024年度湖南省卫生健康委员会", "部门整体支出绩效自评报告"]);
    expect(texts.indexOf("二、一般公共预算支出情况")).toBeLessThan(
      texts.indexOf("三、政府性基金预算支出情况"),
    );
    expect(texts.slice(body - 2, body)).toEqual(["湖南省卫生健康委员会", "【待补充：成文日期】"]);
  });

  it("centres the title lines and leaves one line after them", async () => {
    const ctx = new WordStandInContext();
    await insertReport(asWordContext(ctx), plan);
    const [first, second] = ctx.items as WordParagraphState[];
    for (const p of [first, second])
      expect(p).toMatchObject({
        style: "Title",
        alignment: "Centered",
        font: { name: "方正小标宋简体", size: 22 },
      });
    expect(first.spaceAfter).toBe(0);
    expect(second.spaceAfter).toBe(28);
  });

  it("places 附件说明 with its hanging indent, and the 落款 and date right, the plan's characters in", async () => {
    const dated = checkDataset(loadDataset(hubeiCounty()));
    const ctx = new WordStandInContext();
    await insertReport(asWordContext(ctx), buildReportPlan(dated.model, dated.findings));
    const firstForm = ctx.items.findIndex((i) => i.kind === "paragraph" && i.pageBreakBefore);
    const paragraphs = ctx.items
      .slice(0, firstForm < 0 ? undefined : firstForm)
      .filter((i): i is WordParagraphState => i.kind === "paragraph");
    const [a1, a2, unit, date] = paragraphs.slice(-4);
    expect(a1).toMatchObject({
      text: "附件：1.2024年度部门整体支出绩效自评表",
      alignment: "Left",
      leftIndent: 96,
      firstLineIndent: -64,
      spaceBefore: 28,
    });
    expect(a2).toMatchObject({
      text: "2.2024年度项目支出绩效自评表（基本公共卫生服务补助资金）",
      leftIndent: 96,
      firstLineIndent: -16,
    });
    expect(unit).toMatchObject({
      text: "郧西县卫生健康局",
      alignment: "Right",
      rightIndent: 40,
      spaceBefore: 28,
    });
    expect(date).toMatchObject({
      text: "2025年4月15日",
      alignment: "Right",
      rightIndent: 32,
      firstLineIndent: 0,
    });
    expect(date.font.highlightColor).toBeNull();
  });

  it.each([
    ["hunan", sampleRaw],
    ["hunan", yiyangCity],
    ["hubei", hubeiCounty],
    ["guangdong", guangdongCity],
    ["guangdong", sampleRaw],
  ] as [OutlineId, () => RawDataset][])(
    "receives the %s outline's headings, in Word's heading styles, never italic or coloured",
    async (outline, make) => {
      const checked = checkDataset(loadDataset(make()));
      const outlined = buildReportPlan(checked.model, checked.findings, { outline });
      const ctx = new WordStandInContext();
      await insertReport(asWordContext(ctx), outlined);
      const headings = ctx.items.filter(
        (i): i is WordParagraphState => i.kind === "paragraph" && /^Heading/.test(i.style ?? ""),
      );
      expect(headings.map((h) => `${h.style} ${h.text}`)).toEqual(
        outlined.blocks.flatMap((b) => (b.kind === "heading" ? [`Heading${b.level} ${b.text}`] : [])),
      );
      for (const h of headings) expect(h.font).toMatchObject({ italic: false, color: "#000000" });
    },
  );

  it("highlights a gap inside a sentence on its own", async () => {
    const ctx = new WordStandInContext();
    await insertReport(asWordContext(ctx), plan);
    const unmet = ctx.items.find(
      (i): i is WordParagraphState =>
        i.kind === "paragraph" && i.text.startsWith("中医药专项预算执行率目标值"),
    );
    expect(unmet?.font.highlightColor).toBeNull();
    expect(unmet?.ranges).toEqual([
      { text: "【待补充：偏差原因】", font: { bold: false, highlightColor: "Yellow" } },
    ]);
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
    const body = paragraphs.find((p) => p.text.startsWith("2024年度一般公共预算财政拨款收入"));
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
    // The reported 合计 11,138.01 (its rows sum to 11,138.02: 尾差) is the one the report states.
    expect(table.values.at(-1)).toEqual(["合计", "", "14,660.00", "14,478.49", "11,138.01", "75.98%"]);
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

describe("insertReport: the forms' landscape section (WordApiDesktop 1.3)", () => {
  const { model, findings } = checkDataset(loadDataset(sampleRaw()));
  const plan = buildReportPlan(model, findings);
  const isMark = (i: WordItem) => i.kind === "paragraph" && /^附件\d+$/u.test(i.text);
  const clerksText = (): WordParagraphState => ({
    kind: "paragraph",
    text: "（以下为单位原有内容）",
    font: {},
    ranges: [],
  });

  it("at the end of the document: the body portrait, the forms one landscape section, no page after them", async () => {
    const ctx = new WordStandInContext({ wordApiDesktop: 1.3 });
    const report = await insertReport(asWordContext(ctx), plan, { supports: ctx.supports });
    // Whether the document goes on is read first: one more sync.
    expect([report.syncs, ctx.syncs]).toEqual([2, 2]);
    const sections = ctx.sections();
    expect(sections.map((s) => s.orientation)).toEqual(["Portrait", "Landscape"]);
    const [body, forms] = sections;
    expect(body.items.some(isMark)).toBe(false);
    expect(forms.items.filter(isMark)).toHaveLength(plan.forms.filter((b) => b.kind === "table").length);
    // The first 附件 starts the section; each later one a new page in it.
    const marks = forms.items.filter(isMark) as WordParagraphState[];
    expect(marks.map((m) => [Boolean(m.sectionBreakBefore), Boolean(m.pageBreakBefore)])).toEqual(
      marks.map((_, i) => [i === 0, i > 0]),
    );
    // Nothing after the last form: no empty paragraph that would make a page of its own.
    expect(forms.items.at(-1)?.kind).toBe("table");
  });

  it("inside a document: the clerk's text after the forms keeps its orientation", async () => {
    const ctx = new WordStandInContext({ wordApiDesktop: 1.3 });
    ctx.items.push(clerksText());
    await insertReport(asWordContext(ctx), plan, { supports: ctx.supports });
    const sections = ctx.sections();
    expect(sections.map((s) => s.orientation)).toEqual(["Portrait", "Landscape", "Portrait"]);
    expect(sections[2].items.map((i) => (i.kind === "paragraph" ? i.text : "[table]"))).toEqual([
      "（以下为单位原有内容）",
    ]);
    // The forms' section ends with the paragraph after the last table, which holds the break.
    expect(sections[1].items.at(-1)).toMatchObject({ kind: "paragraph", text: "" });
  });

  it("the break copies the setup of the section it splits: turning the forms before closing them would turn the text after", () => {
    // The stand-in's model of Word, which the order in insertReport relies on.
    const ctx = new WordStandInContext({ wordApiDesktop: 1.3 });
    const doc = asWordContext(ctx);
    const first = doc.document.getSelection().insertParagraph("附件1", "After");
    first.insertBreak(Word.BreakType.sectionNext, "Before");
    first.getRange().sections.getFirst().pageSetup.orientation = "Landscape";
    first.insertParagraph("", "After").insertBreak(Word.BreakType.sectionNext, "After");
    ctx.items.push(clerksText());
    return ctx.sync().then(() => {
      expect(ctx.sections().map((s) => s.orientation)).toEqual(["Landscape", "Landscape"]);
    });
  });

  it.each([
    ["no WordApiDesktop", {}, plan],
    ["a report without forms", { wordApiDesktop: 1.3 }, { ...plan, forms: [] }],
  ] as const)("%s: one sync, one section, the forms on new pages", async (_, options, p) => {
    const ctx = new WordStandInContext(options);
    const report = await insertReport(asWordContext(ctx), p, { supports: ctx.supports });
    expect([report.syncs, ctx.syncs]).toEqual([1, 1]);
    expect(ctx.sections().map((s) => s.orientation)).toEqual(["Portrait"]);
    const marks = ctx.items.filter(isMark) as WordParagraphState[];
    expect(marks.every((m) => m.pageBreakBefore && !m.sectionBreakBefore)).toBe(true);
    expect(marks).toHaveLength(p.forms.filter((b) => b.kind === "table").length);
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
