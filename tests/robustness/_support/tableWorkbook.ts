/**
 * Large workbooks written straight as XML (exceljs takes seconds to write 100,000 rows; this takes a fraction):
 * rows of texts (shared strings, as Excel saves them) and numbers.
 */
import { columnLetters } from "../../../src/core/cellAddress";
import { minimalWorkbook } from "./minimalWorkbook";

/** One sheet's rows; a row may start at a column other than A (`at`), cells are strings or numbers. */
export interface TableSheet {
  name: string;
  rows: Iterable<(string | number | null)[]>;
  /** Column of each row's first cell (1-based), default 1. */
  firstColumn?: number;
  /** Extra XML after `</sheetData>` (merges, …). */
  after?: string;
}

/**
 * The `.xlsx` bytes of the given sheets, strings shared across sheets.
 *
 * @example tableWorkbook([{ name: "KPI", rows: [["年度", "No"], ["2023年度", 1]] }])
 */
export function tableWorkbook(sheets: TableSheet[]): Uint8Array {
  const strings = new Map<string, number>();
  const index = (s: string): number => {
    let i = strings.get(s);
    if (i === undefined) strings.set(s, (i = strings.size));
    return i;
  };
  const bodies = sheets.map((sheet) => {
    const out: string[] = ["<sheetData>"];
    let r = 0;
    for (const row of sheet.rows) {
      r++;
      out.push(`<row r="${r}">`);
      row.forEach((v, c) => {
        if (v === null) return;
        const ref = `${columnLetters((sheet.firstColumn ?? 1) + c)}${r}`;
        out.push(typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="s"><v>${index(v)}</v></c>`);
      });
      out.push("</row>");
    }
    out.push("</sheetData>", sheet.after ?? "");
    return { name: sheet.name, body: out.join("") };
  });
  return minimalWorkbook(bodies, { sharedStrings: [...strings.keys()] });
}
