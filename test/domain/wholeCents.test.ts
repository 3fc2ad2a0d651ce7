/**
 * The check's whole-cent fast path (docs/domain.md §2: scaled integers where a profile shows decimal.js is
 * the cost) gives the same model and the same findings as decimal.js alone, on generated datasets
 * that include the untidy cases (typos in rates, 3-decimal amounts, dashes, rows without 到位, the
 * 到位 base, other thresholds, blank or text 预算批复/实际使用 — unknown, never 0: docs/domain.md §7) and on
 * the bench's synthetic data.
 */
import fc from "fast-check";
import {
  amountOf,
  computeModel,
  Dec,
  loadDataset,
  rateOf,
  runRules,
  sumKnown,
  type ComputedModel,
  type Decimal,
  type Finding,
  type FundTableModel,
  type FundTableOf,
  type Num,
  type RawDataset,
  unitsOf,
} from "../../src/domain";
import { syntheticDataset } from "../../src/bench/synthetic";
import { checkFundTable, quietRow, rowInCents, RowVerdict } from "../../src/domain/rules/fundTables";
import { findingText } from "../../src/i18n";
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

/**
 * The sums and rates of a table recomputed here with Decimals, as docs/domain.md §3 defines them: a sum is
 * known only when every row's figure is (§7: a blank or text is unknown, a dash is 0).
 */
function expectDecimalFigures(model: ComputedModel) {
  const text = (d: Decimal | null) => d?.toFixed() ?? null;
  (model.dataset.fundTables ?? []).forEach((table, i) => {
    const t = model.fundTables[i];
    // A row's rate is on its 全年预算数 when known (docs/domain.md §8), else on 预算批复; a sum's on a
    // table with the 全年 column on the 全年 sum alone.
    const base = (
      f: { budget: Decimal | null; arrived: Decimal | null; adjusted: Decimal | null },
      sum = false,
    ) =>
      t.rateBase === "arrived" ? f.arrived : sum && t.hasAdjusted ? f.adjusted : (f.adjusted ?? f.budget);
    const check = (rows: typeof table.rows, figures: (typeof t.groups)[number] | typeof t.total) => {
      const budget = sumKnown(rows.map((r) => amountOf(r.budget)));
      const used = sumKnown(rows.map((r) => amountOf(r.used)));
      const arrived = rows.length ? sumKnown(rows.map((r) => amountOf(r.arrived))) : null;
      // Known only when every row's is: a blank or absent one makes the sum unknown, not smaller.
      const adjusted = rows.length ? sumKnown(rows.map((r) => amountOf(r.adjustedBudget))) : null;
      expect(text(figures.budget)).toBe(text(budget));
      expect(text(figures.used)).toBe(text(used));
      expect(text(figures.arrived)).toBe(text(arrived));
      expect(text(figures.adjusted)).toBe(text(adjusted));
      expect(figures.rate?.toFixed() ?? null).toBe(
        rateOf(used, base({ budget, arrived, adjusted }, true))?.toFixed() ?? null,
      );
      expect(figures.arrivalRate?.toFixed() ?? null).toBe(rateOf(arrived, budget)?.toFixed() ?? null);
    };
    for (const g of t.groups)
      check(
        g.rowIndices.map((r) => table.rows[r]),
        g,
      );
    check(table.rows, t.total);
    t.rows.forEach((row, r) => {
      expect(text(row.budget)).toBe(text(amountOf(table.rows[r].budget)));
      expect(text(row.used)).toBe(text(amountOf(table.rows[r].used)));
      expect(text(row.adjusted)).toBe(text(amountOf(table.rows[r].adjustedBudget)));
      expect(row.rate?.toFixed() ?? null).toBe(rateOf(row.used, base(row))?.toFixed() ?? null);
      expect(row.arrivalRate?.toFixed() ?? null).toBe(rateOf(row.arrived, row.budget)?.toFixed() ?? null);
    });
  });
}

/** A generated 预算批复 as a Decimal (it may be written with thousands separators). */
const budgetOf = (written: Num): Decimal => new Dec(String(written).replace(/,/g, ""));

