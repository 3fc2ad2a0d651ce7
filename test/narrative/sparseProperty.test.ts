/**
 * Provenance of the report's numbers on sparse data (docs/domain.md §7, issue 12): for generated datasets
 * with random fields removed, every number in the report text is a figure of the dataset or is
 * computed from figures all of which are present — never a sum of the parts that happen to be
 * there, never 0.00 for what is missing (a fund row's 预算批复/实际使用 left blank included).
 */
import fc from "fast-check";
import { checkDataset, loadDataset, type RawDataset } from "../../src/domain";
import { buildReportPlan, reportText } from "../../src/narrative";
import { amount, datasetArb } from "../helpers/arbitraries";
import { unexplainedNumbers } from "../helpers/provenance";
import { shapeProblems } from "../helpers/reportShape";

/** 收支, 基本支出 and the self-evaluation, every field present (the removal takes some away). */
const accountsArb = fc
  .record({
    ob: amount,
    op: amount,
    ib: amount,
    ip: amount,
    eb: amount,
    ep: amount,
    cb: amount,
    cc: amount,
    cs: amount,
    personnel: amount,
    publicFunds: amount,
    publicFundsBudget: amount,
    budget: amount,
    score: fc.integer({ min: 0, max: 10000 }).map((n) => (n / 100).toFixed(2)),
    grade: fc.constantFrom("优" as const, "良" as const, "中" as const, "差" as const),
  })
  .map((a) => ({
    finance: {
      openingBalance: { basic: a.ob, project: a.op },
      income: { basic: a.ib, project: a.ip },
      expenditure: { basic: a.eb, project: a.ep },
      closingBalance: { basic: a.cb, projectCarryover: a.cc, projectSurplus: a.cs },
      reported: { totalExpenditure: a.eb, totalIncome: a.ip },
    },
    basicExpenditure: {
      budget: a.budget,
      personnel: { total: a.personnel },
      publicFunds: a.publicFunds,
      publicFundsBudget: a.publicFundsBudget,
    },
    selfEvaluation: { reportedScore: a.score, reportedGrade: a.grade },
  }));

/** Keys a dataset cannot do without (the schema requires them): never removed. */
const KEEP = new Set([
  "format",
  "version",
  "unit",
  "id",
  "title",
  "name",
  "rows",
  "items",
  "dimension",
  "level1",
  "weight",
  "budget",
  "used",
  "amount",
  "text",
]);

/** The paths of every leaf that may be removed. */
function removable(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return path.length ? [path] : [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value as Record<string, unknown>);
  return entries.flatMap(([k, v]) => {
    // Rows and items stay (their required fields too); their optional fields may go.
    if (
      typeof k === "string" &&
      KEEP.has(k) &&
      (path.length === 0 || typeof v !== "object" || Array.isArray(v))
    )
      return Array.isArray(v) ? removable(v, [...path, k]) : [];
    return removable(v, [...path, k]);
  });
}

function without(raw: RawDataset, paths: (string | number)[][]): RawDataset {
  const copy = structuredClone(raw) as unknown as Record<string | number, unknown>;
  for (const p of paths) {
    let node: Record<string | number, unknown> | undefined = copy;
    for (const k of p.slice(0, -1)) node = node?.[k] as Record<string | number, unknown> | undefined;
    if (node && !Array.isArray(node)) delete node[p[p.length - 1]];
  }
  return copy as unknown as RawDataset;
}

/**
 * The unit's own words without digits or number punctuation: the provenance check takes the unit's
 * text out of the prose before reading its numbers, and a random text such as "1" or "." would cut
 * a figure in two.
 */
function wordsOnly(raw: RawDataset): RawDataset {
  const strip = (v: unknown): unknown =>
    typeof v === "string"
      ? v.replace(/[0-9０-９.,%．，％]/g, "x")
      : Array.isArray(v)
        ? v.map(strip)
        : v && typeof v === "object"
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, strip(x)]))
          : v;
  return {
    ...raw,
    ...(raw.narrative ? { narrative: strip(raw.narrative) as RawDataset["narrative"] } : {}),
    fundTables: (raw.fundTables ?? []).map((t) => ({
      ...t,
      rows: t.rows.map((r) => ({ ...r, name: strip(r.name) as string })),
    })),
    breakdowns: (raw.breakdowns ?? []).map((b) => ({
      ...b,
      items: b.items.map((i) => ({ ...i, name: strip(i.name) as string })),
    })),
    ...(raw.indicators
      ? { indicators: raw.indicators.map((i) => ({ ...i, name: strip(i.name) as string })) }
      : {}),
  };
}

/**
 * A fund table row's 预算批复 and 实际使用 are required fields: a sparse report leaves the cell
 * blank instead (unknown, docs/domain.md §7). The paths of those that may be blanked.
 */
function blankable(raw: RawDataset): (string | number)[][] {
  return (raw.fundTables ?? []).flatMap((t, i) =>
    t.rows.flatMap((_, r) => (["budget", "used"] as const).map((k) => ["fundTables", i, "rows", r, k])),
  );
}

function blanked(raw: RawDataset, paths: (string | number)[][]): RawDataset {
  const copy = structuredClone(raw) as unknown as Record<string | number, unknown>;
  for (const p of paths) {
    let node: Record<string | number, unknown> | undefined = copy;
    for (const k of p.slice(0, -1)) node = node?.[k] as Record<string | number, unknown> | undefined;
    if (node) node[p[p.length - 1]] = "";
  }
  return copy as unknown as RawDataset;
}

const sparseArb = fc
  .tuple(datasetArb, accountsArb)
  .map(([ds, accounts]) => wordsOnly({ ...ds, ...accounts } as RawDataset))
  .chain((raw) => {
    const leaves = removable(raw);
    return fc
      .tuple(fc.subarray(leaves, { minLength: 1 }), fc.subarray(blankable(raw)))
      .map(([gone, blank]) => ({
        raw: blanked(without(raw, gone), blank),
        gone: [...gone, ...blank].map((p) => p.join(".")),
      }));
  });

describe("reports of sparse datasets (random fields removed)", () => {
  it("state only figures of the dataset or computed from figures all present, in a well-formed outline", () => {
    fc.assert(
      fc.property(sparseArb, ({ raw }) => {
        let dataset;
        try {
          dataset = loadDataset(raw);
        } catch {
          // A removal the format does not allow (a required field): not a dataset to report on.
          fc.pre(false);
          return;
        }
        const { model, findings } = checkDataset(dataset);
        const plan = buildReportPlan(model, findings);
        expect(unexplainedNumbers(plan, model, findings)).toEqual([]);
        expect(shapeProblems(plan)).toEqual([]);
        // No 【待补充】 without the gap it names.
        expect(reportText(plan)).not.toMatch(/【待补充：】/);
      }),
      { numRuns: 150 },
    );
  });
});
