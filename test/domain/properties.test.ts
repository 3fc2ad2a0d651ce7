/** Properties over generated datasets (fast-check). */
import fc from "fast-check";
import {
  Dec,
  loadDataset,
  checkDataset,
  toRawDataset,
  type RawDataset,
  type FundTableOf,
  type Num,
} from "../../src/domain";
import { baseDataset } from "../helpers/datasets";

/** A 2-decimal amount as a string, up to 10 million 万元. */
const amount = fc
  .bigInt({ min: 0n, max: 1_000_000_000n })
  .map((cents) => new Dec(cents.toString()).div(100).toFixed(2));
const asWritten = fc.constantFrom<(s: string) => Num>(
  (s) => s,
  (s) => Number(s),
  (s) => new Dec(s).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ","),
);

const rowArb = fc.record({
  group: fc.constantFrom("甲组", "乙组", "丙组"),
  name: fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== ""),
  budget: amount,
  arrived: amount,
  used: amount,
});

const sumOf = (values: string[]) => values.reduce((a, v) => a.plus(v), new Dec(0)).toFixed(2);

const tableArb = fc
  .tuple(fc.array(rowArb, { minLength: 1, maxLength: 25 }), asWritten)
  .map(([rows, write]) => {
    const groups = [...new Set(rows.map((r) => r.group))];
    const table: FundTableOf<Num> = {
      id: "t",
      title: "测试专项",
      dimension: "project",
      rows: rows.map((r) => ({
        ...r,
        budget: write(r.budget),
        arrived: write(r.arrived),
        used: write(r.used),
      })),
      reportedSubtotals: groups.map((g) => {
        const members = rows.filter((r) => r.group === g);
        return {
          group: g,
          budget: write(sumOf(members.map((r) => r.budget))),
          arrived: write(sumOf(members.map((r) => r.arrived))),
          used: write(sumOf(members.map((r) => r.used))),
        };
      }),
      reportedTotal: {
        budget: write(sumOf(rows.map((r) => r.budget))),
        arrived: write(sumOf(rows.map((r) => r.arrived))),
        used: write(sumOf(rows.map((r) => r.used))),
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

const datasetArb: fc.Arbitrary<RawDataset> = fc
  .tuple(tableArb, sangongArb, breakdownArb)
  .map(([table, sangong, breakdown]) =>
    baseDataset({ fundTables: [table], sangong, breakdowns: [breakdown] }),
  );

describe("properties", () => {
  it("a total equal to the exact sum of its parts never fires a sum rule", () => {
    fc.assert(
      fc.property(datasetArb, (raw) => {
        const { findings } = checkDataset(loadDataset(raw));
        const sumRules = findings.filter(
          (f) => f.rule === "sum-mismatch" || f.rule === "rounding-difference",
        );
        expect(sumRules).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("the computed total is the sum of the computed subtotals, and the rate is used ÷ budget half-up", () => {
    fc.assert(
      fc.property(tableArb, (table) => {
        const t = checkDataset(loadDataset(baseDataset({ fundTables: [table] }))).model.fundTables[0];
        const groupSum = t.groups.reduce((a, g) => a.plus(g.used), new Dec(0));
        expect(groupSum.eq(t.total.used)).toBe(true);
        if (!t.total.budget.isZero()) {
          expect(t.total.rate?.toFixed(2)).toBe(
            t.total.used.div(t.total.budget).times(100).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2),
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it("a reported rate equal to the computed one never fires a rate rule", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, amount), { minLength: 1, maxLength: 20 }), (pairs) => {
        const rows = pairs.map(([budget, used], i) => {
          const rate = new Dec(budget).isZero()
            ? undefined
            : new Dec(used).div(budget).times(100).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2);
          return { name: `行${i}`, budget, used, ...(rate ? { reportedRate: rate } : {}) };
        });
        const { findings } = checkDataset(
          loadDataset(baseDataset({ fundTables: [{ id: "t", title: "t", dimension: "region", rows }] })),
        );
        expect(findings.filter((f) => f.rule === "rate-mismatch" || f.rule === "rate-base-mismatch")).toEqual(
          [],
        );
      }),
      { numRuns: 200 },
    );
  });

  it("dataset → raw → dataset is lossless", () => {
    fc.assert(
      fc.property(datasetArb, (raw) => {
        expect(toRawDataset(loadDataset(raw))).toEqual(raw);
        expect(toRawDataset(loadDataset(JSON.parse(JSON.stringify(raw))))).toEqual(raw);
      }),
      { numRuns: 100 },
    );
  });
});