/** Fund tables as generated, made untidier: some rows without 到位, a 3-decimal amount, dashes. */
const untidyTable = fc
  .tuple(
    tableArb,
    fc.constantFrom<"budget" | "arrived" | undefined>("budget", "arrived", undefined),
    fc.array(
      fc.constantFrom(
        "noArrived",
        "threeDecimals",
        "dash",
        "negative",
        "asIs",
        "blankBudget",
        "blankUsed",
        "blankArrived",
        "textUsed",
        "adjusted",
        "adjustedDown",
        "adjustedBlank",
        "adjustedDash",
        "adjustedThreeDecimals",
      ),
      { maxLength: 25 },
    ),
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
        // Unknown figures (docs/domain.md §7): the report left the cell blank, or wrote words.
        case "blankBudget":
          return { ...row, budget: "" };
        case "blankUsed":
          return { ...row, used: "" };
        case "blankArrived":
          return { ...row, arrived: " " };
        case "textUsed":
          return { ...row, used: "未统计" };
        // 全年预算数 (docs/domain.md §8): 追加 above 年初, 调减 below it, blank (unknown), a dash, 3 decimals.
        case "adjusted":
          return { ...row, adjustedBudget: budgetOf(row.budget).times(1.5).toFixed(2) };
        case "adjustedDown":
          return { ...row, adjustedBudget: budgetOf(row.budget).div(3).toFixed(2) };
        case "adjustedBlank":
          return { ...row, adjustedBudget: "" };
        case "adjustedDash":
          return { ...row, adjustedBudget: "-" };
        case "adjustedThreeDecimals":
          return { ...row, adjustedBudget: budgetOf(row.budget).plus("0.005").toFixed(3) };
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

/** A whole number of cents as a dataset writes an amount (the value kept unless said otherwise). */
const writeCents = (cents: bigint, form: string): Num => {
  const value = new Dec(cents.toString()).div(100);
  switch (form) {
    case "number":
      return value.toNumber();
    case "grouped":
      return value.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    case "fullWidth":
      return value.toFixed(2).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "trailingZeros":
      return value.toFixed(4); // 4 decimals written, a whole cent of value
    case "halfCent":
      return value.plus("0.005").toFixed(3); // not a whole cent: the table falls back to Decimals
    case "dash":
      return "—";
    case "negativeZero":
      return cents === 0n ? "-0.00" : value.toFixed(2); // −0 writes as "-0.00" with Decimals
    case "percent":
      return `${value.toFixed(2)}%`; // a % sign in an amount: the input rule's, read as its number
    case "blank":
      return ""; // unknown (docs/domain.md §7): never counted as 0
    default:
      return value.toFixed(2);
  }
};
const amountForm = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom("plain", "number", "grouped", "fullWidth", "trailingZeros") },
  { weight: 1, arbitrary: fc.constantFrom("halfCent", "dash", "blank", "negativeZero", "percent") },
);
/** Cents of a row's 批复: mostly ordinary, sometimes zero, negative, or so large a sum leaves 2^53. */
const budgetCents = fc.oneof(
  { weight: 10, arbitrary: fc.bigInt({ min: 1n, max: 10n ** 9n }) },
  { weight: 2, arbitrary: fc.bigInt({ min: 10n ** 9n, max: 10n ** 13n }) },
  { weight: 1, arbitrary: fc.constant(0n) },
  { weight: 1, arbitrary: fc.bigInt({ min: -(10n ** 7n), max: -1n }) },
  { weight: 1, arbitrary: fc.bigInt({ min: 4n * 10n ** 15n, max: 9n * 10n ** 15n }) },
);
/** How a row's 执行率 relates to the threshold and its reported rate to the exact one. */
const rowShape = fc.record({
  budget: budgetCents,
  arrived: fc.constantFrom("none", "same", "less", "more"),
  arrivedShare: fc.integer({ min: 0, max: 100 }),
  used: fc.constantFrom("atThreshold", "any", "over", "zero", "all"),
  nudge: fc.integer({ min: -2, max: 2 }),
  share: fc.integer({ min: 0, max: 10_000 }),
  forms: fc.tuple(amountForm, amountForm, amountForm),
  rate: fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        decimals: fc.integer({ min: 0, max: 4 }),
        off: fc.constantFrom(0, 0, 0, 1, -1),
      }),
    },
    { weight: 1, arbitrary: fc.constant(null) },
  ),
  rateForm: fc.constantFrom("plain", "plain", "percent", "fullWidth", "number", "negative", "dash", "text"),
});

/**
 * Fund tables whose rows sit on the edges the whole cents must get right: rates on the threshold
 * (±1 cent), reported rates right at every precision (or one unit off), written every way, with
 * negative, zero, non-cent and very large amounts among them.
 */
