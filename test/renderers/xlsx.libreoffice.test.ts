/**
 * The sample built to .xlsx without cached results, recalculated by LibreOffice: every formula
 * must show the engine's value. Runs where LibreOffice is installed (CI installs it).
 */
import { checkDataset, Dec, loadDataset, pathText, type RawDataset } from "../../src/domain";
import { renderXlsx } from "../../src/renderers/xlsx";
import { buildWorkbookPlan } from "../../src/workbook";
import { cellRef } from "../../src/workbook/plan";
import { sampleRaw } from "../helpers/datasets";
import { richDataset } from "../helpers/rich";
import { findSoffice, recalculate } from "../helpers/libreoffice";
import { SPARSE_FIXTURES } from "../helpers/sparse";

const soffice = findSoffice();

describe("LibreOffice recalculates the sample workbook to the engine's figures", () => {
  if (!soffice && !process.env.CI) {
    // A developer machine without LibreOffice: say so instead of passing silently. CI installs it.
    it("is not run here: LibreOffice (soffice) is not installed", () => {
      expect(findSoffice()).toBeNull();
    });
    return;
  }

  const cases: [string, () => RawDataset, number][] = [
    ["the sample", sampleRaw, 100],
    ["a dataset using every formula", richDataset, 100],
    // Sparse datasets: a formula whose input is blank stays blank, as the engine's figure is unknown.
    ...Object.entries(SPARSE_FIXTURES).map(([name, make]): [string, () => RawDataset, number] => [
      `the sparse ${name}`,
      make,
      20,
    ]),
  ];
  it.each(cases)(
    "every formula cell of %s equals the engine's value",
    async (_name, make, atLeast) => {
      if (!soffice) throw new Error("LibreOffice (soffice) is required in CI: install libreoffice-calc");
      const { model, findings } = checkDataset(loadDataset(make()));
      const { plan } = buildWorkbookPlan(model, findings);
      const sheets = recalculate(soffice, await renderXlsx(plan, { cachedResults: false }));
      const mismatches: string[] = [];
      let compared = 0;
      for (const sheet of plan.sheets) {
        const csv = sheets.get(sheet.name);
        if (!csv) throw new Error(`sheet ${sheet.name} missing after recalculation`);
        sheet.rows.forEach((cells, r) =>
          cells.forEach((cell, c) => {
            if (!cell?.formula) return;
            compared++;
            const text = csv[r]?.[c] ?? "";
            const got = text.endsWith("%")
              ? new Dec(text.slice(0, -1)).div(100).toNumber()
              : text === ""
                ? ""
                : Number.isNaN(Number(text))
                  ? text
                  : Number(text);
            const want = cell.expected ?? "";
            const same =
              typeof want === "number"
                ? typeof got === "number" && Math.abs(got - want) < 1e-9
                : got === want;
            if (!same)
              mismatches.push(
                `${sheet.name}!${cellRef(r, c)} ${cell.formula} → ${JSON.stringify(text)}, engine ${JSON.stringify(want)}`,
              );
          }),
        );
      }
      expect(mismatches).toEqual([]);
      expect(compared).toBeGreaterThan(atLeast);
    },
    180_000,
  );
});

describe("LibreOffice evaluates the highlights that follow 检查结果", () => {
  if (!soffice && !process.env.CI) {
    it("is not run here: LibreOffice (soffice) is not installed", () => {
      expect(findSoffice()).toBeNull();
    });
    return;
  }

  it("colours exactly the cells of open findings: red for errors, amber for ones to verify", async () => {
    if (!soffice) throw new Error("LibreOffice (soffice) is required in CI: install libreoffice-calc");
    const { model, findings } = checkDataset(loadDataset(sampleRaw()));
    // A reviewer has explained the low-execution finding of 湘潭市: its colour goes.
    const reviews = new Map([
      ['low-execution@fundTables["tcm"].rows["湘潭市"]', { status: "已说明", note: "下半年才启动" }],
    ]);
    const built = buildWorkbookPlan(model, findings, { reviews });
    const fund = built.plan.sheets.find((s) => s.name === "中医药专项");
    if (!fund) throw new Error("no 中医药专项");
    const [error, verify] = fund.conditionalFormats.filter((cf) => cf.rule === "open-finding");
    expect(error.range).toMatch(/^A1:X\d+$/);
    // The formulas hold ROW()/COLUMN() of the cell coloured; a probe cell asks them for a given cell.
    const at = (formula: string, cell: string) =>
      formula.replaceAll("ADDRESS(ROW(),COLUMN(),4)", `ADDRESS(ROW(${cell}),COLUMN(${cell}),4)`);
    const here = built.findings.filter((f) => f.sheet === "中医药专项");
    const cells = [...new Set([...here.map((f) => f.cell as string), "B5", "C6", "A1"])];
    const expected = cells.map((cell) => {
      const open = here.filter(
        (f) =>
          f.cell === cell && !(f.rule === "low-execution" && pathText(f.path) === "fundTables[1].rows[2]"),
      );
      return [
        open.some((f) => f.severity === "error"),
        !open.some((f) => f.severity === "error") && open.some((f) => f.severity === "verify"),
      ];
    });
    expect(expected.some(([e]) => e)).toBe(true);
    expect(expected.some(([, v]) => v)).toBe(true);
    const probe = {
      ...fund,
      key: "probe",
      name: "probe",
      rows: cells.map((cell) => [
        { value: cell },
        { formula: at(error.formula, cell) },
        { formula: at(verify.formula, cell) },
      ]),
      merges: [],
      conditionalFormats: [],
      validations: [],
      rowHeights: {},
      protect: false,
    };
    const sheets = recalculate(
      soffice,
      await renderXlsx({ ...built.plan, sheets: [...built.plan.sheets, probe] }, { cachedResults: false }),
    );
    const got = (sheets.get("probe") ?? []).slice(0, cells.length).map((row) => [row[1], row[2]]);
    expect(got).toEqual(expected.map(([e, v]) => [e ? "TRUE" : "FALSE", v ? "TRUE" : "FALSE"]));
  }, 180_000);
});
