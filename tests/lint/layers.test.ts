import { execFileSync } from "node:child_process";
import { join } from "node:path";

// `npm run lint` enforces one direction of dependencies (eslint.layers.mjs, architecture.md "Dependency rules").
// Each case is a file that does not exist, linted as if it sat at `file`: the rule must catch the wrong imports
// and let the right ones pass.

interface Reported {
  ruleId: string | null;
  message: string;
}

const ROOT = join(__dirname, "..", "..");

function lint(snippets: { filePath: string; code: string }[]): Reported[][] {
  const out = execFileSync(process.execPath, [join(__dirname, "_lib", "lintSnippets.mjs")], {
    cwd: ROOT,
    input: JSON.stringify(snippets),
    encoding: "utf8",
  });
  return JSON.parse(out) as Reported[][];
}

const forbidden = [
  { rule: "core imports no i18n (the engine produces no prose)", file: "src/core/html/probe.ts", from: "../../i18n/writeback" },
  { rule: "core imports no i18n, however the path is spelled", file: "src/core/probe.ts", from: "./writeback/../../i18n/Lang" },
  { rule: "core imports no adapter", file: "src/core/probe.ts", from: "../xlsx/readCsv" },
  { rule: "core imports no app", file: "src/core/judge/probe.ts", from: "../../app/settings/CheckSettings" },
  { rule: "an adapter imports only core (not another adapter)", file: "src/excel/probe.ts", from: "../xlsx/readCsv" },
  { rule: "an adapter imports only core (not i18n)", file: "src/xlsx/probe.ts", from: "../i18n/Lang" },
  { rule: "i18n imports only core", file: "src/i18n/probe.ts", from: "../xlsx/readCsv" },
  { rule: "an adapter imports no app", file: "src/excel/probe.ts", from: "../app/settings/CheckSettings" },
  { rule: "app imports no ui", file: "src/app/probe.ts", from: "../ui/Backend" },
  { rule: "app imports no front end", file: "src/app/pipeline/probe.ts", from: "../../taskpane/excelBackend" },
  { rule: "ui imports no front end", file: "src/ui/components/probe.tsx", from: "../../preview/previewStrings" },
  { rule: "front ends never import each other (preview → taskpane)", file: "src/preview/probe.ts", from: "../taskpane/excelBackend" },
  { rule: "front ends never import each other (commands → taskpane)", file: "src/commands/probe.ts", from: "../taskpane/_lib/officeTheme" },
  { rule: "front ends never import each other (cli → preview)", file: "src/cli/probe.ts", from: "../preview/previewStrings" },
  { rule: "a folder's _lib is private to it", file: "src/core/layout/probe.ts", from: "../fiscalYear/_lib/kanjiNumber" },
  { rule: "a folder's _lib is private to it (from another layer)", file: "src/cli/probe.ts", from: "../xlsx/_lib/decodeText" },
];

const allowed = [
  { rule: "core imports core", file: "src/core/html/probe.ts", from: "../writeback/disclosureBlocks" },
  { rule: "i18n imports core", file: "src/i18n/probe.ts", from: "../core/Finding" },
  { rule: "an adapter imports core", file: "src/excel/probe.ts", from: "../core/WorkbookPort" },
  { rule: "app imports adapters, i18n and core", file: "src/app/probe.ts", from: "../i18n/writeback" },
  { rule: "ui imports app", file: "src/ui/components/probe.tsx", from: "../../app/pipeline/runKpiCheck" },
  { rule: "a front end imports ui", file: "src/preview/probe.ts", from: "../ui/components/App" },
  { rule: "a front end imports an adapter", file: "src/cli/probe.ts", from: "../xlsx/readCsv" },
  { rule: "a folder imports its own _lib", file: "src/core/expression/probe.ts", from: "./_lib/grammarOf" },
  { rule: "a subfolder imports its parent's _lib", file: "src/ui/components/probe.tsx", from: "../_lib/copyHtml" },
];

const code = (from: string) => `import * as m from "${from}";\nexport const probe = m;\n`;

describe("npm run lint: imports point down the layers", () => {
  let reports: Reported[][];
  beforeAll(() => {
    reports = lint([...forbidden, ...allowed].map((c) => ({ filePath: c.file, code: code(c.from) })));
  }, 60_000);

  it.each(forbidden.map((c, i) => ({ ...c, i })))("fails: $rule ($file imports $from)", ({ i }) => {
    expect(reports[i].filter((r) => r.ruleId === "layers/layers")).toHaveLength(1);
  });

  it.each(allowed.map((c, i) => ({ ...c, i: forbidden.length + i })))("passes: $rule ($file imports $from)", ({ i }) => {
    expect(reports[i]).toEqual([]);
  });
});

const impure = [
  { what: "the file system", code: 'import { readFileSync } from "node:fs";\nexport const probe = readFileSync;\n' },
  { what: "exceljs", code: 'import ExcelJS from "exceljs";\nexport const probe = ExcelJS;\n' },
  { what: "React", code: 'import { useState } from "react";\nexport const probe = useState;\n' },
  { what: "i18n through a dynamic import", code: 'export const probe = () => import("../i18n/ui");\n' },
];

describe("npm run lint: the engine stays pure", () => {
  let reports: Reported[][];
  beforeAll(() => {
    reports = lint(impure.map((c) => ({ filePath: "src/core/probe.ts", code: c.code })));
  }, 60_000);

  it.each(impure.map((c, i) => ({ ...c, i })))("fails when src/core imports $what", ({ i }) => {
    expect(reports[i].map((m) => m.ruleId)).toEqual([expect.stringMatching(/^(no-restricted-imports|layers\/layers)$/)]);
  });
});
