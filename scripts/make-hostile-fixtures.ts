/**
 * Writes the small hostile workbooks of issue 6 into tests/fixtures/hostile/, deterministically (fixed timestamps,
 * parts re-packed by the tests' own zip writer). The builders, and the big workbooks the tests generate at run time
 * (a 2 GiB zip bomb, 100,000 KPI rows, 16,384 columns, 50 MB of text), are in
 * tests/robustness/_support/hostileFixtures.ts and bigWorkbooks.ts; the expected outcome of each is in tests/robustness/hostile.test.ts
 * and tests/fixtures/hostile/README.md.
 *
 * Run: npx tsx scripts/make-hostile-fixtures.ts
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { SMALL_FIXTURES } from "../tests/robustness/_support/hostileFixtures";

const DIR = join(__dirname, "../tests/fixtures/hostile");

async function main(): Promise<void> {
  for (const [name, build] of Object.entries(SMALL_FIXTURES)) {
    const bytes = await build();
    writeFileSync(join(DIR, name), bytes);
    console.log(`wrote ${name} (${bytes.length} bytes)`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
