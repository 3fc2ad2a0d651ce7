/**
 * Hostile and broken input through the command line, the way it arrives: every text field of the
 * registry holding characters XML forbids, datasets mutated at random places, workbooks with
 * flipped bytes and edited parts. The command answers with a result (0 or 1) or one typed message
 * (2) — never an internal error (3), never a file that is not well-formed XML.
 */
import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { ExitCode, run } from "../../src/cli/main";
import { DATASET_SPEC, type FieldSpec } from "../../src/domain/fields";
import { io } from "../helpers/cliIO";
import { SAMPLE_PATH, sampleRaw } from "../helpers/datasets";
import { richDataset } from "../helpers/rich";

/** What Shift+Enter pasted from Word gives, other C0 controls, non-characters, a lone surrogate. */
const HOSTILE = "\u000b\u0001\u001f\u0000\uFFFE\uFFFF\uD800;=\u202E<&>\"'";

/**
 * Cases per fuzz test, scaled by FUZZ_SCALE (default 1: about 3,000 cases and a minute in all;
 * 0.05 while working on this file).
 */
const FUZZ_SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const runs = (n: number) => Math.max(3, Math.round(n * FUZZ_SCALE));

interface Filled {
  readonly value: unknown;
  /** Registry paths (list items as `[]`) of the text fields given the hostile text. */
  readonly texts: readonly string[];
}

/**
 * The dataset with the hostile characters appended to every text field the registry has — present
 * or not, in every item of every list present — except dates, which are read as dates.
 */
function fillTexts(spec: FieldSpec, value: unknown, at: string, skip: ReadonlySet<string>): Filled {
  switch (spec.type) {
    case "text":
      if (spec.date) return { value, texts: [] };
      return { value: `${typeof value === "string" ? value : "文字"}${HOSTILE}`, texts: [at] };
    case "list": {
      if (!Array.isArray(value)) return { value, texts: [] };
      const items = value.map((item) => fillTexts(spec.item, item, `${at}[]`, skip));
      return { value: items.map((i) => i.value), texts: [...new Set(items.flatMap((i) => i.texts))] };
    }
    case "object": {
      if (value !== undefined && (typeof value !== "object" || value === null)) return { value, texts: [] };
      const object: Record<string, unknown> = { ...(value as Record<string, unknown> | undefined) };
      const texts: string[] = [];
      for (const [key, field] of Object.entries(spec.fields)) {
        const filled = fillTexts(field, object[key], `${at}.${key}`, skip);
        // A missing object is made only when text alone makes it valid (an object with a
        // required figure or list stays as the dataset has it).
        const make = textAloneMakes(field) && !skip.has(`${at}.${key}`);
        if (filled.value !== undefined && (object[key] !== undefined || make)) {
          object[key] = filled.value;
          texts.push(...filled.texts);
        }
      }
      return { value: object, texts };
    }
    default:
      return { value, texts: [] };
  }
}

/** Whether a missing field can be made of text alone: text, or an object whose required fields are. */
function textAloneMakes(spec: FieldSpec): boolean {
  if (spec.type === "text") return !spec.date;
  if (spec.type !== "object") return false;
  return Object.values(spec.fields).every((f) => !f.required || textAloneMakes(f));
}

/** Every registry path of a text field that is not a date. */
function textPaths(spec: FieldSpec, at: string): string[] {
  if (spec.type === "text") return spec.date ? [] : [at];
  if (spec.type === "list") return textPaths(spec.item, `${at}[]`);
  if (spec.type === "object")
    return Object.entries(spec.fields).flatMap(([k, f]) => textPaths(f, `${at}.${k}`));
  return [];
}

/** Every XML part of a package, checked well-formed; the names of those that are not. */
async function malformedParts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const bad: string[] = [];
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/.test(name)) continue;
    const text = await entry.async("string");
    if (XMLValidator.validate(text) !== true) bad.push(name);
  }
  return bad;
}

const bytesOf = (data: Uint8Array | string | undefined): Uint8Array => {
  if (data === undefined) throw new Error("not written");
  return typeof data === "string" ? new TextEncoder().encode(data) : data;
};

