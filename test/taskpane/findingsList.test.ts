/** The findings list's order, counts and words: open first, by sheet, figures as the message shows them. */
import type { Finding, Review } from "../../src/domain";
import {
  figuresOf,
  groupFindings,
  messageUnder,
  severityCounts,
} from "../../src/taskpane/state/findingsView";

const f = (rule: string, sheet?: string, severity: Finding["severity"] = "verify"): Finding =>
  ({
    rule,
    severity,
    path: [rule],
    message: rule,
    ...(sheet ? { sheet, cell: "A1" } : {}),
  }) as Finding;

const settled = (...keys: string[]) =>
  new Map<string, Review>(keys.map((k) => [`${k}@${k}`, { status: "已说明", note: "有原因" }]));

describe("groupFindings", () => {
  it("groups by sheet in order of first appearance, keeping the findings' order within a sheet", () => {
    const groups = groupFindings(
      [f("a", "中医药专项"), f("b", "三公经费"), f("c", "中医药专项"), f("d")],
      undefined,
    );
    expect(groups.map((g) => [g.sheet, g.items.map((x) => x.rule), g.open])).toEqual([
      ["中医药专项", ["a", "c"], 2],
      ["三公经费", ["b"], 1],
      ["", ["d"], 1],
    ]);
  });

  it("puts open findings first within a sheet, and sheets with nothing open last", () => {
    const groups = groupFindings([f("a", "甲"), f("b", "甲"), f("c", "乙"), f("d", "丙")], settled("a", "c"));
    expect(groups.map((g) => [g.sheet, g.items.map((x) => x.rule)])).toEqual([
      ["甲", ["b", "a"]],
      ["丙", ["d"]],
      ["乙", ["c"]],
    ]);
  });

  it.each([
    ["all", false, ["a", "b", "c"]],
    ["error", false, ["a", "c"]],
    ["error", true, ["c"]],
    ["info", false, []],
  ] as const)("filters by %s (只看待处理: %s)", (filter, openOnly, rules) => {
    const findings = [f("a", "甲", "error"), f("b", "甲"), f("c", "乙", "error")];
    const shown = groupFindings(findings, settled("a"), filter, openOnly).flatMap((g) => g.items);
    expect(shown.map((x) => x.rule).sort()).toEqual([...rules].sort());
  });

  it("gives no group for no findings", () => {
    expect(groupFindings([], undefined)).toEqual([]);
  });
});

describe("severityCounts", () => {
  it("counts open and total per severity (a tab reads 错误 0/1 once its error is settled)", () => {
    const counts = severityCounts([f("a", "甲", "error"), f("b", "甲"), f("c", "甲")], settled("a", "b"));
    expect(counts).toEqual({
      error: { open: 0, total: 1 },
      verify: { open: 1, total: 2 },
      info: { open: 0, total: 0 },
    });
  });
});

describe("messageUnder", () => {
  it.each([
    ["中医药专项", "【中医药专项】岳阳市 报送执行率 45.62%…", "岳阳市 报送执行率 45.62%…"],
    ["公共卫生专项", "【中医药专项】岳阳市 报送执行率 45.62%…", "【中医药专项】岳阳市 报送执行率 45.62%…"],
    ["", "自评总分…", "自评总分…"],
  ])("under %s shows %s as %s", (sheet, message, shown) => {
    expect(messageUnder(sheet, message)).toBe(shown);
  });
});

describe("figuresOf", () => {
  it.each([
    [
      { rule: "rate-mismatch", reported: "45.62", expected: "45.61", unit: "percent" },
      "报送 45.62% · 应为 45.61%",
    ],
    [
      { rule: "sum-mismatch", reported: "11138.01", expected: "11138", unit: "amount" },
      "报送 11,138.01 · 明细合计 11,138.00",
    ],
    [
      { rule: "arrived-over-budget", reported: "25", expected: "20", unit: "amount" },
      "实际到位 25.00 · 预算批复 20.00",
    ],
    [{ rule: "low-execution", expected: "33.30", unit: "percent" }, "执行率 33.30%"],
    [
      { rule: "staff-over-quota", reported: "126", expected: "120", unit: "persons" },
      "在职 126 人 · 编制 120 人",
    ],
    [
      { rule: "score-mismatch", reported: "95", expected: "94.26", unit: "score" },
      "报送 95 分 · 应为 94.26 分",
    ],
    [{ rule: "invalid-number", reported: '"约300"' }, '填写 "约300"'],
    // A report check's findings: figures already written with their units, shown as they are.
    [
      { rule: "report-figure-mismatch", reported: "14,487.49 万元", expected: "14,478.49 万元" },
      "报告 14,487.49 万元 · 工作簿 14,478.49 万元",
    ],
    [
      { rule: "report-self-inconsistent", reported: "125,651.44 万元", expected: "125,651.43 万元" },
      "此处 125,651.44 万元 · 另一处 125,651.43 万元",
    ],
    [
      { rule: "report-rate-inconsistent", reported: "74.13%", expected: "47.13%" },
      "报告 74.13% · 按所列金额 47.13%",
    ],
    [{ rule: "missing-value" }, ""],
    // A figure that is unknown (blank) reads — (docs/domain.md §7), never 0.00.
    [{ rule: "rate-mismatch", reported: "45.62", expected: "", unit: "percent" }, "报送 45.62% · 应为 —"],
    [{ rule: "over-budget", reported: " ", expected: "20", unit: "amount" }, "支出 — · 预算 20.00"],
  ])("%j reads %s", (figures, line) => {
    expect(
      figuresOf({ severity: "error", path: ["p"], message: "m", ...figures } as unknown as Finding),
    ).toBe(line);
  });
});
