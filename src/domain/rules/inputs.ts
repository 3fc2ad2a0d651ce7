/**
 * Rules on the inputs themselves: `invalid-number` (text, or a negative amount),
 * `missing-value` (a required amount left blank), `excess-precision` (an amount with more
 * than 2 decimals) and `control-character` (text the loader cleaned). Which fields are numeric,
 * what they measure and how they are named all come from the field registry (`fields.ts`).
 */
import { errorText, findingText } from "../../i18n";
import type { Dataset } from "../dataset";
import { DATASET_SPEC, NumUnit, wordsOf, type FieldSpec, type NumSpec } from "../fields";
import { finding } from "../findings";
import { reportedText, type NumCell } from "../numbers";
import type { Path } from "../paths";
import type { FindingSink } from "./common";

/** What a numeric field holds, which decides the rules that apply to it. */
export const FieldKind = {
  /** 万元: non-negative, no % sign, at most 2 decimals. */
  amount: "amount",
  /** Persons, weights, the threshold: non-negative. */
  count: "count",
  /** Rates, shares, scores, indicator values: any number. */
  figure: "figure",
} as const;
export type FieldKind = (typeof FieldKind)[keyof typeof FieldKind];

export interface NumericField {
  readonly path: Path;
  readonly cell: NumCell;
  readonly subject: string;
  readonly field: string;
  readonly kind: FieldKind;
  readonly required?: boolean;
}

/** The input rules that apply to a numeric field of the registry. */
export function fieldKindOf(spec: NumSpec): FieldKind {
  if (spec.unit === NumUnit.amount) return FieldKind.amount;
  return spec.unit === NumUnit.persons || spec.nonNegative ? FieldKind.count : FieldKind.figure;
}

/** True when no input rule can fire on the cell: a plain number, or a figure that parsed. */
function isClean(cell: NumCell, kind: FieldKind): boolean {
  if (cell.kind !== "number" || cell.value === null) return cell.kind === "dash";
  if (kind === FieldKind.figure) return true;
  if (cell.value.isNegative() && !cell.value.isZero()) return false;
  return !cell.percent && (kind !== FieldKind.amount || cell.decimals <= 2);
}

const isNumCell = (value: unknown): value is NumCell =>
  typeof value === "object" && value !== null && "kind" in value && "source" in value;

/**
 * The numeric fields present in the dataset, in the registry's order; with `onlySuspect`, only
 * those an input rule could fire on (a 100,000-row dataset is mostly clean cells). The words of a
 * field are worked out only for the fields returned.
 */
export function numericFields(dataset: Dataset, onlySuspect = false): NumericField[] {
  const out: NumericField[] = [];
  /** `subject` is a thunk: most fields are clean and never need their words. */
  const walk = (spec: FieldSpec, value: unknown, path: Path, index: number, subject: () => string): void => {
    if (value === undefined || value === null) return;
    const own = spec.subject
      ? memo(() => (spec.subject as NonNullable<FieldSpec["subject"]>)(value, index, subject()))
      : subject;
    if (spec.type === "object") {
      if (typeof value !== "object") return;
      const record = value as Record<string, unknown>;
      for (const [key, field] of Object.entries(spec.fields))
        if (Object.prototype.hasOwnProperty.call(record, key))
          walk(field, record[key], [...path, key], index, own);
      return;
    }
    if (spec.type === "list") {
      if (Array.isArray(value)) value.forEach((item, i) => walk(spec.item, item, [...path, i], i, own));
      return;
    }
    if (spec.type !== "num" || !isNumCell(value)) return;
    const kind = fieldKindOf(spec);
    if (onlySuspect && isClean(value, kind)) return;
    out.push({
      path,
      cell: value,
      subject: own(),
      field: spec.label,
      kind,
      ...(spec.required ? { required: true } : {}),
    });
  };
  walk(DATASET_SPEC, dataset, [], 0, () => "");
  return out;
}

function memo(f: () => string): () => string {
  let value: string | undefined;
  return () => (value ??= f());
}

const shown = (cell: NumCell) =>
  typeof cell.source === "string" ? JSON.stringify(cell.source) : String(cell.source);

/** Checks one numeric field by its kind. */
export function checkField(out: FindingSink, f: NumericField): void {
  const { cell } = f;
  const M = findingText.messages;
  if (cell.kind === "invalid") {
    out.push(
      finding(
        "invalid-number",
        f.path,
        M.invalidNumber(f.subject, f.field, shown(cell), cell.problem ?? ""),
        {
          reported: shown(cell),
        },
      ),
    );
    return;
  }
  if (cell.kind === "blank") {
    if (f.required) out.push(finding("missing-value", f.path, M.missingValue(f.subject, f.field)));
    return;
  }
  if (cell.value === null || f.kind === FieldKind.figure) return;
  if (cell.percent && f.kind === FieldKind.amount) {
    const reason = errorText.numberReasons.percentInAmount;
    out.push(
      finding("invalid-number", f.path, M.invalidNumber(f.subject, f.field, shown(cell), reason), {
        reported: shown(cell),
      }),
    );
    return;
  }
  if (cell.value.lt(0)) {
    out.push(
      finding("invalid-number", f.path, M.negativeAmount(f.subject, f.field, reportedText(cell)), {
        reported: reportedText(cell),
      }),
    );
    return;
  }
  if (f.kind === FieldKind.amount && cell.decimals > 2) {
    out.push(
      finding("excess-precision", f.path, M.excessPrecision(f.subject, f.field, reportedText(cell)), {
        reported: reportedText(cell),
      }),
    );
  }
}

/** Runs the input rules over every numeric field, and reports the text the loader cleaned. */
export function checkInputs(out: FindingSink, dataset: Dataset): void {
  for (const field of numericFields(dataset, true)) checkField(out, field);
  for (const repair of dataset.repairs ?? [])
    out.push(
      finding(
        "control-character",
        repair.path,
        findingText.messages.controlCharacter(wordsOf(repair.path, dataset), repair.changed),
      ),
    );
}
