/**
 * Property: random row insertions, deletions and retyped values on a fund sheet of a built
 * workbook read back as the same edits applied to the dataset — as the clerk meant them:
 *
 * - a new row belongs with the nearest row of the table above it — unless a 小计 or the header
 *   comes first, then with what is below it (so a row inserted above a group's first row joins
 *   the group, one above a 小计 joins that group, one above 合计 in a table without groups is
 *   ungrouped); this is decided on the sheet as it ends up, whatever the order of the edits;
 * - a deleted row is gone (the only row of a group: the group and its reported 小计 are gone);
 * - a retyped budget or used is the new value (text stays text, for the check to report).
 *
 * On the Excel stand-in (the Office.js read path) with shrinking; on LibreOffice Calc's files
 * (the exceljs read path) for a fixed sample of generated cases, all edited in one LibreOffice
 * session when LibreOffice is installed (it is in CI).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { checkDataset, loadDataset, type RawDataset } from "../../src/domain";
import { buildOrRefresh } from "../../src/host/excel";
import { readExcelGrid } from "../../src/renderers/excelRead";
import { readXlsxGrid, renderXlsx } from "../../src/renderers/xlsx";
import {
  asRequestContext,
  ExcelEnums,
  installExcelGlobal,
  StandInContext,
} from "../../src/testing/excelStandIn";
import { buildWorkbookPlan } from "../../src/workbook";
import { importWorkbook } from "../../src/workbook/import";
import { canonical } from "../helpers/canonical";
import { datasetArb } from "../helpers/arbitraries";
import { findSoffice } from "../helpers/libreoffice";

installExcelGlobal();

type Row = NonNullable<RawDataset["fundTables"]>[number]["rows"][number];
type Typed = { name: string; budget: number | string; arrived: number; used: number };

/** An edit as the clerk makes it, by position among the table's rows in sheet order. */
type Edit =
  | { kind: "insertBefore"; index: number; row: Typed }
  | { kind: "insertAtGroupEnd"; index: number; row: Typed }
  | { kind: "delete"; index: number }
  | { kind: "set"; index: number; field: "budget" | "used"; value: number | string };

const typed = fc.record({
  name: fc.constantFrom("新增甲", "新增乙", "补录项目", "乡镇卫生院"),
  budget: fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.constant("约10")),
  arrived: fc.integer({ min: 0, max: 5000 }),
  used: fc.integer({ min: 0, max: 500000 }).map((n) => n / 100),
});
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("insertBefore" as const), index: fc.nat(40), row: typed }),
  fc.record({ kind: fc.constant("insertAtGroupEnd" as const), index: fc.nat(40), row: typed }),
  fc.record({ kind: fc.constant("delete" as const), index: fc.nat(40) }),
  fc.record({
    kind: fc.constant("set" as const),
    index: fc.nat(40),
    field: fc.constantFrom("budget" as const, "used" as const),
    value: fc.oneof(fc.integer({ min: 0, max: 99999 }), fc.constant("—"), fc.constant("待核实")),
  }),
);
const caseArb = fc.tuple(datasetArb, fc.array(editArb, { minLength: 1, maxLength: 6 }));

/** One line of the fund sheet below its header: a row of the table (`fresh`: typed into a row the
 * clerk inserted), a 小计, or 合计. */
type Line =
  { kind: "row"; row: Row; fresh?: boolean } | { kind: "subtotal"; group: string } | { kind: "total" };

/** The workbook as the stand-in or LibreOffice receives it: lines, and the dataset's sheet order. */
function layoutOf(raw: RawDataset) {
  const loaded = loadDataset(raw);
  const { model, findings } = checkDataset(loaded);
  const { plan } = buildWorkbookPlan(model, findings);
  const sheet = plan.sheets.find((s) => s.kind === "fund");
  if (!sheet) throw new Error("no fund sheet");
  const lines: Line[] = [];
  const rows = loaded.fundTables?.[0].rows ?? [];
  const rawRows = raw.fundTables?.[0].rows ?? [];
  let first = -1;
  sheet.rows.forEach((cells, r) => {
    const located = rows.findIndex(
      (_, i) => plan.locations.get(`fundTables[0].rows[${i}]`)?.cell === `G${r + 1}`,
    );
    if (located >= 0) {
      if (first < 0) first = r;
      lines.push({ kind: "row", row: rawRows[located] });
    } else if (cells[1]?.value === "小计" && cells[1]?.style === "totalLabel") {
      const tagged = JSON.parse(String(cells[24]?.value)) as [string, string];
      lines.push({ kind: "subtotal", group: tagged[1] });
    } else if (cells[0]?.value === "合计" && cells[0]?.style === "totalLabel") lines.push({ kind: "total" });
  });
  return { plan, lines, first };
}

