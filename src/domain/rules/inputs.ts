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
import type { Path, Segment } from "../paths";
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
  // The path of the node being walked, and the parts on it that name themselves (a table, a row),
  // as stacks: a field's path is copied and its words worked out only for the fields returned (a
  // 100,000-row dataset has half a million fields, nearly all clean).
  const path: Segment[] = [];
  const named: { spec: FieldSpec; value: unknown; index: number; text: string | undefined }[] = [];
  let depth = 0;
  const subject = (): string => {
    let text = "";
    for (let d = 0; d < depth; d++) {
      const part = named[d];
      part.text ??= (part.spec.subject as NonNullable<FieldSpec["subject"]>)(part.value, part.index, text);
      text = part.text;
    }
    return text;
  };
  const walk = (spec: FieldSpec, value: unknown, index: number): void => {
    if (value === undefined || value === null) return;
    if (spec.subject) {
      const part = named[depth];
      if (part) {
        part.spec = spec;
        part.value = value;
        part.index = index;
        part.text = undefined;
      } else named.push({ spec, value, index, text: undefined });
      depth++;
    }
    visit(spec, value, index);
    if (spec.subject) depth--;
  };
  const visit = (spec: FieldSpec, value: unknown, index: number): void => {
    if (spec.type === "object") {
      if (typeof value !== "object" || value === null) return;
      const record = value as Record<string, unknown>;
      const fields = compiledFields(spec.fields);
      for (let i = 0; i < fields.length; i++) {
        const { key, spec: field, kind } = fields[i];
        if (kind !== null) {
          // A number field, the bulk of the walk, looked at here: a value inherited from
          // Object.prototype is never a parsed cell, so no own-property test is needed.
          const cell = record[key];
          if (!isNumCell(cell) || (onlySuspect && isClean(cell, kind))) continue;
          path.push(key);
          found(field as NumSpec, cell, kind);
          path.pop();
        } else if (Object.prototype.hasOwnProperty.call(record, key)) {
          path.push(key);
          walk(field, record[key], index);
          path.pop();
        }
      }
      return;
    }
    if (spec.type === "list") {
      if (!Array.isArray(value)) return;
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(spec.item, value[i], i);
        path.pop();
      }
      return;
    }
    if (spec.type !== "num" || !isNumCell(value)) return;
    const kind = fieldKindOf(spec);
    if (onlySuspect && isClean(value, kind)) return;
    found(spec, value, kind);
  };
  const found = (spec: NumSpec, cell: NumCell, kind: FieldKind): void => {
    out.push({
      path: path.slice(),
      cell,
      subject: subject(),
      field: spec.label,
      kind,
      ...(spec.required ? { required: true } : {}),
    });
  };
  walk(DATASET_SPEC, dataset, 0);
  return out;
}

/**
 * The fields of an object spec that can hold a number, in the registry's order, listed once per
 * spec (the registry does not change): a number field with its kind, or a part walked into (an
 * object, a list, a number field that names itself: kind null). Text, choices, flags and integers
 * hold no parsed cell and are left out.
 */
type CompiledField = { readonly key: string; readonly spec: FieldSpec; readonly kind: FieldKind | null };
const compiled = new WeakMap<object, readonly CompiledField[]>();
function compiledFields(fields: Readonly<Record<string, FieldSpec>>): readonly CompiledField[] {
  let list = compiled.get(fields);
  if (!list) {
    list = Object.entries(fields).flatMap(([key, spec]): CompiledField[] => {
      if (spec.type === "num" && !spec.subject) return [{ key, spec, kind: fieldKindOf(spec) }];
      return spec.type === "num" || spec.type === "object" || spec.type === "list"
        ? [{ key, spec, kind: null }]
        : [];
    });
    compiled.set(fields, list);
  }
  return list;
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
