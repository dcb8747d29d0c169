import fc from "fast-check";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkSheet } from "../../src/core/checkSheet";
import type { Layout } from "../../src/core/KpiRecord";
import type { KpiStatus } from "../../src/core/KpiStatus";
import type { CellValue, MergedRange } from "../../src/core/SheetSnapshot";
import { snapshotFromRows } from "../../src/core/snapshotFromRows";
import { main } from "../../src/cli/main";
import type { AgencyShape } from "../fixtures/layouts/agencyShapes";
import { shapeWorkbook } from "../fixtures/layouts/shapeWorkbook";

const AS_OF = "2026-11-29";
const YEARS = [2023, 2024];

/** Target and result pairs as agencies write them, with the status each one is. */
const PAIRS: [string, string, KpiStatus][] = [
  ["回答数:200件以上", "回答数:210件", "met"],
  ["対面募集率 85%以上", "80.2%", "not_met"],
  ["年間12回以上", "12回", "met"],
  ["事務ミス 3件以下", "5件", "not_met"],
  ["自動車:60.0pt 火新:70.0pt", "自動車:62.0pt 火新:65.0pt", "partial"],
  ["1人1資格以上", "", "missing_result"],
];
const TITLES = ["お客様アンケートの収集", "対面募集の推進", "研修の実施", "事務品質の向上", "事故対応品質", "資格取得の推進"];

/** One generated KPI sheet: per No a title and per year a pair. */
interface Sheet {
  kpis: { title: string; pairs: number[] }[];
}

const sheetArb: fc.Arbitrary<Sheet> = fc
  .array(fc.tuple(fc.nat(TITLES.length - 1), fc.nat(PAIRS.length - 1), fc.nat(PAIRS.length - 1)), { minLength: 1, maxLength: 5 })
  .map((list) => ({ kpis: list.map(([t, a, b]) => ({ title: TITLES[t], pairs: [a, b] })) }));

/** The statuses the sheet's KPIs are, in reading order of a layout (by row: per No, then per year). */
function expected(sheet: Sheet, order: "year-first" | "no-first"): [number, number, KpiStatus][] {
  const out: [number, number, KpiStatus][] = [];
  if (order === "year-first") YEARS.forEach((y, yi) => sheet.kpis.forEach((k, i) => out.push([y, i + 1, PAIRS[k.pairs[yi]][2]])));
  else sheet.kpis.forEach((k, i) => YEARS.forEach((y, yi) => out.push([y, i + 1, PAIRS[k.pairs[yi]][2]])));
  return out;
}

/** The same KPIs in each layout of kpi-rules.md §1, with the order its KPIs are read in. */
const RENDER: Record<Exclude<Layout, "next-target">, (s: Sheet) => { rows: CellValue[][]; merges?: MergedRange[]; order: "year-first" | "no-first" }> = {
  table: (s) => ({
    rows: [["年度", "No", "取組項目", "目標", "実績"], ...YEARS.flatMap((y, yi) => s.kpis.map((k, i) => [`${y}年度`, i + 1, k.title, PAIRS[k.pairs[yi]][0], PAIRS[k.pairs[yi]][1]]))],
    order: "year-first",
  }),
  wide: (s) => ({
    rows: [
      ["No", "取組項目", ...YEARS.flatMap((y) => [`${y}年度目標`, `${y}年度実績`])],
      ...s.kpis.map((k, i) => [i + 1, k.title, ...k.pairs.flatMap((p) => [PAIRS[p][0], PAIRS[p][1]])]),
    ],
    order: "no-first",
  }),
  "two-row-header": (s) => ({
    rows: [
      ["No", "取組項目", "目標", null, "結果", null],
      [null, null, ...YEARS.map((y) => `${y}年度`), ...YEARS.map((y) => `${y}年度`)],
      ...s.kpis.map((k, i) => [i + 1, k.title, ...k.pairs.map((p) => PAIRS[p][0]), ...k.pairs.map((p) => PAIRS[p][1])]),
    ],
    merges: [
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 2, right: 2 },
      { top: 1, left: 3, bottom: 1, right: 4 },
      { top: 1, left: 5, bottom: 1, right: 6 },
    ],
    order: "no-first",
  }),
  transposed: (s) => ({
    rows: [
      [null, ...s.kpis.map((k) => k.title)],
      ...YEARS.flatMap((y, yi) => [
        [`${y}年度目標`, ...s.kpis.map((k) => PAIRS[k.pairs[yi]][0])],
        [`${y}年度結果`, ...s.kpis.map((k) => PAIRS[k.pairs[yi]][1])],
      ]),
    ],
    order: "no-first",
  }),
  blocks: (s) => ({
    rows: YEARS.flatMap((y, yi) => [
      [`${y}年度`],
      ...s.kpis.flatMap((k, i) => [
        [i + 1, k.title],
        ["目標", PAIRS[k.pairs[yi]][0], `結果(${y}年度)`, PAIRS[k.pairs[yi]][1]],
      ]),
    ]),
    order: "year-first",
  }),
};

const LAYOUTS = Object.keys(RENDER) as (keyof typeof RENDER)[];

describe("every layout reads the same KPIs into the same statuses (generated sheets)", () => {
  it.each(LAYOUTS)("%s", (layout) => {
    fc.assert(
      fc.property(sheetArb, (sheet) => {
        const { rows, merges, order } = RENDER[layout](sheet);
        const result = checkSheet(snapshotFromRows("KPI", rows, { merges }), { asOf: AS_OF });
        expect(result.layout).toBe(layout);
        expect(result.kpis.map((k) => [k.fiscalYear, k.no, k.status])).toEqual(expected(sheet, order));
      }),
      { seed: 13, numRuns: 60 },
    );
  });
});

describe("round trips of generated workbooks in every layout: check → --out → check the copy", () => {
  const dir = mkdtempSync(join(tmpdir(), "kpi-layout-prop-"));
  const cli = async (args: string[]) => {
    let out = "";
    await main(args, { stdout: (s) => void (out += s), stderr: () => undefined, today: () => AS_OF });
    return out;
  };
  const statuses = async (file: string) => JSON.parse(await cli([file, "--json", "--as-of", AS_OF])).kpis.map((k: { status: string }) => k.status);

  it.each(LAYOUTS)("%s", async (layout) => {
    await fc.assert(
      fc.asyncProperty(sheetArb, async (sheet) => {
        const { rows, merges } = RENDER[layout](sheet);
        const shape: AgencyShape = { name: layout, sheetName: "KPI", rows, merges, layout, expected: [] };
        const input = join(dir, `${layout}.xlsx`);
        const out = join(dir, `${layout}.out.xlsx`);
        writeFileSync(input, await shapeWorkbook(shape));
        const before = await statuses(input);
        await cli([input, "--out", out, "--as-of", AS_OF]);
        expect(await statuses(out)).toEqual(before);
      }),
      { seed: 13, numRuns: 4 },
    );
  });
});
