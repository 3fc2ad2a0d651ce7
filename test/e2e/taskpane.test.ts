/**
 * The task pane in a real browser (Debian's Chromium through playwright-core), with Office.js
 * answered by the Excel stand-in: the finance user's workflow from the sample to the exports.
 * Needs `npm run build` first (CI builds before testing). Screenshots of each state go to
 * out/e2e/screens/.
 */
import AxeBuilder from "@axe-core/playwright";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { buildOfficeStub, DIST, launch, openPane, serve } from "./harness";

const SCREENS = path.join(__dirname, "../../out/e2e/screens");
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

/**
 * axe on the whole page. Fluent UI's focus manager (Tabster) puts invisible focus sentinels
 * (`<i data-tabster-dummy aria-hidden tabindex=0>`) around keyboard-navigable groups on purpose;
 * they are left out, everything else is checked. The pointer is moved away first.
 */
async function axe(page: Page): Promise<string[]> {
  // The pointer rests off the controls, as a keyboard user's would (no hover colours measured).
  await page.mouse.move(0, 0);
  const results = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(" ")} ${n.html.slice(0, 120)} ${n.failureSummary ?? ""}`).join(", ")})`,
  );
}

describe("the task pane", () => {
  it("walks the workflow: load the sample, build, check, go to a finding, export data and report", async () => {
    const page = await openPane(browser, server.origin, stub);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.getByRole("heading", { name: "绩效自评助手" }).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENS, "1-start.png"), fullPage: true });

    await page.getByRole("button", { name: "载入示例数据" }).click();
    await page.getByText("已载入：湖南省卫生健康委员会 2024 年度").waitFor();
    await page.getByRole("button", { name: "生成标准表" }).click();
    await page.getByText("已生成 9 张标准表。").waitFor();
    await page.getByText("错误 1 项，需核实 20 项，提示 3 项").waitFor();
    const sheets = await page.evaluate(() =>
      (window as unknown as { __jixiaoWorkbook: { sheets: { name: string }[] } }).__jixiaoWorkbook.sheets.map(
        (s) => s.name,
      ),
    );
    expect(sheets).toContain("中医药专项");
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENS, "2-checked.png"), fullPage: true });

    // Filter to errors and go to the one error's cell.
    await page.getByRole("tab", { name: /错误/ }).click();
    await page.getByRole("button", { name: "定位到 中医药专项!H9" }).click();
    type Win = { __jixiaoWorkbook: { selection?: unknown } };
    await page.waitForFunction(() => (window as unknown as Win).__jixiaoWorkbook.selection !== undefined);
    const selection = await page.evaluate(() => (window as unknown as Win).__jixiaoWorkbook.selection);
    expect(selection).toEqual({ sheet: "中医药专项", address: "H9" });
    await page.screenshot({ path: path.join(SCREENS, "3-error-selected.png"), fullPage: true });

    const [data] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "导出数据文件" }).click(),
    ]);
    expect(data.suggestedFilename()).toBe("2024年度湖南省卫生健康委员会绩效自评数据.json");
    const raw = JSON.parse(fs.readFileSync(await data.path(), "utf8")) as {
      fundTables: { rows: { reportedRate?: string }[] }[];
    };
    expect(raw.fundTables[1].rows[5].reportedRate).toBe("45.62");

    // With an error open, 导出 Word 报告 lists the open errors first; the user exports anyway.
    await page.getByRole("button", { name: "导出 Word 报告" }).click();
    await page.getByText("尚有 1 项“错误”未处理，报告中的相关数字可能不准确：").waitFor();
    await page
      .getByRole("group", { name: /尚有 1 项“错误”未处理/ })
      .getByRole("listitem")
      .filter({ hasText: "岳阳市 报送执行率 45.62%" })
      .waitFor();
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENS, "4a-export-warning.png"), fullPage: true });
    const [report] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "仍然导出 Word 报告" }).click(),
    ]);
    expect(report.suggestedFilename()).toBe("2024年度湖南省卫生健康委员会部门整体支出绩效自评报告.docx");
    expect(
      fs
        .readFileSync(await report.path())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    await page.getByText("尚有 1 项“错误”未处理").waitFor();
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENS, "4-exported.png"), fullPage: true });

    // The reviewer records why the error stands: 已核实 and a note, written into 检查结果.
    const note = "=报送数按实际到位口径计算，已与岳阳市核对。";
    await page.getByRole("button", { name: /^记录核实说明：.*岳阳市 报送执行率 45\.62%/ }).click();
    expect(await page.getByLabel("处理状态").evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByLabel("处理状态").selectOption("已核实");
    await page.getByRole("textbox", { name: "核实说明", exact: true }).fill(note);
    expect(await axe(page)).toEqual([]);
    await page.getByRole("button", { name: "保存到“检查结果”" }).click();
    await page.getByText("已在“检查结果”表中记为“已核实”，核实说明已保存。").waitFor();
    const row = await page.evaluate(() => {
      type Cell = { value?: unknown; formula?: string };
      const wb = (
        window as unknown as { __jixiaoWorkbook: { sheets: { name: string; cells: Map<string, Cell> }[] } }
      ).__jixiaoWorkbook;
      const cells = wb.sheets.find((s) => s.name === "检查结果")?.cells ?? new Map<string, Cell>();
      const at = [...cells].find(
        ([, c]) => c.value === 'rate-mismatch@fundTables["tcm"].rows["岳阳市"].reportedRate',
      );
      const n = at?.[0].slice(1);
      return {
        status: cells.get(`H${n}`)?.value,
        note: cells.get(`I${n}`)?.value,
        formula: cells.get(`I${n}`)?.formula,
      };
    });
    expect(row).toEqual({ status: "已核实", note, formula: undefined });
    // No error is open now: the badge says so, and 导出 Word 报告 downloads without a warning.
    await page.getByLabel("待处理的错误 0 项").waitFor();
    await page.getByText(`核实说明：${note}`).waitFor();
    await page.screenshot({ path: path.join(SCREENS, "4b-reviewed.png"), fullPage: true });
    await page.getByRole("switch", { name: "只看待处理" }).check();
    await page.getByText("没有待处理的问题。").waitFor();
    await page.getByRole("switch", { name: "只看待处理" }).uncheck();
    const [again] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "导出 Word 报告" }).click(),
    ]);
    expect(again.suggestedFilename()).toMatch(/\.docx$/);
    expect(await page.getByText(/项“错误”未处理/).count()).toBe(0);
    // 检查 again reads the review back from 检查结果.
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await page.getByText(/已重新检查并更新“检查结果”表/).waitFor();
    await page.getByText(`核实说明：${note}`).waitFor();
    await page.getByLabel("待处理的错误 0 项").waitFor();

    // Settings are written into the workbook and the check runs again.
    await page.getByLabel("低执行率阈值（%）").fill("70");
    await page.getByRole("button", { name: "保存设置并重新检查" }).click();
    await page.getByText("设置已写入工作簿（低执行率阈值 70%，不封顶），已重新检查。").waitFor();
    await page.getByText(/错误 1 项，需核实 2[3-9] 项/).waitFor();
    const threshold = await page.evaluate(() => {
      const wb = (
        window as unknown as {
          __jixiaoWorkbook: {
            names: Map<string, string>;
            sheets: { name: string; cells: Map<string, { value?: unknown }> }[];
          };
        }
      ).__jixiaoWorkbook;
      const ref = /!\$([A-Z]+)\$(\d+)$/.exec(wb.names.get("JX_LowExecThreshold") ?? "");
      return ref
        ? wb.sheets.find((s) => s.name === "基本信息")?.cells.get(`${ref[1]}${ref[2]}`)?.value
        : undefined;
    });
    expect(threshold).toBe(0.7);

    // The execution-rate base of a table is a setting too: 中医药专项 on 实际到位 changes its findings.
    await page.getByLabel("“中医药专项”执行率口径").selectOption("arrived");
    await page.getByRole("button", { name: "保存设置并重新检查" }).click();
    await page.getByText(/设置已写入工作簿/).waitFor();
    const base = await page.evaluate(() => {
      const wb = (
        window as unknown as {
          __jixiaoWorkbook: { sheets: { name: string; cells: Map<string, { value?: unknown }> }[] };
        }
      ).__jixiaoWorkbook;
      const sheet = wb.sheets.find((s) => s.name === "中医药专项");
      return [...(sheet?.cells.values() ?? [])].some((c) => c.value === "实际到位");
    });
    expect(base).toBe(true);

    // 检查 re-reads the workbook and rewrites 检查结果 alone.
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await page.getByText(/已重新检查并更新“检查结果”表/).waitFor();

    // A refresh keeps the findings and says nothing typed was lost.
    await page.getByRole("button", { name: "更新标准表并检查" }).click();
    await page.getByText("已更新 9 张标准表，已填写的数据与核实说明均已保留。").waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("starts an empty standard workbook: unit, year, a by-region table prefilled with 长沙市's 区县", async () => {
    const page = await openPane(browser, server.origin, stub);
    await page.getByRole("button", { name: "新建空白工作簿" }).click();
    await page.getByLabel("单位名称").fill("长沙市卫生健康委员会");
    await page.getByLabel("单位级次").selectOption("city");
    await page.getByLabel("年度").fill("2025");
    await page.getByLabel("资金表 1 名称").fill("基本公共卫生服务补助资金");
    await page.getByRole("radio", { name: "按地区" }).check();
    await page.getByLabel("资金表 1 所在省份").selectOption({ label: "湖南省" });
    await page.getByLabel(/资金表 1 所在城市/).selectOption({ label: "长沙市" });
    const rows = page.getByLabel(/资金表 1 的各行/);
    await page.waitForFunction(() =>
      document.querySelector("textarea")?.value.startsWith("芙蓉区\n天心区\n岳麓区"),
    );
    expect((await rows.inputValue()).split("\n")).toHaveLength(9);
    // The list stays editable: one more row typed in.
    await rows.fill(`${await rows.inputValue()}\n市直单位`);
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENS, "0-new-workbook.png"), fullPage: true });
    await page.getByRole("button", { name: "生成空白标准表" }).click();
    await page.getByText(/^已生成 \d+ 张标准表。$/).waitFor();
    type Sheet = { name: string; cells: Map<string, { value?: unknown }> };
    const made = await page.evaluate(() => {
      const wb = (window as unknown as { __jixiaoWorkbook: { sheets: Sheet[] } }).__jixiaoWorkbook;
      const sheet = wb.sheets.find((s) => s.name === "基本公共卫生服务补助资金");
      const values = [...(sheet?.cells.values() ?? [])].map((c) => c.value);
      return {
        names: wb.sheets.map((s) => s.name),
        liuyang: values.includes("浏阳市"),
        extra: values.includes("市直单位"),
      };
    });
    expect(made.names).toContain("基本公共卫生服务补助资金");
    expect(made).toMatchObject({ liuyang: true, extra: true });
    // Nothing is filled in yet: the findings list what is missing.
    await page.getByText(/需核实 \d+ 项/).waitFor();
    await page.close();
  });

  it("refuses an empty unit name in the new-workbook form, saying which field", async () => {
    const page = await openPane(browser, server.origin, stub);
    await page.getByRole("button", { name: "新建空白工作簿" }).click();
    await page.getByLabel("资金表 1 名称").fill("专项资金");
    await page.getByLabel(/资金表 1 的各行/).fill("项目一");
    await page.getByRole("button", { name: "生成空白标准表" }).click();
    await page.getByText(/^请修改“单位名称”：数据文件中.*（unit\.name）：不能为空文字/).waitFor();
    // The field itself is marked, for a screen reader too.
    expect(await page.getByLabel("单位名称").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("年度").getAttribute("aria-invalid")).not.toBe("true");
    // 添加资金表 puts the keyboard in the new table's title.
    await page.getByRole("button", { name: "添加资金表" }).click();
    await page.waitForFunction(
      () => document.activeElement === document.querySelector('[aria-label="资金表 2"] input'),
    );
    await page.close();
  });

  it("works from the keyboard alone: Tab to each control, Enter or Space to use it", async () => {
    const page = await openPane(browser, server.origin, stub);
    await page.getByRole("heading", { name: "绩效自评助手" }).waitFor();
    /** Presses Tab until the focused element has this accessible name (at most 80 presses). */
    const tabTo = async (name: string | RegExp) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press("Tab");
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return el ? (el.getAttribute("aria-label") ?? el.innerText ?? "").trim() : "";
        });
        if (typeof name === "string" ? focused === name : name.test(focused)) return;
      }
      throw new Error(`no focusable control named ${String(name)} within 80 Tab presses`);
    };
    await tabTo("载入示例数据");
    await page.keyboard.press("Enter");
    await page.getByText("已载入：湖南省卫生健康委员会 2024 年度").waitFor();
    await tabTo("生成标准表");
    await page.keyboard.press("Enter");
    await page.getByText("已生成 9 张标准表。").waitFor();
    // The severity filter is a tab list: arrows move between its tabs, as in Office.
    await tabTo(/^全部$/);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByRole("tab", { name: /错误/, selected: true }).waitFor();
    await tabTo("定位到 中医药专项!H9");
    await page.keyboard.press("Space");
    type Win = { __jixiaoWorkbook: { selection?: unknown } };
    await page.waitForFunction(() => (window as unknown as Win).__jixiaoWorkbook.selection !== undefined);
    expect(await page.evaluate(() => (window as unknown as Win).__jixiaoWorkbook.selection)).toEqual({
      sheet: "中医药专项",
      address: "H9",
    });
    await tabTo("导出 Word 报告");
    await page.keyboard.press("Enter");
    await tabTo("仍然导出 Word 报告");
    const [report] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(report.suggestedFilename()).toMatch(/\.docx$/);
    // Recording a review: the editor opens on 处理状态 (已核实 proposed), Tab goes on to the note.
    await tabTo(/^记录核实说明：/);
    await page.keyboard.press("Enter");
    await page.getByRole("combobox", { name: "处理状态" }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("SELECT");
    await page.keyboard.press("Tab");
    await page.keyboard.type("口径不同，已与市局核对。");
    await tabTo("保存到“检查结果”");
    await page.keyboard.press("Enter");
    await page.getByText("已在“检查结果”表中记为“已核实”，核实说明已保存。").waitFor();
    // The editor closes and the keyboard is back on the link that opened it.
    await page.waitForFunction(() =>
      document.activeElement?.getAttribute("aria-label")?.startsWith("记录核实说明："),
    );
    await page.getByText("核实说明：口径不同，已与市局核对。").waitFor();
    await page.close();
  });

  it("opened by the ribbon's 导出 Word (?view=export), focuses the export step", async () => {
    const page = await openPane(browser, server.origin, stub, "?view=export");
    await page.getByRole("heading", { name: "绩效自评助手" }).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === "导出 Word 报告");
    await page.close();
  });

  it("the ribbon command's dialog shows its message as text and closes from the keyboard", async () => {
    const page = await openPane(browser, server.origin, stub);
    const messages: string[] = [];
    await page.exposeFunction("__parentMessage", (m: string) => messages.push(m));
    await page.addInitScript(() => {
      const win = window as unknown as {
        Office?: { context: { ui?: unknown } };
        __parentMessage: (m: string) => void;
      };
      const ready = setInterval(() => {
        if (!win.Office) return;
        win.Office.context.ui = { messageParent: (m: string) => win.__parentMessage(m) };
        clearInterval(ready);
      }, 5);
    });
    const text = "<b>错误</b> 1 项";
    await page.goto(
      `${server.origin}/dialog.html?title=${encodeURIComponent("检查完成")}&text=${encodeURIComponent(text)}`,
    );
    await page.getByRole("heading", { name: "检查完成" }).waitFor();
    await page.getByText(text, { exact: true }).waitFor();
    expect(await page.locator("b").count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENS, "7-dialog.png") });
    await page.getByRole("button", { name: "关闭" }).focus();
    await page.keyboard.press("Enter");
    // The message crosses from the page to the test asynchronously.
    for (let i = 0; i < 50 && !messages.length; i++) await page.waitForTimeout(20);
    expect(messages).toEqual(["close"]);
    await page.close();
  });

  it("in Word, inserts the report of a dataset file at the cursor", async () => {
    const page = await openPane(browser, server.origin, stub, "?host=word");
    await page.getByRole("heading", { name: "插入自评报告" }).waitFor();
    const sample = fs.readFileSync(path.join(__dirname, "../../samples/hunan-province-2024.json"));
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: "sample.json", mimeType: "application/json", buffer: sample });
    await page.getByText("已插入《2024年度湖南省卫生健康委员会部门整体支出绩效自评报告》。").waitFor();
    type Item = { kind: string; text?: string; style?: string };
    const items = await page.evaluate(() =>
      (window as unknown as { __jixiaoDocument: Item[] }).__jixiaoDocument.map((i) => ({
        kind: i.kind,
        text: i.text,
        style: i.style,
      })),
    );
    expect(items.slice(0, 2)).toEqual([
      { kind: "paragraph", text: "2024年度湖南省卫生健康委员会", style: "Title" },
      { kind: "paragraph", text: "部门整体支出绩效自评报告", style: "Title" },
    ]);
    expect(items.filter((i) => i.kind === "table")).toHaveLength(3);
    expect(items.find((i) => i.text === "一、基本情况")?.style).toBe("Heading1");
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENS, "5-word.png"), fullPage: true });
    await page.close();
  });

  it("on Mac, where the pane cannot download, copies the report to the clipboard instead", async () => {
    const page = await openPane(browser, server.origin, stub, "?platform=mac");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
    await page.getByRole("button", { name: "载入示例数据" }).click();
    await page.getByRole("button", { name: "生成标准表" }).click();
    await page.getByText("已生成 9 张标准表。").waitFor();
    await page.getByRole("button", { name: "导出 Word 报告" }).click();
    await page.getByRole("button", { name: "仍然导出 Word 报告" }).click();
    await page.getByText(/不能在任务窗格中下载文件，已改为将报告复制到剪贴板/).waitFor();
    const html = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      return (await items[0].getType("text/html")).text();
    });
    expect(html).toContain("2024年度湖南省卫生健康委员会<br>部门整体支出绩效自评报告");
    expect(html).toContain("<table");
    await page.close();
  });

  it("turns an Office error into guidance in a MessageBar, with Office's own code", async () => {
    const page = await openPane(browser, server.origin, stub, "?fail=InvalidOperationInCellEditMode");
    await page.getByRole("button", { name: "载入示例数据" }).click();
    await page.getByRole("button", { name: "生成标准表" }).click();
    await page.getByText("Excel 正在编辑单元格").waitFor();
    await page.getByText(/请先按 Enter 或 Esc 结束单元格编辑.*InvalidOperationInCellEditMode/).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENS, "6-office-error.png"), fullPage: true });
    await page.close();
  });

  it("shows a bad dataset file's problem in a MessageBar", async () => {
    const page = await openPane(browser, server.origin, stub);
    await page.getByRole("heading", { name: "绩效自评助手" }).waitFor();
    await page.locator('input[type="file"]').setInputFiles({
      name: "bad.json",
      mimeType: "application/json",
      buffer: Buffer.from(
        '{"format":"jixiao-dataset","version":1,"unit":{"name":"x","level":"town","year":2024,"moneyUnit":"万元"}}',
      ),
    });
    await page.getByText("操作未完成").waitFor();
    await page.getByText(/数据文件中.*（unit\.level）/).waitFor();
    await page.close();
  });
});
