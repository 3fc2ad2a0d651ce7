/**
 * The province's published report (湖南省卫生健康委 2024, the text of ../shared/seeds committed
 * as test/fixtures/hunan-province-2024-report.txt), as a PDF conversion makes it a .docx: each
 * line a paragraph, the three fund tables as Word tables. Without data the check finds the
 * report's two self-inconsistencies (项目支出 本年收入 125,651.43 / 125,651.44 and 本年支出
 * 119,191.42 / 119,191.43) and 岳阳市's rate, which its own row does not give; with the bundled
 * sample (the same report's data) it finds them against the workbook. The attribution rate the
 * README states is measured here.
 */
import { readDocx } from "../../src/renderers/docxRead";
import { checkReport, docxBlocks, type ReportCheckResult, type TextBlock } from "../../src/reportcheck";
import { sampleRaw } from "../helpers/datasets";
import { reportOf } from "../helpers/reportEdits";
import { fixtureDocx } from "../helpers/reportFixture";

let blocks: TextBlock[];
let self: ReportCheckResult;

beforeAll(async () => {
  blocks = docxBlocks(await readDocx(await fixtureDocx()));
  self = checkReport(blocks);
}, 30_000);

const at = (text: string) => {
  const b = blocks.find((x) => x.text.includes(text));
  if (!b) throw new Error(`no paragraph holds ${text}`);
  return b.paragraph;
};

describe("the province report, checked against itself", () => {
  it("finds its two self-inconsistencies, each pointing at the other statement", () => {
    const inconsistent = self.findings.filter((f) => f.rule === "report-self-inconsistent");
    expect(
      inconsistent.map((f) => ({
        paragraph: f.paragraph,
        reported: f.reported,
        expected: f.expected,
        otherParagraph: f.otherParagraph,
      })),
    ).toEqual([
      {
        paragraph: at("本年收入 125,651.44 万元"),
        reported: "125,651.44 万元",
        expected: "125,651.43 万元",
        otherParagraph: at("项目支出收入 125,651.43 万元"),
      },
      {
        paragraph: at("本年收入 125,651.44 万元"),
        reported: "119,191.43 万元",
        expected: "119,191.42 万元",
        otherParagraph: at("119,191.42万元"),
      },
    ]);
    expect(inconsistent[0].message).toBe(
      `第 ${inconsistent[0].paragraph} 段“项目支出 · 本年收入”写作 125,651.44 万元，第 ${inconsistent[0].otherParagraph} 段写作 125,651.43 万元，前后不一致。请核对后统一。`,
    );
    expect(inconsistent[0].excerpt).toBe(
      "项目支出（含对市州转移支付）年初结转和结余 70,309.43万元，本年收入 125,651.44 万元，本年支出 119,191.43 万元，年末结转和结余 76,769.44万元。",
    );
  });

  it("finds 岳阳市's 执行率, which its row does not give, and nothing else", () => {
    const others = self.findings.filter((f) => f.rule !== "report-self-inconsistent");
    expect(others.map((f) => [f.rule, f.reported, f.expected, f.anchor.cell?.table])).toEqual([
      ["report-rate-inconsistent", "45.62%", "45.61%", 2],
    ]);
    expect(others[0].excerpt).toBe("岳阳市 | 83.00 | 83.00 | 37.86 | 45.62%");
  });

  it("accepts the rates the unit computed on 实际到位 (小计 67.25% = 4,003.20 ÷ 5,953.00)", () => {
    const subtotal = self.attributed.find(
      (f) => f.key === "fund:公共卫生专项/group:医疗服务与保障能力提升/rate",
    );
    expect(subtotal?.written).toBe("67.25%");
    expect(self.findings.some((f) => f.anchor === subtotal?.anchor)).toBe(false);
  });

  it("attributes 94.0 % of its amounts and rates (296 of 315), and lists the rest", () => {
    const money = (f: { unit: string }) => ["万元", "亿元", "元", "%"].includes(f.unit);
    const figures = self.figures.filter(money).length;
    const attributed = self.attributed.filter(money).length;
    expect({ figures, attributed }).toEqual({ figures: 315, attributed: 296 });
    expect(self.unattributed.filter(money).map((f) => f.written)).toEqual([
      "90%",
      "95%",
      "95%",
      "95%",
      "100%",
      "80%",
      "95%",
      "90%",
      "222.69 万元",
      "87.83 万元",
      "118.78 万元",
      "118.78 万元",
      "100%",
      "1500 亿元",
      "16.25%",
      "32.88%",
      "91.5%",
      "82%",
      "16.67%",
    ]);
  });
});

describe("the province report, checked against its data (the bundled sample)", () => {
  it("finds the same figures against the workbook, and the score the sample's indicators do not reach", () => {
    const { model } = reportOf(sampleRaw());
    const result = checkReport(blocks, { model });
    expect(result.findings.map((f) => [f.rule, f.reported, f.expected])).toEqual([
      ["report-figure-mismatch", "125,651.44 万元", "125,651.43 万元"],
      ["report-figure-mismatch", "119,191.43 万元", "119,191.42 万元"],
      ["report-figure-mismatch", "45.62%", "45.61%"],
      ["report-rate-inconsistent", "45.62%", "45.61%"],
      // The sample's indicator table is illustrative (its source note says so): 94.17, not 95.26
      // (公共卫生专项预算执行率 scored on the workbook's 75.98).
      ["report-figure-mismatch", "95.26 分", "94.17 分"],
    ]);
    // Nearly every attributed figure has its figure in the workbook (the rest: 年初预算, 请款, 离休 …).
    expect(result.compared).toBeGreaterThan(280);
  });
});
