/** A new workbook's dataset: valid, blank amounts listed as 缺少数据, and the user's mistakes named. */
import { blankDataset, checkDataset, loadDataset, pathText, type BlankSpec } from "../../src/domain";
import { DatasetError } from "../../src/errors";

const spec: BlankSpec = {
  unitName: "  某某县卫生健康局 ",
  shortName: "我局",
  level: "county",
  year: 2025,
  fundTables: [
    { title: "公共卫生服务补助资金", dimension: "project", rows: ["基本公共卫生服务", "", "重大传染病防控"] },
    { title: "医疗服务与保障能力提升", dimension: "region", rows: ["城关镇", "河西镇"] },
  ],
};

describe("blankDataset", () => {
  it("is a valid dataset with the unit, the year and the tables' rows, every amount blank", () => {
    const raw = blankDataset(spec);
    expect(raw.unit).toEqual({
      name: "某某县卫生健康局",
      shortName: "我局",
      level: "county",
      year: 2025,
      moneyUnit: "万元",
    });
    expect(raw.fundTables?.map((t) => [t.id, t.title, t.dimension, t.rows.map((r) => r.name)])).toEqual([
      ["t1", "公共卫生服务补助资金", "project", ["基本公共卫生服务", "重大传染病防控"]],
      ["t2", "医疗服务与保障能力提升", "region", ["城关镇", "河西镇"]],
    ]);
    expect(raw.settings).toEqual({ lowExecutionThreshold: 60, executionCap: false });
    const { findings } = checkDataset(loadDataset(raw));
    // Nothing is wrong yet; each blank amount is listed to be filled.
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    const missing = findings.filter((f) => f.rule === "missing-value").map((f) => pathText(f.path));
    expect(missing).toEqual(
      expect.arrayContaining(["fundTables[0].rows[0].budget", "fundTables[1].rows[1].used"]),
    );
  });

  it("may have no fund tables at all", () => {
    const raw = blankDataset({ ...spec, fundTables: [] });
    expect(raw.fundTables).toBeUndefined();
    expect(() => loadDataset(raw)).not.toThrow();
  });

  it.each([
    ["an empty unit name", { unitName: "  " }, "unit.name"],
    ["a year before 2000", { year: 1999 }, "unit.year"],
    ["a year that is not whole", { year: 2024.5 }, "unit.year"],
    [
      "a table without a title",
      { fundTables: [{ title: " ", dimension: "project", rows: ["a"] }] },
      "fundTables[0].title",
    ],
    [
      "a table without rows",
      { fundTables: [{ title: "专项", dimension: "region", rows: ["", " "] }] },
      "fundTables[0].rows",
    ],
    [
      "a row name twice in a table",
      { fundTables: [{ title: "专项", dimension: "region", rows: ["长沙市", "株洲市", "长沙市 "] }] },
      "fundTables[0].rows[2].name",
    ],
  ] as const)("refuses %s, naming the field", (_, change, path) => {
    const bad = { ...spec, ...change } as BlankSpec;
    expect(() => blankDataset(bad)).toThrow(DatasetError);
    expect(() => blankDataset(bad)).toThrow(path);
  });
});
