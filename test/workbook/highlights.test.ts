/**
 * The highlights that follow 检查结果: which cells carry them (from the plan alone), the areas that
 * cover those cells, and the cell numbers 检查结果 and the formats agree on. LibreOffice shows them
 * in test/renderers/xlsx.libreoffice.test.ts.
 */
import fc from "fast-check";
import { checkDataset, loadDataset, pathText, reviewKey } from "../../src/domain";
import { buildWorkbookPlan, FindingCol, OPEN_FINDING_RULE } from "../../src/workbook";
import { areasOf, findingCells } from "../../src/workbook/highlights";
import { cellNumber, cellRef, InputKind, parseCellRef, rangeAreas, SheetKind } from "../../src/workbook/plan";
import { syntheticDataset } from "../../src/bench/synthetic";
import { sampleRaw } from "../helpers/datasets";
import { richDataset } from "../helpers/rich";

/** Every cell of a list of A1 areas, as "row,col". */
function cellsOf(areas: readonly string[]): string[] {
  return areas.flatMap((area) => {
    const [a, b = a] = area.split(":").map(parseCellRef);
    const out: string[] = [];
    for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) out.push(`${r},${c}`);
    return out;
  });
}

describe("areasOf", () => {
  it("covers exactly the cells given, each once", () => {
    const cell = fc.record({ row: fc.integer({ min: 0, max: 40 }), col: fc.integer({ min: 0, max: 12 }) });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 120 }), (cells) => {
        const want = [...new Set(cells.map((c) => `${c.row},${c.col}`))].sort();
        expect(cellsOf(areasOf(cells)).sort()).toEqual(want);
      }),
    );
  });

  it("joins runs down a column, then side by side columns with the same runs", () => {
    const block = [];
    for (let row = 3; row <= 9; row++) for (let col = 2; col <= 8; col++) block.push({ row, col });
    expect(areasOf([...block, { row: 1, col: 1 }, { row: 3, col: 0 }, { row: 5, col: 0 }])).toEqual([
      "A4",
      "A6",
      "B2",
      "C4:I10",
    ]);
    expect(areasOf([])).toEqual([]);
  });
});

describe("the highlights of the standard workbook", () => {
  const plans = [
    ["the sample", sampleRaw()],
    ["a dataset using every formula", richDataset()],
    ["300 synthetic rows", syntheticDataset({ rows: 300 })],
  ] as const;

  it.each(plans)("cover every located finding of %s, and only cells with content", (_name, raw) => {
    const { model, findings } = checkDataset(loadDataset(raw));
    const built = buildWorkbookPlan(model, findings);
    const covered = new Map<string, Set<string>>();
    const named = new Set([...built.plan.locations.values()].map((l) => `${l.sheet}!${l.cell}`));
    for (const sheet of built.plan.sheets) {
      const formats = sheet.conditionalFormats.filter((cf) => cf.rule === OPEN_FINDING_RULE);
      if (sheet.kind === SheetKind.findings) {
        expect(formats).toEqual([]);
        continue;
      }
      expect(formats.map((cf) => cf.severity)).toEqual(["error", "verify"]);
      expect(formats[0].range).toBe(formats[1].range);
      const cells = cellsOf(rangeAreas(formats[0].range));
      covered.set(sheet.name, new Set(cells));
      for (const at of cells) {
        const [r, c] = at.split(",").map(Number);
        // An input, a formula, or a cell the locations name — never an empty cell or a label.
        const cell = sheet.rows[r]?.[c];
        expect(Boolean(cell?.input || cell?.formula || named.has(`${sheet.name}!${cellRef(r, c)}`))).toBe(
          true,
        );
      }
    }
    const located = built.findings.filter((f) => f.sheet && f.cell && f.severity !== "info");
    expect(located.length).toBeGreaterThan(0);
    for (const f of located) {
      const { row, col } = parseCellRef(f.cell as string);
      expect(covered.get(f.sheet as string)?.has(`${row},${col}`)).toBe(true);
    }
  });

  it("number each open finding's cell on 检查结果 as the sheet's format numbers it", () => {
    const { model, findings } = checkDataset(loadDataset(sampleRaw()));
    // A reviewer has explained one low-execution finding of 中医药专项.
    const verified = findings.find(
      (f) => f.rule === "low-execution" && pathText(f.path) === "fundTables[1].rows[2]",
    );
    if (!verified) throw new Error("the sample lost a finding");
    const built = buildWorkbookPlan(model, findings, {
      reviews: new Map([[reviewKey(verified), { status: "已说明", note: "下半年才启动" }]]),
    });
    const sheets = built.plan.sheets;
    const results = sheets.find((s) => s.kind === SheetKind.findings);
    if (!results) throw new Error("no 检查结果");
    built.findings.forEach((f, i) => {
      const row = results.rows[i + 2];
      const [error, verify] = [row[FindingCol.openError] ?? null, row[FindingCol.openVerify] ?? null];
      if (f.severity === "info" || !f.sheet || !f.cell) {
        expect([error, verify]).toEqual([null, null]);
        return;
      }
      const cell = f.severity === "error" ? error : verify;
      expect(f.severity === "error" ? verify : error).toBeNull();
      const number = sheets.findIndex((s) => s.name === f.sheet) + 1;
      const { row: r, col: c } = parseCellRef(f.cell);
      // Its format asks for sheet·10¹² + ROW()·10⁵ + COLUMN(): the same number.
      const format = sheets[number - 1].conditionalFormats.find((cf) => cf.rule === OPEN_FINDING_RULE);
      expect(format?.formula).toContain(`${number * 1e12}+ROW()*100000+COLUMN()`);
      expect(cell?.formula).toContain(`ROW('${f.sheet}'!${f.cell})*100000+${cellNumber(number, 0, c + 1)}`);
      expect(cell?.formula).toContain(`$H${i + 3}="待处理"`);
      expect(cell?.expected).toBe(
        reviewKey(f) === reviewKey(verified) ? "" : cellNumber(number, r + 1, c + 1),
      );
    });
  });

  it("finds the cells that can carry a finding from the plan alone", () => {
    const sheet = {
      rows: [[{ value: "标题" }], [null, { value: 1, input: InputKind.amount }, { formula: "=B2" }]],
    };
    expect(findingCells(sheet, ["D7", "B2"])).toEqual([
      { row: 1, col: 1 },
      { row: 1, col: 2 },
      { row: 6, col: 3 },
    ]);
  });

  it("leave the plan without highlights when asked (the bench's comparison)", () => {
    const { model, findings } = checkDataset(loadDataset(sampleRaw()));
    const { plan } = buildWorkbookPlan(model, findings, { highlights: false });
    for (const sheet of plan.sheets) {
      expect(sheet.conditionalFormats.some((cf) => cf.rule === OPEN_FINDING_RULE)).toBe(false);
      if (sheet.kind !== SheetKind.findings) continue;
      for (const row of sheet.rows.slice(2)) {
        expect(row[FindingCol.openError] ?? null).toBeNull();
        expect(row[FindingCol.openVerify] ?? null).toBeNull();
      }
    }
  });
});
