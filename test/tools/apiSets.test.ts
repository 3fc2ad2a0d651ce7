/**
 * The Office.js requirement sets the code needs stay within what the manifests declare: every use
 * of an Excel or Word member that needs more is behind a requirement check (TypeScript's view of
 * the source, the sets from @types/office-js's documentation).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ts from "typescript";
import { declaredSets, officeApiUses, unguardedBeyond } from "../../src/tools/apiSets";

const root = path.join(__dirname, "../..");
const options = ts.parseJsonConfigFileContent(
  ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile).config,
  ts.sys,
  root,
).options;

/** The add-in's own code that talks to Office (not the stand-ins). */
const sources = ["src/host", "src/renderers", "src/commands", "src/taskpane"].flatMap((dir) =>
  fs
    .readdirSync(path.join(root, dir), { recursive: true })
    .map(String)
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.join(root, dir, f)),
);

const declared = new Map([
  ...declaredSets(fs.readFileSync(path.join(root, "manifest.xml"), "utf8")),
  ...declaredSets(fs.readFileSync(path.join(root, "manifest-word.xml"), "utf8")),
]);

describe("Office.js requirement sets", () => {
  const uses = officeApiUses(sources, options);

  it("the manifests declare ExcelApi and WordApi", () => {
    expect(declared).toEqual(
      new Map([
        ["ExcelApi", "1.8"],
        ["WordApi", "1.3"],
      ]),
    );
  });

  it("sees the members the add-in uses, with the sets that brought them", () => {
    const needs = (member: string) => uses.find((u) => u.member === member)?.needs;
    expect(needs("Range.dataValidation")).toEqual({ set: "ExcelApi", version: "1.8" });
    expect(needs("Worksheet.pageLayout")).toEqual({ set: "ExcelApi", version: "1.9" });
    expect(needs("Range.insertTable")).toEqual({ set: "WordApi", version: "1.3" });
    expect(uses.length).toBeGreaterThan(100);
  });

  it("never needs more than the manifests declare without a requirement check", () => {
    expect(
      unguardedBeyond(uses, declared).map(
        (u) => `${path.relative(root, u.file)}:${u.line} ${u.member} needs ${u.needs.set} ${u.needs.version}`,
      ),
    ).toEqual([]);
  });
});

describe("the requirement check finder", () => {
  /** The uses in a source file of this text. */
  const usesIn = (text: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-api-"));
    const file = path.join(dir, "probe.ts");
    fs.writeFileSync(file, `/// <reference types="office-js" />\n${text}`);
    try {
      return officeApiUses([file], options);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  const probe = (body: string) =>
    unguardedBeyond(
      usesIn(
        `export function probe(ws: Excel.Worksheet, supports: (s: string, v: string) => boolean) {\n${body}\n}\n`,
      ),
      new Map([["ExcelApi", "1.8"]]),
    ).map((u) => u.member);

  it("counts a member used through a union as each type's member", () => {
    const uses = usesIn(
      'export function probe(at: Word.Paragraph | Word.Range | Word.Table) {\n  at.insertTable(1, 1, "After", [[""]]);\n}\n',
    );
    expect(
      uses
        .filter((u) => u.member.endsWith(".insertTable"))
        .map((u) => `${u.member} ${u.needs.set} ${u.needs.version}`)
        .sort(),
    ).toEqual([
      "Paragraph.insertTable WordApi 1.3",
      "Range.insertTable WordApi 1.3",
      "Table.insertTable WordApi 1.3",
    ]);
  }, 60_000);

  it.each([
    ["an unguarded use", "ws.pageLayout.zoom = { scale: 90 };", ["PageLayout.zoom", "Worksheet.pageLayout"]],
    ["an if on supports", 'if (supports("ExcelApi", "1.9")) ws.pageLayout.zoom = { scale: 90 };', []],
    ["a ternary", 'const z = supports("ExcelApi", "1.9") ? ws.pageLayout : null; void z;', []],
    ["an early return", 'if (!supports("ExcelApi", "1.9")) return;\nws.pageLayout.zoom = { scale: 90 };', []],
    [
      "a constant that asks",
      'const can = supports("ExcelApi", "1.9");\nif (can) ws.pageLayout.zoom = { scale: 90 };',
      [],
    ],
    [
      "an unrelated if",
      "if (ws.name) ws.pageLayout.zoom = { scale: 90 };",
      ["PageLayout.zoom", "Worksheet.pageLayout"],
    ],
  ])(
    "%s",
    (_what, body, expected) => {
      expect(probe(body)).toEqual(expected);
    },
    60_000,
  );
});
