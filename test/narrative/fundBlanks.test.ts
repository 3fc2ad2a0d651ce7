/**
 * A fund table shaped like a real sparse report (docs/domain.md §7, issue 12): 实际使用 left blank for two
 * projects, 预算批复 blank for one, the 小计 of one group reported and of the other not, a 合计 of
 * 预算批复 and 实际到位 only. A blank is unknown, never 0: no 执行率 and no low-execution finding on
 * those rows, a 小计/合计 with an unknown part is the unit's reported one or unknown, the report
 * states no 0.00 for them and leaves their cells blank (plan and .docx), the sheet's formulas stay
 * blank (the LibreOffice recalculation test compares every formula of this fixture with the engine).
 */
import {
  checkDataset,
  computeModel,
  loadDataset,
  runRules,
  type Decimal,
  type Finding,
} from "../../src/domain";
import { buildReportPlan, reportText, type BlockPlan } from "../../src/narrative";
import { readDocx, type DocxTable } from "../../src/renderers/docxRead";
import { renderDocx } from "../../src/renderers/docx";
import { readXlsxGrid, renderXlsx } from "../../src/renderers/xlsx";
import { checkReport, docxBlocks } from "../../src/reportcheck";
import { buildWorkbookPlan } from "../../src/workbook";
import { importWorkbook } from "../../src/workbook/import";
import { SheetKind, type CellPlan, type SheetPlan } from "../../src/workbook/plan";
import { FundCol } from "../../src/workbook/sheets/fund";
import { fundBlanks } from "../helpers/sparse";

const TITLE = "基本和重大公共卫生服务补助资金";
/** 0.00 standing alone (not 10.00, not 0.005). */
const ZERO = /(?<![\d,.])0\.00(?![\d])/;

const { model, findings } = checkDataset(loadDataset(fundBlanks()));
const plan = buildReportPlan(model, findings);
const text = reportText(plan);
const table = model.fundTables[0];
const fixed = (d: Decimal | null) => d?.toFixed(2) ?? null;
const ofRule = (rule: string) => findings.filter((f: Finding) => f.rule === rule);
const at = (f: Finding) => f.path.join(".");

describe("the model of a fund table with blank figures", () => {
  it("keeps a blank 预算批复 or 实际使用 unknown, with no rate, and the others as given", () => {
    const rows = table.rows.map((r) => [r.name, fixed(r.budget), fixed(r.used), fixed(r.rate)]);
    expect(rows).toEqual([
      ["基本公共卫生服务项目", "1286.40", "1052.17", "81.79"],
      ["家庭医生签约服务", "148.00", null, null],
      ["老年人健康管理", "96.30", "31.05", "32.24"],
      ["艾滋病防治", null, "38.60", null],
      ["结核病防治", "35.00", "12.10", "34.57"],
      ["免疫规划", "60.00", null, null],
      ["妇幼健康服务", "120.00", "117.36", "97.80"],
    ]);
    // 到位率 needs 预算批复: unknown for 艾滋病防治 only.
    expect(table.rows.map((r) => fixed(r.arrivalRate))).toEqual([
      "100.00",
      "100.00",
      "100.00",
      null,
      "100.00",
      "100.00",
      "100.00",
    ]);
  });

  it("makes a 小计 with an unknown part unknown, unless the unit reported it", () => {
    const [basic, major] = table.groups;
    // Computed: unknown (家庭医生签约服务's 实际使用 is blank); stated: the unit's 小计.
    expect([fixed(basic.budget), fixed(basic.used), fixed(basic.rate)]).toEqual(["1530.70", null, null]);
    expect([fixed(basic.stated.budget), fixed(basic.stated.used), fixed(basic.stated.rate)]).toEqual([
      "1530.70",
      "1193.52",
      "77.97",
    ]);
    // No reported 小计: what is unknown stays unknown; 实际到位, given for every row, is summed.
    for (const f of [major, major.stated])
      expect([fixed(f.budget), fixed(f.arrived), fixed(f.used), fixed(f.rate)]).toEqual([
        null,
        "137.00",
        null,
        null,
      ]);
  });

  it("takes the 合计 the unit gave where the rows cannot make it, and leaves 实际使用 unknown", () => {
    expect([fixed(table.total.budget), fixed(table.total.arrived), fixed(table.total.used)]).toEqual([
      null,
      "1787.70",
      null,
    ]);
    const s = table.stated;
    expect([fixed(s.budget), fixed(s.arrived), fixed(s.used), fixed(s.rate), fixed(s.arrivalRate)]).toEqual([
      "1787.70",
      "1787.70",
      null,
      null,
      "100.00",
    ]);
  });

  it("counts the unknown rows in the whole-cent sums as the Decimals do", () => {
    expect(table.cents).not.toBeNull();
    const cents = table.cents;
    expect(Number.isNaN(cents?.used[1])).toBe(true);
    expect(Number.isNaN(cents?.budget[3])).toBe(true);
    expect(cents?.budget[0]).toBe(128640);
    const decimal = {
      ...model,
      fundTables: model.fundTables.map((t) =>
        Object.assign(Object.create(Object.getPrototypeOf(t) as object) as typeof t, t, { cents: null }),
      ),
    };
    expect(runRules(computeModel(model.dataset))).toEqual(runRules(decimal));
  });
});

