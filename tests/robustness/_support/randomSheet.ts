/**
 * Random KPI sheets for the pipeline properties: a table or blocks layout (or noise) of KPIs written in the ways
 * sheets hold them — fiscal years as text, numbers, 令和 or dates; Nos as numbers, text or ①; results as percent
 * numbers, formulas with cached results, rich text — then spoilt cell by cell with Excel errors, booleans, dates,
 * numbers as text, long and hostile texts, plus merged cells and hidden rows. One model, two renderings
 * (renderSheet.ts): a SheetSnapshot (fast) and a real .xlsx written by exceljs.
 */
import fc from "fast-check";
import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import { HOSTILE_CHARACTERS, KPI_TEXTS } from "./texts";
import { kpiPair, resultText, targetText } from "./kpiPairs";

/** One cell of the model. */
export type ModelCell =
  | null
  | { t: "s"; v: string }
  | { t: "n"; v: number; fmt: string }
  | { t: "d"; v: number; fmt: string }
  | { t: "b"; v: boolean }
  | { t: "e"; v: string }
  | { t: "f"; formula: string; result: number | string | boolean | { error: string } | null; fmt: string }
  | { t: "r"; runs: string[] };

/** A sheet: cells from `origin`, merges and hidden rows relative to the grid (0-based). */
export interface SheetModel {
  name: string;
  origin: { row: number; col: number };
  cells: ModelCell[][];
  merges: { top: number; left: number; bottom: number; right: number }[];
  hiddenRows: number[];
  layout: "table" | "blocks" | "noise";
}

const ERRORS = ["#N/A", "#DIV/0!", "#REF!", "#NAME?", "#VALUE!", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"];
const NUMBER_FORMATS = ["General", "0.00%", "0.0%", '#,##0"名"', "0.0", "#,##0", '0"件"', "@"];
const DATE_FORMATS = ["yyyy/m/d", 'yyyy"年"m"月"d"日"', '[$-411]ggge"年"m"月"d"日"', "mm-dd-yy"];
/** Excel serials of 2000-01-01 … 2030-12-31. */
const serial = fc.integer({ min: 36526, max: 47848 });

const s = (v: string): ModelCell => ({ t: "s", v });
const text = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...KPI_TEXTS) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...HOSTILE_CHARACTERS, "年度", "No", "目標"), { maxLength: 8 }).map((p) => p.join("")) },
  { weight: 1, arbitrary: fc.constantFrom("x".repeat(3000), "お客様".repeat(1000), "<script>alert(1)</script>", "=1+1", "'2023", '"引用"') },
);

/** A cell that spoils any other: errors, booleans, dates, numbers (also as text), formulas, rich text, junk. */
export const spoilt: fc.Arbitrary<ModelCell> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...ERRORS).map((v): ModelCell => ({ t: "e", v })),
  fc.boolean().map((v): ModelCell => ({ t: "b", v })),
  fc.tuple(serial, fc.constantFrom(...DATE_FORMATS)).map(([v, fmt]): ModelCell => ({ t: "d", v, fmt })),
  fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(...NUMBER_FORMATS)).map(([v, fmt]): ModelCell => ({ t: "n", v, fmt })),
  fc.integer({ min: -10, max: 3000 }).map((n) => s(String(n))),
  fc
    .tuple(fc.oneof(fc.constantFrom(...ERRORS).map((error) => ({ error })), fc.double({ noNaN: true, min: -1, max: 1 }), text, fc.constant(null)), fc.constantFrom(...NUMBER_FORMATS))
    .map(([result, fmt]): ModelCell => ({ t: "f", formula: "IFERROR(A1/B1,0)", result, fmt })),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((runs): ModelCell => ({ t: "r", runs })),
  text.map(s),
);

/** A fiscal year as sheets write it. */
const fiscalYearCell = fc.tuple(fc.integer({ min: 2019, max: 2026 }), fc.nat(6), serial).map(([y, how, d]): ModelCell => {
  if (how === 0) return { t: "n", v: y, fmt: "General" };
  if (how === 1) return s(`FY${y}`);
  if (how === 2) return s(`令和${y - 2018}年度`);
  if (how === 3) return { t: "d", v: d, fmt: DATE_FORMATS[0] };
  if (how === 4) return s(String(y));
  return s(`${y}年度`);
});
const noCell = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.nat(3)).map(([n, how]): ModelCell =>
  how === 0 ? { t: "n", v: n, fmt: "General" } : how === 1 ? s(String(n)) : how === 2 ? s("①②③④⑤⑥⑦⑧⑨⑩⑪⑫"[n - 1]) : s(`No.${n}`),
);
/** A target and its result, from the judgement generator or the real-world texts, the result in any cell form. */
const targetAndResult = fc.oneof(
  kpiPair.map((p): [ModelCell, ModelCell] => [s(targetText(p)), s(resultText(p))]),
  fc.tuple(fc.constantFrom(...KPI_TEXTS), fc.constantFrom(...KPI_TEXTS)).map(([t, r]): [ModelCell, ModelCell] => [s(t), s(r)]),
  fc.tuple(fc.constantFrom("対面募集率:75%", "早期更改率80.0%以上", "解約率3%"), fc.double({ min: 0, max: 1, noNaN: true })).map(([t, v]): [ModelCell, ModelCell] => [s(t), { t: "n", v, fmt: "0.00%" }]),
  fc.tuple(fc.constantFrom("4,900名以上", "回答数:200件"), fc.integer({ min: 0, max: 9000 })).map(([t, v]): [ModelCell, ModelCell] => [s(t), { t: "f", formula: "SUM(B2:B9)", result: v, fmt: '#,##0"名"' }]),
  fc.tuple(fc.constantFrom(...KPI_TEXTS), fc.array(fc.constantFrom(...KPI_TEXTS), { minLength: 2, maxLength: 3 })).map(([t, runs]): [ModelCell, ModelCell] => [s(t), { t: "r", runs }]),
);

