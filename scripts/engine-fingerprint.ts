/**
 * `npx tsx scripts/engine-fingerprint.ts`: one hash per corpus of everything the engine returns, for speed work that
 * must change no output (issue 12: "a change made for speed states its gain" — and changes nothing else). Run it
 * before and after a change: every line must stay the same. The corpora:
 *   - the bench's generated sheets (1,000, 10,000 and 30,000 rows), `checkSheet`;
 *   - every `.xlsx`/`.csv` under tests/fixtures and the sample, `checkSheet` on the sheet the CLI chooses and
 *     `checkWorkbook` on all sheets (a file the reader refuses is hashed by its error);
 *   - 600 generated agency workbooks (tests/core/layout/_support/agencyVariants.ts, seeds 13 and 7), both ways.
 * A hash covers `JSON.stringify` of each result, so the order of an object's properties counts too.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { checkSheet } from "../src/core/checkSheet";
import { checkWorkbook } from "../src/core/checkWorkbook";
import { BUILT_IN_SCHEMA } from "../src/core/KpiSchema";
import { chooseKpiSheet } from "../src/core/layout/chooseKpiSheet";
import type { SheetSnapshot } from "../src/core/SheetSnapshot";
import { snapshotFromRows } from "../src/core/snapshotFromRows";
import { readDefinedNames } from "../src/xlsx/readDefinedNames";
import { readWorkbookBytes } from "../src/xlsx/readWorkbookBytes";
import { generateKpiRows, HEADER } from "../bench/_lib/generateKpiRows";
import { buildVariant, variantOptions } from "../tests/core/layout/_support/agencyVariants";

const ROOT = join(__dirname, "..");
const AS_OF = "2026-11-29";
const total = createHash("sha256");

function report(name: string, parts: readonly string[]): void {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\u0000");
  const digest = hash.digest("hex").slice(0, 16);
  total.update(digest);
  console.log(`${name.padEnd(28)} ${digest}  (${parts.length} results)`);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return filesUnder(path);
      return /\.(xlsx|csv)$/i.test(name) ? [path] : [];
    })
    .sort();
}

/** Both checks of a workbook, as the CLI chooses its sheet and as `--all-sheets` checks them all. */
function checkBoth(sheets: readonly SheetSnapshot[], definedNames: Record<string, string> = {}): string {
  const sheet = chooseKpiSheet(sheets, { schema: BUILT_IN_SCHEMA }).sheet ?? sheets[0];
  return JSON.stringify(checkSheet(sheet, { asOf: AS_OF, definedNames })) + JSON.stringify(checkWorkbook(sheets, { asOf: AS_OF, definedNames }));
}

async function main(): Promise<void> {
  for (const n of [1_000, 10_000, 30_000]) {
    report(`generated ${n}`, [JSON.stringify(checkSheet(snapshotFromRows("KPI", [HEADER, ...generateKpiRows(n)]), { asOf: AS_OF }))]);
  }
  const files = [...filesUnder(join(ROOT, "tests/fixtures")), join(ROOT, "assets/sample-kpi.xlsx")];
  const parts: string[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    try {
      const sheets = await readWorkbookBytes(bytes, file);
      const definedNames = /\.xlsx$/i.test(file) ? await readDefinedNames(bytes).catch(() => ({})) : {};
      parts.push(checkBoth(sheets, definedNames));
    } catch (e) {
      parts.push(`${relative(ROOT, file)}: ${(e as Error).message}`);
    }
  }
  report(`fixtures+sample (${files.length} files)`, parts);
  for (const seed of [13, 7]) {
    const variants = fc.sample(variantOptions, { numRuns: 300, seed }).map(buildVariant);
    report(`agency variants seed ${seed}`, variants.map((v) => checkBoth(v.sheets)));
  }
  console.log(`TOTAL ${total.digest("hex").slice(0, 16)}`);
}

void main();
