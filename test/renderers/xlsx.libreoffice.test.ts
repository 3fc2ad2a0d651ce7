/**
 * The sample built to .xlsx without cached results, recalculated by LibreOffice: every formula
 * must show the engine's value. Runs where LibreOffice is installed (CI installs it).
 */
import { checkDataset, Dec, loadDataset } from "../../src/domain";
import { renderXlsx } from "../../src/renderers/xlsx";
import { buildWorkbookPlan } from "../../src/workbook";
import { cellRef } from "../../src/workbook/plan";
import { sampleRaw } from "../helpers/datasets";
import { richDataset } from "../helpers/rich";
import { findSoffice, recalculate } from "../helpers/libreoffice";

const soffice = findSoffice();

describe("LibreOffice recalculates the sample workbook to the engine's figures", () => {
  if (!soffice && !process.env.CI) {
    // A developer machine without LibreOffice: say so instead of passing silently. CI installs it.
    it("is not run here: LibreOffice (soffice) is not installed", () => {
      expect(findSoffice()).toBeNull();
    });
    return;
  }

  it.each([
    ["the sample", sampleRaw],
    ["a dataset using every formula", richDataset],
  ])(
    "every formula cell of %s equals the engine's value",
    async (_name, make) => {
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
      expect(compared).toBeGreaterThan(100);
    },
    180_000,
  );
});
