/** Indicator scoring, grade bands and the execution-rate cap (docs/domain.md §4). */
import {
  Dec,
  executionCap,
  gradeOf,
  loadDataset,
  scoreIndicator,
  checkDataset,
  type IndicatorOf,
  type Num,
} from "../../src/domain";
import { baseDataset, fundTable } from "../helpers/datasets";

const ind = (over: Partial<IndicatorOf<Num>>): IndicatorOf<Num> => ({
  level1: "产出",
  name: "x",
  weight: "10",
  ...over,
});
const score = (over: Partial<IndicatorOf<Num>>) => {
  const ds = loadDataset(baseDataset({ indicators: [ind(over)] }));
  const s = scoreIndicator(ds.indicators![0]);
  return { score: s.score?.toFixed(2) ?? null, met: s.met };
};

describe("quantitative scores", () => {
  it.each([
    [">=", "152", "140", "9.21", false],
    [">=", "152", "152", "10.00", true],
    [">=", "152", "160", "10.00", true],
    [">=", "100", "76.93", "7.69", false],
    [">=", "100", "47.13", "4.71", false],
    ["<=", "12", "9.8", "10.00", true],
    ["<=", "12", "12", "10.00", true],
    ["<=", "12", "15", "8.00", false],
    ["=", "100", "100", "10.00", true],
    ["=", "100", "80", "8.00", false],
    ["=", "100", "125", "8.00", false],
    [">=", "0", "0", "10.00", true],
    ["<=", "5", "0", "10.00", true],
  ])("%s target %s, actual %s → %s (met %p)", (direction, target, actual, expected, met) => {
    expect(score({ direction: direction as ">=" | "<=" | "=", target, actual })).toEqual({
      score: expected,
      met,
    });
  });

  it("rounds half-up: 5 × 47.13 % = 2.3565 → 2.36", () => {
    expect(score({ weight: "5", target: "100", actual: "47.13" }).score).toBe("2.36");
  });

  it("has no score without actual or target", () => {
    expect(score({ target: "100" })).toEqual({ score: null, met: null });
  });
});

describe("qualitative scores", () => {
  it.each([
    ["达成", undefined, "10.00", true],
    ["部分达成", undefined, "6.00", false],
    ["部分达成", "75", "7.50", false],
    ["部分达成", "80", "8.00", false],
    ["部分达成", "90", "6.00", false],
    ["未达成", undefined, "0.00", false],
  ])("%s (%s %%) → %s", (rating, ratingPercent, expected, met) => {
    const over: Partial<IndicatorOf<Num>> = { kind: "qualitative", rating: rating as "达成" };
    if (ratingPercent) over.ratingPercent = ratingPercent;
    expect(score(over)).toEqual({ score: expected, met });
  });
});

describe("grades (财预〔2020〕10号)", () => {
  it.each([
    ["100", "优"],
    ["90", "优"],
    ["89.99", "良"],
    ["80", "良"],
    ["79.99", "中"],
    ["60", "中"],
    ["59.99", "差"],
    ["0", "差"],
  ])("%s → %s", (total, grade) => {
    expect(gradeOf(new Dec(total))).toBe(grade);
  });
});

describe("the execution-rate cap (off by default)", () => {
  it.each([
    ["80", null],
    ["79.99", 89],
    ["70", 89],
    ["69.99", 79],
    ["60", 79],
    ["59.99", 69],
    ["50", 69],
    ["49.99", 59],
  ])("overall rate %s %% → cap %p", (rate, cap) => {
    expect(executionCap(new Dec(rate))).toBe(cap);
  });

  const data = (executionCapOn: boolean | undefined) =>
    baseDataset({
      fundTables: [fundTable([{ name: "a", budget: "100", used: "65" }])],
      indicators: [ind({ weight: "100", target: "1", actual: "1" })],
      ...(executionCapOn === undefined ? {} : { settings: { executionCap: executionCapOn } }),
    });

  it("does not cap unless the setting is on", () => {
    const ev = checkDataset(loadDataset(data(undefined))).model.evaluation!;
    expect([ev.finalScore.toFixed(2), ev.grade, ev.cap]).toEqual(["100.00", "优", null]);
  });

  it("caps 100 to 79 at a 65 % overall execution rate when on", () => {
    const ev = checkDataset(loadDataset(data(true))).model.evaluation!;
    expect([
      ev.scoreTotal.toFixed(2),
      ev.overallExecutionRate?.toFixed(2),
      ev.finalScore.toFixed(2),
      ev.grade,
      ev.cap,
    ]).toEqual(["100.00", "65.00", "79.00", "中", 79]);
  });
});

describe("the total is the sum of rounded scores", () => {
  it("sums 2-decimal scores, not exact ones", () => {
    const ds = loadDataset(
      baseDataset({
        indicators: [
          ind({ weight: "50", target: "3", actual: "1" }),
          ind({ weight: "50", target: "3", actual: "1" }),
        ],
      }),
    );
    // 50 × 1/3 = 16.666… → 16.67, twice: 33.34 (the exact sum would round to 33.33)
    expect(checkDataset(ds).model.evaluation?.scoreTotal.toFixed(2)).toBe("33.34");
  });
});
