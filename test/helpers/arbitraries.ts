/** fast-check generators of datasets (shared by the engine's and the workbook's property tests). */
import fc from "fast-check";
import { Dec, type FundTableOf, type Num, type RawDataset } from "../../src/domain";
import { baseDataset } from "./datasets";

/** A 2-decimal amount as a string, up to 10 million 万元. */
export const amount = fc
  .bigInt({ min: 0n, max: 1_000_000_000n })
  .map((cents) => new Dec(cents.toString()).div(100).toFixed(2));
const asWritten = fc.constantFrom<(s: string) => Num>(
  (s) => s,
  (s) => Number(s),
  (s) => new Dec(s).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ","),
);

/** A reported rate as units write them: 0 to 3 decimals, sometimes a typo. */
const reportedRate = fc.oneof(
  fc.integer({ min: 0, max: 12000 }).map((n) => new Dec(n).div(100).toFixed(2)),
  fc.integer({ min: 0, max: 1200 }).map((n) => new Dec(n).div(10).toFixed(1)),
  fc.integer({ min: 0, max: 120 }).map(String),
  fc.integer({ min: 0, max: 120000 }).map((n) => new Dec(n).div(1000).toFixed(3)),
  fc.constantFrom("约50", "—"),
);

/** A row's name: anything a clerk types, now and then one that reads like a label of the sheet. */
const rowName = fc.oneof(
  { weight: 9, arbitrary: fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== "") },
  { weight: 1, arbitrary: fc.constantFrom("小计", "合计", "省本级") },
);

const rowArb = fc.record(
  {
    group: fc.constantFrom("甲组", "乙组", "丙组"),
    name: rowName,
    budget: amount,
    arrived: amount,
    used: amount,
    reportedRate,
    // 全年预算数 (docs/domain.md §8), on some rows only.
    adjustedBudget: amount,
  },
  { requiredKeys: ["group", "name", "budget", "arrived", "used"] },
);

const indicatorArb = fc.record({
  level1: fc.constantFrom("投入", "产出", "效果"),
  name: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== ""),
  weight: fc.integer({ min: 0, max: 40 }).map(String),
  direction: fc.constantFrom(">=" as const, "<=" as const, "=" as const),
  target: fc.integer({ min: 1, max: 10000 }).map((n) => new Dec(n).div(10).toFixed(1)),
  actual: fc.integer({ min: 0, max: 10000 }).map((n) => new Dec(n).div(100).toFixed(2)),
  reportedScore: fc.integer({ min: 0, max: 4000 }).map((n) => new Dec(n).div(100).toFixed(2)),
});

/** Text a user types: not blank (a blank cell is no text). */
const text = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== "");

const narrativeArb = fc.record({
  achievements: fc.array(fc.record({ title: text, text }), { maxLength: 4 }),
  other: text,
});

const sumOf = (values: string[]) => values.reduce((a, v) => a.plus(v), new Dec(0)).toFixed(2);

/** How a table groups its rows: every row in a group, none, or some (ungrouped rows first). */
const grouping = fc.constantFrom("grouped", "ungrouped", "mixed");

