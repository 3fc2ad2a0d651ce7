/**
 * The department form's 年度总体目标 实际完成情况 (`goalsAchieved`): typed on 基本信息, read back by
 * the importer, shown on the 部门整体支出绩效自评表 sheet by a formula on that cell, and in the
 * report's form attachment — the .docx and the Word insertion. Absent, the form leaves it blank as
 * a project form does a missing `goals.actual`.
 */
import JSZip from "jszip";
import { checkDataset, loadDataset, type RawDataset } from "../../src/domain";
import { buildReportPlan } from "../../src/narrative";
import { renderDocx } from "../../src/renderers/docx";
import { insertReport } from "../../src/renderers/word";
import { readXlsxGrid, renderXlsx } from "../../src/renderers/xlsx";
import { asWordContext, installWordGlobal, WordStandInContext } from "../../src/testing/wordStandIn";
import { buildWorkbookPlan } from "../../src/workbook";
import { importWorkbook } from "../../src/workbook/import";
import { sampleRaw } from "../helpers/datasets";

installWordGlobal();

const ACHIEVED = "全年完成计划生育家庭奖励扶助资金发放，兑现率100%。";

const withAchieved = (text: string | undefined): RawDataset => {
  const raw = sampleRaw();
  if (text === undefined) delete raw.goalsAchieved;
  else raw.goalsAchieved = text;
  return raw;
};

/** The department form's 实际完成情况 cell (the row below its 实际完成情况 header, column F). */
function formCell(raw: RawDataset) {
  const { model, findings } = checkDataset(loadDataset(raw));
  const { plan } = buildWorkbookPlan(model, findings);
  const form = plan.sheets.find((s) => s.key === "form:department");
  if (!form) throw new Error("no department form");
  const header = form.rows.findIndex((r) => r[5]?.value === "实际完成情况");
  return { plan, cell: form.rows[header + 1]?.[5] };
}

describe("the department form's 年度总体目标 实际完成情况", () => {
  it("is typed on 基本信息, shown on the form by a formula, and read back", async () => {
    const { plan, cell } = formCell(withAchieved(ACHIEVED));
    const info = plan.sheets.find((s) => s.kind === "info");
    const at = plan.locations.get("goalsAchieved");
    expect(at?.sheet).toBe(info?.name);
    expect(cell?.formula).toBe(`=IF(ISBLANK('${at?.sheet}'!${at?.cell}),"",'${at?.sheet}'!${at?.cell})`);
    expect(cell?.expected).toBe(ACHIEVED);
    const back = importWorkbook(await readXlsxGrid(await renderXlsx(plan))).raw;
    expect(back.goalsAchieved).toBe(ACHIEVED);
  });

  it("absent: a blank the clerk may type into, the form blank, nothing read back", async () => {
    const { plan, cell } = formCell(withAchieved(undefined));
    expect(plan.locations.get("goalsAchieved")).toBeDefined();
    expect(cell?.expected ?? "").toBe("");
    const back = importWorkbook(await readXlsxGrid(await renderXlsx(plan))).raw;
    expect(back.goalsAchieved).toBeUndefined();
  });

  it.each([
    ["given", ACHIEVED, ACHIEVED],
    ["absent", undefined, ""],
  ])("in the .docx and the Word insertion (%s)", async (_name, text, shown) => {
    const { model, findings } = checkDataset(loadDataset(withAchieved(text)));
    const plan = buildReportPlan(model, findings);
    // The department's form is the first attachment: its goals row holds 预期 then 实际.
    const table = plan.forms.find((b) => b.kind === "table");
    if (table?.kind !== "table") throw new Error("no form table");
    const goalsRow = table.rows.findIndex((r) => r.cells.some((c) => c.text === "实际完成情况")) + 1;
    expect(table.rows[goalsRow].cells.map((c) => c.text)[1]).toBe(shown);

    const zip = await JSZip.loadAsync(await renderDocx(plan));
    const document = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const forms = document.slice(document.indexOf("附件1</w:t>"));
    if (shown) expect(forms).toContain(shown);

    const ctx = new WordStandInContext();
    await insertReport(asWordContext(ctx), plan);
    const first = ctx.items.find((i) => i.kind === "table" && i.values.flat().includes("实际完成情况"));
    if (first?.kind !== "table") throw new Error("no form table inserted");
    const row = first.values.findIndex((r) => r.includes("实际完成情况")) + 1;
    expect(first.values[row]).toContain(shown);
  });
});