describe("the findings on a fund table with blank figures", () => {
  it("says which figure is missing, row by row", () => {
    expect(ofRule("missing-value").map((f) => [at(f), f.message])).toEqual([
      ["fundTables.0.rows.1.used", expect.stringContaining("家庭医生签约服务“实际使用”未填写")],
      ["fundTables.0.rows.3.budget", expect.stringContaining("艾滋病防治“预算批复”未填写")],
      ["fundTables.0.rows.5.used", expect.stringContaining("免疫规划“实际使用”未填写")],
    ]);
  });

  it("finds low execution only where the rate is known, never on a blank row, 小计 or 合计", () => {
    expect(ofRule("low-execution").map(at)).toEqual(["fundTables.0.rows.2", "fundTables.0.rows.4"]);
  });

  it("compares no reported 小计 or 合计 with a sum it cannot make", () => {
    expect([...ofRule("sum-mismatch"), ...ofRule("rounding-difference"), ...ofRule("rate-mismatch")]).toEqual(
      [],
    );
  });

  it("tells the clerk before export that the table's 实际使用合计 is missing", () => {
    const section = ofRule("incomplete-section").find((f) => at(f) === "fundTables.0.reportedTotal");
    expect(section?.message).toBe(
      `报告“${TITLE}”部分缺少：实际使用合计。导出的报告将略去相应语句，如有数据请补填。`,
    );
  });
});

describe("the report of a fund table with blank figures", () => {
  const fundTable = plan.blocks.find(
    (b): b is Extract<BlockPlan, { kind: "table" }> =>
      b.kind === "table" && b.rows.some((r) => r.cells.some((c) => c.text === "家庭医生签约服务")),
  );
  const line = (name: string) => {
    const row = fundTable?.rows.find((r) => r.cells.some((c) => c.text === name));
    return row?.cells.slice(-4).map((c) => c.text);
  };
  const subtotals = fundTable?.rows.filter((r) => r.cells.some((c) => c.text === "小计")) ?? [];

  it("states the figures it has and leaves out the 实际使用 and 执行率 it does not", () => {
    expect(text).toContain(`2024年度${TITLE}预算1,787.70万元，实际到位1,787.70万元，资金到位率100.00%。`);
    expect(text).not.toMatch(/实际使用[^情]{0,3}万元|预算执行率[0-9]/);
  });

  it("writes no 0.00 for an unknown figure", () => {
    expect(text).not.toMatch(ZERO);
  });

  it("leaves the cells of unknown figures blank in its table", () => {
    expect(line("家庭医生签约服务")).toEqual(["148.00", "148.00", "", ""]);
    expect(line("艾滋病防治")).toEqual(["", "42.00", "38.60", ""]);
    expect(line("免疫规划")).toEqual(["60.00", "60.00", "", ""]);
    expect(subtotals.map((r) => r.cells.slice(-4).map((c) => c.text))).toEqual([
      ["1,530.70", "1,530.70", "1,193.52", "77.97%"],
      ["", "137.00", "", ""],
    ]);
    expect(line("合计")).toEqual(["1,787.70", "1,787.70", "", ""]);
  });

  it("leaves them blank in the Word document too", async () => {
    const content = await readDocx(await renderDocx(plan));
    const docTable = content.blocks.find(
      (b): b is DocxTable =>
        b.kind === "table" && b.rows.some((r) => r.cells.some((c) => c.text === "免疫规划")),
    );
    const rowOf = (name: string) =>
      docTable?.rows
        .find((r) => r.cells.some((c) => c.text === name))
        ?.cells.slice(-4)
        .map((c) => c.text);
    expect(rowOf("免疫规划")).toEqual(["60.00", "60.00", "", ""]);
    expect(rowOf("合计")).toEqual(["1,787.70", "1,787.70", "", ""]);
  });
});

