/** Plan helpers: A1 references, sheet markers and hidden row tags. */
import {
  cellRef,
  columnIndex,
  columnLetter,
  markerText,
  parseCellRef,
  parseMarker,
  parseRowTag,
  rowTagText,
  SheetKind,
  WORKBOOK_FORMAT_VERSION,
} from "../../src/workbook/plan";

describe("A1 references", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("column %i is %s and back", (i, letters) => {
    expect(columnLetter(i)).toBe(letters);
    expect(columnIndex(letters)).toBe(i);
  });

  it("parses and prints cells", () => {
    expect(parseCellRef("$C$5")).toEqual({ row: 4, col: 2 });
    expect(cellRef(4, 2)).toBe("C5");
  });
});

describe("markers", () => {
  it("round-trips a fund table's identity through JSON, whatever its title holds", () => {
    const fund = { id: "a;b=c\n", title: '公共卫生;专项"引号"', dimension: "region" };
    expect(parseMarker(markerText(SheetKind.fund, fund))).toEqual({
      key: `fund:${fund.id}`,
      kind: SheetKind.fund,
      version: WORKBOOK_FORMAT_VERSION,
      fund,
    });
    expect(parseMarker(markerText(SheetKind.info))).toEqual({
      key: "info",
      kind: SheetKind.info,
      version: WORKBOOK_FORMAT_VERSION,
    });
  });

  it("reads the first layout's text markers", () => {
    expect(parseMarker("jixiao:fund:tcm:v1")).toEqual({
      key: "fund:tcm",
      kind: SheetKind.fund,
      version: 1,
      fund: { id: "tcm", title: "", dimension: "" },
    });
    expect(parseMarker("jixiao:info:v1")).toEqual({ key: "info", kind: SheetKind.info, version: 1 });
  });

  it.each([
    ["用户的表"],
    [42],
    [null],
    ["jixiao:fund:v1"],
    ["jixiao:unknown:v1"],
    ['{"jixiao":2,"sheet":"fund","id":1,"title":"t","dimension":"region"}'],
    ['{"jixiao":2,"sheet":"__proto__"}'],
    ['{"jixiao":"2","sheet":"info"}'],
    ['{"jixiao":2,"sheet":"info"'],
    ["[1,2]"],
  ])("rejects %p", (text) => {
    expect(parseMarker(text)).toBeNull();
  });
});

describe("row tags", () => {
  it.each([
    [{ role: "subtotal", group: "市州" } as const],
    [{ role: "ungrouped" } as const],
    [{ role: "grouped" } as const],
    [{ role: "row" } as const],
    [{ role: "breakdown", id: "econ;1" } as const],
  ])("round-trips %p", (tag) => {
    expect(parseRowTag(rowTagText(tag))).toEqual(tag);
  });

  it.each([["小计"], ['["s"]'], ['["s",""]'], ['["x","a"]'], ['["u",1]'], ["["], [5], [null]])(
    "rejects %p",
    (value) => {
      expect(parseRowTag(value)).toBeNull();
    },
  );
});
