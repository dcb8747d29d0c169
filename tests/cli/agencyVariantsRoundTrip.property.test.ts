import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildVariant, variantOptions, VARIANT_AS_OF } from "../core/layout/_support/agencyVariants";
import { variantWorkbook } from "../core/layout/_support/variantWorkbook";
import { cli } from "./_support/layoutFixtures";

jest.setTimeout(300_000);

// Generated agency variants of the six layouts as .xlsx files through kpi-check: every status right on the first
// check, and check → --out → check the copy gives the same statuses (a few runs: each writes two workbooks).
describe("agency variants through kpi-check, and again after --out", () => {
  const dir = mkdtempSync(join(tmpdir(), "variants-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const statuses = (stdout: string): string[] =>
    (JSON.parse(stdout) as { kpis: { fiscalYear: number; no: number; status: string }[] }).kpis.map((k) => `${k.fiscalYear}:${k.no}:${k.status}`).sort();

  it("reads the generated statuses, and the same from the written copy", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(variantOptions, async (options) => {
        const v = buildVariant(options);
        const input = join(dir, `v${n}.xlsx`);
        const copy = join(dir, `v${n++}-out.xlsx`);
        writeFileSync(input, await variantWorkbook(v));
        const first = await cli([input, "--json", "--as-of", VARIANT_AS_OF]);
        expect(first.stderr).toBe("");
        const want = v.expected.map(([fy, no, s]) => `${fy}:${no}:${s}`).sort();
        expect(statuses(first.stdout)).toEqual(want);
        const out = await cli([input, "--as-of", VARIANT_AS_OF, "--out", copy]);
        expect(out.stderr).toBe("");
        expect(statuses((await cli([copy, "--json", "--as-of", VARIANT_AS_OF])).stdout)).toEqual(want);
      }),
      { numRuns: 12, seed: 7 },
    );
  });
});
