/**
 * The report check on what issue 12 put back into the report: breakdowns (a lead sentence with the
 * total, the largest items and their shares, then the table) and the drafted 存在的问题 naming each
 * wrong figure with both figures (报送 X … 应为 Y, a quotation of a workbook finding). A report as
 * generated checks clean — the sample's and every sparse fixture's, with the data and without — and
 * an edited breakdown figure, an edited quotation or an unrelated edited figure is found.
 */
import type { RawDataset } from "../../src/domain";
import { checkReport, type ReportFinding } from "../../src/reportcheck";
import { sampleRaw } from "../helpers/datasets";
import { blocksOf, changeCell, reportOf, retype } from "../helpers/reportEdits";
import { richDataset } from "../helpers/rich";
import { countyBreakdowns, SPARSE_FIXTURES } from "../helpers/sparse";

/** A finding as `rule reported→expected`, compact for assertions. */
const brief = (f: ReportFinding) => `${f.rule} ${f.reported}→${f.expected ?? ""}`;

const GENERATED: [string, () => RawDataset][] = [
  ["the sample", sampleRaw],
  ["the rich dataset (four breakdowns, three wrong figures drafted)", richDataset],
  ...Object.entries(SPARSE_FIXTURES).map(([name, make]): [string, () => RawDataset] => [
    `the sparse ${name}`,
    make,
  ]),
];

describe("a generated report with breakdowns and drafted wrong figures", () => {
  it.each(GENERATED)("%s: nothing against itself, nothing against its data", async (_, raw) => {
    const { model, plan } = reportOf(raw());
    const blocks = await blocksOf(plan);
    expect(checkReport(blocks).findings.map(brief)).toEqual([]);
    expect(checkReport(blocks, { model }).findings.map(brief)).toEqual([]);
  });

  it("a breakdown on its own items without a total (no total, no shares): nothing found", async () => {
    const raw = countyBreakdowns();
    const functional = raw.breakdowns?.[1];
    if (!functional) throw new Error("the fixture has 按功能分类");
    functional.base = "items";
    delete functional.reportedTotal;
    const { model, plan } = reportOf(raw);
    const blocks = await blocksOf(plan);
    expect(checkReport(blocks).findings.map(brief)).toEqual([]);
    const result = checkReport(blocks, { model });
    expect(result.findings.map(brief)).toEqual([]);
    expect(result.attributed.map((f) => f.key)).toContain("fund:按功能分类/row:卫生健康支出/amount");
  });

  it("attributes a breakdown's total, items and shares, in its sentence and its table", async () => {
    const { model, plan } = reportOf(countyBreakdowns());
    const result = checkReport(await blocksOf(plan), { model });
    const keys = (written: string) =>
      result.attributed.filter((f) => f.written === written).map((f) => f.key);
    // The sentence, the table and the draft's 应为 all say 73.45% of the same item.
    expect(keys("73.45%")).toEqual([
      "fund:按经济分类/row:对个人和家庭的补助/share",
      "fund:按经济分类/row:对个人和家庭的补助/share",
      "fund:按经济分类/row:对个人和家庭的补助/share",
    ]);
    expect(keys("2,346.76 万元")).toEqual([
      "fund:按经济分类/row:对个人和家庭的补助/amount",
      "fund:按经济分类/row:对个人和家庭的补助/amount",
    ]);
    expect(keys("3,194.99 万元")).toEqual(
      expect.arrayContaining(["fund:按经济分类/amount", "fund:按功能分类/amount"]),
    );
    // 工资福利支出 of 按经济分类 is the breakdown's item, not the 工资福利支出 of 基本支出.
    expect(keys("640.37 万元")).toEqual([
      "fund:按经济分类/row:工资福利支出/amount",
      "fund:按经济分类/row:工资福利支出/amount",
    ]);
    // The quoted reported share is the unit's figure, a key of its own.
    expect(keys("43.46%")).toEqual(["fund:按经济分类/row:对个人和家庭的补助/share/reported"]);
    expect(result.compared).toBeGreaterThanOrEqual(keys("73.45%").length + 1);
  });
});

/** A fund table of generated data whose rows are named as the report names its totals (shrunk by fast-check). */
const oddRows =
  (rows: { name: string; budget: string; used: string; reportedRate?: string; group?: string }[]) =>
  (): RawDataset => ({
    format: "jixiao-dataset",
    version: 1,
    unit: { name: "测试县卫生健康局", level: "county", year: 2024, moneyUnit: "万元" },
    fundTables: [
      {
        id: "t",
        title: "测试专项",
        dimension: "project",
        rows: rows.map((r) => ({ arrived: "0.00", ...r })),
      },
    ],
  });

