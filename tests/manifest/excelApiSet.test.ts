import { readdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { MERGED_AREAS_EXCEL_API, REQUIRED_EXCEL_API } from "../../src/excel/excelSupport";

/**
 * The manifest's ExcelApi MinVersion must be the lowest set the code really uses: this test reads every Excel
 * API member the adapter touches, looks up its `[Api set: ExcelApi 1.x]` in @types/office-js, and takes the
 * highest. Members used only behind a run-time `isSetSupported` check are listed here with their set.
 */
const ROOT = join(__dirname, "..", "..");
/** Every module of the Office.js adapter, so that a member used in a new file is never missed. */
const FILES = readdirSync(join(ROOT, "src/excel"), { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".ts"))
  .map((f) => join(ROOT, "src/excel", f));

/**
 * Used only when `supportsMergedAreas()` says the host has ExcelApi 1.13: reading merged areas, and resizing an
 * Excel Table over the next year's lines (the pane passes the same check as `resizeTables`).
 */
const GUARDED: Record<string, string> = {
  "Range.getMergedAreasOrNullObject": MERGED_AREAS_EXCEL_API,
  "Table.resize": MERGED_AREAS_EXCEL_API,
};

function minor(version: string): number {
  return Number(version.split(".")[1]);
}

function excelMembers(): Map<string, string> {
  const program = ts.createProgram(FILES, { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, strict: true, skipLibCheck: true, types: ["office-js"], esModuleInterop: true });
  const checker = program.getTypeChecker();
  const found = new Map<string, string>();
  for (const file of program.getSourceFiles().filter((f) => FILES.includes(f.fileName))) {
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        for (const decl of symbol?.declarations ?? []) {
          if (!decl.getSourceFile().fileName.includes("@types/office-js")) continue;
          const owner = decl.parent;
          const ownerName = owner && (ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) ? owner.name?.text : undefined;
          const text = decl.getFullText();
          const set = /\[Api set: ExcelApi (\d+\.\d+)/.exec(text)?.[1];
          if (ownerName && set) found.set(`${ownerName}.${node.name.text}`, set);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

describe("the ExcelApi requirement set", () => {
  const members = excelMembers();

  it("finds the Excel members the adapter uses", () => {
    expect(members.size).toBeGreaterThan(30);
    expect(members.get("Range.values")).toBe("1.1");
    expect(members.get("Worksheet.getRanges")).toBe("1.9");
  });

  it(`is ${REQUIRED_EXCEL_API}: the highest set of any member used without a run-time check`, () => {
    const unguarded = [...members].filter(([name]) => !(name in GUARDED));
    const highest = unguarded.reduce((m, [, set]) => (minor(set) > minor(m) ? set : m), "1.1");
    expect(highest).toBe(REQUIRED_EXCEL_API);
    const needing = unguarded.filter(([, set]) => set === highest).map(([name]) => name);
    expect(needing.length).toBeGreaterThan(0);
    console.log(`ExcelApi ${highest} is needed by: ${needing.sort().join(", ")}`);
  });

  it("uses members above that set only behind their run-time check", () => {
    const above = [...members].filter(([, set]) => minor(set) > minor(REQUIRED_EXCEL_API));
    expect(Object.fromEntries(above)).toEqual(GUARDED);
  });
});
