/* The committed layout fixtures are what scripts/build-layout-fixtures.ts builds (rebuilding gives the same bytes
   and expectations), so a change to the script cannot leave stale workbooks behind. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildFixtureWorkbook, expectedOf, FIXTURES, LAYOUT_FIXTURES_DIR } from "../../scripts/build-layout-fixtures";

describe("scripts/build-layout-fixtures.ts", () => {
  it.each(FIXTURES.map((f) => [f.name, f] as const))("%s is committed as built", async (name, fixture) => {
    const built = await buildFixtureWorkbook(fixture);
    expect(Buffer.from(built).equals(readFileSync(join(LAYOUT_FIXTURES_DIR, `${name}.xlsx`)))).toBe(true);
    expect(JSON.parse(readFileSync(join(LAYOUT_FIXTURES_DIR, `${name}.expected.json`), "utf8"))).toEqual(expectedOf(fixture));
  });

  it("expects every KPI once per run", () => {
    for (const f of FIXTURES) {
      for (const run of f.runs) {
        const keys = run.kpis.map((k) => `${k.sheet ?? ""}/${k.fiscalYear}/${k.no}/${k.row ?? ""}`);
        expect(new Set(keys).size).toBe(keys.length);
      }
    }
  });
});
