/** Findings grouped by sheet for the pane's list: sheets in order of first appearance. */
import type { Finding } from "../../src/domain";
import { groupBySheet } from "../../src/taskpane/components/FindingsList";

const f = (rule: string, sheet?: string): Finding =>
  ({
    rule,
    severity: "verify",
    path: [rule],
    message: rule,
    ...(sheet ? { sheet, cell: "A1" } : {}),
  }) as Finding;

describe("groupBySheet", () => {
  it("keeps the findings' order within a sheet and the sheets in order of first appearance", () => {
    const groups = groupBySheet([f("a", "中医药专项"), f("b", "三公经费"), f("c", "中医药专项"), f("d")]);
    expect(groups.map(([sheet, items]) => [sheet, items.map((x) => x.rule)])).toEqual([
      ["中医药专项", ["a", "c"]],
      ["三公经费", ["b"]],
      ["", ["d"]],
    ]);
  });

  it("gives no group for no findings", () => {
    expect(groupBySheet([])).toEqual([]);
  });
});
