import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkSheet } from "../../src/core/checkSheet";
import { buildReport } from "../../src/core/report/buildReport";
import { renderFinding } from "../../src/i18n/renderFinding";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookBytes";

// What the engine returns is plain data (architecture.md): records, judged KPIs, findings and the report survive
// JSON and structuredClone with every field, so that they can cross a worker, a file or a test's snapshot.

const FILES = [join("assets", "sample-kpi.xlsx"), join("tests", "fixtures", "i18n", "findings.tsv")];

describe.each(FILES)("the check of %s", (file) => {
  let result: ReturnType<typeof checkSheet>;
  beforeAll(async () => {
    const [sheet] = await readWorkbookBytes(readFileSync(join(__dirname, "..", "..", file)), file);
    result = checkSheet(sheet, { asOf: "2026-11-29" });
    expect(result.kpis.length).toBeGreaterThan(0);
    expect(result.findings.length).toBeGreaterThan(0);
  });

  it.each([
    ["JSON", (x: unknown) => JSON.parse(JSON.stringify(x))],
    ["structuredClone", (x: unknown) => structuredClone(x)],
  ] as const)("round-trips through %s with every field of its records, judged KPIs and findings", (_, copy) => {
    const copied = copy(result);
    expect(copied).toEqual(result);
    // every field of every record is there (nothing hidden behind a getter or a prototype)
    for (const [i, kpi] of result.kpis.entries()) {
      expect(Object.keys(copied.kpis[i].record.fields)).toEqual(Object.keys(kpi.record.fields));
      expect(Object.keys(copied.kpis[i].record.fields).length).toBeGreaterThan(2);
    }
  });

  it("gives a report that round-trips through JSON", () => {
    const report = buildReport(result, file, (f) => renderFinding(f, "ja"));
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
