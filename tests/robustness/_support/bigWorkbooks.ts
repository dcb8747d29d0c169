/**
 * The huge hostile workbooks of issue 6, generated at test time into a temporary directory (megabytes to a hundred
 * megabytes): a zip bomb, 100,000 KPI rows, 16,384 columns, 50 MB of text.
 */
import { minimalWorkbook } from "./minimalWorkbook";
import { HEADER_XML, kpiRows } from "./seedRows";
import { tableWorkbook } from "./tableWorkbook";
import { bombStream } from "./zip";

/** A sheet whose XML inflates to 2 GiB from ~2 MB (white space, as the classic bomb's zeros), sizes declared. */
export const zipBomb = (): Uint8Array =>
  minimalWorkbook([{ name: "KPI", body: { name: "", ...bombStream(`<?xml version="1.0"?><worksheet><sheetData>${HEADER_XML}`, " ".repeat(1 << 20), 2048, "</sheetData></worksheet>") } }]);

/** 100,000 KPI rows as an `.xlsx` (shared strings, as Excel saves them). */
export const hundredThousandRows = (): Uint8Array => tableWorkbook([{ name: "KPI", rows: kpiRows(100_000) }]);

/** 100,000 KPI rows as a `.csv` (UTF-8). */
export function hundredThousandRowsCsv(): Uint8Array {
  const quote = (v: string | number | null) => (v === null ? "" : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const lines: string[] = [];
  for (const row of kpiRows(100_000)) lines.push(row.map(quote).join(","));
  return new TextEncoder().encode(lines.join("\r\n") + "\r\n");
}

/** The seed's first 6 KPIs on a sheet whose rows run through all 16,384 columns (notes and figures up to XFD). */
export const allColumns = (): Uint8Array =>
  tableWorkbook([
    {
      name: "KPI",
      rows: (function* () {
        let r = 0;
        for (const row of kpiRows(6)) {
          yield [...row, ...Array.from({ length: 16_384 - row.length }, (_, c) => (c % 7 === 0 ? `メモ${r}-${c}` : r * 16_384 + c))];
          r++;
        }
      })(),
    },
  ]);

/** The seed's KPIs with 50 MB of text: descriptions of ~32,000 characters (Excel's cell limit is 32,767). */
export function fiftyMegabytesOfText(): Uint8Array {
  const long = "お客様からのお褒めの言葉、ご不満の背景や原因の分析を行い、適切に対応するとともに、業務改善・品質向上に活かしてまいります。";
  const rows = 520; // 520 × 32,000 characters × 3 bytes (UTF-8) ≈ 50 MB
  return tableWorkbook([
    {
      name: "KPI",
      rows: (function* () {
        let i = 0;
        for (const row of kpiRows(rows)) {
          if (i++ > 0) row[3] = `${i}:${long.repeat(Math.ceil(32_000 / long.length)).slice(0, 32_000)}`;
          yield row;
        }
      })(),
    },
  ]);
}