/** A clerk's step on the sheet (0-based rows), as the stand-in and the LibreOffice script take them. */
type Step =
  | { do: "insertRow"; at: number }
  | { do: "deleteRow"; at: number }
  | { do: "set"; cell: string; value: number | string };

/**
 * Applies the edits to the lines (the sheet) and to the dataset's rows (the intent); returns the
 * steps that make them on the sheet and the expected dataset. Edits that do not apply (an index
 * past the rows) are skipped.
 */
function plan(raw: RawDataset, edits: readonly Edit[], first: number, start: Line[]) {
  const lines = [...start];
  const steps: Step[] = [];
  const rowsOf = () => lines.flatMap((l) => (l.kind === "row" ? [l.row] : []));
  const lineOf = (row: Row) => lines.findIndex((l) => l.kind === "row" && l.row === row);
  const type = (at: number, row: Typed) => {
    const r = first + at + 1;
    steps.push({ do: "set", cell: `B${r}`, value: row.name });
    steps.push({ do: "set", cell: `C${r}`, value: row.budget });
    steps.push({ do: "set", cell: `D${r}`, value: row.arrived });
    steps.push({ do: "set", cell: `E${r}`, value: row.used });
  };
  const rawRow = (row: Typed, group: string | undefined): Row => ({
    ...(group !== undefined ? { group } : {}),
    name: row.name,
    budget: String(row.budget),
    arrived: String(row.arrived),
    used: String(row.used),
  });
  for (const edit of edits) {
    const rows = rowsOf();
    if (!rows.length) break;
    const target = rows[edit.index % rows.length];
    const at = lineOf(target);
    if (edit.kind === "insertBefore") {
      steps.push({ do: "insertRow", at: first + at });
      lines.splice(at, 0, { kind: "row", row: rawRow(edit.row, undefined), fresh: true });
      type(at, edit.row);
    } else if (edit.kind === "insertAtGroupEnd") {
      // Above the 小计 of the target's group, or above 合计 when the row has no group.
      const end =
        target.group === undefined
          ? lines.findIndex((l) => l.kind === "total")
          : lines.findIndex((l, i) => i > at && l.kind === "subtotal" && l.group === target.group);
      if (target.group === undefined && lines.some((l) => l.kind === "subtotal")) continue;
      steps.push({ do: "insertRow", at: first + end });
      lines.splice(end, 0, { kind: "row", row: rawRow(edit.row, undefined), fresh: true });
      type(end, edit.row);
    } else if (edit.kind === "delete") {
      steps.push({ do: "deleteRow", at: first + at });
      lines.splice(at, 1);
    } else {
      const col = edit.field === "budget" ? "C" : "E";
      steps.push({ do: "set", cell: `${col}${first + at + 1}`, value: edit.value });
      const line = lines[at];
      lines[at] = { ...line, kind: "row", row: { ...target, [edit.field]: String(edit.value) } };
    }
  }
  // Where the new rows belong, by the rule the sheet promises: with the nearest row of ours above
  // (not across a 小计 or the header); else with what is below — a row's group, a 小计's group,
  // or no group at 合计.
  const known = (i: number): string | undefined | null => {
    for (let j = i - 1; j >= 0; j--) {
      const l = lines[j];
      if (l.kind !== "row") break;
      if (!l.fresh) return l.row.group;
    }
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j];
      if (l.kind === "row" && !l.fresh) return l.row.group;
      if (l.kind === "subtotal") return l.group;
      if (l.kind === "total") return undefined;
    }
    return null;
  };
  const resolved = lines.map((l, i) => {
    if (l.kind !== "row" || !l.fresh) return l;
    const group = known(i) ?? undefined;
    const { group: _old, ...row } = l.row;
    void _old;
    return { ...l, row: group === undefined ? row : { ...row, group } };
  });
  lines.splice(0, lines.length, ...resolved);
  const rows = rowsOf();
  const groups = new Set(rows.flatMap((r) => (r.group === undefined ? [] : [r.group])));
  const table = raw.fundTables?.[0];
  const expected: RawDataset = {
    ...raw,
    fundTables: table
      ? [
          {
            ...table,
            rows,
            reportedSubtotals: table.reportedSubtotals?.filter((s) => groups.has(s.group)),
          },
        ]
      : [],
  };
  return { steps, expected };
}

