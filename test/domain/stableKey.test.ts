/**
 * `stableKey` names a list item by its identity and, among items of the same identity, by its
 * place (`#2`, `#3`…): counted once per list (a 100,000-row check keys thousands of findings in one
 * table), it must name every row as counting the items before it does.
 */
import fc from "fast-check";
import { loadDataset, stableKey } from "../../src/domain";
import { baseDataset } from "../helpers/datasets";

describe("stableKey", () => {
  it("names rows of the same name by their place among them, as counting before each does", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("甲", "乙", "丙"), { minLength: 1, maxLength: 40 }), (names) => {
        const dataset = loadDataset(
          baseDataset({
            fundTables: [
              {
                id: "t",
                title: "测试专项",
                dimension: "project",
                rows: names.map((name) => ({ name, budget: "1", used: "1" })),
              },
            ],
          }),
        );
        const rows = dataset.fundTables?.[0].rows ?? [];
        rows.forEach((row, i) => {
          const same = rows.slice(0, i).filter((r) => r.name === row.name).length;
          const item = `[${JSON.stringify(row.name)}${same ? `#${same + 1}` : ""}]`;
          expect(stableKey(["fundTables", 0, "rows", i, "budget"], dataset)).toBe(
            `fundTables["t"].rows${item}.budget`,
          );
        });
      }),
      { numRuns: 200 },
    );
  });
});