const edgeDatasets: fc.Arbitrary<RawDataset> = fc
  .tuple(
    fc.constantFrom<Num | undefined>(undefined, "60", "59.995", "60.001", "75.5", 0, "100"),
    fc.array(
      fc.tuple(
        fc.constantFrom<"budget" | "arrived">("budget", "arrived"),
        fc.array(rowShape, { minLength: 1, maxLength: 12 }),
      ),
      { minLength: 1, maxLength: 2 },
    ),
  )
  .map(([threshold, tables]) => {
    const t = new Dec(threshold ?? 60);
    return baseDataset({
      ...(threshold !== undefined ? { settings: { lowExecutionThreshold: threshold } } : {}),
      fundTables: tables.map(([rateBase, shapes], k) => ({
        id: `t${k}`,
        title: `边界专项${k}`,
        dimension: "project" as const,
        rateBase,
        rows: shapes.map((s, i) => {
          const budget = s.budget;
          const arrived =
            s.arrived === "none"
              ? null
              : s.arrived === "same"
                ? budget
                : s.arrived === "less"
                  ? (budget * BigInt(s.arrivedShare)) / 100n
                  : budget + BigInt(s.arrivedShare);
          const base = rateBase === "arrived" ? arrived : budget;
          const b = base ?? budget;
          const positive = b > 0n ? b : 1n;
          const used =
            s.used === "atThreshold"
              ? BigInt(t.times(b.toString()).div(100).round().toFixed()) + BigInt(s.nudge)
              : s.used === "any"
                ? (positive * BigInt(s.share)) / 10_000n
                : s.used === "over"
                  ? b + BigInt(Math.abs(s.nudge) + 1)
                  : s.used === "zero"
                    ? 0n
                    : b;
          const row: FundTableOf<Num>["rows"][number] = {
            name: `项目${i}`,
            budget: writeCents(budget, s.forms[0]),
            used: writeCents(used, s.forms[1]),
            ...(arrived !== null ? { arrived: writeCents(arrived, s.forms[2]) } : {}),
          };
          if (s.rate && base !== null && base !== 0n) {
            const exact = new Dec(used.toString()).div(base.toString()).times(100);
            const d = s.rate.decimals;
            const value = exact
              .toDecimalPlaces(d, Dec.ROUND_HALF_UP)
              .plus(new Dec(10).pow(-d).times(s.rate.off));
            const text = value.toFixed(d);
            const written: Record<string, Num> = {
              plain: text,
              percent: `${text}%`,
              fullWidth: text.replace(/\d/g, (c) => String.fromCharCode(0xff10 + Number(c))),
              number: value.toNumber(),
              negative: value.isZero() ? "-0" : `-${text.replace(/^-/, "")}`,
              dash: "—",
              text: "约50",
            };
            return { ...row, reportedRate: written[s.rateForm] };
          }
          return row;
        }),
      })),
    });
  });

/** What each verdict of `quietRow` has been seen to be, over a property's runs. */
const verdictsSeen = new Map<RowVerdict, number>();
/** Rows of the `check` verdict that `rowInCents` decided (true) or left to the Decimals (false). */
const checkedInCents = new Map<boolean, number>();

