/**
 * The department's total (docs/domain.md §8): Σ indicator scores + the 年度资金总额's 执行率 得分 when
 * the dataset gives the department's funding block — the engine's total is the form's 总分 (one
 * arithmetic, `formSums`), out of the indicators' weights + 10; unknown 得分, no total (§7); the
 * execution cap applies to the sum. The 六、 sentence quotes the 得分 in it, and the report check
 * attributes it.
 */
import {
  checkDataset,
  formTotal,
  loadDataset,
  type FundTableOf,
  type Num,
  type RawDataset,
} from "../../src/domain";
import { checkReport } from "../../src/reportcheck";
import { baseDataset, fundTable } from "../helpers/datasets";
import { blocksOf, reportOf, retype } from "../helpers/reportEdits";

/** Two indicators, both met (scores = weights), the weights given. */
const indicators = (a: string, b: string) => [
  { level1: "产出", name: "培训人次", weight: a, direction: ">=" as const, target: "100", actual: "120" },
  {
    level1: "效益",
    name: "知晓率",
    weight: b,
    direction: ">=" as const,
    target: "90",
    unit: "%",
    actual: "95",
  },
];

/** 年度资金总额 from 一般公共预算: 全年 100, executed `actual` (none: the 执行率 unknown). */
const funding = (actual: string | null) => ({
  generalPublic: { initial: "90", adjusted: "100", ...(actual === null ? {} : { actual }) },
});

/** A fund table executed at 65 % (the cap 79 when the setting is on). */
const lowTable: FundTableOf<Num> = fundTable([{ name: "甲县", budget: "100", used: "65" }]);

const dataset = (extra: Partial<RawDataset>) =>
  baseDataset({ indicators: indicators("50", "40"), fundTables: [lowTable], ...extra });

describe("the department's total with its funding block", () => {
  it.each([
    // name, dataset, weights, Σ (scoreTotal), 得分 in it, final, grade, complete
    [
      "block known: 90 + 9.50 of 100",
      dataset({ funding: funding("95") }),
      "100",
      "99.5",
      "9.5",
      "99.5",
      "优",
      true,
    ],
    [
      "block over 100 %: 得分 capped at 10",
      dataset({ funding: funding("104") }),
      "100",
      "100",
      "10",
      "100",
      "优",
      true,
    ],
    [
      "block unknown (no 全年执行数): no total",
      dataset({ funding: funding(null) }),
      "100",
      "90",
      null,
      "90",
      "优",
      false,
    ],
    ["no block: the indicators alone, out of 90", dataset({}), "90", "90", undefined, "90", "优", false],
    [
      "no block, weights 100: as before",
      dataset({ indicators: indicators("60", "40") }),
      "100",
      "100",
      undefined,
      "100",
      "优",
      true,
    ],
    [
      "cap on: the sum (with the 得分) capped by the fund tables' 65 %",
      dataset({ funding: funding("95"), settings: { executionCap: true } }),
      "100",
      "99.5",
      "9.5",
      "79",
      "中",
      true,
    ],
  ] as const)("%s", (_name, raw, weights, sum, execution, final, grade, complete) => {
    const { model, findings } = checkDataset(loadDataset(raw));
    const ev = model.evaluation;
    if (!ev) throw new Error("no evaluation");
    expect(ev.weightTotal.toString()).toBe(weights);
    expect(ev.scoreTotal.toString()).toBe(sum);
    expect(ev.execution === undefined ? undefined : (ev.execution?.toString() ?? null)).toBe(execution);
    expect(ev.finalScore.toString()).toBe(final);
    expect(ev.grade).toBe(grade);
    expect(ev.complete).toBe(complete);
    // The department form's 总分 is the same arithmetic: its weights and, uncapped, its score.
    const form = formTotal(ev.indicators, model.funding ? model.funding.score : undefined);
    expect(form.weights?.toString()).toBe(weights);
    expect(form.score?.toString() ?? null).toBe(ev.execution === null ? null : sum);
    // weights-not-100 counts the block's 10 points.
    expect(findings.filter((f) => f.rule === "weights-not-100").map((f) => f.reported)).toEqual(
      weights === "100" ? [] : [weights],
    );
  });

  it("weights of 100 with the block make 110: weights-not-100, and no total", () => {
    const { model, findings } = checkDataset(
      loadDataset(dataset({ indicators: indicators("60", "40"), funding: funding("95") })),
    );
    expect(model.evaluation?.weightTotal.toString()).toBe("110");
    expect(model.evaluation?.complete).toBe(false);
    const found = findings.filter((f) => f.rule === "weights-not-100");
    expect(found.map((f) => f.reported)).toEqual(["110"]);
    // The message says where the 10 come from (the indicators alone make 100).
    expect(found[0].message).toBe(
      "部门整体支出绩效自评表的指标分值合计为 100，加上年度资金总额预算执行率 10 分共 110，应为 100，请核对各指标分值。",
    );
  });

  it("without the block, the message is the indicators' total alone", () => {
    const { findings } = checkDataset(loadDataset(dataset({ indicators: indicators("60", "30") })));
    expect(findings.filter((f) => f.rule === "weights-not-100").map((f) => f.message)).toEqual([
      "指标分值合计为 90，应为 100，请核对各指标分值。",
    ]);
  });
});

describe("the 六、 sentence quotes the form's score", () => {
  const sentence = (raw: RawDataset) => {
    const { plan } = reportOf(raw);
    return JSON.stringify(plan).match(/[^"]*整体支出绩效自评得分[^"]*/u)?.[0] ?? "";
  };

  it.each([
    ["block known", dataset({ funding: funding("95") }), "自评得分99.50分（其中预算执行率得分9.50分），"],
    [
      "cap on: the 得分 in the sum the cap applied to",
      dataset({ funding: funding("95"), settings: { executionCap: true } }),
      "自评得分79.00分，部门整体支出绩效为“中”。（各指标得分合计99.50分，其中预算执行率得分9.50分，按整体预算执行率65.00%封顶为79分。）",
    ],
    ["no block: no 预算执行率得分", dataset({ indicators: indicators("60", "40") }), "自评得分100.00分，"],
  ] as const)("%s", (_name, raw, words) => {
    expect(sentence(raw)).toContain(words);
    if (!raw.funding) expect(sentence(raw)).not.toContain("预算执行率得分");
  });

  it("no sentence when the block's 得分 is unknown (docs/domain.md §7)", () => {
    expect(sentence(dataset({ funding: funding(null) }))).toBe("");
  });

  it.each([
    ["uncapped", dataset({ funding: funding("95") })],
    ["capped", dataset({ funding: funding("95"), settings: { executionCap: true } })],
  ])("the report check attributes the 预算执行率得分 (%s) and finds nothing", async (_name, raw) => {
    const { model, plan } = reportOf(raw);
    const result = checkReport(await blocksOf(plan), { model });
    expect(result.findings).toEqual([]);
    expect(
      result.attributed.filter((f) => f.key === "evaluation/executionScore").map((f) => f.written),
    ).toEqual(["9.50 分"]);
  });

  it("an edited 预算执行率得分 is found", async () => {
    const { model, plan } = reportOf(dataset({ funding: funding("95") }));
    const edited = retype(plan, "预算执行率得分9.50分", "预算执行率得分9.60分");
    const found = checkReport(await blocksOf(edited), { model }).findings;
    expect(found.map((f) => [f.reported, f.expected])).toEqual([["9.60 分", "9.50 分"]]);
  });
});