export const tableArb = fc
  .tuple(fc.array(rowArb, { minLength: 1, maxLength: 25 }), asWritten, grouping)
  .map(([generated, write, mode]) => {
    const unsorted = generated.map((r, i) =>
      mode === "ungrouped" || (mode === "mixed" && i % 3 === 0) ? { ...r, group: undefined } : r,
    );
    // A sheet shows a group's rows together (ungrouped rows where they are); generate them that way.
    const rows = [...unsorted].sort((a, b) => (a.group ?? "").localeCompare(b.group ?? ""));
    const groups = [...new Set(rows.flatMap((r) => (r.group === undefined ? [] : [r.group])))];
    // The unit's 全年预算数 小计/合计, where every row of it has one (the sum is known only then).
    const adjustedSum = (members: typeof rows) => {
      const values = members.map((r) => r.adjustedBudget);
      return values.every((v): v is string => v !== undefined)
        ? { adjustedBudget: write(sumOf(values)) }
        : {};
    };
    const table: FundTableOf<Num> = {
      id: "t",
      title: "测试专项",
      dimension: "project",
      rows: rows.map(({ group, ...r }) => ({
        ...r,
        ...(group !== undefined ? { group } : {}),
        budget: write(r.budget),
        arrived: write(r.arrived),
        used: write(r.used),
        ...(r.adjustedBudget !== undefined ? { adjustedBudget: write(r.adjustedBudget) } : {}),
      })),
      reportedSubtotals: groups.map((g) => {
        const members = rows.filter((r) => r.group === g);
        return {
          group: g,
          budget: write(sumOf(members.map((r) => r.budget))),
          arrived: write(sumOf(members.map((r) => r.arrived))),
          used: write(sumOf(members.map((r) => r.used))),
          ...adjustedSum(members),
        };
      }),
      reportedTotal: {
        budget: write(sumOf(rows.map((r) => r.budget))),
        arrived: write(sumOf(rows.map((r) => r.arrived))),
        used: write(sumOf(rows.map((r) => r.used))),
        ...adjustedSum(rows),
      },
    };
    return table;
  });

const sangongArb = fc.tuple(amount, amount, amount, amount).map(([b1, a1, b2, a2]) => ({
  items: { abroad: { budget: b1, actual: a1 }, reception: { budget: b2, actual: a2 } },
  reported: { budget: sumOf([b1, b2]), actual: sumOf([a1, a2]) },
}));

const breakdownArb = fc.array(amount, { minLength: 1, maxLength: 12 }).map((amounts) => ({
  id: "b",
  title: "按经济分类",
  items: amounts.map((a, i) => ({ name: `项目${i}`, amount: a })),
  reportedTotal: sumOf(amounts),
}));

/** The report's own settings and texts, each present or not. */
const reportArb = fc.record(
  {
    outline: fc.constantFrom("hunan" as const, "hubei" as const, "guangdong" as const),
    reportDate: fc.constantFrom("2025-03-31", "2025-04-15"),
    notice: fc.record({
      title: text,
      documentNumber: fc.constantFrom("湘财绩〔2025〕2号", "益财绩〔2025〕5号"),
    }),
    work: fc.record({ text, team: text, submission: text }, { requiredKeys: [] }),
    retiredAs: fc.constantFrom("离休" as const, "退休" as const, "离退休" as const),
    outOfQuota: fc.integer({ min: 0, max: 500 }).map(String),
  },
  { requiredKeys: [] },
);

export const datasetArb: fc.Arbitrary<RawDataset> = fc
  .tuple(
    tableArb,
    sangongArb,
    breakdownArb,
    fc.array(indicatorArb, { maxLength: 6 }),
    narrativeArb,
    reportArb,
  )
  .map(([table, sangong, breakdown, indicators, narrative, report]) =>
    baseDataset({
      fundTables: [table],
      sangong,
      breakdowns: [breakdown],
      ...(indicators.length ? { indicators } : {}),
      ...(report.retiredAs || report.outOfQuota
        ? {
            profile: {
              staffing: {
                authorized: "100",
                retired: "12",
                ...(report.retiredAs ? { retiredAs: report.retiredAs } : {}),
                ...(report.outOfQuota ? { actualOutOfQuota: report.outOfQuota } : {}),
              },
            },
          }
        : {}),
      narrative: {
        ...narrative,
        achievements: narrative.achievements.filter((a) => a.text.trim() && a.title.trim()),
        ...(report.notice ? { notice: report.notice } : {}),
        ...(report.work && Object.keys(report.work).length ? { selfEvaluationWork: report.work } : {}),
      },
      ...(report.outline || report.reportDate
        ? {
            settings: {
              ...(report.outline ? { outline: report.outline } : {}),
              ...(report.reportDate ? { reportDate: report.reportDate } : {}),
            },
          }
        : {}),
    }),
  );