describe("the whole-cent fast path", () => {
  it("gives the Decimal sums, rates and findings on rows at the edges, and each row's verdict is the Decimals' answer", () => {
    fc.assert(
      fc.property(edgeDatasets, (raw) => {
        const model = computeModel(loadDataset(raw));
        expectDecimalFigures(model);
        const decimal = decimalOnly(model);
        model.fundTables.forEach((t, k) => {
          const table = model.dataset.fundTables?.[k];
          if (!table) throw new Error("a table went missing");
          const [fast, slow]: Finding[][] = [[], []];
          checkFundTable(fast, table, t, model.settings);
          checkFundTable(slow, table, decimal.fundTables[k], model.settings);
          expect(fast).toEqual(slow);
          if (!t.cents) return;
          table.rows.forEach((row, r) => {
            // A row with an unknown figure is never given to the integers (its cents are NaN).
            if (Number.isNaN(t.cents?.budget[r] ?? NaN) || Number.isNaN(t.cents?.used[r] ?? NaN)) return;
            const arrived = t.cents?.arrived[r] ?? NaN;
            const verdict = quietRow(
              row,
              t.cents?.budget[r] ?? NaN,
              Number.isNaN(arrived) ? null : arrived,
              t.cents?.used[r] ?? NaN,
              t.rateBase,
              model.settings.lowExecutionThreshold,
            );
            verdictsSeen.set(verdict, (verdictsSeen.get(verdict) ?? 0) + 1);
            const own = slow.filter((f) => f.path.length >= 4 && f.path[2] === "rows" && f.path[3] === r);
            if (verdict === RowVerdict.quiet) expect(own).toEqual([]);
            if (verdict === RowVerdict.low) expect(own.map((f) => f.rule)).toEqual(["low-execution"]);
            if (verdict === RowVerdict.check) {
              // The row's findings made from its cents are the Decimals' ones, or none are made.
              const made: Finding[] = [];
              const rp = ["fundTables", k, "rows", r];
              const subject = findingText.subject.fundRow(table.title, row.name);
              const decided = rowInCents(
                made,
                row,
                rp,
                subject,
                t,
                model.settings,
                t.cents?.budget[r] ?? NaN,
                Number.isNaN(arrived) ? null : arrived,
                t.cents?.used[r] ?? NaN,
              );
              checkedInCents.set(decided, (checkedInCents.get(decided) ?? 0) + 1);
              expect(made).toEqual(decided ? own : []);
            }
          });
        });
        expect(runRules(model)).toEqual(runRules(decimal));
      }),
      { numRuns: 400 },
    );
    // The integers decided many rows each way, and stepped aside for others.
    for (const verdict of [RowVerdict.quiet, RowVerdict.low, RowVerdict.check])
      expect(verdictsSeen.get(verdict) ?? 0).toBeGreaterThan(20);
    // Rows left to the Decimal checks were mostly decided in cents after all, some not.
    expect(checkedInCents.get(true) ?? 0).toBeGreaterThan(50);
    expect(checkedInCents.get(false) ?? 0).toBeGreaterThan(5);
  });

  it("gives the Decimal sums, rates and findings on generated datasets", () => {
    // 全年预算数 sums the whole cents added: known (every row has one) and unknown (one blank).
    const adjustedSums = { known: 0, unknown: 0 };
    fc.assert(
      fc.property(datasets, (raw) => {
        const model = computeModel(loadDataset(raw));
        expectDecimalFigures(model);
        expect(runRules(model)).toEqual(runRules(decimalOnly(model)));
        for (const t of model.fundTables)
          if (t.cents && t.hasAdjusted) adjustedSums[t.total.adjusted === null ? "unknown" : "known"]++;
      }),
      { numRuns: 200 },
    );
    expect(adjustedSums.known).toBeGreaterThan(40);
    expect(adjustedSums.unknown).toBeGreaterThan(80);
  });

  it("is taken on the bench's synthetic rows, and gives the Decimal findings there", () => {
    const model = computeModel(loadDataset(syntheticDataset({ rows: 3000 })));
    expect(model.fundTables.every((t) => t.cents !== null)).toBe(true);
    expectDecimalFigures(model);
    const findings = runRules(model);
    expect(findings.length).toBeGreaterThan(400);
    expect(findings).toEqual(runRules(decimalOnly(model)));
  });

  it.each([
    [
      "an amount does not fit whole cents",
      [
        { name: "甲", budget: "100.005", used: "50", reportedRate: "50.00" },
        { name: "乙", budget: "100", used: "40", reportedRate: "40.00" },
      ],
      false,
    ],
    [
      // Each amount fits whole cents (below 2^53); their sum does not.
      "its sums leave the safe integers",
      [
        { name: "甲", budget: "50000000000000", used: "40000000000000", reportedRate: "80.00" },
        { name: "乙", budget: "50000000000000", used: "20000000000001", reportedRate: "40.00" },
      ],
      true,
    ],
  ])("steps aside for a table where %s, and keeps the Decimal figures and findings", (_name, rows, fit) => {
    const raw = baseDataset({ fundTables: [{ id: "t", title: "测试专项", dimension: "project", rows }] });
    const model = computeModel(loadDataset(raw));
    const budgets = (model.dataset.fundTables?.[0].rows ?? []).map((row) => unitsOf(row.budget, 2));
    expect(budgets.every((cents) => cents !== null)).toBe(fit);
    expect(model.fundTables[0].cents).toBeNull();
    expectDecimalFigures(model);
    const findings = runRules(model);
    expect(findings.map((f) => f.rule)).toContain("low-execution");
    expect(findings).toEqual(runRules(decimalOnly(model)));
  });
});
