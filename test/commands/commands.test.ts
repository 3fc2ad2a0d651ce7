/**
 * The ribbon's 检查, run as Office runs a function command, on the Excel stand-in: 检查结果
 * rewritten and shown, the counts said, the event completed — and on failure the reason said and
 * the event still completed.
 */
import { buildOrRefresh, recordReview } from "../../src/host/excel";
import { loadDataset } from "../../src/domain";
import { commandHandlers, type ShowMessage } from "../../src/commands/run";
import { CommandFunction } from "../../src/commands/names";
import { fillDialog } from "../../src/commands/dialog";
import {
  asRequestContext,
  installExcelGlobal,
  StandInContext,
  standInRun,
} from "../../src/testing/excelStandIn";
import { sampleRaw } from "../helpers/datasets";

installExcelGlobal();

const setUp = (ctx: StandInContext) => {
  const shown: { title: string; text: string }[] = [];
  const show: ShowMessage = async (title, text) => {
    shown.push({ title, text });
  };
  const handlers = commandHandlers({ run: standInRun(ctx), show });
  const event = { completed: jest.fn() };
  return { shown, event, check: () => handlers[CommandFunction.checkWorkbook](event) };
};

describe("the 检查 command", () => {
  it("re-checks, shows 检查结果 with A1 selected, says the counts and completes", async () => {
    const ctx = new StandInContext();
    await buildOrRefresh(asRequestContext(ctx), { dataset: loadDataset(sampleRaw()) });
    ctx.state.sheets
      .find((s) => s.name === "中医药专项")
      ?.cells.set("H9", { value: 0.4561, numberFormat: "0.00%" });
    const { shown, event, check } = setUp(ctx);
    await check();
    expect(ctx.state.active).toBe("检查结果");
    expect(ctx.state.selection).toEqual({ sheet: "检查结果", address: "A1" });
    // 岳阳市's rate corrected: no error left, 20 to verify and 3 尾差 as before.
    expect(shown).toEqual([
      {
        title: "检查完成",
        text: "错误 0 项，疑点（需说明） 20 项，提示 3 项。已更新“检查结果”表并切换到该表，已填写的说明均已保留。",
      },
    ]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("says how many findings are still 待处理 once reviewers have settled some", async () => {
    const ctx = new StandInContext();
    const built = await buildOrRefresh(asRequestContext(ctx), { dataset: loadDataset(sampleRaw()) });
    const at = built.reviewCells.get('rate-mismatch@fundTables["tcm"].rows["岳阳市"].reportedRate');
    if (!at) throw new Error("no review cells");
    await recordReview(
      asRequestContext(ctx),
      at,
      'rate-mismatch@fundTables["tcm"].rows["岳阳市"].reportedRate',
      {
        status: "已说明",
        note: "",
      },
    );
    const { shown, check } = setUp(ctx);
    await check();
    expect(shown[0].text).toBe(
      "错误 1 项，疑点（需说明） 20 项，提示 3 项（尚待处理 23 项）。已更新“检查结果”表并切换到该表，已填写的说明均已保留。",
    );
  });

  it("on a workbook without standard sheets says so and still completes", async () => {
    const { shown, event, check } = setUp(new StandInContext());
    await check();
    expect(shown).toHaveLength(1);
    expect(shown[0].text).toBe("工作簿中还没有标准表：请先生成标准表，再检查。");
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("turns an Office error into guidance and still completes", async () => {
    const shown: { title: string; text: string }[] = [];
    const event = { completed: jest.fn() };
    const handlers = commandHandlers({
      run: () => Promise.reject(Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" })),
      show: async (title, text) => {
        shown.push({ title, text });
      },
    });
    await handlers[CommandFunction.checkWorkbook](event);
    expect(shown[0].title).toBe("Excel 正在编辑单元格");
    expect(shown[0].text).toContain("InvalidOperationInCellEditMode");
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes even when the message cannot be shown", async () => {
    const event = { completed: jest.fn() };
    const handlers = commandHandlers({
      run: () => Promise.reject(new Error("no workbook")),
      show: () => Promise.reject(new Error("no dialog")),
    });
    await handlers[CommandFunction.checkWorkbook](event);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe("the dialog", () => {
  it("shows the title and message as text, never as HTML", () => {
    const els = new Map(["title", "text", "close"].map((id) => [id, { textContent: "" }]));
    const doc = { getElementById: (id: string) => els.get(id) ?? null } as unknown as Document;
    const search = `?title=${encodeURIComponent("检查完成")}&text=${encodeURIComponent("<b>错误</b> 1 项")}`;
    fillDialog(doc, search);
    expect(els.get("title")?.textContent).toBe("检查完成");
    expect(els.get("text")?.textContent).toBe("<b>错误</b> 1 项");
    expect(els.get("close")?.textContent).toBe("关闭");
  });
});
