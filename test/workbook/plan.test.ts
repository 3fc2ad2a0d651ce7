/** Plan helpers: A1 references, markers and the stored path maps. */
import {
  cellRef,
  columnIndex,
  columnLetter,
  decodePathMap,
  encodePathMap,
  markerText,
  parseCellRef,
  parseMarker,
  type PathEntry,
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
  it("round-trips and rejects other text", () => {
    expect(parseMarker(markerText("fund:tcm"))).toEqual({ key: "fund:tcm", version: 1 });
    expect(parseMarker("用户的表")).toBeNull();
    expect(parseMarker(42)).toBeNull();
  });
});

describe("path maps", () => {
  it("shortens a row's paths by their common prefix", () => {
    const entries: Record<string, PathEntry> = {
      "1": ["text", "fundTables[0].rows[3].name"],
      "2": ["amount", "fundTables[0].rows[3].budget"],
      "~fundTables[0].rows[3].group": ["text", "fundTables[0].rows[3].group", "A4"],
    };
    const text = encodePathMap(entries);
    expect(text).toBe("p=fundTables[0].rows[3];1=t.name;2=a.budget;~t.group@A4");
    expect(decodePathMap(text)).toEqual(entries);
  });

  it("round-trips inputs, aliases and constants, compactly", () => {
    const entries: Record<string, PathEntry> = {
      "1": ["text", "fundTables[0].rows[3].name"],
      "2": ["amount", "fundTables[0].rows[3].budget"],
      "7": ["rate", "fundTables[0].rows[3].reportedRate"],
      "~fundTables[0].rows[3].group": ["text", "fundTables[0].rows[3].group", "A4"],
      "=fundTables[0].id": ["=", "fundTables[0].id", "public-health"],
      "8": ["choice", "findings.rate-mismatch@fundTables[1].rows[5].reportedRate.status"],
    };
    const text = encodePathMap(entries);
    expect(decodePathMap(text)).toEqual(entries);
    expect(text.length).toBeLessThan(JSON.stringify(entries).length * 0.75);
  });
});
