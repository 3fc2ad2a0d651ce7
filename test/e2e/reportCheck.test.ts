/**
 * 核对报告数字 in the browser (Debian's Chromium), the real pane bundle against the stand-ins, driven
 * by the keyboard alone (a file picker is answered as the user would answer it):
 * - in Word, the report the pane inserted is edited, checked against the data the pane loaded —
 *   marks placed as comments, listed, 定位到 selects the figure, the marks removed (and a second
 *   清除核对标记 says there are none left);
 * - in Excel, a .docx picked from the pane's one line above the footer is checked against the
 *   workbook and its findings shown in a dialog, which 查看结果 opens again; on the first-run screen
 *   (no standard sheets) a report is checked against itself, and a file that is no Word document
 *   is said so in words.
 * At 320 and 350 px each action's feedback is in view (the status strip) and the page never
 * scrolls; axe on each state; viewport screenshots to out/e2e/screens/ (docs/ holds the 350 px
 * ones the README shows). Needs `npm run build` first.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { checkDataset, loadDataset, type RawDataset } from "../../src/domain";
import { buildReportPlan, type BlockPlan } from "../../src/narrative";
import { renderDocx } from "../../src/renderers/docx";
import {
  axe,
  expectInView,
  expectNoPageScroll,
  focusedName,
  paneSession,
  SAMPLE,
  SCREENS,
  tabTo,
} from "./harness";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const PICK_REPORT = "核对报告数字（选择 .docx）…";
const session = paneSession();
let edited: Buffer;

beforeAll(async () => {
  edited = await editedReport();
}, 60_000);

/** The pages a test opened, closed after it whether it passed or not. */
let opened: Page[] = [];

afterEach(async () => {
  await Promise.all(opened.map((p) => p.context().close()));
  opened = [];
});

/** The pane at this size, with the stand-in for `query`; errors thrown in the page collected. */
async function pane(query: string, width: number, height: number) {
  const page = await session.open(query);
  opened.push(page);
  // Playwright intercepts file pickers once a listener is there; one from the start means a picker
  // opened by a key press (faster than a click) is never missed while interception is turned on.
  page.on("filechooser", () => undefined);
  await page.setViewportSize({ width, height });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return { page, errors };
}

type Span = { target: { item: { text?: string } }; start: number; end: number };
type WordState = { comments: (Span & { content: string })[]; selection?: Span };

/** A viewport screenshot (what the user sees, not the whole page). */
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENS, `${name}.png`) });

/** The Word stand-in's comments, each as the text it marks and what it says. */
const comments = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __jixiaoWord: WordState }).__jixiaoWord.comments.map((c) => ({
      text: (c.target.item.text ?? "").slice(c.start, c.end),
      content: c.content,
    })),
  );

/** The sample's report as edited in Word: the 中医药专项 lead states a rate its amounts do not give. */
async function editedReport(): Promise<Buffer> {
  const raw = JSON.parse(fs.readFileSync(SAMPLE, "utf8")) as RawDataset;
  const { model, findings } = checkDataset(loadDataset(raw));
  const plan = buildReportPlan(model, findings);
  let retyped = 0;
  const blocks = plan.blocks.map((b): BlockPlan => {
    if (
      b.kind !== "paragraph" ||
      !b.runs.some(
        (r) => r.text.includes("47.13%") && r.text.includes("中医药专项") && r.text.includes("到位率"),
      )
    )
      return b;
    retyped++;
    return { ...b, runs: b.runs.map((r) => ({ ...r, text: r.text.replace("47.13%", "74.13%") })) };
  });
  // The edit is made, once: otherwise the test would check an unedited report.
  expect(retyped).toBe(1);
  return Buffer.from(await renderDocx({ ...plan, blocks }));
}

/** Enter on the focused control, which opens a file picker; the user picks `file` in it. */
async function pickWithEnter(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Enter")]);
  await chooser.setFiles(file);
}

