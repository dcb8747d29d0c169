/* Generated workbooks of every layout of kpi-rules.md §1 (a few KPIs over one to three fiscal years, targets
   `…:N件以上`, results `M件` or none; maybe a merged title row above and a footnote below): checked through the CLI entry they read as exactly the generated KPIs with the
   statuses that follow from the figures and the as-of date; and check → --out → check the copy gives the same KPIs,
   a second --out on the copy the same files, the status lines placed per layout and no user cell changed. Few, small runs so it stays fast. */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { canonicalParts, partDifferences } from "./_support/canonicalParts";
import { checkJson, cli, noOf, type ReportShape } from "./_support/layoutFixtures";
import { ownedStatusLines } from "../../src/core/writeback/ownership";
import { expectUserContentKept } from "../xlsx/writeback/_support/expectKept";
import { workbookFacts } from "../xlsx/writeback/_support/workbookFacts";
import { statusLinesPerYear } from "../core/writeback/_support/statusLinesPerYear";

jest.setTimeout(300_000);

const AS_OF = "2024-11-29";
const RUN = { args: [], asOf: AS_OF };
const METRICS = ["アンケート回答数", "アプリ登録数", "早期更改件数", "新規契約件数"];
const TITLES = ["お客様アンケートの収集", "お客様との接点強化", "早期更改の実施", "お客様への最適提案"];

interface Sheet {
  rows: (string | number | null)[][];
  merges: string[];
}

interface Generated {
  years: number[];
  /** Per KPI, per year: the target figure and the result figure (null: no result). */
  kpis: { target: number; result: number | null }[][];
}

const target = (k: number, t: number) => `${METRICS[k]}:${t}件以上`;
const result = (r: number | null) => (r === null ? null : `${r}件`);
const col = (n: number) => String.fromCharCode(64 + n);

/** The sheet of each layout, written as in kpi-rules.md §1. */
const LAYOUTS: Record<string, (g: Generated) => Sheet> = {
  table: (g) => ({
    rows: [["年度", "No", "取組項目", "目標", "結果"], ...g.years.flatMap((y, i) => g.kpis.map((k, n) => [`${y}年度`, n + 1, TITLES[n], target(n, k[i].target), result(k[i].result)]))],
    merges: [],
  }),
  "two-row-header": (g) => {
    const n = g.years.length;
    return {
      rows: [
        ["No", "取組項目", "目標", ...Array(n - 1).fill(null), "実績", ...Array(n - 1).fill(null)],
        [null, null, ...g.years.map((y) => `${y}年度`), ...g.years.map((y) => `${y}年度`)],
        ...g.kpis.map((k, i) => [i + 1, TITLES[i], ...k.map((c) => target(i, c.target)), ...k.map((c) => result(c.result))]),
      ],
      merges: ["A1:A2", "B1:B2", ...(n > 1 ? [`C1:${col(2 + n)}1`, `${col(3 + n)}1:${col(2 + 2 * n)}1`] : [])],
    };
  },
  wide: (g) => ({
    rows: [
      ["No", "取組項目", ...g.years.flatMap((y) => [`${y}年度目標`, `${y}年度実績`])],
      ...g.kpis.map((k, i) => [i + 1, TITLES[i], ...k.flatMap((c) => [target(i, c.target), result(c.result)])]),
    ],
    merges: [],
  }),
  "next-target": (g) => ({
    rows: [
      ["年度", "No", "取組項目", "目標", "実績", "次期目標"],
      ...g.kpis.map((k, i) => [`${g.years[0]}年度`, i + 1, TITLES[i], target(i, k[0].target), result(k[0].result), target(i, k[1].target)]),
    ],
    merges: [],
  }),
  transposed: (g) => ({
    rows: [
      ["No", ...g.kpis.map((_, i) => i + 1)],
      ["取組項目", ...g.kpis.map((_, i) => TITLES[i])],
      ...g.years.flatMap((y, j) => [
        [`${y}年度目標`, ...g.kpis.map((k, i) => target(i, k[j].target))],
        [`${y}年度結果`, ...g.kpis.map((k) => result(k[j].result))],
      ]),
    ],
    merges: [],
  }),
  blocks: (g) => {
    const rows: (string | number | null)[][] = [["お客さま本位の業務運営方針と重要業績評価指数(KPI)"]];
    g.years.forEach((y, j) => {
      rows.push([`${y}年度`]);
      g.kpis.forEach((k, i) => {
        rows.push([i + 1, TITLES[i]], ["お客様の声を業務改善に活かしてまいります。"], ["対象", "お客様"]);
        rows.push(["目標", target(i, k[j].target), `結果(${y}年度)`, result(k[j].result)], ["迅速かつ丁寧に対応いたします。"]);
      });
    });
    return { rows, merges: [] };
  },
};

