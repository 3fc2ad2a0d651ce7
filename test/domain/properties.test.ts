/** Properties over generated datasets (fast-check). */
import fc from "fast-check";
import {
  Dec,
  loadDataset,
  checkDataset,
  finding,
  SEVERITY_ORDER,
  sortFindings,
  toRawDataset,
  type Decimal,
  type Severity,
} from "../../src/domain";
import { amount, datasetArb, tableArb } from "../helpers/arbitraries";
import { baseDataset } from "../helpers/datasets";

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

  it("the computed total is the sum of the computed subtotals and ungrouped rows, and the rate is used ÷ budget in force half-up", () => {
    fc.assert(
      fc.property(tableArb, (table) => {
        const t = checkDataset(loadDataset(baseDataset({ fundTables: [table] }))).model.fundTables[0];
        // Every generated figure is given: every sum is known.
        const known = (d: Decimal | null): Decimal => {
          if (d === null) throw new Error("a generated figure is unknown");
          return d;
        };
        const groupSum = t.groups.reduce((a, g) => a.plus(known(g.used)), new Dec(0));
        const ungrouped = t.rows
          .filter((r) => r.group === undefined)
          .reduce((a, r) => a.plus(known(r.used)), new Dec(0));
        const used = known(t.total.used);
        // The rate is on 全年预算数 when every row has one (docs/domain.md §8), else on 预算批复.
        const everyAdjusted = table.rows.every((r) => r.adjustedBudget !== undefined);
        expect(t.total.adjusted === null).toBe(!everyAdjusted);
        expect(groupSum.plus(ungrouped).eq(used)).toBe(true);
        // A table with the 全年 column: the 合计's rate is on the 全年 sum alone, unknown while a row's is.
        if (t.hasAdjusted && t.total.adjusted === null) {
          expect(t.total.rate).toBeNull();
          return;
        }
        const budget = known(t.hasAdjusted ? t.total.adjusted : t.total.budget);
        if (!budget.isZero()) {
          expect(t.total.rate?.toFixed(2)).toBe(
            used.div(budget).times(100).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2),
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

  it("findings sort by severity, in their own order within one (a stable sort)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<Severity>(...SEVERITY_ORDER), { maxLength: 60 }), (severities) => {
        const findings = severities.map((severity, i) =>
          finding("low-execution", [i], `第${i}条`, { severity }),
        );
        const rank = (s: Severity) => SEVERITY_ORDER.indexOf(s);
        const stable = findings
          .map((f, i) => ({ f, i }))
          .sort((a, b) => rank(a.f.severity) - rank(b.f.severity) || a.i - b.i)
          .map(({ f }) => f);
        expect(sortFindings(findings)).toEqual(stable);
      }),
      { numRuns: 300 },
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