describe("the fund sheet of a table with blank figures", () => {
  const { plan: workbook } = buildWorkbookPlan(model, findings);
  const sheet = workbook.sheets.find((s) => s.kind === SheetKind.fund) as SheetPlan;
  const rowNamed = (name: string) => sheet.rows.findIndex((r) => r[FundCol.name]?.value === name);
  const subtotalRows = sheet.rows.flatMap((r, i) => (r[FundCol.name]?.value === "小计" ? [i] : []));
  const totalRow = sheet.rows.findIndex((r) => r[FundCol.group]?.value === "合计");
  const cell = (row: number, col: number): CellPlan | null | undefined => sheet.rows[row]?.[col];

  it("leaves a blank input blank, and its rate formula's value blank", () => {
    const r = rowNamed("家庭医生签约服务");
    expect(cell(r, FundCol.used)?.value ?? null).toBeNull();
    expect(cell(r, FundCol.rate)?.expected).toBe("");
    expect(cell(r, FundCol.rate)?.formula).toMatch(/LEN\(E\d+\)=0/);
    expect(cell(rowNamed("艾滋病防治"), FundCol.arrivalRate)?.expected).toBe("");
  });

  it("keeps a 小计 and the 合计 with a blank part blank (formula and engine)", () => {
    const [, major] = subtotalRows;
    for (const row of [major, totalRow]) {
      for (const col of [FundCol.budget, FundCol.used, FundCol.rate])
        expect([col, cell(row, col)?.expected]).toEqual([col, ""]);
      expect(cell(row, FundCol.budget)?.formula).toMatch(
        /^=IF\(SUMPRODUCT\(\(B\d+:B\d+<>""\)\*\(C\d+:C\d+=""\)\)>0,"",SUM\(/,
      );
    }
    // 实际到位 is given for every row: summed.
    expect(cell(major, FundCol.arrived)?.expected).toBe(137);
    expect(cell(totalRow, FundCol.arrived)?.expected).toBe(1787.7);
    // The unit's reported 合计 stays on its own (报送) cells.
    expect(cell(totalRow, FundCol.reportedBudget)?.value).toBe(1787.7);
  });
});

describe("a reported 小计 or 合计 where a row's figure is blank", () => {
  const dataset = (used: string) =>
    loadDataset({
      ...fundBlanks(),
      fundTables: [
        {
          id: "t",
          title: "疾控专项",
          dimension: "project",
          rows: [
            { group: "疾控", name: "监测", budget: "100.00", used: "" },
            { group: "疾控", name: "应急", budget: "100.00", used: "80.00" },
          ],
          reportedSubtotals: [{ group: "疾控", used }],
          reportedTotal: { used },
        },
      ],
    });

  it.each([
    [
      "low: its 执行率 on the unit's figures is flagged",
      "50.00",
      ["fundTables.0.reportedSubtotals.0", "fundTables.0.reportedTotal"],
    ],
    ["not low: nothing is flagged", "150.00", []],
  ])("is rated on the unit's own figures (%s)", (_name, used, paths) => {
    const { findings: found } = checkDataset(dataset(used));
    expect(found.filter((f) => f.rule === "low-execution").map(at)).toEqual(paths);
  });
});

describe("the workbook of a fund table with blank figures, read back", () => {
  it("keeps the blanks unknown (never 0) and gives the same findings", async () => {
    const { plan: workbook } = buildWorkbookPlan(model, findings);
    const imported = importWorkbook(await readXlsxGrid(await renderXlsx(workbook)));
    const again = checkDataset(imported.dataset);
    const back = again.model.fundTables[0];
    expect(back.rows.map((r) => [fixed(r.budget), fixed(r.used)])).toEqual(
      table.rows.map((r) => [fixed(r.budget), fixed(r.used)]),
    );
    expect([fixed(back.total.used), fixed(back.stated.budget)]).toEqual([null, "1787.70"]);
    const key = (f: Finding) => `${f.rule}@${at(f)}`;
    expect(again.findings.map(key)).toEqual(findings.map(key));
  });
});

describe("the report of a fund table with blank figures, checked (核对报告数字)", () => {
  it("finds nothing against itself or against its data", async () => {
    const blocks = docxBlocks(await readDocx(await renderDocx(plan)));
    const brief = (f: { rule: string; reported: string; expected?: string }) =>
      `${f.rule} ${f.reported}→${f.expected ?? ""}`;
    expect(checkReport(blocks).findings.map(brief)).toEqual([]);
    expect(checkReport(blocks, { model }).findings.map(brief)).toEqual([]);
  });
});
