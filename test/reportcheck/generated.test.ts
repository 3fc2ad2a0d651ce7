/**
 * The report check on reports the project generates (buildReportPlan + renderDocx, read back from
 * the .docx), as generated and as users edit them in Word: a figure retyped, a paragraph from
 * another year pasted in, a rate changed, a table cell changed. Each edit is found — against the
 * workbook (`--data`) and without it — and the unedited report yields nothing.
 */
import fc from "fast-check";
import { checkDataset, loadDataset, OUTLINE_IDS } from "../../src/domain";
import { buildReportPlan } from "../../src/narrative";
import { readDocx } from "../../src/renderers/docxRead";
import { renderDocx } from "../../src/renderers/docx";
import { checkReport, docxBlocks, type ReportFinding, type TextBlock } from "../../src/reportcheck";
import { datasetArb } from "../helpers/arbitraries";
import { sampleRaw } from "../helpers/datasets";
import {
  blocksOf,
  changeCell,
  editDocumentXml,
  paragraphIndex,
  paste,
  reportOf,
  retype,
} from "../helpers/reportEdits";
import { richDataset } from "../helpers/rich";

const sample = reportOf(sampleRaw());

/** A finding as `rule reported→expected`, compact for assertions. */
const brief = (f: ReportFinding) => `${f.rule} ${f.reported}→${f.expected ?? ""}`;
/** Text without spaces: the report writes no space between Chinese and figures (GB/T 9704), tests need not care. */
const squash = (text: string) => text.replace(/\s+/gu, "");
const numberOf = (blocks: readonly TextBlock[], start: string) => {
  const b = blocks.find((x) => squash(x.text).startsWith(squash(start)));
  if (!b) throw new Error(`no block starts with ${start}`);
  return b.paragraph;
};

