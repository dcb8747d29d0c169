/*
 * The seed page's 24 KPIs (tests/fixtures/seed/seed-kpis.json, shared with the sample workbook) and the sheets
 * built from them; the page itself, as pasted into Excel, is tests/fixtures/layouts/seed-page.txt.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { CellValue } from "../../../../src/core/SheetSnapshot";
import type { KpiRecord } from "../../../../src/core/KpiRecord";
import type { SeedKpi } from "../../../_helpers/seedKpis";

const FIXTURES = join(__dirname, "../../../fixtures");


export { seedKpis, type SeedKpi } from "../../../_helpers/seedKpis";

/** The seed page as pasted into Excel: every line a row, every `|`-separated part a cell (trimmed). */
export function seedPageRows(): CellValue[][] {
  return readFileSync(join(FIXTURES, "layouts/seed-page.txt"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => line.split("|").map((cell) => cell.trim()));
}

export const TABLE_HEADER = ["年度", "No", "取組項目", "取組内容", "対象", "目標", "結果", "方針"];

/** The canonical table layout of KPIs: header row, then one row per KPI. */
export function tableRows(kpis: SeedKpi[]): CellValue[][] {
  return [
    TABLE_HEADER,
    ...kpis.map((k) => [k.fiscalYear, k.no, k.title, k.description, k.scope, k.target, k.result, k.commitment]),
  ];
}

/** The blocks layout of KPIs, row for row as the seed page shows it (rows the page leaves out are left out). */
export function blocksRows(kpis: SeedKpi[]): CellValue[][] {
  const rows: CellValue[][] = [];
  let year: string | undefined;
  for (const k of kpis) {
    if (k.fiscalYear !== year) rows.push([(year = k.fiscalYear)]);
    rows.push([k.no, k.title]);
    if (k.description !== null) rows.push([k.description]);
    if (k.scope !== null) rows.push(["対象", k.scope]);
    if (k.target !== null)
      rows.push(k.result === null ? ["目標", k.target] : ["目標", k.target, `結果(${k.fiscalYear})`, k.result]);
    if (k.commitment !== null) rows.push([k.commitment]);
  }
  return rows;
}

/** The texts of the KPI fields of records, a field the record lacks read as "". */
export function recordTexts(records: KpiRecord[]): Record<string, string>[] {
  const names = ["fiscalYear", "no", "title", "description", "scope", "target", "result", "commitment"] as const;
  return records.map((r) => Object.fromEntries(names.map((n) => [n, r.fields[n]?.text ?? ""])));
}

/** The texts the seed fixture gives, in the shape of {@link recordTexts}. */
export function seedTexts(kpis: SeedKpi[]): Record<string, string>[] {
  return kpis.map((k) => ({
    fiscalYear: k.fiscalYear,
    no: String(k.no),
    title: k.title,
    description: k.description ?? "",
    scope: k.scope ?? "",
    target: k.target ?? "",
    result: k.result ?? "",
    commitment: k.commitment ?? "",
  }));
}
