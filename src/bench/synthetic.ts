/**
 * Seeded synthetic datasets for benchmarks and scale tests: fund tables by project and by
 * region, 三公, breakdowns and indicators, with a realistic sprinkling of reporting slips
 * (wrong rates, rates on the other base, 尾差 totals, 到位 > 批复, low execution).
 */
import type { FundTableOf, IndicatorOf, Num, RawDataset } from "../domain";
import { Dec } from "../domain";

/** mulberry32: a small, fast, reproducible PRNG. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  /** Total fund rows across all tables. */
  readonly rows: number;
  readonly tables?: number;
  readonly indicators?: number;
  readonly seed?: number;
}

const money = (cents: number) => new Dec(cents).div(100).toFixed(2);
const rate = (num: string, den: string) =>
  new Dec(den).isZero() ? undefined : new Dec(num).div(den).times(100).toDecimalPlaces(2).toFixed(2);
const sumText = (values: string[]) => values.reduce((a, v) => a.plus(v), new Dec(0)).toFixed(2);

/** A reproducible dataset of the given size. */
export function syntheticDataset(options: SyntheticOptions): RawDataset {
  const random = seededRandom(options.seed ?? 20241231);
  const tableCount = Math.max(1, Math.min(options.tables ?? 20, options.rows));
  const int = (n: number) => Math.floor(random() * n);
  const fundTables: FundTableOf<Num>[] = [];
  for (let t = 0; t < tableCount; t++) {
    const rowCount = Math.floor(options.rows / tableCount) + (t < options.rows % tableCount ? 1 : 0);
    const groups = 1 + int(6);
    const rows: FundTableOf<Num>["rows"] = [];
    for (let r = 0; r < rowCount; r++) {
      const budgetCents = 1_000 + int(50_000_000);
      let arrivedCents = budgetCents - (random() < 0.2 ? int(budgetCents / 10) : 0);
      if (random() < 0.02) arrivedCents = budgetCents + int(budgetCents / 10);
      // Most rows execute 75–100 %; about one in eight runs low, one in a hundred not at all.
      const band = random();
      const share = band < 0.01 ? 0 : band < 0.13 ? 0.2 + 0.5 * random() : 0.75 + 0.25 * random();
      const usedCents = Math.floor(arrivedCents * share);
      const budget = money(budgetCents);
      const arrived = money(arrivedCents);
      const used = money(usedCents);
      let reportedRate = rate(used, budget);
      const slip = random();
      if (slip < 0.01) reportedRate = rate(used, arrived);
      else if (slip < 0.02 && reportedRate) reportedRate = new Dec(reportedRate).plus("0.01").toFixed(2);
      rows.push({
        group: `第${(r % groups) + 1}类`,
        name: `单位${t + 1}-${r + 1}`,
        budget,
        arrived,
        used,
        ...(reportedRate ? { reportedRate } : {}),
      });
    }
    const groupNames = [...new Set(rows.map((r) => r.group as string))];
    const col = (rs: typeof rows, key: "budget" | "arrived" | "used") => rs.map((r) => r[key] as string);
    const totalUsed = sumText(col(rows, "used"));
    fundTables.push({
      id: `table-${t + 1}`,
      title: `专项资金${t + 1}`,
      dimension: t % 2 ? "region" : "project",
      rows,
      reportedSubtotals: groupNames.map((group) => {
        const members = rows.filter((r) => r.group === group);
        return {
          group,
          budget: sumText(col(members, "budget")),
          arrived: sumText(col(members, "arrived")),
          used: sumText(col(members, "used")),
          rate: rate(sumText(col(members, "used")), sumText(col(members, "budget"))) ?? "0",
        };
      }),
      reportedTotal: {
        budget: sumText(col(rows, "budget")),
        arrived: sumText(col(rows, "arrived")),
        used: t % 3 === 0 ? new Dec(totalUsed).minus("0.01").toFixed(2) : totalUsed,
        rate: rate(totalUsed, sumText(col(rows, "budget"))) ?? "0",
      },
    });
  }
  const indicatorCount = options.indicators ?? 60;
  const weight = new Dec(100).div(indicatorCount).toDecimalPlaces(2);
  const indicators: IndicatorOf<Num>[] = [];
  for (let i = 0; i < indicatorCount; i++) {
    const w = i === indicatorCount - 1 ? new Dec(100).minus(weight.times(indicatorCount - 1)) : weight;
    const target = 80 + int(20);
    const actual = target - (random() < 0.3 ? int(10) : 0);
    const score = actual >= target ? w : w.times(actual).div(target).toDecimalPlaces(2);
    indicators.push({
      level1: ["投入", "过程", "产出", "效果"][i % 4],
      level2: "数量指标",
      name: `指标${i + 1}`,
      weight: w.toFixed(2),
      direction: ">=",
      target: String(target),
      unit: "%",
      actual: String(actual),
      reportedScore: score.toFixed(2),
    });
  }
  const breakdownItems = Array.from({ length: 12 }, (_, i) => ({
    name: `支出科目${i + 1}`,
    amount: money(100_000 + int(90_000_000)),
  }));
  return {
    format: "jixiao-dataset",
    version: 1,
    source: `synthetic (seed ${options.seed ?? 20241231}, ${options.rows} rows)`,
    unit: {
      name: "示例省卫生健康委员会",
      shortName: "我委",
      level: "province",
      year: 2024,
      moneyUnit: "万元",
    },
    finance: {
      openingBalance: { basic: "0", project: "70309.43" },
      income: { basic: "84659.42", project: "125651.43" },
      expenditure: { basic: "84659.42", project: "119191.42" },
      closingBalance: { basic: "0", projectCarryover: "76693.91", projectSurplus: "75.53" },
    },
    breakdowns: [
      {
        id: "economic",
        title: "按经济分类",
        items: breakdownItems,
        reportedTotal: sumText(breakdownItems.map((b) => b.amount)),
      },
    ],
    sangong: {
      items: {
        vehiclePurchase: { budget: "120.00", actual: "118.50" },
        vehicleOperation: { budget: "189.65", actual: "179.82", lastYearActual: "201.33" },
        abroad: { budget: "61.88", actual: "61.88" },
        reception: { budget: "7.10", actual: "6.90" },
      },
      reported: { budget: "378.63", actual: "367.10", rate: "96.95" },
    },
    fundTables,
    indicators,
  };
}
