/** Report tables written as WordprocessingML: well-formed, merged cells where the plan merges them. */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import fc from "fast-check";
import type { TableRowPlan } from "../../src/narrative/plan";
import { tableXml } from "../../src/renderers/docxTable";

const style = { fonts: ["仿宋_GB2312", "仿宋"], sizePt: 10.5 };
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["w:tr", "w:tc"].includes(name) });

type Cell = { "w:tcPr": { "w:gridSpan"?: { "@_w:val": string }; "w:vMerge"?: { "@_w:val": string } } };
const rowsOf = (xml: string) =>
  (parser.parse(xml)["w:tbl"]["w:tr"] as { "w:tc": Cell[] }[]).map((tr) =>
    tr["w:tc"].map((tc) => ({
      span: Number(tc["w:tcPr"]["w:gridSpan"]?.["@_w:val"] ?? 1),
      merge: tc["w:tcPr"]["w:vMerge"]?.["@_w:val"],
    })),
  );

describe("tableXml", () => {
  it("merges a group's name down its rows and a total across two columns", () => {
    const rows: TableRowPlan[] = [
      { header: true, cells: [{ text: "分组" }, { text: "地区" }, { text: "预算" }] },
      { cells: [{ text: "市州", rowSpan: 3 }, { text: "长沙<市>&" }, { text: "1.00", align: "right" }] },
      { cells: [{ text: "株洲市" }, { text: "2.00" }] },
      { total: true, cells: [{ text: "小计", bold: true }, { text: "3.00" }] },
      { total: true, cells: [{ text: "合计", colSpan: 2 }, { text: "3.00" }] },
    ];
    const xml = tableXml([{ width: 10 }, { width: 20 }, { width: 10 }], rows, style);
    expect(XMLValidator.validate(`<r xmlns:w="w">${xml}</r>`)).toBe(true);
    expect(rowsOf(xml)).toEqual(
      [
        [{ span: 1 }, { span: 1 }, { span: 1 }],
        [{ span: 1, merge: "restart" }, { span: 1 }, { span: 1 }],
        [{ span: 1, merge: "continue" }, { span: 1 }, { span: 1 }],
        [{ span: 1, merge: "continue" }, { span: 1 }, { span: 1 }],
        [{ span: 2 }, { span: 1 }],
      ].map((r) => r.map((c) => ({ merge: undefined, ...c }))),
    );
    expect(xml).toContain("长沙&lt;市&gt;&amp;");
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
  });

  it("property: every row fills the grid, whatever the spans", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 12 }), (groupSizes) => {
        const rows: TableRowPlan[] = groupSizes.flatMap((n, g) =>
          Array.from({ length: n }, (_, i) => ({
            cells: [
              ...(i === 0 ? [{ text: `组${g}`, rowSpan: n }] : []),
              { text: `行${i}` },
              { text: "1.00" },
            ],
          })),
        );
        rows.push({ cells: [{ text: "合计", colSpan: 2 }, { text: "9.00" }] });
        const widths = rowsOf(tableXml([{ width: 1 }, { width: 1 }, { width: 1 }], rows, style)).map((r) =>
          r.reduce((a, c) => a + c.span, 0),
        );
        expect(widths.every((w) => w === 3)).toBe(true);
      }),
    );
  });
});
