/* Round trips on every realistic agency workbook (kpi-rules.md §1 "Round trips"): checking the workbook, writing a
   copy with --out and checking the copy gives the same KPIs (records and statuses) and the same reading of the
   sheet; a second --out on the copy writes the same files (every part, compared canonically without timestamps).
   Each run reads a file of the same name from its own folder, so nothing but the content can differ. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { canonicalParts, partDifferences } from "./_support/canonicalParts";
import { checkJson, cli, LAYOUT_FIXTURES, WORKBOOKS, type ReportShape } from "./_support/layoutFixtures";

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "kpi-layout-rt-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a re-check must reproduce: the KPIs as reported and how the sheet was read. */
const reading = (r: ReportShape) => ({
  layout: r.source.layout,
  sheet: r.source.sheet,
  skippedRows: r.source.skippedRows,
  kpis: r.kpis,
});

const cases = LAYOUT_FIXTURES.flatMap((fx) => fx.runs.map((run) => ({ name: `${fx.file}${run.args.length ? ` ${run.args.join(" ")}` : ""}`, file: fx.file, run })));

describe.each(cases)("$name: check → --out → check", ({ file, run }) => {
  let first: string;
  let second: string;
  beforeAll(async () => {
    const step = (n: number) => {
      const d = join(dir, `${file}-${run.args.join("_")}-${n}`);
      mkdirSync(d, { recursive: true });
      return join(d, file);
    };
    const input = step(0);
    copyFileSync(join(WORKBOOKS, file), input);
    [first, second] = [step(1), step(2)];
    for (const [from, to] of [[input, first], [first, second]]) {
      const r = await cli([from, "--as-of", run.asOf, ...run.args, "--out", to]);
      if (r.code === 2) throw new Error(`--out failed on ${from}: ${r.stderr}`);
    }
  });

  it("the written copy reads as the same KPIs with the same statuses", async () => {
    const original = await checkJson(join(WORKBOOKS, file), run);
    const copy = await checkJson(first, run);
    expect(reading(copy)).toEqual(reading(original));
  });

  it("a second --out on the copy writes the same files", async () => {
    const a = await canonicalParts(new Uint8Array(readFileSync(first)));
    const b = await canonicalParts(new Uint8Array(readFileSync(second)));
    expect(partDifferences(a, b)).toEqual([]);
  });
});
