/**
 * 核对报告数字 in Word, on the Word stand-in: the report inserted by the add-in, edited, then
 * checked — the body read in one sync, each finding marked (a comment with WordApi 1.4, a
 * highlight without), located, and the marks removed.
 */
import * as fs from "node:fs";
import { checkDataset, loadDataset } from "../../src/domain";
import { wordHost } from "../../src/host";
import { readWordBlocks } from "../../src/host/wordReport";
import { buildReportPlan } from "../../src/narrative";
import { insertReport } from "../../src/renderers/word";
import {
  asWordContext,
  installWordGlobal,
  WordStandInContext,
  type WordParagraphState,
  type WordTableState,
} from "../../src/testing/wordStandIn";
import { SAMPLE_PATH, sampleRaw } from "../helpers/datasets";

installWordGlobal();

const sampleFile = { fileName: "sample.json", bytes: new Uint8Array(fs.readFileSync(SAMPLE_PATH)) };

/** A stand-in document holding the sample's report, as the pane inserts it. */
async function documentWithReport(wordApi = 1.4): Promise<WordStandInContext> {
  const ctx = new WordStandInContext({ wordApi });
  const { model, findings } = checkDataset(loadDataset(sampleRaw()));
  await insertReport(asWordContext(ctx), buildReportPlan(model, findings), { supports: ctx.supports });
  ctx.syncs = 0;
  return ctx;
}

const hostOf = (ctx: WordStandInContext) => wordHost((batch) => batch(asWordContext(ctx)), ctx.supports);

/** Text without spaces: whether the report writes 2024 年度 or 2024年度, the tests read the same. */
const squash = (text: string) => text.replace(/\s+/gu, "");

function paragraphStartingWith(ctx: WordStandInContext, start: string): WordParagraphState {
  const p = ctx.items.find(
    (i): i is WordParagraphState => i.kind === "paragraph" && squash(i.text).startsWith(squash(start)),
  );
  if (!p) throw new Error(`no paragraph starts with ${start}`);
  return p;
}

describe("readWordBlocks", () => {
  it("reads paragraphs and table cells in one sync, numbered as Word counts paragraphs", async () => {
    const ctx = await documentWithReport();
    const blocks = await readWordBlocks(asWordContext(ctx), ctx.supports);
    expect(ctx.syncs).toBe(1);
    const cells = blocks.filter((b) => b.cell);
    const tables = ctx.items.filter((i): i is WordTableState => i.kind === "table");
    expect(cells).toHaveLength(tables.reduce((n, t) => n + t.values.length * t.values[0].length, 0));
    expect(blocks.find((b) => b.text === "岳阳市" && b.cell?.table === 2)).toBeDefined();
    // Paragraph numbers run through the tables' cells, as body.paragraphs counts them.
    const numbers = blocks.map((b) => b.paragraph);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(Math.max(...numbers)).toBe(ctx.targets().length);
  });

  it("reads every paragraph as prose where WordApi 1.3 (tables) is missing", async () => {
    const ctx = await documentWithReport(1.2);
    const blocks = await readWordBlocks(asWordContext(ctx), ctx.supports);
    expect(blocks.some((b) => b.cell)).toBe(false);
    expect(blocks).toHaveLength(ctx.targets().length);
  });
});

