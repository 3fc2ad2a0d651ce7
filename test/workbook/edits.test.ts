/**
 * Ordinary edits a clerk makes in a spreadsheet — a row inserted in the middle of a group, at its
 * start or end, the first row of a group deleted (its merged group name with it), a row moved, a
 * group renamed, rows added to the indicators, the report texts and the functions, text typed into
 * number cells — read back as the same edits applied to the dataset, through both read paths:
 *
 * - exceljs: the workbooks in test/fixtures/edits/, made by LibreOffice Calc from the sample's
 *   standard workbook (scripts/make-edit-fixtures.sh, steps in edits.json);
 * - Office.js: the same steps on the Excel stand-in, then the pane's 检查 (`checkWorkbook`),
 *   which must notice that the layout changed, rewrite the sheets and point every finding at the
 *   cell that now shows it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { checkDataset, loadDataset, pathText, type RawDataset } from "../../src/domain";
import { buildOrRefresh, checkWorkbook } from "../../src/host/excel";
import { readExcelGrid } from "../../src/renderers/excelRead";
import { readXlsxGrid } from "../../src/renderers/xlsx";
import {
  asRequestContext,
  ExcelEnums,
  installExcelGlobal,
  StandInContext,
  type SheetState,
} from "../../src/testing/excelStandIn";
import { importWorkbook } from "../../src/workbook/import";
import { canonical } from "../helpers/canonical";
import { sampleRaw } from "../helpers/datasets";

installExcelGlobal();

const DIR = path.join(__dirname, "../fixtures/edits");

type Step =
  | { do: "unprotect"; sheet: string }
  | { do: "insertRow"; sheet: string; at: number }
  | { do: "deleteRow"; sheet: string; at: number }
  | { do: "moveRow"; sheet: string; from: number; to: number }
  | { do: "set"; sheet: string; cell: string; value: string | number }
  | { do: "insertRowAbove"; sheet: string; label: string; cells: Record<string, string | number> };

const EDITS: { name: string; steps: Step[] }[] = JSON.parse(
  fs.readFileSync(path.join(DIR, "edits.json"), "utf8"),
);

type Row = NonNullable<RawDataset["fundTables"]>[number]["rows"][number];
/** The 中医药专项 table of a raw dataset (the second fund table of the sample). */
const tcm = (raw: RawDataset) => (raw.fundTables ?? [])[1];
const withTcmRows = (raw: RawDataset, rows: (rows: Row[]) => Row[]): RawDataset => {
  const tables = [...(raw.fundTables ?? [])];
  tables[1] = { ...tables[1], rows: rows([...tables[1].rows]) };
  return { ...raw, fundTables: tables };
};
const at = (rows: Row[], index: number, row: Row) => [...rows.slice(0, index), row, ...rows.slice(index)];

/** Each fixture's edits, applied to the dataset instead. */
const EXPECTED: Record<string, (raw: RawDataset) => RawDataset> = {
  resaved: (raw) => raw,
  "insert-middle": (raw) =>
    withTcmRows(raw, (rows) =>
      at(rows, 3, { group: "市州", name: "新增试点县", budget: "30", arrived: "30", used: "12.5" }),
    ),
  "insert-start": (raw) =>
    withTcmRows(raw, (rows) =>
      at(rows, 0, { group: "市州", name: "新增首行", budget: "20", arrived: "20", used: "20" }),
    ),
  "insert-end": (raw) =>
    withTcmRows(raw, (rows) =>
      at(rows, 14, { group: "市州", name: "新增末行", budget: "5", arrived: "5", used: "0" }),
    ),
  "delete-first": (raw) => withTcmRows(raw, (rows) => rows.slice(1)),
  move: (raw) =>
    withTcmRows(raw, (rows) => {
      const yueyang = rows[5];
      const rest = rows.filter((r) => r !== yueyang);
      return at(rest, rest.findIndex((r) => r.name === "郴州市") + 1, yueyang);
    }),
  "rename-group": (raw) => {
    const renamed = withTcmRows(raw, (rows) =>
      rows.map((r) => (r.group === "市州" ? { ...r, group: "各市州" } : r)),
    );
    const t = tcm(renamed);
    t.reportedSubtotals = t.reportedSubtotals?.map((s) =>
      s.group === "市州" ? { ...s, group: "各市州" } : s,
    );
    return renamed;
  },
  "other-sheets": (raw) => {
    const indicators = [...(raw.indicators ?? [])];
    indicators.splice(1, 0, {
      level1: indicators[0].level1,
      name: "新增指标",
      direction: ">=",
      target: "100",
      actual: "98",
      weight: "0",
    });
    const problems = [...(raw.narrative?.problems ?? [])];
    problems.splice(1, 0, { title: "新增问题", text: "部分资金下达较晚。" });
    return {
      ...raw,
      indicators,
      narrative: { ...raw.narrative, problems },
      profile: {
        ...raw.profile,
        functions: [...(raw.profile?.functions ?? []), "新增职能：负责卫生健康宣传。"],
      },
    };
  },
  "text-in-numbers": (raw) => {
    const edited = withTcmRows(raw, (rows) =>
      rows.map((r) => (r.name === "岳阳市" ? { ...r, used: "约40" } : r)),
    );
    const { budgetUnitCount, ...profile } = edited.profile ?? {};
    void budgetUnitCount;
    return { ...edited, profile };
  },
};

