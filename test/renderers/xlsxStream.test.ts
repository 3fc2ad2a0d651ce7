/** The streaming .xlsx writer (Node.js) and the in-memory one (the browser) write the same workbook. */
import ExcelJS from "exceljs";
import { checkDataset, loadDataset } from "../../src/domain";
import { readXlsxGrid, renderXlsx } from "../../src/renderers/xlsx";
import { buildWorkbookPlan } from "../../src/workbook";
import { sampleRaw } from "../helpers/datasets";
import { richDataset } from "../helpers/rich";

describe.each([
  ["the sample", sampleRaw()],
  ["the rich dataset", richDataset()],
])("%s", (_name, raw) => {
  const { model, findings } = checkDataset(loadDataset(raw));
  const { plan } = buildWorkbookPlan(model, findings);

  it("reads back cell for cell the same, streamed or built in memory", async () => {
    const streamed = await readXlsxGrid(await renderXlsx(plan));
    const inMemory = await readXlsxGrid(await renderXlsx(plan, { stream: false }));
    expect(streamed).toEqual(inMemory);
  }, 60_000);

  it("keeps merges, print titles, frozen panes, protection and formats when streamed", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(plan)) as unknown as ExcelJS.Buffer);
    for (const sheet of plan.sheets) {
      const ws = wb.getWorksheet(sheet.name);
      expect(ws).toBeDefined();
      if (!ws) continue;
      const merges = (ws.model as { merges?: string[] }).merges ?? [];
      expect([...merges].sort()).toEqual([...sheet.merges].sort());
      expect(ws.pageSetup.printTitlesRow).toBe(sheet.printTitleRows);
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: sheet.frozen.rows });
      expect(ws.columns.filter((c) => c.hidden).length).toBe(sheet.columns.filter((c) => c.hidden).length);
      const formats = (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings;
      expect(formats.length).toBe(sheet.conditionalFormats.length);
    }
  }, 60_000);
});
