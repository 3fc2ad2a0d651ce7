/**
 * The check's whole-cent fast path (DOMAIN §2: scaled integers where a profile shows decimal.js is
 * the cost) gives the same model and the same findings as decimal.js alone, on generated datasets
 * that include the untidy cases (typos in rates, 3-decimal amounts, dashes, rows without 到位, the
 * 到位 base, other thresholds) and on the bench's synthetic data.
 */
import fc from "fast-check";
import {
  computeModel,
  Dec,
  loadDataset,
  rateOf,
  runRules,
  sumPresent,
  type ComputedModel,
  type Decimal,
  type FundTableModel,
  type Num,
  type RawDataset,
} from "../../src/domain";
import { syntheticDataset } from "../../src/bench/synthetic";
import { tableArb } from "../helpers/arbitraries";
import { baseDataset } from "../helpers/datasets";

/** The model with every fund table's cents withheld: the rules then check every row with Decimals. */
function decimalOnly(model: ComputedModel): ComputedModel {
  const tables = model.fundTables.map((t) => {
    const copy = Object.create(Object.getPrototypeOf(t) as object) as FundTableModel;
    return Object.assign(copy, t, { cents: null });
  });
  return { ...model, fundTables: tables };
}

/** The sums and rates of a table recomputed here with Decimals, as DOMAIN §3 defines them. */
function expectDecimalFigures(model: ComputedModel) {
  (model.dataset.fundTables ?? []).forEach((table, i) => {
    const t = model.fundTables[i];
    const base = (f: { budget: Decimal; arrived: Decimal | null }) =>
      t.rateBase === "arrived" ? f.arrived : f.budget;
    const check = (rows: typeof table.rows, figures: (typeof t.groups)[number] | typeof t.total) => {
      const budget = sumPresent(rows.map((r) => r.budget)) ?? new Dec(0);
      const used = sumPresent(rows.map((r) => r.used)) ?? new Dec(0);
      const arrived = sumPresent(rows.map((r) => r.arrived));
      expect(figures.budget.eq(budget)).toBe(true);
      expect(figures.used.eq(used)).toBe(true);
      expect(figures.arrived === null ? null : figures.arrived.toFixed()).toBe(arrived?.toFixed() ?? null);
      expect(figures.rate?.toFixed() ?? null).toBe(
        rateOf(used, base({ budget, arrived }))?.toFixed() ?? null,
      );
      expect(figures.arrivalRate?.toFixed() ?? null).toBe(rateOf(arrived, budget)?.toFixed() ?? null);
    };
    for (const g of t.groups)
      check(
        g.rowIndices.map((r) => table.rows[r]),
        g,
      );
    check(table.rows, t.total);
    t.rows.forEach((row) => {
      expect(row.rate?.toFixed() ?? null).toBe(rateOf(row.used, base(row))?.toFixed() ?? null);
      expect(row.arrivalRate?.toFixed() ?? null).toBe(rateOf(row.arrived, row.budget)?.toFixed() ?? null);
    });
  });
}

/** Fund tables as generated, made untidier: some rows without 到位, a 3-decimal amount, dashes. */
const untidyTable = fc
  .tuple(
    tableArb,
    fc.constantFrom<"budget" | "arrived" | undefined>("budget", "arrived", undefined),
    fc.array(fc.constantFrom("noArrived", "threeDecimals", "dash", "negative", "asIs"), { maxLength: 25 }),
  )
  .map(([table, rateBase, edits]) => ({
    ...table,
    ...(rateBase ? { rateBase } : {}),
    rows: table.rows.map((row, i) => {
      switch (edits[i]) {
        case "noArrived": {
          const rest = { ...row };
          delete rest.arrived;
          return rest;
        }
        case "threeDecimals":
          return { ...row, used: `${String(row.used)}5`.replace(/^(\d+)5$/, "$1.005") };
        case "dash":
          return { ...row, used: "—" };
        case "negative":
          return { ...row, budget: `-${String(row.budget)}` };
        default:
          return row;
      }
    }),
  }));

const datasets: fc.Arbitrary<RawDataset> = fc
  .tuple(
    fc.array(untidyTable, { minLength: 1, maxLength: 3 }),
    fc.constantFrom<Num | undefined>(undefined, "60", "59.995", "75.5", 0, "100"),
  )
  .map(([tables, threshold]) =>
    baseDataset({
      fundTables: tables.map((t, i) => ({ ...t, id: `t${i}`, title: `专项${i}` })),
      ...(threshold !== undefined ? { settings: { lowExecutionThreshold: threshold } } : {}),
    }),
  );

describe("the whole-cent fast path", () => {
  it("gives the Decimal sums, rates and findings on generated datasets", () => {
    fc.assert(
      fc.property(datasets, (raw) => {
        const model = computeModel(loadDataset(raw));
        expectDecimalFigures(model);
        expect(runRules(model)).toEqual(runRules(decimalOnly(model)));
      }),
      { numRuns: 200 },
    );
  });

  it("is taken on the bench's synthetic rows, and gives the Decimal findings there", () => {
    const model = computeModel(loadDataset(syntheticDataset({ rows: 3000 })));
    expect(model.fundTables.every((t) => t.cents !== null)).toBe(true);
    expectDecimalFigures(model);
    const findings = runRules(model);
    expect(findings.length).toBeGreaterThan(400);
    expect(findings).toEqual(runRules(decimalOnly(model)));
  });

  it("steps aside for a table whose amounts do not fit whole cents", () => {
    const raw = baseDataset({
      fundTables: [
        {
          id: "t",
          title: "测试专项",
          dimension: "project",
          rows: [
            { name: "甲", budget: "100.005", used: "50", reportedRate: "50.00" },
            { name: "乙", budget: "100", used: "40", reportedRate: "40.00" },
          ],
        },
      ],
    });
    const model = computeModel(loadDataset(raw));
    expect(model.fundTables[0].cents).toBeNull();
    expectDecimalFigures(model);
    expect(runRules(model).map((f) => f.rule)).toEqual(runRules(decimalOnly(model)).map((f) => f.rule));
  });
});
