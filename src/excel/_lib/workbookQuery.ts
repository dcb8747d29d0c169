import type { WorkbookInfo } from "../../core/WorkbookPort";
import { chartsOf } from "./chartsOf";

/** The proxies the workbook's facts are loaded into, in the caller's sync. */
export interface WorkbookQuery {
  active: Excel.Worksheet;
  sheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
  /** Every Excel Table of the workbook. */
  allTables: Excel.TableCollection;
}

/**
 * Queues, without syncing, the load of the workbook's facts: the active sheet's name, every sheet's name and its
 * charts' names (ExcelApi 1.1: a sheet the add-in replaces, 推移, gets its old charts deleted), the defined names
 * and every table with its sheet. `sheetProps` loads more of each sheet (`items/visibility`).
 *
 * @example const q = queueWorkbookQuery(context); await context.sync(); workbookInfoOf(q)
 */
export function queueWorkbookQuery(context: Excel.RequestContext, sheetProps: readonly string[] = []): WorkbookQuery {
  const book = context.workbook;
  const active = book.worksheets.getActiveWorksheet();
  active.load("name");
  const sheets = book.worksheets;
  sheets.load(["items/name", ...sheetProps, "items/charts/items/name"].join(", "));
  const names = book.names;
  names.load("items/name, items/formula");
  const allTables = book.tables;
  allTables.load("items/name, items/worksheet/name");
  return { active, sheets, names, allTables };
}

/**
 * The defined names as loaded (`items/name, items/formula`): each name and what it refers to.
 *
 * @example definedNamesOf(names) // [{ name: "KpiCheck_Status", ref: "='KPI'!$I$1:$I$25" }]
 */
export function definedNamesOf(names: Excel.NamedItemCollection): WorkbookInfo["names"] {
  return names.items.map((n) => ({ name: n.name, ref: String(n.formula ?? "") }));
}

/**
 * The defined names as the engine's sheet choice takes them: name → reference without its leading `=`.
 *
 * @example definedNamesRecord(names) // { KpiCheck_Status: "'KPI'!$I$1:$I$25" }
 */
export function definedNamesRecord(names: Excel.NamedItemCollection): Record<string, string> {
  return Object.fromEntries(definedNamesOf(names).map((n) => [n.name, n.ref.replace(/^=/, "")]));
}

/**
 * The workbook's facts once {@link queueWorkbookQuery}'s load is synced, with the protection the caller read (none
 * when it read none).
 *
 * @example workbookInfoOf(q, { sheet: false, structure: true }).structureProtected // true
 */
export function workbookInfoOf(q: WorkbookQuery, protection: { sheet: boolean; structure: boolean } = { sheet: false, structure: false }): WorkbookInfo {
  return {
    sheets: q.sheets.items.map((s) => s.name),
    activeSheet: q.active.name,
    names: definedNamesOf(q.names),
    tables: q.allTables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    ...chartsOf(q.sheets),
    sheetProtected: protection.sheet,
    structureProtected: protection.structure,
  };
}
