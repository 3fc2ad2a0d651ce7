/**
 * The report check's input boundaries, fuzzed: any text blocks (paragraphs and table cells in any
 * order and shape) are checked without throwing, and every finding points at a figure that is in
 * the text; any word/document.xml is read or refused with an Error.
 */
import fc from "fast-check";
import { readDocumentXml } from "../../src/renderers/docxRead";
import { checkReport, type TextBlock } from "../../src/reportcheck";

const chars = [
  ..."0123456789,.%万元亿人个辆分次批：，；。、（）其中本年收入支出预算执行率到位合计小计项目基本\n ",
];
const text = fc.array(fc.constantFrom(...chars), { maxLength: 60 }).map((cs) => cs.join(""));

const blocksArb: fc.Arbitrary<TextBlock[]> = fc
  .array(
    fc.oneof(
      text.map((t) => ({ text: t })),
      fc
        .record({
          table: fc.integer({ min: 1, max: 3 }),
          row: fc.integer({ min: 0, max: 5 }),
          column: fc.integer({ min: 0, max: 5 }),
          text,
        })
        .map(({ table, row, column, text: t }) => ({ text: t, cell: { table, row, column } })),
    ),
    { maxLength: 30 },
  )
  .map((list) => list.map((b, i) => ({ ...b, paragraph: i + 1 })));

describe("checkReport on any text (fuzz)", () => {
  it("never throws; every finding quotes a figure of the block it points at", () => {
    fc.assert(
      fc.property(blocksArb, (blocks) => {
        const result = checkReport(blocks);
        expect(result.attributed.length + result.unattributed.length).toBe(result.figures.length);
        for (const f of result.findings) {
          const block = blocks.find((b) => b.paragraph === f.anchor.paragraph);
          expect(block?.text).toContain(f.anchor.text);
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe("readDocumentXml on any text (fuzz)", () => {
  it("reads it or refuses it with an Error, never anything else", () => {
    const xmlish = fc
      .array(
        fc.constantFrom(
          "<w:p>",
          "</w:p>",
          "<w:r>",
          "</w:r>",
          "<w:t>",
          "</w:t>",
          "<w:tbl>",
          "<w:tr>",
          "<w:tc>",
          "</w:tc>",
          "x",
          "1",
          "&amp;",
          "<",
          ">",
        ),
        { maxLength: 40 },
      )
      .map((parts) => `<w:document><w:body>${parts.join("")}</w:body></w:document>`);
    fc.assert(
      fc.property(xmlish, (xml) => {
        try {
          const content = readDocumentXml(xml);
          expect(Array.isArray(content.blocks)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