const generated = (years: fc.Arbitrary<number>, minKpis: number) =>
  fc.record({ first: fc.integer({ min: 2021, max: 2023 }), count: years, kpis: fc.integer({ min: minKpis, max: 4 }) }).chain(({ first, count, kpis }) =>
    fc
      .array(fc.array(fc.record({ target: fc.integer({ min: 10, max: 500 }), result: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null }) }), { minLength: count, maxLength: count }), { minLength: kpis, maxLength: kpis })
      .map((k): Generated => ({ years: Array.from({ length: count }, (_, i) => first + i), kpis: k })),
  );

/** The status kpi-rules.md §3 gives a `≥ target` KPI of fiscal year `year` (April start) as of {@link AS_OF}. */
function statusOf(year: number, c: { target: number; result: number | null }): string {
  if (c.result === null) return `${year + 1}-03-31` < AS_OF ? "missing_result" : "pending";
  return c.result >= c.target ? "met" : "not_met";
}

/** What staff put around a table: a title row above it (merged across), a footnote below it. */
interface Decorations {
  title: boolean;
  footnote: boolean;
}

/** The sheet with its decorations: merges move down with the rows under a title. */
function decorate(sheet: Sheet, d: Decorations, layout: string): Sheet {
  if (layout === "blocks") return sheet; // the page's own heading lines are its title
  const width = Math.max(...sheet.rows.map((r) => r.length));
  const shift = d.title ? 2 : 0;
  const moved = sheet.merges.map((m) => m.replace(/\d+/g, (n) => String(Number(n) + shift)));
  return {
    rows: [...(d.title ? [["重要業績評価指標(KPI)一覧"], []] : []), ...sheet.rows, ...(d.footnote ? [[], ["※ 実績は各年度末時点の数値です。"]] : [])],
    merges: [...(d.title ? [`A1:${col(width)}1`] : []), ...moved],
  };
}

async function write(path: string, sheet: Sheet): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("KPI");
  sheet.rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
  for (const m of sheet.merges) ws.mergeCells(m);
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
}

const kpiView = (r: ReportShape) =>
  r.kpis
    .map((k) => ({ fiscalYear: k.fiscalYear, no: noOf(k), title: k.title, target: k.target, result: k.result, status: k.status }))
    .sort((a, b) => (a.fiscalYear ?? 0) - (b.fiscalYear ?? 0) || Number(a.no) - Number(b.no));

let dir: string;
let n = 0;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "kpi-layout-prop-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(Object.keys(LAYOUTS))("generated %s workbooks", (layout) => {
  it("read as the generated KPIs and statuses; check → --out → check gives the same, a second --out the same files", async () => {
    const years = layout === "next-target" ? fc.constant(2) : fc.integer({ min: 1, max: 3 });
    // a transposed table of one KPI is two columns of labels and values: no table to tell it by
    const minKpis = layout === "transposed" ? 2 : 1;
    await fc.assert(
      fc.asyncProperty(generated(years, minKpis), fc.record({ title: fc.boolean(), footnote: fc.boolean() }), async (g, d) => {
        const folder = (step: number) => {
          const d = join(dir, `${layout}-${n}-${step}`);
          mkdirSync(d, { recursive: true });
          return join(d, "kpi.xlsx");
        };
        n++;
        if (layout === "next-target") g.kpis.forEach((k) => (k[1].result = null));
        const input = folder(0);
        await write(input, decorate(LAYOUTS[layout](g), d, layout));
        const report = await checkJson(input, RUN);
        // one year under a header (`2023年度目標 | 2023年度実績`) is as well a table with its year in the header
        expect(g.years.length === 1 && ["wide", "two-row-header"].includes(layout) ? [layout, "table"] : [layout]).toContain(report.source.layout);
        const want = g.years
          .flatMap((y, j) => g.kpis.map((k, i) => ({ fiscalYear: y, no: String(i + 1), title: TITLES[i], target: target(i, k[j].target), result: result(k[j].result) ?? "", status: statusOf(y, k[j]) })))
          .sort((a, b) => a.fiscalYear - b.fiscalYear || Number(a.no) - Number(b.no));
        expect(kpiView(report)).toEqual(want);
        const [first, second] = [folder(1), folder(2)];
        for (const [from, to] of [[input, first], [first, second]]) {
          const r = await cli([from, "--as-of", AS_OF, "--out", to]);
          expect(r.stderr).toBe("");
        }
        expect(kpiView(await checkJson(first, RUN))).toEqual(want);
        // the status lines of disclosure-output.md §1: a line per year where rows or columns hold several years
        const after = await workbookFacts(readFileSync(first));
        expectUserContentKept(await workbookFacts(readFileSync(input)), after);
        const names = Object.fromEntries(after.names.filter((x) => x.localSheetId === undefined).map((x) => [x.name, x.text]));
        const perYear = statusLinesPerYear(report.source.layout);
        expect(ownedStatusLines("KPI", names).map((l) => l.year).sort()).toEqual(perYear ? g.years : [null]);
        const a = await canonicalParts(new Uint8Array(readFileSync(first)));
        const b = await canonicalParts(new Uint8Array(readFileSync(second)));
        expect(partDifferences(a, b)).toEqual([]);
      }),
      { numRuns: 3, seed: Number(process.env.FC_SEED ?? 20261206) },
    );
  });
});
