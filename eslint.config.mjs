// Lint for the add-in, run by `npm run lint` (office-addin-lint check, which picks up this file).
// The Office rules of eslint-plugin-office-addins are errors here, on .ts and .tsx alike (the plugin's own
// preset covers .ts only): load before read, sync after load, no sync in a loop, isNullObject for *OrNullObject.
// Formatting is not linted (no prettier rule): the code base keeps its own 120-column style.
import js from "@eslint/js";
import tsPlugin from "@typescript-eslint/eslint-plugin";
import tsParser from "@typescript-eslint/parser";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import layers from "./eslint.layers.mjs";

const officeRules = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "error",
  "office-addins/no-empty-load": "error",
  "office-addins/no-navigational-load": "error",
  "office-addins/no-office-initialize": "error",
  "office-addins/test-for-null-using-isNullObject": "error",
};

export default [
  { ignores: ["dist/**", "out/**", "coverage/**", "node_modules/**"] },
  js.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: "latest",
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    plugins: { "@typescript-eslint": tsPlugin, "office-addins": officeAddins, react },
    settings: { react: { version: "detect" } },
    rules: {
      ...officeRules,
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat["jsx-runtime"].rules,
      "react/prop-types": "off",
      // TypeScript checks names and types; these two rules do not understand type-only code.
      "no-undef": "off",
      "no-unused-vars": "off",
      "no-redeclare": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Japanese text is full of U+3000 ideographic spaces in examples and strings, and the text cleaners
      // match control characters on purpose (to strip them from published HTML).
      "no-irregular-whitespace": ["error", { skipComments: true, skipStrings: true, skipTemplates: true, skipRegExps: true }],
      "no-control-regex": "off",
    },
  },
  // One direction of dependencies (architecture.md, "Dependency rules"): see eslint.layers.mjs.
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { layers },
    rules: { "layers/layers": "error" },
  },
  // The engine is pure: no Office.js, DOM, file system, React or file-format library.
  {
    files: ["src/core/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^node:", message: "src/core is pure: no Node built-ins (the adapters read and write files)." },
            {
              regex: "^(react|react-dom|@fluentui/.*|exceljs|jszip|csv-parse.*|@microsoft/office-js|fs|path|os|child_process)(/.*)?$",
              message: "src/core is pure: React, Office.js, exceljs and files belong to the front ends and adapters.",
            },
          ],
        },
      ],
    },
  },
];
