import type { Layout } from "../KpiRecord";
import type { KpiSchema } from "../KpiSchema";
import type { SheetSnapshot } from "../SheetSnapshot";
import type { ReadTable } from "./ReadTable";
import { ownSheets, sheetNameKey } from "../writeback/ownership";
import { readKpiTable } from "./readKpiTable";

/** What the sheet choice needs to know of a sheet without reading its cells. */
export interface SheetSummary {
  name: string;
  visibility?: "visible" | "hidden" | "veryHidden";
}

/**
 * The sheets that may hold the KPI table, in the order to try them (kpi-rules.md §1 "Which sheet"): visible sheets
 * in workbook order, then hidden ones; never the add-in's own sheets. A pure function of sheet names, so that a
 * host can read one sheet at a time in this order.
 *
 * @example candidateSheets([{ name: "旧", visibility: "hidden" }, { name: "KPI" }, { name: "開示用" }], names) // ["KPI", "旧"]
 */
export function candidateSheets(sheets: readonly SheetSummary[], definedNames: Record<string, string>): string[] {
  const own = ownSheets(definedNames);
  const usable = sheets.filter((s) => !own.has(sheetNameKey(s.name)));
  const visible = usable.filter((s) => (s.visibility ?? "visible") === "visible");
  const hidden = usable.filter((s) => (s.visibility ?? "visible") !== "visible");
  return [...visible, ...hidden].map((s) => s.name);
}

/** Options of {@link chooseKpiSheet}. */
export interface ChooseSheetOptions {
  schema: KpiSchema;
  definedNames?: Record<string, string>;
  layout?: Layout;
  fiscalYearStartMonth?: number;
}

/**
 * The sheet to check among a workbook's snapshots: the first of {@link candidateSheets} whose KPI table reads at
 * least one KPI with a target or a result, with the other candidates that also hold one (the report's
 * `otherKpiSheets`); a table of names only (a cover sheet's contents) counts only when no sheet has figures. `sheet` is
 * undefined when no sheet holds a KPI table.
 *
 * @example chooseKpiSheet(sheets, { schema: BUILT_IN_SCHEMA }) // { sheet: <KPI>, others: ["2023年度"] }
 */
export function chooseKpiSheet(
  sheets: readonly SheetSnapshot[],
  options: ChooseSheetOptions,
): { sheet: SheetSnapshot | undefined; others: string[] } {
  const byName = new Map(sheets.map((s) => [s.sheetName, s]));
  const order = candidateSheets(
    sheets.map((s) => ({ name: s.sheetName, visibility: s.visibility })),
    options.definedNames ?? {},
  );
  const withKpis: string[] = [];
  const withFigures: string[] = [];
  for (const name of order) {
    const snapshot = byName.get(name);
    if (!snapshot) continue;
    const read = readKpiTable(snapshot, options.schema, {
      layout: options.layout,
      fiscalYearStartMonth: options.fiscalYearStartMonth,
    });
    if (read.layout === null || read.records.length === 0) continue;
    withKpis.push(name);
    if (readsFigures(read)) withFigures.push(name);
  }
  // a table without any target or result (a cover sheet's contents: `No | 項目 | 内容`) only when no sheet has one
  const [first, ...others] = withFigures.length > 0 ? withFigures : withKpis;
  return { sheet: first === undefined ? undefined : byName.get(first), others };
}

const hasText = (cell: { text: string } | undefined): boolean => cell !== undefined && cell.text.trim() !== "";

/**
 * Whether a sheet's reading holds a KPI with a target or a result: a table of names only (a cover sheet's contents,
 * `No | 項目 | 内容`) holds none, and is a KPI sheet only when no sheet of the workbook has figures.
 *
 * @example readsFigures(readKpiTable(cover)) // false
 */
export function readsFigures(read: ReadTable): boolean {
  return read.records.some((r) => hasText(r.fields.target) || hasText(r.fields.result));
}
