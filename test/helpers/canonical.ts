/**
 * A loaded dataset in a form two datasets can be compared by, as the standard workbook keeps
 * them: every number as its kind and value (with the reported precision where a sheet keeps it:
 * rates and plain figures), the defaults a sheet shows made explicit (a table's rate base, an
 * indicator's kind, the settings), an empty list as no list. Walks the field registry.
 */
import {
  DATASET_SPEC,
  NumUnit,
  settingsOf,
  type Dataset,
  type FieldSpec,
  type NumCell,
} from "../../src/domain";

function walk(spec: FieldSpec, v: unknown): unknown {
  if (v === undefined) return undefined;
  if (spec.type === "num") {
    const c = v as NumCell;
    if (c.kind !== "number" || !c.value)
      return c.kind === "invalid" ? `invalid:${String(c.source)}` : c.kind === "dash" ? "dash" : c.kind;
    return spec.unit === NumUnit.amount || spec.unit === NumUnit.persons
      ? c.value.toString()
      : c.value.toFixed(c.decimals);
  }
  if (spec.type === "list") {
    const items = (v as unknown[]).map((x) => walk(spec.item, x));
    return items.length ? items : undefined;
  }
  if (spec.type === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(spec.fields)) {
      const x = walk(field, (v as Record<string, unknown>)[key]);
      if (x !== undefined) out[key] = x;
    }
    return out;
  }
  return v;
}

/** The comparable form of a dataset (see the module's comment). */
export function canonical(input: Dataset): unknown {
  const settings = settingsOf(input);
  return walk(DATASET_SPEC, {
    ...input,
    fundTables: input.fundTables?.map((t) => ({ ...t, rateBase: t.rateBase ?? "budget" })),
    indicators: input.indicators?.map((i) => ({
      ...i,
      kind: i.kind ?? "quantitative",
      direction: i.direction ?? (i.kind === "qualitative" ? undefined : ">="),
    })),
    breakdowns: input.breakdowns?.map((b) => ({ ...b, base: b.base === "items" ? undefined : b.base })),
    settings: {
      ...input.settings,
      lowExecutionThreshold: settings.lowExecutionThreshold.toString(),
      executionCap: settings.executionCap,
    },
  });
}
