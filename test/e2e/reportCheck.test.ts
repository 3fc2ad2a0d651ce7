/**
 * 核对报告数字 in the browser (Debian's Chromium), the real pane bundle against the stand-ins: in
 * Word, the report the pane inserted is edited, checked against the data the pane loaded — marks
 * placed as comments, listed, 定位 selects the figure, the marks removed; in Excel, a .docx the user
 * picks is checked against the workbook. axe on each state; viewport screenshots at 350 px.
 * Needs `npm run build` first.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { checkDataset, loadDataset, type RawDataset } from "../../src/domain";
import { buildReportPlan, type BlockPlan } from "../../src/narrative";
import { renderDocx } from "../../src/renderers/docx";
import { axe, buildOfficeStub, DIST, launch, openPane, serve } from "./harness";

const SCREENS = path.join(__dirname, "../../out/e2e/screens");
const SAMPLE = path.join(__dirname, "../../samples/hunan-province-2024.json");
let browser: Browser;
let server: { origin: string; close: () => Promise<void> };
let stub: string;

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "taskpane.html")))
    throw new Error("dist/ is missing: run `npm run build` first");
  fs.mkdirSync(SCREENS, { recursive: true });
  stub = await buildOfficeStub();
  server = await serve(DIST);
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Span = { target: { item: { text?: string } }; start: number; end: number };
type WordState = { comments: (Span & { content: string })[]; selection?: Span };

describe("核对报告数字", () => {
  it("in Word: marks the edited report's findings as comments, lists them, locates one, removes the marks", async () => {
    const page = await openPane(browser, server.origin, stub, "?host=word");
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.getByRole("heading", { name: "核对报告数字" }).waitFor();
    await page
      .getByLabel("选择工作簿或数据文件")
      .setInputFiles({ name: "sample.json", mimeType: "application/json", buffer: fs.readFileSync(SAMPLE) });
    await page.getByText(/^已插入《2024年度湖南省卫生健康委员会部门整体支出绩效自评报告》/).waitFor();
    await page.getByText("比对数据：sample.json").waitFor();

    // The report as inserted agrees with its data.
    await page.getByRole("button", { name: "核对报告数字" }).click();
    await page
      .getByText(/^未发现问题（共找到 \d+ 个数字/)
      .first()
      .waitFor();

    // A figure retyped in Word: 实际到位 of 公共卫生专项.
    const edited = await page.evaluate(() => {
      const items = (window as unknown as { __jixiaoDocument: { kind: string; text?: string }[] })
        .__jixiaoDocument;
      const lead = items.find((i) => i.text?.includes("14,478.49") && i.text.includes("到位率"));
      if (!lead?.text) return false;
      lead.text = lead.text.replace("14,478.49", "14,487.49");
      return true;
    });
    expect(edited).toBe(true);
    await page.getByRole("button", { name: "核对报告数字" }).click();
    await page.getByText("已在文档中加了 2 条批注。").waitFor();
    const list = page.getByRole("region", { name: "报告数字核对结果" });
    await list.getByRole("listitem").filter({ hasText: "工作簿中为 14,478.49 万元" }).waitFor();
    await list.getByRole("listitem").filter({ hasText: "“公共卫生专项 · 资金到位率”写作 98.76%" }).waitFor();
    const comments = await page.evaluate(() =>
      (window as unknown as { __jixiaoWord: WordState }).__jixiaoWord.comments.map((c) => ({
        text: (c.target.item.text ?? "").slice(c.start, c.end),
        content: c.content,
      })),
    );
    expect(comments.map((c) => c.text.replace(/\s/gu, "")).sort()).toEqual(["14,487.49万元", "98.76%"]);
    expect(comments.every((c) => c.content.startsWith("【核对报告数字】"))).toBe(true);
    expect(await axe(page)).toEqual([]);
    await page.setViewportSize({ width: 350, height: 720 });
    await list.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENS, "8-word-report-check-350.png") });

    // 定位 selects the figure in the document.
    await list.getByRole("button", { name: /^定位：.*工作簿中为 14,478\.49 万元/ }).click();
    await page.waitForFunction(
      () => (window as unknown as { __jixiaoWord: WordState }).__jixiaoWord.selection !== undefined,
    );
    const selected = await page.evaluate(() => {
      const s = (window as unknown as { __jixiaoWord: WordState }).__jixiaoWord.selection;
      return s ? (s.target.item.text ?? "").slice(s.start, s.end) : "";
    });
    expect(selected.replace(/\s/gu, "")).toBe("14,487.49万元");

    // The marks go on request; the list stays.
    await page.getByRole("button", { name: "清除核对标记" }).click();
    await page.getByText("已清除 2 处核对标记。").waitFor();
    expect(
      await page.evaluate(
        () => (window as unknown as { __jixiaoWord: WordState }).__jixiaoWord.comments.length,
      ),
    ).toBe(0);
    expect(await axe(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 720 });
    await page.screenshot({ path: path.join(SCREENS, "8-word-report-check-320.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("in Excel: checks a .docx the user picks against the workbook, and lists what it found", async () => {
    const raw = JSON.parse(fs.readFileSync(SAMPLE, "utf8")) as RawDataset;
    const { model, findings } = checkDataset(loadDataset(raw));
    const plan = buildReportPlan(model, findings);
    // The report as edited in Word: the 中医药专项 lead states a rate that its amounts do not give.
    const blocks = plan.blocks.map((b): BlockPlan =>
      b.kind === "paragraph" &&
      b.runs.some(
        (r) => r.text.includes("47.13%") && r.text.includes("中医药专项") && r.text.includes("到位率"),
      )
        ? { ...b, runs: b.runs.map((r) => ({ ...r, text: r.text.replace("47.13%", "74.13%") })) }
        : b,
    );
    const docx = await renderDocx({ ...plan, blocks });

    const page = await openPane(browser, server.origin, stub);
    await page.getByRole("button", { name: "载入示例数据" }).click();
    await page.getByRole("button", { name: "生成标准表" }).click();
    await page.getByText("已生成 9 张标准表。").waitFor();
    await page.getByLabel("选择报告（.docx）").setInputFiles({
      name: "自评报告.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: Buffer.from(docx),
    });
    await page.getByText("已核对《自评报告.docx》。").waitFor();
    const list = page.getByRole("region", { name: "报告数字核对结果" });
    await list.getByRole("listitem").filter({ hasText: "工作簿中为 47.13%" }).waitFor();
    await list.getByRole("listitem").filter({ hasText: "计算应为 47.13%" }).waitFor();
    expect(await list.getByRole("listitem").count()).toBe(2);
    expect(await axe(page)).toEqual([]);
    await page.setViewportSize({ width: 350, height: 720 });
    await list.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENS, "9-excel-report-check-350.png") });
    await page.close();
  });
});