describe.each(EDITS.map((e) => [e.name, e] as const))("%s", (name, edit) => {
  const expected = canonical(loadDataset(EXPECTED[name](sampleRaw())));

  it("reads back as the same edit of the dataset (LibreOffice's file, through exceljs)", async () => {
    const grid = await readXlsxGrid(fs.readFileSync(path.join(DIR, `${name}.xlsx`)));
    const imported = importWorkbook(grid);
    expect(canonical(imported.dataset)).toEqual(expected);
    if (name === "text-in-numbers")
      expect(imported.findings.map((f) => [f.rule, pathText(f.path), f.sheet, f.cell])).toEqual([
        ["invalid-number", "profile.budgetUnitCount", "基本信息", "B9"],
      ]);
    else expect(imported.findings).toEqual([]);
  });

  it("reads back as the same edit of the dataset (the open workbook, through Office.js), and 检查 relocates the findings", async () => {
    const ctx = new StandInContext();
    await buildOrRefresh(asRequestContext(ctx), { dataset: loadDataset(sampleRaw()) });
    await applySteps(ctx, edit.steps);
    const checked = await checkWorkbook(asRequestContext(ctx));
    expect(canonical(checked.dataset)).toEqual(expected);
    // A sheet whose rows moved is laid out again (its sums, merges and highlights); else only 检查结果.
    const shifted = edit.steps.some(
      (s) => s.do === "insertRow" || s.do === "deleteRow" || s.do === "insertRowAbove",
    );
    if (shifted)
      expect(checked.render.updated).toEqual(expect.arrayContaining([edit.steps[0].sheet, "检查结果"]));
    if (name === "resaved") expect(checked.render.updated).toEqual(["检查结果"]);
    if (name.startsWith("insert-")) {
      // The 小计 of 市州 sums every row of the group, the inserted one included (blank while a named
      // row's figure is; a row not yet named is no row).
      const tcmSheet = ctx.state.sheets.find((s) => s.name === "中医药专项") as SheetState;
      const subtotal = [...tcmSheet.cells].find(([ref, c]) => ref.startsWith("B") && c.value === "小计");
      const row = Number(subtotal?.[0].slice(1));
      const range = `C4:C${row - 1}`;
      expect(tcmSheet.cells.get(`C${row}`)?.formula).toBe(
        `=IF(SUMPRODUCT((B4:B${row - 1}<>"")*(${range}=""))>0,"",SUM(${range}))`,
      );
    }
    // The sheets were rewritten from the data read: a fresh read gives the same data, and every
    // finding's cell is where its item now is.
    const again = importWorkbook((await readExcelGrid(asRequestContext(ctx))).grid);
    expect(canonical(again.dataset)).toEqual(expected);
    const yueyang = checked.findings.find(
      (f) => f.rule === "rate-mismatch" && pathText(f.path).startsWith("fundTables[1].rows"),
    );
    if (name === "text-in-numbers") return;
    const row = Number(/\d+$/.exec(yueyang?.cell ?? "")?.[0]);
    const sheet = ctx.state.sheets.find((s) => s.name === "中医药专项") as SheetState;
    expect(sheet.cells.get(`B${row}`)?.value).toBe("岳阳市");
  });
});

it("the fixtures were made from this version's layout", async () => {
  const grid = await readXlsxGrid(fs.readFileSync(path.join(DIR, "resaved.xlsx")));
  const info = grid.sheets.find((s) => s.name === "基本信息");
  expect(JSON.parse(String(info?.cells[0]?.[25]?.value))).toMatchObject({ jixiao: 2, sheet: "info" });
  expect(checkDataset(importWorkbook(grid).dataset).findings.length).toBeGreaterThan(0);
});

/** The clerk's steps on the stand-in, through the Office.js calls the add-in's users make. */
async function applySteps(ctx: StandInContext, steps: readonly Step[]): Promise<void> {
  const context = asRequestContext(ctx);
  for (const step of steps) {
    const ws = context.workbook.worksheets.getItem(step.sheet);
    if (step.do === "unprotect") ws.protection.unprotect();
    else if (step.do === "insertRow")
      ws.getRange(`${step.at + 1}:${step.at + 1}`).insert(
        ExcelEnums.InsertShiftDirection.down as Excel.InsertShiftDirection,
      );
    else if (step.do === "deleteRow")
      ws.getRange(`${step.at + 1}:${step.at + 1}`).delete(
        ExcelEnums.DeleteShiftDirection.up as Excel.DeleteShiftDirection,
      );
    else if (step.do === "set") ws.getRange(step.cell).values = [[step.value]];
    else if (step.do === "insertRowAbove") {
      const sheet = ctx.state.sheets.find((s) => s.name === step.sheet) as SheetState;
      const at = Number(
        [...sheet.cells].find(([ref, c]) => /^A\d+$/.test(ref) && c.value === step.label)?.[0].slice(1),
      );
      ws.getRange(`${at}:${at}`).insert(ExcelEnums.InsertShiftDirection.down as Excel.InsertShiftDirection);
      for (const [column, value] of Object.entries(step.cells))
        ws.getRange(`${column}${at}`).values = [[value]];
    } else {
      // Cut and insert: a blank row at the target, the row's cells moved into it, the old row deleted.
      ws.getRange(`${step.to + 1}:${step.to + 1}`).insert(
        ExcelEnums.InsertShiftDirection.down as Excel.InsertShiftDirection,
      );
      await ctx.sync();
      const sheet = ctx.state.sheets.find((s) => s.name === step.sheet) as SheetState;
      const from = step.from >= step.to ? step.from + 1 : step.from;
      for (const [ref, cell] of [...sheet.cells]) {
        const m = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
        if (Number(m[2]) - 1 !== from) continue;
        sheet.cells.set(`${m[1]}${step.to + 1}`, cell);
        sheet.cells.delete(ref);
      }
      ws.getRange(`${from + 1}:${from + 1}`).delete(
        ExcelEnums.DeleteShiftDirection.up as Excel.DeleteShiftDirection,
      );
    }
    await ctx.sync();
  }
}
