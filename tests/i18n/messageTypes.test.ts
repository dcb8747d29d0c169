import { join } from "node:path";
import ts from "typescript";

// Message templates are typed against the params of their finding code (src/core/Finding.ts FindingParams): a
// template that reads a param its finding does not send must fail to compile. Jest does not type-check, so this
// test compiles small probe files with the TypeScript compiler itself.

const ROOT = join(__dirname, "..", "..");
const probeFile = (i: number) => join(ROOT, "tests", "i18n", `__probe${i}__.ts`);

/** The compiler's errors for each probe file (placed, in memory, next to this test), in one program. */
function compile(sources: string[]): string[][] {
  const options: ts.CompilerOptions = {
    strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10, types: [], skipLibCheck: true, resolveJsonModule: true,
  };
  const probes = new Map(sources.map((source, i) => [probeFile(i), source]));
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  host.readFile = (file) => probes.get(file) ?? read(file);
  const exists = host.fileExists.bind(host);
  host.fileExists = (file) => probes.has(file) || exists(file);
  const getSource = host.getSourceFile.bind(host);
  host.getSourceFile = (file, lang, ...rest) =>
    probes.has(file) ? ts.createSourceFile(file, probes.get(file)!, lang) : getSource(file, lang, ...rest);
  const program = ts.createProgram([...probes.keys()], options, host);
  const diagnostics = ts.getPreEmitDiagnostics(program);
  return sources.map((_, i) =>
    diagnostics.filter((d) => d.file?.fileName === probeFile(i)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")),
  );
}

const probe = (templates: string) => `
import { FINDING_MESSAGES, messageCatalogue } from "../../src/i18n/findingMessages";
export const probe = messageCatalogue({ ...FINDING_MESSAGES.ja, ${templates} });
`;

const compiles = [
  { what: "a param the finding sends", templates: `"duplicate-column": "列「{field}」が2つあります（{first}、{cell}）"` },
  { what: "only the field and the cell", templates: `"required-missing": "{field}（{cell}）が空です"` },
];
const fails = [
  { what: "a param no finding of the code sends", templates: `"duplicate-column": "列「{field}」が2つあります（{cells}）"`, error: "{cells} is not a param of duplicate-column" },
  { what: "another code's param", templates: `"component-missing": "目標の「{target}」に対応する結果がありません"`, error: "{target} is not a param of component-missing" },
];

describe("message templates are typed against their finding's params", () => {
  let errors: string[][];
  beforeAll(() => {
    errors = compile([...compiles, ...fails].map((c) => probe(c.templates)));
  }, 60_000);

  it.each(compiles.map((c, i) => ({ ...c, i })))("compile when they read $what", ({ i }) => {
    expect(errors[i]).toEqual([]);
  });

  it.each(fails.map((c, i) => ({ ...c, i: compiles.length + i })))("fail to compile when they read $what", ({ i, error }) => {
    expect(errors[i].join("\n")).toContain(error);
  });
});
