/* Comparing records across a round trip: what a record says field by field, and which texts the blocks layout
   can carry at all. */
import { parseKpiNo } from "../../../../src/core/checks/parseKpiNo";
import { parseFiscalYear } from "../../../../src/core/fiscalYear/parseFiscalYear";
import type { JudgedKpi } from "../../../../src/core/JudgedKpi";
import { KPI_FIELDS, type KpiField, type KpiRecord } from "../../../../src/core/KpiRecord";
import { BUILT_IN_SCHEMA } from "../../../../src/core/KpiSchema";
import { matchHeader } from "../../../../src/core/layout/matchHeader";

/**
 * A text the blocks layout can carry. The layout tells rows apart by their first cell alone, so a text that is
 * itself a fiscal year (`2023`), a KPI No (`5`) or a label (`対象`, `結果`) would start a heading, a block or a label
 * row when read back: such texts cannot round-trip through the website's layout (nor through the seed page).
 */
export function blocksCanCarry(text: string): boolean {
  const t = text.trim();
  return (
    parseFiscalYear(t, t, BUILT_IN_SCHEMA) === undefined &&
    parseKpiNo(t, t) === undefined &&
    matchHeader(t, BUILT_IN_SCHEMA, { affix: false }) === undefined
  );
}

/** What a record says, field by field: the fiscal year and No as numbers, texts as shown; absent reads as "". */
export function fieldsOf(record: KpiRecord, fields: readonly KpiField[] = KPI_FIELDS): Record<string, string> {
  return Object.fromEntries(
    fields.map((f) => {
      const cell = record.fields[f];
      if (f === "fiscalYear") return [f, String(parseFiscalYear(cell?.value ?? null, cell?.text ?? "", BUILT_IN_SCHEMA))];
      if (f === "no") return [f, String(parseKpiNo(cell?.value, cell?.text ?? ""))];
      return [f, cell?.text ?? ""];
    }),
  );
}

/** The records of judged KPIs in disclosure order: fiscal year newest first, then No. */
export const inDisclosureOrder = (kpis: JudgedKpi[]): KpiRecord[] =>
  [...kpis].sort((a, b) => b.fiscalYear! - a.fiscalYear! || a.no! - b.no!).map((k) => k.record);