interface Kpi {
  fiscalYear: ModelCell;
  no: ModelCell;
  title: ModelCell;
  description: ModelCell;
  scope: ModelCell;
  target: ModelCell;
  result: ModelCell;
  commitment: ModelCell;
}
const kpi: fc.Arbitrary<Kpi> = fc
  .record({
    fiscalYear: fiscalYearCell,
    no: noCell,
    title: text.map(s),
    description: fc.option(text.map(s), { nil: null }),
    scope: fc.option(fc.constantFrom("お客様", "全種目", "社員", "自動車保険").map(s), { nil: null }),
    pair: fc.option(targetAndResult, { nil: null }),
    commitment: fc.option(text.map(s), { nil: null }),
  })
  .map(({ pair, ...k }) => ({ ...k, target: pair?.[0] ?? null, result: pair?.[1] ?? null }));

const FIELD_ORDER = ["fiscalYear", "no", "title", "description", "scope", "target", "result", "commitment"] as const;
const alias = (field: string) => fc.constantFrom(...(BUILT_IN_SCHEMA.fields.find((f) => f.name === field)?.aliases ?? [field]));

/** The table layout: junk rows, a header of random aliases in a random column order with extra columns, KPI rows. */
const tableLayout = fc
  .tuple(
    fc.array(fc.array(spoilt, { maxLength: 3 }), { maxLength: 4 }),
    fc.shuffledSubarray([...FIELD_ORDER, "担当者", "メモ"], { minLength: 3 }),
    fc.array(kpi, { maxLength: 10 }),
  )
  .chain(([junk, columns, kpis]) =>
    fc.tuple(...columns.map((c) => (c === "担当者" || c === "メモ" ? fc.constant(c) : alias(c)))).map((header): ModelCell[][] => [
      ...junk,
      header.map(s),
      ...kpis.map((k) => columns.map((c) => (c in k ? k[c as keyof Kpi] : s("田中")))),
    ]),
  );

/** The blocks layout as pasted from a website: a year heading, then five rows per KPI (some left out). */
const blocksLayout = fc.array(kpi, { maxLength: 8 }).map((kpis): ModelCell[][] => {
  const rows: ModelCell[][] = [[s("お客さま本位の業務運営方針と重要業績評価指数(KPI)")]];
  let year = "";
  for (const k of kpis) {
    const heading = k.fiscalYear && k.fiscalYear.t === "s" ? k.fiscalYear.v : "2023年度";
    if (heading !== year) rows.push([s((year = heading))]);
    rows.push([k.no, k.title]);
    if (k.description) rows.push([k.description]);
    if (k.scope) rows.push([s("対象"), k.scope]);
    if (k.target) rows.push(k.result ? [s("目標"), k.target, s(`結果(${year})`), k.result] : [s("目標"), k.target]);
    if (k.commitment) rows.push([k.commitment]);
  }
  return rows;
});

const noiseLayout = fc.array(fc.array(spoilt, { maxLength: 8 }), { maxLength: 12 });

/** Non-overlapping merges inside a grid of the given size (Excel and exceljs refuse overlapping ones). */
function mergesIn(height: number, width: number): fc.Arbitrary<SheetModel["merges"]> {
  if (height === 0 || width === 0) return fc.constant([]);
  const rect = fc.tuple(fc.nat(height - 1), fc.nat(width - 1), fc.nat(3), fc.nat(3)).map(([top, left, h, w]) => ({
    top,
    left,
    bottom: Math.min(height - 1, top + h),
    right: Math.min(width - 1, left + w),
  }));
  return fc.array(rect, { maxLength: 4 }).map((rects) => {
    const kept: SheetModel["merges"] = [];
    for (const r of rects) {
      const single = r.top === r.bottom && r.left === r.right;
      const overlaps = kept.some((k) => r.top <= k.bottom && k.top <= r.bottom && r.left <= k.right && k.left <= r.right);
      if (!single && !overlaps) kept.push(r);
    }
    return kept;
  });
}

/** A random sheet: a layout, spoilt cells, merges, hidden rows, somewhere on the sheet. */
export const sheetModel: fc.Arbitrary<SheetModel> = fc
  .tuple(
    fc.oneof(
      tableLayout.map((cells) => ({ cells, layout: "table" as const })),
      blocksLayout.map((cells) => ({ cells, layout: "blocks" as const })),
      noiseLayout.map((cells) => ({ cells, layout: "noise" as const })),
    ),
    fc.array(fc.tuple(fc.nat(40), fc.nat(10), spoilt), { maxLength: 6 }),
    fc.record({ row: fc.integer({ min: 1, max: 30 }), col: fc.integer({ min: 1, max: 6 }) }),
    fc.constantFrom("KPI", "Sheet1", "2024年度KPI", "KPI 一覧"),
  )
  .chain(([{ cells, layout }, spoils, origin, name]) => {
    const grid = cells.map((row) => [...row]);
    for (const [r, c, cell] of spoils) {
      if (grid.length === 0) break;
      const row = grid[r % grid.length];
      row[c % Math.max(1, row.length + 1)] = cell;
    }
    const height = grid.length;
    const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
    const padded = grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
    return fc.tuple(mergesIn(height, width), fc.uniqueArray(fc.nat(Math.max(0, height - 1)), { maxLength: 3 })).map(([merges, hiddenRows]) => ({
      name,
      origin,
      cells: padded,
      merges,
      hiddenRows: height === 0 ? [] : hiddenRows,
      layout,
    }));
  });