describe("characters XML forbids, in every text field of the registry", () => {
  // The sample with the rich dataset's breakdowns (the sample has none); once with 公务用车 as one
  // item, once split into 购置费 and 运行维护费 (a dataset has one or the other).
  const base = { ...sampleRaw(), breakdowns: richDataset().breakdowns };
  const { vehicle, ...others } = base.sangong?.items ?? {};
  const split = {
    ...base,
    sangong: {
      ...base.sangong,
      items: {
        ...others,
        vehiclePurchase: { budget: "10.00", actual: "9.00" },
        vehicleOperation: { budget: vehicle?.budget ?? "1.00", actual: vehicle?.actual ?? "1.00" },
      },
    },
  };
  const datasets = [
    [
      "公务用车 as one item",
      fillTexts(
        DATASET_SPEC,
        base,
        "",
        new Set([".sangong.items.vehiclePurchase", ".sangong.items.vehicleOperation"]),
      ),
    ],
    ["公务用车 split", fillTexts(DATASET_SPEC, split, "", new Set([".sangong.items.vehicle"]))],
  ] as const;

  it("reach every text field the registry has (a new field is covered by itself)", () => {
    const reached = new Set(datasets.flatMap(([, d]) => d.texts));
    expect(textPaths(DATASET_SPEC, "").filter((p) => !reached.has(p))).toEqual([]);
  });

  it.each(datasets)(
    "give a well-formed workbook and report, exit 0 or 1, and a control-character note (%s)",
    async (_name, filled) => {
      const t = io({ "hostile.json": JSON.stringify(filled.value) });
      const code = await run(["build", "hostile.json", "--out", "o"], t.cli);
      expect(t.stderr()).toBe("");
      expect([ExitCode.ok, ExitCode.findings]).toContain(code);
      expect(await malformedParts(bytesOf(t.written.get("o/workbook.xlsx")))).toEqual([]);
      expect(await malformedParts(bytesOf(t.written.get("o/report.docx")))).toEqual([]);
      const findings = JSON.parse(String(t.written.get("o/findings.json"))) as { rule: string }[];
      expect(findings.some((f) => f.rule === "control-character")).toBe(true);
    },
    120_000,
  );
});

/**
 * JSON text to put somewhere it does not belong (as text, so that keys like `__proto__` reach the
 * file as a user's file would hold them).
 */
const junk = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc
    .constantFrom("", "-", "—", "96.95%", "1e400", "0x10", " 12 ", "１２.５", "NaN", "__proto__")
    .map((v) => JSON.stringify(v)),
  fc.constantFrom("[]", "{}", "1e400", "-0", "12345678901234567890.123"),
  fc.constant('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
  fc.integer({ min: 1, max: 6000 }).map((depth) => "[".repeat(depth) + "]".repeat(depth)),
);

type Mutation = { kind: "set" | "delete" | "empty-list"; pick: number; value: string };

/** Every place in the value (objects' keys and lists' indexes), as paths. */
function places(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => places(v, [...path, i], out));
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) places(v, [...path, k], out);
  return out;
}

/** The dataset's JSON text with the mutations applied (a set puts its JSON text in place). */
function mutate(root: unknown, mutations: readonly Mutation[]): string {
  const copy = structuredClone(root) as Record<string, unknown>;
  const texts: string[] = [];
  for (const m of mutations) {
    const all = places(copy).filter((p) => p.length > 0);
    const path = all[m.pick % all.length];
    const parent = path
      .slice(0, -1)
      .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], copy) as Record<string | number, unknown>;
    const key = path[path.length - 1];
    if (m.kind === "delete") {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (m.kind === "empty-list") {
      parent[key] = Array.isArray(parent[key]) ? [] : parent[key];
    } else {
      parent[key] = `\u0000junk${texts.length}`;
      texts.push(m.value);
    }
  }
  return JSON.stringify(copy).replace(/"\\u0000junk(\d+)"/g, (_m, i: string) => texts[Number(i)]);
}

const mutations = fc.array(
  fc.record({
    kind: fc.constantFrom("set" as const, "delete" as const, "empty-list" as const),
    pick: fc.nat(),
    value: junk,
  }),
  { minLength: 1, maxLength: 4 },
);

