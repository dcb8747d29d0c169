/* Round trips on the realistic agency workbooks of tests/fixtures/layouts/workbooks (kpi-rules.md §1, disclosure-output.md
   §1), with each expectation's own run (`--all-sheets`, `--layout`, …): check → --out → check the copy gives the same
   statuses; a second --out on the copy gives the same files; the status lines sit on every checked sheet, where the
   layout wants them, and nothing else of the user's changes. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ownedStatusLines } from "../../src/core/writeback/ownership";
import { expectUserContentKept } from "../xlsx/writeback/_support/expectKept";
import { workbookFacts } from "../xlsx/writeback/_support/workbookFacts";
import { canonicalParts, partDifferences } from "./_support/canonicalParts";
import { checkJson, cli, LAYOUT_FIXTURES, statusesOf, WORKBOOKS } from "./_support/layoutFixtures";
import { statusLinesPerYear } from "../core/writeback/_support/statusLinesPerYear";

jest.setTimeout(120_000);

const cases = LAYOUT_FIXTURES.flatMap((fx) =>
  fx.runs.map((run, i) => ({ name: `${fx.file}${run.args.length ? ` ${run.args.join(" ")}` : ""}`, file: fx.file, run, i })),
);

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "kpi-fixture-rt-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(cases)("$name: check → --out → check → --out", ({ file, run, i }) => {
  it("reads the copy as the original, writes the same files again, and changes no cell of the user's", async () => {
    const input = join(WORKBOOKS, file);
    const [first, second] = [1, 2].map((n) => join(dir, `${file}.${i}.${n}.xlsx`));
    const original = await checkJson(input, run);
    for (const [from, to] of [[input, first], [first, second]]) {
      const r = await cli([from, "--as-of", run.asOf, ...run.args, "--out", to]);
      expect(r.stderr).toBe("");
    }
    const copy = await checkJson(first, run);
    expect(statusesOf(copy, run.kpis)).toEqual(statusesOf(original, run.kpis));
    expect(copy.source.layout).toBe(original.source.layout);

    const [a, b] = [await canonicalParts(new Uint8Array(readFileSync(first))), await canonicalParts(new Uint8Array(readFileSync(second)))];
    expect(partDifferences(a, b)).toEqual([]);

    const before = await workbookFacts(readFileSync(input));
    const after = await workbookFacts(readFileSync(first));
    expectUserContentKept(before, after);
    // every sheet that gave KPIs has its status lines: a line per year where a row holds several years
    const names = Object.fromEntries(after.names.filter((n) => n.localSheetId === undefined).map((n) => [n.name, n.text]));
    const sheets = [...new Set(original.kpis.map((k) => k.sheet ?? original.source.sheet))];
    for (const sheet of sheets) {
      const lines = ownedStatusLines(sheet, names);
      const years = [...new Set(original.kpis.filter((k) => (k.sheet ?? original.source.sheet) === sheet).map((k) => k.fiscalYear))];
      const perYear = statusLinesPerYear(original.source.layout);
      expect(lines.length).toBe(perYear ? years.length : 1);
    }
  });
});