/** The dataset as the workbook of `raw` reads back before any edit (rows in sheet order). */
async function baseline(raw: RawDataset): Promise<RawDataset> {
  const { model, findings } = checkDataset(loadDataset(raw));
  const grid = await readXlsxGrid(await renderXlsx(buildWorkbookPlan(model, findings).plan));
  return importWorkbook(grid).raw;
}

describe("random row edits on a fund sheet", () => {
  it("read back as the same edits of the dataset (the open workbook, through Office.js)", async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async ([generated, edits]) => {
        const raw = await baseline(generated);
        const { lines, first } = layoutOf(raw);
        const { steps, expected } = plan(raw, edits, first, lines);
        const ctx = new StandInContext();
        await buildOrRefresh(asRequestContext(ctx), { dataset: loadDataset(raw) });
        const context = asRequestContext(ctx);
        const ws = context.workbook.worksheets.getItem("测试专项");
        ws.protection.unprotect();
        for (const step of steps) {
          if (step.do === "insertRow")
            ws.getRange(`${step.at + 1}:${step.at + 1}`).insert(
              ExcelEnums.InsertShiftDirection.down as Excel.InsertShiftDirection,
            );
          else if (step.do === "deleteRow")
            ws.getRange(`${step.at + 1}:${step.at + 1}`).delete(
              ExcelEnums.DeleteShiftDirection.up as Excel.DeleteShiftDirection,
            );
          else ws.getRange(step.cell).values = [[step.value]];
        }
        await ctx.sync();
        const imported = importWorkbook((await readExcelGrid(context)).grid);
        expect(canonical(imported.dataset)).toEqual(canonical(loadDataset(expected)));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 40) },
    );
  }, 300_000);
});

describe("random row edits in LibreOffice Calc", () => {
  const soffice = findSoffice();
  if (!soffice && !process.env.CI) {
    it("is not run here: LibreOffice (soffice) is not installed", () => {
      expect(findSoffice()).toBeNull();
    });
    return;
  }

  it("read back as the same edits of the dataset (LibreOffice Calc's files, through exceljs)", async () => {
    if (!soffice) throw new Error("LibreOffice (soffice) is required in CI: install libreoffice-calc");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-edits-"));
    try {
      const cases = fc.sample(caseArb, { numRuns: 12, seed: 20261129 });
      const jobs = [];
      for (const [i, [generated, edits]] of cases.entries()) {
        const raw = await baseline(generated);
        const { plan: workbook, lines, first } = layoutOf(raw);
        const { steps, expected } = plan(raw, edits, first, lines);
        const source = path.join(dir, `source-${i}.xlsx`);
        fs.writeFileSync(source, await renderXlsx(workbook));
        jobs.push({ name: `case-${i}`, source, expected, steps, edits: cases[i][1] });
      }
      const edits = jobs.map((j) => ({
        name: j.name,
        source: j.source,
        steps: [{ do: "unprotect", sheet: "测试专项" }, ...j.steps.map((s) => ({ ...s, sheet: "测试专项" }))],
      }));
      fs.writeFileSync(path.join(dir, "edits.json"), JSON.stringify(edits));
      execFileSync(
        "/usr/bin/python3",
        [
          path.join(__dirname, "../../scripts/edit-with-libreoffice.py"),
          path.join(dir, "edits.json"),
          "-",
          dir,
        ],
        { stdio: "pipe", timeout: 300_000 },
      );
      for (const job of jobs) {
        const grid = await readXlsxGrid(fs.readFileSync(path.join(dir, `${job.name}.xlsx`)));
        const imported = importWorkbook(grid);
        if (process.env.DUMP_CASES)
          fs.writeFileSync(`/tmp/${job.name}.json`, JSON.stringify({ job, got: imported.raw }, null, 1));
        // The case's edits travel with it, so that a failure says what the clerk did.
        const what = { case: job.name, edits: job.edits, steps: job.steps };
        expect({ ...what, dataset: canonical(imported.dataset) }).toEqual({
          ...what,
          dataset: canonical(loadDataset(job.expected)),
        });
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
