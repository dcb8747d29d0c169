/* `npx tsx tests/core/layout/_support/measureRoundTrips.ts [runs] [seed]`: generated agency variants as .xlsx files
   through the kpi-check command: check, --out, check the copy; prints the crashes, the runs whose statuses change on
   the copy, and the statuses right on the first check. A measure for people, not a test. */
import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../../src/cli/main";
import { buildVariant, variantOptions, VARIANT_AS_OF } from "./agencyVariants";
import { variantWorkbook } from "./variantWorkbook";

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), today: () => VARIANT_AS_OF, env: {} });
  return { code, stdout, stderr };
}

type Kpis = { fiscalYear: number | null; no: number | null; status: string }[];
const statuses = (stdout: string): string[] =>
  (JSON.parse(stdout) as { kpis: Kpis }).kpis.map((k) => `${k.fiscalYear}:${k.no}:${k.status}`).sort();

async function run(runs: number, seed: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "variants-"));
  let crashed = 0;
  let unstable = 0;
  let right = 0;
  let expected = 0;
  const notes: string[] = [];
  try {
    for (const [i, options] of fc.sample(variantOptions, { numRuns: runs, seed }).entries()) {
      const v = buildVariant(options);
      const input = join(dir, `v${i}.xlsx`);
      const copy = join(dir, `v${i}-out.xlsx`);
      writeFileSync(input, await variantWorkbook(v));
      const first = await cli([input, "--json", "--as-of", VARIANT_AS_OF]);
      const out = await cli([input, "--as-of", VARIANT_AS_OF, "--out", copy]);
      const again = out.code === 2 ? undefined : await cli([copy, "--json", "--as-of", VARIANT_AS_OF]);
      if (first.code === 2 || out.code === 2 || !again || again.code === 2) {
        crashed++;
        notes.push(`${options.shape} crashed: ${first.stderr || out.stderr || again?.stderr}`);
        continue;
      }
      const a = statuses(first.stdout);
      const b = statuses(again.stdout);
      const want = v.expected.map(([fy, no, s]) => `${fy}:${no}:${s}`);
      expected += want.length;
      right += want.filter((w) => a.includes(w)).length;
      if (a.join() !== b.join()) {
        unstable++;
        notes.push(`${options.shape} unstable ${JSON.stringify(options)}\n   ${a.filter((x) => !b.includes(x)).join(" ")} → ${b.filter((x) => !a.includes(x)).join(" ")}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`${runs} workbooks: ${((100 * right) / expected).toFixed(1)}% of ${expected} statuses right, crashed ${crashed}, unstable after --out ${unstable}`);
  console.log(notes.slice(0, 6).join("\n"));
}

void run(Number(process.argv[2] ?? 60), Number(process.argv[3] ?? 13));
