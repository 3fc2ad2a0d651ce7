/**
 * Loading a dataset file: strict validation against the field registry (`fields.ts`), which is
 * the only description of the format. Unknown or mistyped fields throw a `DatasetError` naming
 * the location (in words and as a path) and the offending value; keys that reach JavaScript's
 * object model (`__proto__`, `constructor`, `prototype`) are refused; only own properties are
 * read. Numeric fields are parsed by the number policy (`numbers.ts`) — text that is not a number
 * is kept as an `invalid` cell for the rules to report, never guessed and never a crash. Text is
 * cleaned of characters XML 1.0 forbids (a vertical tab pasted from Word becomes a line break),
 * and each cleaned field is recorded for an `info` finding.
 */
import { DatasetError } from "../errors";
import { errorText } from "../i18n";
import {
  DATASET_SPEC,
  FORBIDDEN_KEYS,
  hasOwn,
  wordsOf,
  type ChoiceSpec,
  type FieldSpec,
  type ListSpec,
  type ObjectSpec,
  type TextSpec,
} from "./fields";
import type { Dataset, RawDataset, TextRepair } from "./dataset";
import { readNum, type NumCell } from "./numbers";
import type { Path, Segment } from "./paths";

const P = errorText.problems;

/** Characters XML 1.0 does not allow (and lone surrogates, which no encoder can write). */
const FORBIDDEN_CHARS =
  // eslint-disable-next-line no-control-regex -- these control characters are what the pattern is for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
/** Line breaks as Word pastes them (Shift+Enter gives a vertical tab; a page break a form feed). */
// eslint-disable-next-line no-control-regex -- the vertical tab and form feed Word pastes
const BREAKS = /[\u000B\u000C]/g;

/**
 * False when no character of the text is a control character other than tab and line breaks, a
 * surrogate or U+FFFE/U+FFFF — the text then has nothing `FORBIDDEN_CHARS` matches. A scan of
 * character codes: most of a large file's strings are short and clean, and the pattern (with
 * its look-behind) costs more than the scan.
 */
function mayNeedCleaning(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0d : c >= 0xd800 && (c <= 0xdfff || c >= 0xfffe))
      return true;
  }
  return false;
}

/**
 * Text with the characters XML 1.0 forbids taken out (vertical tab and form feed become line
 * breaks), and how many characters changed.
 */
export function cleanText(value: string): { text: string; changed: number } {
  if (!mayNeedCleaning(value)) return { text: value, changed: 0 };
  FORBIDDEN_CHARS.lastIndex = 0;
  if (!FORBIDDEN_CHARS.test(value)) return { text: value, changed: 0 };
  let changed = 0;
  const text = value.replace(BREAKS, () => (changed++, "\n")).replace(FORBIDDEN_CHARS, () => (changed++, ""));
  return { text, changed };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** What a read collects besides the values, and where it is. */
interface Context {
  readonly repairs: TextRepair[];
  readonly root: unknown;
  /**
   * The path of the object or list being read: one array for the whole read, a segment pushed on
   * entering a member and popped on leaving it. A field's path is copied from it only when it is
   * needed (an error or a repaired text): a 100,000-row file has half a million fields that never
   * need one.
   */
  readonly path: Segment[];
}

function fail(ctx: Context, path: Path, value: unknown, problem: string): never {
  throw new DatasetError(path, value, problem, wordsOf(path, ctx.root));
}

/** The path of the member `key` of what is being read (a copy). */
const at = (ctx: Context, key: Segment): Path => [...ctx.path, key];

function cleaned(ctx: Context, value: string, key: Segment): string {
  const { text, changed } = cleanText(value);
  if (changed) ctx.repairs.push({ path: at(ctx, key), changed });
  return text;
}

function readNumField(value: unknown, key: Segment, ctx: Context): NumCell {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) fail(ctx, at(ctx, key), value, P.notNumeric);
    return readNum(value);
  }
  if (typeof value !== "string") fail(ctx, at(ctx, key), value, P.notNumeric);
  return readNum(cleaned(ctx, value, key));
}

function readText(spec: TextSpec, value: unknown, key: Segment, ctx: Context): string {
  if (typeof value !== "string") fail(ctx, at(ctx, key), value, P.notString);
  const text = cleaned(ctx, value, key);
  if (spec.nonEmpty && text.trim() === "") fail(ctx, at(ctx, key), value, P.emptyString);
  return text;
}

function readChoice(spec: ChoiceSpec, value: unknown, key: Segment, ctx: Context): string | number {
  if ((typeof value !== "string" && typeof value !== "number") || !spec.values.includes(value))
    fail(ctx, at(ctx, key), value, P.oneOf(spec.values));
  return value;
}

/** An object spec's fields as a list, worked out once per spec (not once per object read). */
const FIELD_LISTS = new WeakMap<ObjectSpec, readonly (readonly [string, FieldSpec])[]>();
function fieldsOf(spec: ObjectSpec): readonly (readonly [string, FieldSpec])[] {
  let fields = FIELD_LISTS.get(spec);
  if (!fields) FIELD_LISTS.set(spec, (fields = Object.entries(spec.fields)));
  return fields;
}

