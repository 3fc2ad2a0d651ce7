/** Findings grouped by sheet for the pane's list: sheets in order of first appearance. */
import type { Finding } from "../../src/domain";
import { groupBySheet, openFindings } from "../../src/taskpane/components/FindingsList";

const f = (rule: string, sheet?: string): Finding =>
  ({
    rule,
    severity: "verify",
    path: rule,
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

describe("openFindings", () => {
  it("leaves out the findings a reviewer marked 已核实 or 已修正, by rule and path", () => {
    const all = [f("a", "中医药专项"), f("b", "三公经费"), f("c"), f("d")];
    const reviews = new Map([
      ["a@a", { status: "已核实", note: "" }],
      ["b@b", { status: "待处理", note: "稍后核对" }],
      ["c@c", { status: "已修正", note: "" }],
      // Another rule at the same path is another finding.
      ["x@d", { status: "已核实", note: "" }],
    ]);
    expect(openFindings(all, reviews).map((x) => x.rule)).toEqual(["b", "d"]);
    expect(openFindings(all, undefined)).toHaveLength(4);
  });
});