describe("the inputs a reliability review crashed the tool with", () => {
  const sample = sampleRaw();
  const tables = sample.fundTables ?? [];
  const withTables = (t: unknown[]) => JSON.stringify({ ...sample, fundTables: t });
  it.each([
    ["a fund table with no rows", withTables([{ ...tables[0], rows: [] }, ...tables.slice(1)])],
    [
      // No 小计 to refuse it for: the sheet is laid out with no rows (its rows' rules and validation
      // once covered C4:E3, and exceljs failed on it).
      "a fund table with no rows and no groups",
      withTables([...tables.slice(0, 2), { ...tables[2], rows: [] }, ...tables.slice(3)]),
    ],
    ["a fund table titled History (a reserved sheet name)", withTables([{ ...tables[0], title: "History" }])],
    [
      "a ; and = in a fund table's title and id",
      withTables([{ ...tables[0], id: "a;b=c", title: "专项;1=t" }]),
    ],
    ["a newline in a fund table's id", withTables([{ ...tables[0], id: "a\nb" }])],
    [
      "arrays nested 5,000 deep",
      JSON.stringify(sample).replace(/^\{/, `{"breakdowns": ${"[".repeat(5000)}${"]".repeat(5000)},`),
    ],
    ["a __proto__ key", JSON.stringify(sample).replace(/^\{/, '{"__proto__": {"lastYearActual": "1"},')],
  ])(
    "%s: a result or one message, never an internal error",
    async (_what, text) => {
      for (const command of ["check", "build"]) {
        const t = io({ "d.json": text });
        const code = await run(
          command === "build" ? [command, "d.json", "--out", "o"] : [command, "d.json"],
          t.cli,
        );
        expect([ExitCode.ok, ExitCode.findings, ExitCode.invalid]).toContain(code);
        if (code === ExitCode.invalid) expect(t.stderr()).toMatch(/^jixiao: d\.json：[^\n]+\n$/);
      }
    },
    60_000,
  );
});

describe("datasets mutated at random places", () => {
  it("check answers with findings or one message, never an internal error", async () => {
    await fc.assert(
      fc.asyncProperty(mutations, async (ms) => {
        const t = io({ "m.json": mutate(sampleRaw(), ms) });
        const code = await run(["check", "m.json"], t.cli);
        expect([ExitCode.ok, ExitCode.findings, ExitCode.invalid]).toContain(code);
        if (code === ExitCode.invalid) expect(t.stderr().trim().split("\n")).toHaveLength(1);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: runs(1500) },
    );
  }, 300_000);

  it("build writes its three files or nothing, never an internal error", async () => {
    await fc.assert(
      fc.asyncProperty(mutations, async (ms) => {
        const t = io({ "m.json": mutate(sampleRaw(), ms) });
        const code = await run(["build", "m.json", "--out", "o"], t.cli);
        expect([ExitCode.ok, ExitCode.findings, ExitCode.invalid]).toContain(code);
        expect([...t.written.keys()].sort()).toEqual(
          code === ExitCode.invalid ? [] : ["o/findings.json", "o/report.docx", "o/workbook.xlsx"],
        );
      }),
      { numRuns: runs(20) },
    );
  }, 600_000);
});

describe("workbooks broken in transit or by hand", () => {
  let workbook: Uint8Array;
  beforeAll(async () => {
    const t = io();
    await run(["build", SAMPLE_PATH, "--out", "o"], t.cli);
    workbook = bytesOf(t.written.get("o/workbook.xlsx"));
  }, 120_000);

  const importBytes = async (bytes: Uint8Array) => {
    const t = io();
    t.written.set("w.xlsx", bytes);
    const code = await run(["import", "w.xlsx"], t.cli);
    return { code, stderr: t.stderr() };
  };

  it("with bytes flipped or cut: a result or one message naming the file", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 6 }),
        fc.option(fc.nat(), { nil: undefined }),
        async (flips, cut) => {
          const bytes = workbook.slice(0, cut === undefined ? undefined : cut % workbook.length);
          for (const [at, xor] of flips) bytes[at % bytes.length] ^= xor;
          const { code, stderr } = await importBytes(bytes);
          expect([ExitCode.ok, ExitCode.findings, ExitCode.invalid]).toContain(code);
          if (code === ExitCode.invalid) expect(stderr).toMatch(/^jixiao: w\.xlsx：/);
        },
      ),
      { numRuns: runs(800) },
    );
  }, 600_000);

  it("with a part's XML edited (text cut out, markup inserted): a result or one message", async () => {
    const zip = await JSZip.loadAsync(workbook);
    const names = Object.keys(zip.files).filter((n) => n.endsWith(".xml"));
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.nat(),
        fc.nat(200),
        fc.constantFrom("", '<c r="A1" t="s"><v>99999</v></c>', '<row r="0">', "&bogus;", "\u0000", "<x:y>"),
        async (which, at, length, insert) => {
          const name = names[which % names.length];
          const edited = await JSZip.loadAsync(workbook);
          const text = (await zip.file(name)?.async("string")) ?? "";
          const from = at % (text.length + 1);
          edited.file(name, text.slice(0, from) + insert + text.slice(from + length));
          const { code, stderr } = await importBytes(await edited.generateAsync({ type: "uint8array" }));
          expect([ExitCode.ok, ExitCode.findings, ExitCode.invalid]).toContain(code);
          if (code === ExitCode.invalid) expect(stderr).toMatch(/^jixiao: w\.xlsx：/);
        },
      ),
      { numRuns: runs(300) },
    );
  }, 600_000);

  it("with cells retyped in the sheets' XML (numbers, text, shared strings that do not exist): a result or one message", async () => {
    const zip = await JSZip.loadAsync(workbook);
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
    const escape = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.nat(),
            fc.oneof(
              fc.string().map((t) => `<v>${escape(t)}</v>`),
              fc.double().map((d) => `<v>${d}</v>`),
              fc.constantFrom(
                "<v>99999</v>",
                "<v>-1</v>",
                "<v></v>",
                "<v>1e309</v>",
                "<f>1/0</f><v>#DIV/0!</v>",
              ),
            ),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        async (edits) => {
          const edited = await JSZip.loadAsync(workbook);
          for (const [which, at, value] of edits) {
            const name = sheets[which % sheets.length];
            const text = (await edited.file(name)?.async("string")) ?? "";
            const values = [...text.matchAll(/<v>[^<]*<\/v>/g)];
            if (values.length === 0) continue;
            const hit = values[at % values.length];
            edited.file(name, text.slice(0, hit.index) + value + text.slice(hit.index + hit[0].length));
          }
          const { code, stderr } = await importBytes(await edited.generateAsync({ type: "uint8array" }));
          expect([ExitCode.ok, ExitCode.findings, ExitCode.invalid]).toContain(code);
          if (code === ExitCode.invalid) expect(stderr).toMatch(/^jixiao: w\.xlsx：/);
        },
      ),
      { numRuns: runs(300) },
    );
  }, 600_000);
});
