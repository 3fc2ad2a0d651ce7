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

const hostLibraries = ["react", "react-dom", "@fluentui/*", "exceljs", "docx", "office-*", "@microsoft/*"];

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
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: hostLibraries,
              message: "src/domain is the pure engine: no Office, React, exceljs or docx imports.",
            },
            { group: ["fs", "node:*", "path", "child_process"], message: "src/domain does no I/O." },
          ],
        },
      ],
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
