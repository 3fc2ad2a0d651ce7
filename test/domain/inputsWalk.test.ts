/**
 * The input rule's walk over the dataset (issue 17: each object spec's fields that can hold a
 * number are listed once, text and choices are not walked) finds the same fields, in the same
 * order, with the same words as the walk before it — kept here as the oracle — on generated
 * datasets with hostile values in their number fields, the sample, a rich dataset and the bench's.
 */
import fc from "fast-check";
import {
  DATASET_SPEC,
  loadDataset,
  type Dataset,
  type FieldSpec,
  type NumCell,
  type RawDataset,
} from "../../src/domain";
import type { NumSpec } from "../../src/domain/fields";
import { fieldKindOf, FieldKind, numericFields, type NumericField } from "../../src/domain/rules/inputs";
import type { Segment } from "../../src/domain/paths";
import { syntheticDataset } from "../../src/bench/synthetic";
import { datasetArb } from "../helpers/arbitraries";
import { sampleRaw } from "../helpers/datasets";
import { richDataset } from "../helpers/rich";

function isClean(cell: NumCell, kind: FieldKind): boolean {
  if (cell.kind !== "number" || cell.value === null) return cell.kind === "dash";
  if (kind === FieldKind.figure) return true;
  if (cell.value.isNegative() && !cell.value.isZero()) return false;
  return !cell.percent && (kind !== FieldKind.amount || cell.decimals <= 2);
}

const isNumCell = (value: unknown): value is NumCell =>
  typeof value === "object" && value !== null && "kind" in value && "source" in value;

/** The walk as it was before issue 17: every field of every object, in the registry's order. */
function oracle(dataset: Dataset, onlySuspect: boolean): NumericField[] {
  const out: NumericField[] = [];
  const walk = (spec: FieldSpec, value: unknown, index: number, path: Segment[], subject: string): void => {
    if (value === undefined || value === null) return;
    const own = spec.subject ? spec.subject(value, index, subject) : subject;
    if (spec.type === "object") {
      if (typeof value !== "object") return;
      const record = value as Record<string, unknown>;
      for (const [key, field] of Object.entries(spec.fields as Record<string, FieldSpec>)) {
        if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
        walk(field, record[key], index, [...path, key], own);
      }
      return;
    }
    if (spec.type === "list") {
      if (!Array.isArray(value)) return;
      value.forEach((item, i) => walk(spec.item, item, i, [...path, i], own));
      return;
    }
    if (spec.type !== "num" || !isNumCell(value)) return;
    const kind = fieldKindOf(spec as NumSpec);
    if (onlySuspect && isClean(value, kind)) return;
    out.push({
      path,
      cell: value,
      subject: own,
      field: spec.label,
      kind,
      ...(spec.required ? { required: true } : {}),
    });
  };
  walk(DATASET_SPEC, dataset, 0, [], "");
  return out;
}

/** What a clerk or a broken export may leave in a number field. */
const HOSTILE: readonly (string | number)[] = [
  "约300",
  "-5",
  "-0",
  "12.345",
  "—",
  "",
  "  ",
  "50%",
  "１２３．４",
  "1,234.50",
  "1e3",
  "NaN",
  -0.5,
  1e21,
  "0.001",
  "12%",
];

/** Replaces every `step`-th leaf of number text of a raw dataset with a hostile value. */
function spoil(raw: RawDataset, step: number, offset: number): RawDataset {
  let n = 0;
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (typeof value === "object" && value !== null)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v)]));
    // Number text only: a JSON number may be an integer field (a year), where text is refused.
    const numberLike = typeof value === "string" && /^-?[\d.,]+%?$/.test(value);
    if (!numberLike) return value;
    n++;
    return n % step === 0 ? HOSTILE[(n + offset) % HOSTILE.length] : value;
  };
  return visit(raw) as RawDataset;
}

/** Loads a raw dataset, or null when the loader refuses it (a hostile value where no text may be). */
function tryLoad(raw: RawDataset): Dataset | null {
  try {
    return loadDataset(raw);
  } catch {
    return null;
  }
}

const same = (dataset: Dataset) => {
  for (const onlySuspect of [false, true])
    expect(numericFields(dataset, onlySuspect)).toEqual(oracle(dataset, onlySuspect));
};

describe("the input rule's walk", () => {
  it("finds the fields the walk before it found, on generated datasets with hostile values", () => {
    let loaded = 0;
    let suspects = 0;
    fc.assert(
      fc.property(datasetArb, fc.integer({ min: 1, max: 6 }), fc.nat(20), (raw, step, offset) => {
        const dataset = tryLoad(spoil(raw, step, offset));
        if (!dataset) return;
        loaded++;
        suspects += numericFields(dataset, true).length;
        same(dataset);
      }),
      { numRuns: 150 },
    );
    // The hostile values reached the walk: datasets loaded, with fields an input rule fires on.
    expect(loaded).toBeGreaterThan(50);
    expect(suspects).toBeGreaterThan(100);
  });

  it.each([
    ["the sample", () => sampleRaw()],
    ["the rich dataset", () => richDataset()],
    ["the sample, spoiled", () => spoil(sampleRaw(), 3, 1)],
    ["the bench's 3,000 rows", () => syntheticDataset({ rows: 3000 })],
  ])("finds the same fields in %s", (_name, raw) => {
    const dataset = tryLoad(raw());
    expect(dataset).not.toBeNull();
    same(dataset as Dataset);
  });
});