describe("核对报告数字 in Word", () => {
  it("finds nothing in the report as inserted, and places no mark", async () => {
    const ctx = await documentWithReport();
    const summary = await hostOf(ctx).checkReport?.(sampleFile);
    expect(summary?.findings).toEqual([]);
    expect(summary?.data).toBe("sample.json");
    expect(ctx.comments).toEqual([]);
  });

  it("marks a retyped figure with a comment, selects it, and removes only its own comments", async () => {
    const ctx = await documentWithReport();
    const lead = paragraphStartingWith(ctx, "2024年度公共卫生专项预算");
    lead.text = lead.text.replace("14,478.49", "14,487.49");
    // A comment of the user's own stays.
    ctx.comments.push({ target: { item: lead }, start: 0, end: 4, content: "请财务处复核" });
    const host = hostOf(ctx);
    const summary = await host.checkReport?.(sampleFile);
    const rules = summary?.findings.map((f) => f.rule).sort();
    // The figure differs from the workbook's, and the 到位率 beside it no longer follows from it.
    expect(rules).toEqual(["report-figure-mismatch", "report-rate-inconsistent"]);
    expect(summary?.marks).toBe("comment");
    const ours = ctx.comments.filter((c) => c.content.startsWith("【核对报告数字】"));
    expect(ours.map((c) => squash(ctx.spanText(c))).sort()).toEqual(["14,487.49万元", "98.76%"]);
    expect(ours.find((c) => squash(ctx.spanText(c)) === "14,487.49万元")?.content).toContain(
      "工作簿中为 14,478.49 万元",
    );

    const mismatch = summary?.findings.find((f) => f.rule === "report-figure-mismatch");
    if (!mismatch) throw new Error("no mismatch");
    await host.selectReportFinding?.(mismatch);
    expect(ctx.selection && squash(ctx.spanText(ctx.selection))).toBe("14,487.49万元");
    expect(ctx.selection?.target.item).toBe(lead);

    // Checking again replaces the marks instead of adding to them.
    await host.checkReport?.(sampleFile);
    expect(ctx.comments.filter((c) => c.content.startsWith("【核对报告数字】"))).toHaveLength(2);

    expect(await host.clearReportMarks?.()).toBe(2);
    expect(ctx.comments.map((c) => c.content)).toEqual(["请财务处复核"]);
  });

  it("marks a changed table cell, found without data from the row's own amounts", async () => {
    const ctx = await documentWithReport();
    const table = ctx.items.filter((i): i is WordTableState => i.kind === "table")[1];
    const row = table.values.findIndex((r) => r.includes("岳阳市"));
    table.values[row][4] = "37.68";
    const summary = await hostOf(ctx).checkReport?.();
    expect(summary?.data).toBeUndefined();
    expect(summary?.findings.map((f) => f.rule)).toEqual(["report-rate-inconsistent"]);
    expect(summary?.findings[0].anchor.cell).toEqual({ table: 2, row, column: 5 });
    const [comment] = ctx.comments;
    expect(comment.target).toEqual({ item: table, cell: [row, 5] });
    expect(ctx.spanText(comment)).toBe("45.61%");
  });

  it("highlights instead where WordApi 1.4 (comments) is missing, and gives back the colour it replaced", async () => {
    const ctx = await documentWithReport(1.3);
    const lead = paragraphStartingWith(ctx, "2024年度中医药专项预算");
    lead.text = lead.text.replace("47.13%", "74.13%");
    const host = hostOf(ctx);
    const summary = await host.checkReport?.(sampleFile);
    expect(summary?.marks).toBe("highlight");
    expect(summary?.findings.length).toBeGreaterThan(0);
    expect(ctx.comments).toEqual([]);
    expect(ctx.highlights.map((h) => [ctx.spanText(h), h.color])).toEqual([["74.13%", "Turquoise"]]);
    expect(await host.clearReportMarks?.()).toBe(1);
    expect(ctx.highlights).toEqual([]);
  });

  it("refuses what Word refuses: reading before sync, comments without WordApi 1.4, long searches", async () => {
    const ctx = new WordStandInContext({ wordApi: 1.3 });
    const body = asWordContext(ctx).document.body;
    const paragraphs = body.paragraphs;
    expect(() => paragraphs.items).toThrow(/PropertyNotLoaded/);
    expect(() => body.getComments()).toThrow(/ApiNotFound/);
    const search = body.search("x".repeat(256));
    search.load("items");
    await expect(ctx.sync()).rejects.toThrow(/SearchStringInvalidOrTooLong/);
  });
});