describe("the report as generated", () => {
  it.each([
    ["the sample (湖南省卫生健康委员会)", sampleRaw],
    ["a dataset with every formula (三公 pair, 到位 base, capped score)", richDataset],
  ])("%s: nothing against itself, nothing against its data, and most figures compared", async (_, raw) => {
    const { model, plan } = reportOf(raw());
    const blocks = await blocksOf(plan);
    const self = checkReport(blocks);
    const withData = checkReport(blocks, { model });
    expect(self.findings).toEqual([]);
    expect(withData.findings).toEqual([]);
    // The amounts and rates the report writes are attributed and found in the model.
    const money = (f: { unit: string }) => ["万元", "%"].includes(f.unit);
    expect(withData.attributed.filter(money).length / withData.figures.filter(money).length).toBeGreaterThan(
      0.85,
    );
    expect(withData.compared).toBeGreaterThan(withData.attributed.length * 0.9);
  });

  it.each(OUTLINE_IDS)(
    "the sample in the %s outline: nothing against itself or its data",
    async (outline) => {
      const { model, findings } = checkDataset(loadDataset(sampleRaw()));
      const blocks = await blocksOf(buildReportPlan(model, findings, { outline }));
      expect(checkReport(blocks).findings.map(brief)).toEqual([]);
      expect(checkReport(blocks, { model }).findings.map(brief)).toEqual([]);
    },
  );

  it("any generated dataset's report: nothing against itself or its data (property)", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, async (raw) => {
        const { model, plan } = reportOf(raw);
        const blocks = await blocksOf(plan);
        expect(checkReport(blocks).findings.map(brief)).toEqual([]);
        expect(checkReport(blocks, { model }).findings.map(brief)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

describe("the report as edited in Word", () => {
  it("a figure retyped (实际到位 14,478.49 → 14,487.49): it contradicts the table's 合计 and its 到位率", async () => {
    const edited = retype(sample.plan, "14,478.49", "14,487.49", "资金到位率");
    const blocks = await blocksOf(edited);
    const lead = numberOf(blocks, "2024 年度公共卫生专项预算");
    const self = checkReport(blocks).findings;
    expect(self.map(brief)).toEqual([
      "report-self-inconsistent 14,487.49 万元→14,478.49 万元",
      "report-rate-inconsistent 98.76%→98.82%",
    ]);
    expect(self.every((f) => f.paragraph === lead)).toBe(true);
    // The other statement is the 合计 row of the table that follows.
    expect(self[0].otherParagraph).toBeGreaterThan(lead);
    expect(self[0].message).toContain("“公共卫生专项 · 实际到位”写作 14,487.49 万元");
    expect(squash(self[0].excerpt)).toContain("实际到位14,487.49万元");
    const withData = checkReport(blocks, { model: sample.model }).findings;
    expect(withData.map(brief)).toEqual([
      "report-figure-mismatch 14,487.49 万元→14,478.49 万元",
      "report-rate-inconsistent 98.76%→98.82%",
    ]);
    expect(squash(withData[0].excerpt)).toContain("实际到位14,487.49万元");
  });

  it("a figure retyped where Word split the digits into two runs is read whole", async () => {
    const docx = await renderDocx(sample.plan);
    const edited = await editDocumentXml(docx, "14,478.49", "14,4</w:t></w:r><w:r><w:t>87.49");
    const blocks = docxBlocks(await readDocx(edited));
    expect(checkReport(blocks, { model: sample.model }).findings.map(brief)).toEqual([
      "report-figure-mismatch 14,487.49 万元→14,478.49 万元",
      "report-rate-inconsistent 98.76%→98.82%",
    ]);
  });

  it("a paragraph from another year pasted in: each of its figures that differs is found", async () => {
    const lastYear = sampleRaw();
    lastYear.unit.year = 2023;
    if (!lastYear.finance?.openingBalance || !lastYear.finance.income) throw new Error("sample has finance");
    lastYear.finance.openingBalance.project = "61,204.17";
    lastYear.finance.income.project = "118,310.06";
    const old = reportOf(lastYear).plan;
    const oldParagraph = old.blocks[paragraphIndex(old, "一般公共预算财政拨款收入")];
    if (oldParagraph.kind !== "paragraph") throw new Error("a paragraph");
    const text = oldParagraph.runs.map((r) => r.text).join("");
    const at = paragraphIndex(sample.plan, "一般公共预算财政拨款收入");
    const blocks = await blocksOf(paste(sample.plan, text, at));
    const pasted = numberOf(blocks, "2023 年度一般公共预算财政拨款收入");
    const original = numberOf(blocks, "2024 年度一般公共预算财政拨款收入");
    const differing = [
      "report-self-inconsistent 264,173.65 万元→280,620.28 万元", // 一般公共预算财政拨款收入
      "report-self-inconsistent 61,204.17 万元→70,309.43 万元", // 年初结转和结余
      "report-self-inconsistent 61,204.17 万元→70,309.43 万元", // 项目支出 年初结转和结余
      "report-self-inconsistent 202,969.48 万元→210,310.85 万元", // 本年收入
      "report-self-inconsistent 118,310.06 万元→125,651.43 万元", // 项目支出收入
    ];
    const self = checkReport(blocks).findings;
    expect(self.map(brief)).toEqual(differing);
    expect(self.every((f) => f.paragraph === pasted && f.otherParagraph === original)).toBe(true);
    const withData = checkReport(blocks, { model: sample.model }).findings;
    expect(withData.map(brief)).toEqual(
      differing.map((d) => d.replace("report-self-inconsistent", "report-figure-mismatch")),
    );
  });

  it("a rate changed (中医药专项 预算执行率 47.13% → 74.13%)", async () => {
    const blocks = await blocksOf(retype(sample.plan, "47.13%", "74.13%", "中医药专项"));
    expect(checkReport(blocks).findings.map(brief)).toEqual([
      "report-self-inconsistent 74.13%→47.13%",
      "report-rate-inconsistent 74.13%→47.13%",
    ]);
    const withData = checkReport(blocks, { model: sample.model }).findings;
    expect(withData.map(brief)).toEqual([
      "report-figure-mismatch 74.13%→47.13%",
      "report-rate-inconsistent 74.13%→47.13%",
    ]);
    expect(withData[1].message).toBe(
      `第 ${withData[1].paragraph} 段“中医药专项 · 预算执行率”写作 74.13%，按同段所列实际使用 1,742.47 万元 ÷ 预算 3,697.00 万元计算应为 47.13%。请核对比率或所列金额。`,
    );
  });

  it("a table cell changed (岳阳市 实际使用 37.86 → 37.68): its row's rate no longer follows", async () => {
    const blocks = await blocksOf(changeCell(sample.plan, 1, "岳阳市", 3, "37.68"));
    const self = checkReport(blocks).findings;
    expect(self.map(brief)).toEqual(["report-rate-inconsistent 45.61%→45.40%"]);
    expect(self[0].anchor.cell).toMatchObject({ table: 2, column: 5 });
    expect(self[0].message).toContain("“中医药专项”表第");
    expect(self[0].message).toContain("按同一行所列实际使用 37.68 万元 ÷ 预算 83.00 万元计算应为 45.40%");
    expect(self[0].otherParagraph).toBeUndefined();
    const withData = checkReport(blocks, { model: sample.model }).findings;
    expect(withData.map(brief)).toEqual([
      "report-figure-mismatch 37.68 万元→37.86 万元",
      "report-rate-inconsistent 45.61%→45.40%",
    ]);
  });
});
