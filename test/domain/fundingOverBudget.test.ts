/**
 * over-budget on the budget model's funding blocks (docs/domain.md §8): 全年执行数 compared with 全年预算数
 * when given, else 年初预算数 — and the message says which.
 */
import { pathText, type BudgetLineOf, type Num } from "../../src/domain";
import { baseDataset, check, fundTable } from "../helpers/datasets";

const rows = [{ name: "甲", budget: "100", used: "90" }];
type Line = BudgetLineOf<Num>;

const project = (funding: Record<string, Line>) =>
  check(baseDataset({ fundTables: [fundTable(rows, { funding })] })).filter((f) => f.rule === "over-budget");

describe("over-budget on a project's 项目资金", () => {
  it.each([
    [
      "over 年初 with no 全年",
      { current: { initial: "100", actual: "105" } },
      "fundTables[0].funding.current.actual",
      /^【测试专项】项目资金 当年财政拨款 全年执行数 105\.00 万元，超过年初预算数 100\.00 万元（执行率 105\.00%；未填全年预算数）/,
    ],
    [
      "over 全年",
      { current: { initial: "90", adjusted: "100", actual: "105" } },
      "fundTables[0].funding.current.actual",
      /全年执行数 105\.00 万元，超过全年预算数 100\.00 万元（执行率 105\.00%）/,
    ],
    [
      "年初 0 with no 全年",
      { carryover: { initial: "0", actual: "4.41" } },
      "fundTables[0].funding.carryover.actual",
      /年初未安排预算（未填全年预算数），全年执行数 4\.41 万元/,
    ],
    [
      "a typed 年度资金总额 with no 其中 line",
      { total: { initial: "100", actual: "120" } },
      "fundTables[0].funding.total.actual",
      /^【测试专项】项目资金 年度资金总额 全年执行数 120\.00 万元，超过年初预算数 100\.00 万元/,
    ],
  ] as const)("%s: verify, at %s, saying which budget", (_name, funding, path, message) => {
    const found = project(funding);
    expect(found.map((f) => [f.severity, pathText(f.path)])).toEqual([["verify", path]]);
    expect(found[0].message).toMatch(message);
  });

  it.each([
    ["年初 0, 追加 to 4.50, spent 4.41", { current: { initial: "0", adjusted: "4.50", actual: "4.41" } }],
    ["within 年初", { current: { initial: "100", actual: "100" } }],
    ["no budget at all", { current: { actual: "100" } }],
    ["no 全年执行数", { current: { initial: "100" } }],
  ] as const)("%s: no finding", (_name, funding) => {
    expect(project(funding)).toEqual([]);
  });

  it("an over 其中 line is said once: 年度资金总额, derived from it, is not said again", () => {
    const found = project({
      current: { initial: "100", actual: "150" },
      carryover: { initial: "50", actual: "10" },
    });
    expect(found.map((f) => pathText(f.path))).toEqual(["fundTables[0].funding.current.actual"]);
  });

  it("a table without a 项目资金 block: its rows' over-budget only, none on 项目资金", () => {
    const found = check(
      baseDataset({ fundTables: [fundTable([{ name: "甲", budget: "100", used: "120" }])] }),
    );
    expect(found.filter((f) => f.rule === "over-budget").map((f) => pathText(f.path))).toEqual([
      "fundTables[0].rows[0].used",
    ]);
  });
});

describe("over-budget on the department's 年度资金", () => {
  it("names the line and the budget it compared with", () => {
    const found = check(
      baseDataset({ funding: { generalPublic: { initial: "3000", adjusted: "3400", actual: "3500" } } }),
    ).filter((f) => f.rule === "over-budget");
    expect(found.map((f) => pathText(f.path))).toEqual(["funding.generalPublic.actual"]);
    expect(found[0].message).toMatch(
      /^部门年度资金 一般公共预算拨款 全年执行数 3,500\.00 万元，超过全年预算数 3,400\.00 万元/,
    );
  });
});