/** Presses `key` until the focused element's name matches; fails after 10. */
async function pressUntil(page: Page, key: string, name: RegExp): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press(key);
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`no control named ${String(name)} within 10 presses of ${key}`);
}

/** No toast is on screen now (within a moment, far under a toast's own 8 s). */
const noToastSoon = (page: Page) =>
  page.waitForFunction(() => document.querySelectorAll(".fui-Toast").length === 0, null, {
    timeout: 2000,
  });

/** Whether the keyboard is inside the open dialog. */
const focusInDialog = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null);

describe.each([
  [320, 568],
  [350, 700],
])("核对报告数字 at %i × %i px, by the keyboard", (width, height) => {
  it("in Word: marks the edited report's findings as comments, lists them, locates one, removes the marks", async () => {
    const { page, errors } = await pane("?host=word", width, height);
    await page.getByRole("heading", { name: "核对报告数字" }).waitFor();

    // The pane's primary action: the report of the sample inserted, its data kept for the check.
    await tabTo(page, "选择工作簿或数据文件");
    await pickWithEnter(page, {
      name: "sample.json",
      mimeType: "application/json",
      buffer: fs.readFileSync(SAMPLE),
    });
    await expectInView(
      page,
      page.getByText(/^已插入《2024年度湖南省卫生健康委员会部门整体支出绩效自评报告》/),
    );
    await page.getByText("比对数据：sample.json").waitFor();

    // The report as inserted agrees with its data: a toast, in view; no button to clear marks.
    await tabTo(page, "核对报告数字");
    await page.keyboard.press("Enter");
    await expectInView(
      page,
      page.locator(".fui-Toast").filter({ hasText: /^未发现问题（共找到 \d+ 个数字/ }),
    );
    expect(await page.getByRole("button", { name: "清除核对标记" }).count()).toBe(0);
    // The keyboard stays on 核对报告数字 while the check runs and after.
    expect(await focusedName(page)).toBe("核对报告数字");

    // A figure retyped in Word: 实际到位 of 公共卫生专项.
    const retyped = await page.evaluate(() => {
      const items = (window as unknown as { __jixiaoDocument: { kind: string; text?: string }[] })
        .__jixiaoDocument;
      const lead = items.find((i) => i.text?.includes("14,478.49") && i.text.includes("到位率"));
      if (!lead?.text) return false;
      lead.text = lead.text.replace("14,478.49", "14,487.49");
      return true;
    });
    expect(retyped).toBe(true);
    await page.keyboard.press("Enter");
    // The warning is in the status strip, in view, not under the last check's toast.
    await expectInView(page, page.getByText("已在文档中加了 2 条批注。"));
    await noToastSoon(page);
    const list = page.getByRole("region", { name: "报告数字核对结果" });
    const mismatch = list.getByRole("listitem").filter({ hasText: "工作簿中为 14,478.49 万元" });
    await mismatch.waitFor();
    await mismatch.getByText("报告 14,487.49 万元 · 工作簿 14,478.49 万元").waitFor();
    await mismatch.getByText(/^原文：“.*14,487\.49\s*万元.*”$/).waitFor();
    await list.getByRole("listitem").filter({ hasText: "“公共卫生专项 · 资金到位率”写作 98.76%" }).waitFor();
    expect(await list.getByRole("listitem").count()).toBe(2);
    expect(await list.getByText("错误", { exact: true }).count()).toBe(2);
    const marks = await comments(page);
    expect(marks.map((c) => c.text.replace(/\s/gu, "")).sort()).toEqual(["14,487.49万元", "98.76%"]);
    expect(marks.every((c) => c.content.startsWith("【核对报告数字】"))).toBe(true);
    // The pane's one primary action stays in view; the page itself does not scroll.
    await expectInView(page, page.getByRole("button", { name: "选择工作簿或数据文件" }));
    await expectNoPageScroll(page);
    expect(await axe(page)).toEqual([]);

    // 定位到: the list is reached by Tab, its links by the arrow keys; the figure is selected.
    await tabTo(page, /^定位到第 \d+ 段：/);
    if (!/工作簿中为 14,478\.49 万元/.test(await focusedName(page)))
      await pressUntil(page, "ArrowDown", /^定位到第 \d+ 段：.*工作簿中为 14,478\.49 万元/);
    await expectInView(page, page.locator(":focus"));
    await shot(page, `${width}-10-word-report-check`);
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => (window as unknown as { __jixiaoWord: WordState }).__jixiaoWord.selection !== undefined,
    );
    const selected = await page.evaluate(() => {
      const s = (window as unknown as { __jixiaoWord: WordState }).__jixiaoWord.selection;
      return s ? (s.target.item.text ?? "").slice(s.start, s.end) : "";
    });
    expect(selected.replace(/\s/gu, "")).toBe("14,487.49万元");
    // Locating keeps what the check said.
    await page.getByText("已在文档中加了 2 条批注。").waitFor();

    // The marks go on request; the list stays, and so do the button and the keyboard on it.
    await tabTo(page, "清除核对标记", true);
    await page.keyboard.press("Enter");
    await expectInView(page, page.locator(".fui-Toast").filter({ hasText: "已清除 2 处核对标记。" }));
    expect(await comments(page)).toEqual([]);
    await mismatch.waitFor();
    expect(await focusedName(page)).toBe("清除核对标记");
    // Pressed again: there is nothing of ours left to remove, and it says so.
    await page.keyboard.press("Enter");
    await expectInView(
      page,
      page.locator(".fui-Toast").filter({ hasText: "文档中没有本助手加的核对标记。" }),
    );
    expect(await axe(page)).toEqual([]);

    // Checked again after the user's fix: nothing found, and nothing left to clear.
    await page.evaluate(() => {
      const items = (window as unknown as { __jixiaoDocument: { kind: string; text?: string }[] })
        .__jixiaoDocument;
      const lead = items.find((i) => i.text?.includes("14,487.49"));
      if (lead?.text) lead.text = lead.text.replace("14,487.49", "14,478.49");
    });
    await tabTo(page, "核对报告数字", true);
    await page.keyboard.press("Enter");
    await page
      .locator(".fui-Toast")
      .filter({ hasText: /^未发现问题/ })
      .waitFor();
    expect(await page.getByRole("button", { name: "清除核对标记" }).count()).toBe(0);
    expect(await comments(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("in Excel: checks a .docx picked from the pane's line against the workbook, and shows what it found", async () => {
    const { page, errors } = await pane("?workbook=sample", width, height);
    await page.getByText("待处理的错误 1 项").waitFor();
    // The line is there with the findings, below them, above the footer's primary action.
    const line = page.getByRole("button", { name: PICK_REPORT });
    await expectInView(page, line);
    const footer = page.locator("footer");
    const [lineBox, footerBox] = await Promise.all([line.boundingBox(), footer.boundingBox()]);
    expect((lineBox?.y ?? Infinity) + (lineBox?.height ?? 0)).toBeLessThanOrEqual(footerBox?.y ?? 0);
    expect(await page.getByRole("button", { name: /^查看结果/ }).count()).toBe(0);
    await page.waitForFunction(() => document.activeElement?.textContent === "检查结果");

    await tabTo(page, PICK_REPORT);
    await pickWithEnter(page, { name: "自评报告.docx", mimeType: DOCX_TYPE, buffer: edited });
    // What the check found: said in the status strip, listed in a dialog — both in view.
    await expectInView(page, page.getByText("已核对《自评报告.docx》：发现 2 处问题，其中错误 2 项。"));
    const dialog = page.getByRole("dialog", { name: "报告数字核对：《自评报告.docx》" });
    await expectInView(page, dialog);
    expect(await focusInDialog(page)).toBe(true);
    await dialog.getByText("比对数据：本工作簿的数据").waitFor();
    const list = dialog.getByRole("region", { name: "报告数字核对结果" });
    await list.getByRole("listitem").filter({ hasText: "工作簿中为 47.13%" }).waitFor();
    const rate = list.getByRole("listitem").filter({ hasText: "计算应为 47.13%" });
    await rate.getByText("报告 74.13% · 按所列金额 47.13%").waitFor();
    await list.getByText("错误 2 项 · 疑点（需说明） 0 项 · 提示 0 项").waitFor();
    expect(await list.getByRole("listitem").count()).toBe(2);
    const close = dialog.getByRole("button", { name: "关闭" });
    await expectInView(page, close);
    await expectNoPageScroll(page);
    expect(await axe(page)).toEqual([]);
    await shot(page, `${width}-11-excel-report-check`);

    // 关闭 by the keyboard; the keyboard is back on the line, whose 查看结果 opens them again.
    await tabTo(page, "关闭");
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });
    expect(await focusedName(page)).toBe(PICK_REPORT);
    await expectInView(page, footer.getByRole("button", { name: "导出 Word 报告" }));
    await tabTo(page, "查看结果：《自评报告.docx》的报告数字核对");
    await page.keyboard.press("Enter");
    await list.getByRole("listitem").first().waitFor();
    expect(await focusInDialog(page)).toBe(true);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await focusedName(page)).toBe("查看结果：《自评报告.docx》的报告数字核对");
    // The line stays one line, its two links side by side.
    const [pick, reopen] = await Promise.all([
      line.boundingBox(),
      page.getByRole("button", { name: /^查看结果/ }).boundingBox(),
    ]);
    expect(Math.abs((pick?.y ?? 0) - (reopen?.y ?? 100))).toBeLessThan(4);
    await expectNoPageScroll(page);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("in Excel, on the first-run screen: says a file that is no Word document is not one, and checks a report against itself", async () => {
    const { page, errors } = await pane("", width, height);
    await page.getByRole("heading", { name: "开始" }).waitFor();
    // The first run's one primary action stays the footer's 新建空白工作簿; the line is a link.
    await expectInView(page, page.getByRole("button", { name: PICK_REPORT }));
    expect(await page.getByRole("button", { name: PICK_REPORT }).getAttribute("class")).not.toMatch(
      /fui-Button/,
    );

    await tabTo(page, PICK_REPORT);
    await pickWithEnter(page, {
      name: "报告.docx",
      mimeType: DOCX_TYPE,
      buffer: Buffer.from("这不是 Word 文档"),
    });
    const alert = page.getByRole("alert");
    await expectInView(page, alert);
    await alert.getByText(/报告\.docx：不是 Word 文档（\.docx）/).waitFor();
    expect(await alert.innerText()).not.toMatch(/zip|Error|undefined/i);
    expect(await axe(page)).toEqual([]);
    await shot(page, `${width}-12-excel-report-not-docx`);

    // The keyboard is still on the line: another file is picked at once.
    expect(await focusedName(page)).toBe(PICK_REPORT);
    await pickWithEnter(page, { name: "自评报告.docx", mimeType: DOCX_TYPE, buffer: edited });
    const dialog = page.getByRole("dialog", { name: "报告数字核对：《自评报告.docx》" });
    await expectInView(page, dialog);
    await dialog
      .getByText("此工作簿还没有标准表，只核对了报告自身前后是否一致、比率是否与金额相符。")
      .waitFor();
    const list = dialog.getByRole("region", { name: "报告数字核对结果" });
    // Without the workbook the retyped rate still contradicts its amounts and the table.
    await list.getByRole("listitem").filter({ hasText: "计算应为 47.13%" }).waitFor();
    expect(await list.getByText("工作簿中为").count()).toBe(0);
    // The last check's alert is gone: a new operation's feedback is not under the old one.
    expect(await page.getByRole("alert").count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(errors).toEqual([]);
  });
});
