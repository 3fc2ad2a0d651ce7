/** The budget model of the 自评表 forms (docs/domain.md §8): lines, the budget in force, 执行率 得分, links. */
import {
  budgetInForce,
  computeModel,
  Dec,
  executionScore,
  loadDataset,
  type RawDataset,
} from "../../src/domain";
import { baseDataset, fundTable } from "../helpers/datasets";

const model = (raw: RawDataset) => computeModel(loadDataset(raw));

describe("the budget in force", () => {
  it.each([
    ["全年 when given", "0", "4.50", { budget: "4.5", basis: "adjusted" }],
    ["年初 without 全年", "0", null, { budget: "0", basis: "initial" }],
    ["nothing without either", null, null, null],
  ] as const)("%s", (_what, initial, adjusted, expected) => {
    const force = budgetInForce(
      initial === null ? null : new Dec(initial),
      adjusted === null ? null : new Dec(adjusted),
    );
    expect(force && { budget: force.budget.toString(), basis: force.basis }).toEqual(expected);
  });
});

describe("执行率 得分: min(执行率, 100 %) × 10, half-up", () => {
  it.each([
    ["57.66", "5.77"],
    ["100", "10"],
    ["120.5", "10"],
    ["0", "0"],
    ["52.885", "5.29"],
  ])("%s %% → %s", (rate, score) => {
    expect(executionScore(new Dec(rate))?.toString()).toBe(score);
  });
  it("unknown rate, unknown score", () => expect(executionScore(null)).toBeNull());
});

describe("项目资金 of a fund table", () => {
  const rows = [{ name: "长沙市", budget: "187.30", arrived: "187.30", used: "187.30" }];
  it("without a funding block: 年初 the table's 预算批复, 执行 its 实际使用", () => {
    const m = model(baseDataset({ fundTables: [fundTable(rows)] })).projectFunding[0];
    expect(m.given).toBe(false);
    expect(m.lines.total.initial?.toString()).toBe("187.3");
    expect(m.lines.total.actual?.toString()).toBe("187.3");
    expect(m.score?.toString()).toBe("10");
  });
  it("独生子女保健费: 年初 735, the table's 423.80 spent → 57.66 %, 5.77 points", () => {
    const m = model(
      baseDataset({
        fundTables: [fundTable(rows, { funding: { total: { initial: "735", actual: "423.80" } } })],
      }),
    ).projectFunding[0];
    expect(m.lines.total.rate?.toString()).toBe("57.66");
    expect(m.lines.total.basis).toBe("initial");
    expect(m.score?.toString()).toBe("5.77");
  });
  it("爱心助孕: the total from its sources; 全年 unknown when a source lacks it", () => {
    const m = model(
      baseDataset({
        fundTables: [
          fundTable(rows, {
            funding: {
              current: { initial: "168", adjusted: "168", actual: "118.78" },
              carryover: { adjusted: "222.69", actual: "87.83" },
            },
          }),
        ],
      }),
    ).projectFunding[0];
    expect(m.lines.total.initial).toBeNull();
    expect(m.lines.total.adjusted?.toString()).toBe("390.69");
    expect(m.lines.total.actual?.toString()).toBe("206.61");
    expect(m.lines.total.rate?.toString()).toBe("52.88");
    expect(m.lines.carryover.rate?.toString()).toBe("39.44");
  });
});

describe("linked indicator figures", () => {
  it("score on the linked figure; a link to an unknown figure scores on the typed one", () => {
    const m = model(
      baseDataset({
        profile: { staffing: { authorized: "200", actualInQuota: "190" } },
        funding: { total: { initial: "1000", adjusted: "1200", actual: "1080" } },
        indicators: [
          {
            level1: "投入",
            name: "在职人员控制率",
            weight: "50",
            direction: "<=",
            target: "100",
            actual: "100",
            link: "staffControlRate",
          },
          {
            level1: "过程",
            name: "预算完成率",
            weight: "40",
            direction: ">=",
            target: "100",
            actual: "80",
            link: "budgetCompletionRate",
          },
          {
            level1: "过程",
            name: "公用经费控制率",
            weight: "10",
            direction: "<=",
            target: "100",
            actual: "90",
            link: "publicFundsControlRate",
          },
        ],
      }),
    );
    const [staff, completion, publicFunds] = m.evaluation?.indicators ?? [];
    expect(staff.linked?.toString()).toBe("95");
    expect(completion.linked?.toString()).toBe("90");
    expect(completion.score?.toString()).toBe("36");
    expect(publicFunds.linked).toBeNull();
    expect(publicFunds.score?.toString()).toBe("10");
    expect(m.funding?.score?.toString()).toBe("9");
  });
});