/** Reads the object at `ctx.path`. */
function readObject(spec: ObjectSpec, value: unknown, ctx: Context): Record<string, unknown> {
  if (!isPlainObject(value)) fail(ctx, [...ctx.path], value, P.notObject);
  // Own enumerable keys, as Object.keys gives them, without an array per object.
  for (const key in value) {
    if (!hasOwn(value, key)) continue;
    if (FORBIDDEN_KEYS.has(key)) fail(ctx, at(ctx, key), value[key], P.forbiddenField);
    if (!hasOwn(spec.fields, key)) fail(ctx, at(ctx, key), value[key], P.unknownField);
  }
  const out: Record<string, unknown> = {};
  for (const [key, field] of fieldsOf(spec)) {
    const v = hasOwn(value, key) ? value[key] : undefined;
    if (v === undefined) {
      if (field.required) fail(ctx, at(ctx, key), undefined, P.missingField);
      continue;
    }
    out[key] = readField(field, v, key, ctx);
  }
  return out;
}

/** Reads the list at `ctx.path`. */
function readList(spec: ListSpec, value: unknown, ctx: Context): unknown[] {
  if (!Array.isArray(value)) fail(ctx, [...ctx.path], value, P.notArray);
  const out: unknown[] = [];
  for (let i = 0; i < value.length; i++) out.push(readField(spec.item, value[i], i, ctx));
  return out;
}

/** Reads the member `key` of what is being read. */
function readField(spec: FieldSpec, value: unknown, key: Segment, ctx: Context): unknown {
  switch (spec.type) {
    case "object":
    case "list": {
      ctx.path.push(key);
      const read = spec.type === "object" ? readObject(spec, value, ctx) : readList(spec, value, ctx);
      ctx.path.pop();
      return read;
    }
    case "num":
      return readNumField(value, key, ctx);
    case "integer":
      if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0)
        fail(ctx, at(ctx, key), value, P.notInteger);
      return value;
    case "text":
      return readText(spec, value, key, ctx);
    case "choice":
      return readChoice(spec, value, key, ctx);
    case "flag":
      if (typeof value !== "boolean") fail(ctx, at(ctx, key), value, P.notBoolean);
      return value;
  }
}

function uniqueIds(ctx: Context, items: readonly { id: string }[] | undefined, list: string): void {
  const seen = new Set<string>();
  items?.forEach((item, i) => {
    if (seen.has(item.id)) fail(ctx, [list, i, "id"], item.id, P.duplicateId);
    seen.add(item.id);
  });
}

/** The checks that span fields: unique ids, subtotal groups that exist, vehicle xor its pair. */
function checkCrossFields(ctx: Context, dataset: Dataset): void {
  uniqueIds(ctx, dataset.fundTables, "fundTables");
  uniqueIds(ctx, dataset.breakdowns, "breakdowns");
  dataset.fundTables?.forEach((table, t) => {
    const groups = new Set(table.rows.map((r) => r.group));
    table.reportedSubtotals?.forEach((sub, s) => {
      if (!groups.has(sub.group))
        fail(ctx, ["fundTables", t, "reportedSubtotals", s, "group"], sub.group, P.groupUnknown);
    });
  });
  const items = dataset.sangong?.items;
  if (items?.vehicle && (items.vehiclePurchase || items.vehicleOperation))
    fail(ctx, ["sangong", "items"], Object.keys(items), P.vehicleOrPair);
}

/** A loaded dataset and the text fields the loader had to clean. */
export interface LoadResult {
  readonly dataset: Dataset;
  readonly repairs: readonly TextRepair[];
}

/**
 * Validates a parsed JSON value as a `jixiao-dataset` v1, parses its numeric fields and cleans
 * its text (`repairs` says where).
 * @throws DatasetError naming the location and the value that break the contract.
 */
export function readDataset(json: unknown): LoadResult {
  const ctx: Context = { repairs: [], root: json, path: [] };
  const loaded = readObject(DATASET_SPEC, json, ctx) as unknown as Dataset;
  checkCrossFields(ctx, loaded);
  const dataset: Dataset = ctx.repairs.length ? { ...loaded, repairs: ctx.repairs } : loaded;
  return { dataset, repairs: ctx.repairs };
}

/**
 * Validates a parsed JSON value as a `jixiao-dataset` v1 (see `readDataset`); the cleaned text
 * fields travel with the dataset (`dataset.repairs`) for the input rules to report.
 * @throws DatasetError naming the location and the value that break the contract.
 */
export function loadDataset(json: unknown): Dataset {
  return readDataset(json).dataset;
}

/**
 * Parses dataset file text (JSON) and validates it.
 * @throws DatasetError when the text is not JSON or breaks the contract.
 */
export function parseDataset(text: string): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatasetError([], text.slice(0, 40), `${P.notJson}：${reason}`);
  }
  return loadDataset(json);
}

function isNumCell(value: unknown): value is NumCell {
  return (
    isPlainObject(value) && hasOwn(value, "kind") && hasOwn(value, "source") && hasOwn(value, "decimals")
  );
}

/** The file form of a loaded value, walking the registry (fields outside it are not copied). */
function toRaw(spec: FieldSpec, value: unknown): unknown {
  if (spec.type === "object") {
    if (!isPlainObject(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(spec.fields))
      if (hasOwn(value, key) && value[key] !== undefined) out[key] = toRaw(field, value[key]);
    return out;
  }
  if (spec.type === "list") return Array.isArray(value) ? value.map((v) => toRaw(spec.item, v)) : value;
  return isNumCell(value) ? value.source : value;
}

/** The dataset as a file holds it again: every numeric field exactly as it was written. */
export function toRawDataset(dataset: Dataset): RawDataset {
  return toRaw(DATASET_SPEC, dataset) as RawDataset;
}
