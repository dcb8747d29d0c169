import seed from "../../fixtures/excel/seed-table.json";
import { FakeBook } from "./FakeBook";

/** The seed agency's 24 KPIs (2021–2024) in the table layout: header + rows, real strings. */
export const SEED_HEADER: string[] = seed.header;
export const SEED_ROWS: (string | number)[][] = seed.rows;

/** Options of {@link seedBook}. */
export interface SeedBookOptions {
  /** Number of KPI rows; the seed's 24 repeat with later fiscal years (default 24). */
  kpis?: number;
  /** Put the KPI range in an Excel Table. */
  table?: boolean;
  /** Write 2023 No 2's result as Excel holds it: 0.6 formatted `0.00%`, shown `60.00%`. */
  percentCell?: boolean;
  sheetName?: string;
}

/**
 * A fake workbook with the seed's KPI table on sheet `KPI` (header in row 1), scaled to any number of rows by
 * repeating the seed's KPIs under later fiscal years — the strings stay the seed's.
 *
 * @example seedBook({ kpis: 1000, table: true })
 */
export function seedBook(options: SeedBookOptions = {}): FakeBook {
  const n = options.kpis ?? SEED_ROWS.length;
  const rows: (string | number)[][] = [];
  for (let i = 0; i < n; i++) {
    const base = SEED_ROWS[i % SEED_ROWS.length];
    const round = Math.floor(i / SEED_ROWS.length);
    const year = Number(String(base[0]).slice(0, 4)) + round * 4;
    rows.push([`${year}年度`, ...base.slice(1)]);
  }
  const book = new FakeBook();
  const name = options.sheetName ?? "KPI";
  const sheet = book.addSheet(name, [SEED_HEADER, ...rows]);
  if (options.percentCell) {
    const r = 1 + SEED_ROWS.findIndex((row) => row[0] === "2023年度" && row[1] === 2) + 1;
    Object.assign(sheet.cell(r, 7), { value: 0.6, numberFormat: "0.00%", text: "60.00%" });
  }
  if (options.table) {
    book.tables.push({ name: "KpiTable", sheet: name, rect: { top: 1, left: 1, bottom: n + 1, right: SEED_HEADER.length }, showHeaders: true, showTotals: false });
  }
  return book;
}

/**
 * The seed's KPIs kept as agencies with one sheet per fiscal year keep them: a sheet `2021年度`, `2022年度`, … each
 * holding that year's rows without the 年度 column (the year is in the sheet's name), scaled like {@link seedBook}.
 *
 * @example yearSheetsBook().sheets.map((s) => s.name) // ["2021年度", "2022年度", "2023年度", "2024年度"]
 */
export function yearSheetsBook(options: Pick<SeedBookOptions, "kpis"> = {}): FakeBook {
  const rows = seedBook(options).grid("KPI", `A2:H${(options.kpis ?? SEED_ROWS.length) + 1}`);
  const byYear = new Map<string, (string | number | boolean | null)[][]>();
  for (const [year, ...rest] of rows) byYear.set(String(year), [...(byYear.get(String(year)) ?? []), rest]);
  const book = new FakeBook();
  for (const [year, yearRows] of [...byYear].sort(([a], [b]) => a.localeCompare(b))) book.addSheet(year, [SEED_HEADER.slice(1), ...yearRows]);
  return book;
}