describe("a quotation or list item whose item cannot be told is not attributed (never a false finding)", () => {
  it.each([
    [
      "a row named 合计 (the table's 合计 too)",
      oddRows([
        { name: "合计", budget: "0.01", used: "0.01", reportedRate: "0.01" },
        { name: "甲", budget: "0.01", used: "0.01" },
      ]),
    ],
    [
      "two rows named 合计",
      oddRows([
        { name: "合计", budget: "0.01", used: "0.01", reportedRate: "0", group: "甲组" },
        { name: "合计", budget: "0.01", used: "0.00", group: "甲组" },
        { name: "!", budget: "0.00", used: "0.01", group: "甲组" },
      ]),
    ],
    [
      "two rows named 省本级",
      oddRows([
        { name: "省本级", budget: "0.01", used: "0.00", group: "甲组" },
        { name: "省本级", budget: "0.01", used: "0.01", reportedRate: "0.000", group: "甲组" },
        { name: "!", budget: "0.00", used: "0.00", group: "甲组" },
      ]),
    ],
    [
      "a row named 小计 (a group's 小计 too)",
      oddRows([
        { name: "小计", budget: "0.01", used: "0.00", reportedRate: "0.0" },
        { name: "小计", budget: "0.01", used: "0.01", reportedRate: "0.000", group: "甲组" },
        { name: "!", budget: "0.00", used: "0.00", group: "甲组" },
      ]),
    ],
    [
      // Shrunk from the generated-report property: the second ungrouped 小计 was taken for a group's
      // 小计, so 甲组's row named 小计 was counted 小计#2 and compared with the second ungrouped one.
      "two ungrouped rows named 小计 before a group with a row named 小计",
      oddRows([
        { name: "甲", budget: "5.00", used: "4.00" },
        { name: "小计", budget: "7.00", used: "2.00" },
        { name: "乙", budget: "5.00", used: "6.00" },
        { name: "小计", budget: "6.00", used: "9.00" },
        { name: "丙", budget: "8.00", used: "9.00", group: "甲组" },
        { name: "小计", budget: "7.00", used: "9.00", group: "甲组" },
      ]),
    ],
    [
      "two rows named 省本级 in the low-execution list (省本级（50.00%）、省本级（33.33%）)",
      oddRows([
        { name: "省本级", budget: "0.02", used: "0.01", group: "甲组" },
        { name: "省本级", budget: "0.03", used: "0.01", group: "甲组" },
        { name: "!", budget: "0.00", used: "0.00", group: "甲组" },
      ]),
    ],
  ])("%s", async (_, raw) => {
    const { model, plan } = reportOf(raw());
    const blocks = await blocksOf(plan);
    expect(checkReport(blocks).findings.map(brief)).toEqual([]);
    expect(checkReport(blocks, { model }).findings.map(brief)).toEqual([]);
  });
});

describe("a generated report as edited in Word", () => {
  const county = reportOf(countyBreakdowns());
  const sample = reportOf(sampleRaw());

  const reports = { county, sample };
  it.each<
    [string, keyof typeof reports, (plan: typeof county.plan) => typeof county.plan, string[], string[]]
  >([
    [
      "a breakdown item's amount in the sentence (2,346.76 → 2,364.76)",
      "county",
      (plan) => retype(plan, "2,346.76万元", "2,364.76万元", "按经济分类，合计"),
      ["report-self-inconsistent 2,364.76 万元→2,346.76 万元"],
      ["report-figure-mismatch 2,364.76 万元→2,346.76 万元"],
    ],
    [
      "a breakdown item's share in the sentence (20.04% → 20.40%)",
      "county",
      (plan) => retype(plan, "20.04%", "20.40%", "按经济分类，合计"),
      ["report-self-inconsistent 20.40%→20.04%"],
      ["report-figure-mismatch 20.40%→20.04%"],
    ],
    [
      "a breakdown's total in the sentence (3,194.99 → 3,149.99)",
      "county",
      (plan) => retype(plan, "3,194.99万元", "3,149.99万元", "按功能分类，合计"),
      ["report-self-inconsistent 3,149.99 万元→3,194.99 万元"],
      ["report-figure-mismatch 3,149.99 万元→3,194.99 万元"],
    ],
    [
      "a breakdown table's cell (社会保障和就业支出 176.41 → 167.41)",
      "county",
      (plan) => changeCell(plan, 1, "社会保障和就业支出", 1, "167.41"),
      ["report-self-inconsistent 176.41 万元→167.41 万元"],
      ["report-figure-mismatch 167.41 万元→176.41 万元"],
    ],
    [
      "the draft's quoted reported share (43.46% → 44.46%): no finding states it",
      "county",
      (plan) => retype(plan, "43.46%", "44.46%"),
      [],
      ["report-figure-mismatch 44.46%→73.45%"],
    ],
    [
      "the draft's 应为 (73.45% → 74.35%)",
      "county",
      (plan) => retype(plan, "应为73.45%", "应为74.35%"),
      ["report-self-inconsistent 74.35%→73.45%"],
      ["report-figure-mismatch 74.35%→73.45%"],
    ],
    [
      "the sample's quoted reported rate (45.62% → 45.26%)",
      "sample",
      (plan) => retype(plan, "45.62%", "45.26%"),
      [],
      ["report-figure-mismatch 45.26%→45.61%"],
    ],
    [
      "an unrelated figure next to the draft (基本支出 1,203.40 → 1,230.40)",
      "county",
      (plan) => retype(plan, "基本支出1,203.40万元", "基本支出1,230.40万元", "财政拨款支出"),
      // Without the data, the later statement (基本支出情况) is the one that differs from the first.
      ["report-rate-inconsistent 37.67%→38.51%", "report-self-inconsistent 1,203.40 万元→1,230.40 万元"],
      ["report-figure-mismatch 1,230.40 万元→1,203.40 万元", "report-rate-inconsistent 37.67%→38.51%"],
    ],
  ])("%s is found", async (_, which, edit, self, withData) => {
    const { model, plan } = reports[which];
    const blocks = await blocksOf(edit(plan));
    expect(checkReport(blocks).findings.map(brief)).toEqual(self);
    expect(checkReport(blocks, { model }).findings.map(brief)).toEqual(withData);
  });
});
