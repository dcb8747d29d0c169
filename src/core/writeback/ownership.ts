import { nameKey } from "./_lib/chooseName";
import { parseReference } from "./_lib/parseReference";
import type { ExistingWorkbook } from "./WriteOptions";

/**
 * The defined names that mark what the add-in owns. A sheet marker refers to A1 of the owned sheet; a column
 * marker (`KpiCheck_Status`, `KpiCheck_Status2`, … one per KPI sheet) to the owned column from its header to the
 * last KPI row. Excel moves them along when the user renames a sheet or inserts rows and columns.
 *
 * @example OWNER_NAMES.disclosureSheet // "KpiCheck_Disclosure"
 */
export const OWNER_NAMES = {
  disclosureSheet: "KpiCheck_Disclosure",
  findingsSheet: "KpiCheck_Findings",
  trendSheet: "KpiCheck_Trend",
  statusColumn: "KpiCheck_Status",
} as const;

/**
 * The sheet a marker name points at, when that sheet still exists (by its current name).
 *
 * @example ownedSheet(existing, OWNER_NAMES.disclosureSheet) // "開示用" or undefined
 */
export function ownedSheet(existing: ExistingWorkbook, ownerName: string): string | undefined {
  const ref = existing.definedNames[ownerName];
  const parsed = ref === undefined ? undefined : parseReference(ref);
  if (!parsed) return undefined;
  return existing.sheetNames.find((s) => nameKey(s) === nameKey(parsed.sheet));
}

/**
 * The status column the add-in owns on one sheet: its marker name and where it is.
 *
 * @example { ownerName: "KpiCheck_Status", col: 10, top: 1, bottom: 25 }
 */
export interface OwnedColumn {
  ownerName: string;
  col: number;
  top: number;
  bottom: number;
}

/**
 * The status column the add-in owns on a sheet, if any: readers should leave this column out of the KPI table.
 *
 * @example findOwnedColumn("KPI", { KpiCheck_Status: "'KPI'!$J$1:$J$25" })
 * // { ownerName: "KpiCheck_Status", col: 10, top: 1, bottom: 25 }
 */
export function findOwnedColumn(sheet: string, definedNames: Record<string, string>): OwnedColumn | undefined {
  for (const [name, ref] of Object.entries(definedNames)) {
    if (!isStatusColumnName(name)) continue;
    const parsed = parseReference(ref);
    if (parsed && parsed.left === parsed.right && nameKey(parsed.sheet) === nameKey(sheet)) {
      return { ownerName: name, col: parsed.left, top: parsed.top, bottom: parsed.bottom };
    }
  }
  return undefined;
}

/**
 * Every status line the add-in owns on a sheet (a column per year of a wide table, a row per year of a transposed
 * one, the status column of a table or blocks): what readers leave out, so that a re-run never reads the add-in's
 * own output as input.
 *
 * @example findOwnedLines("KPI", { KpiCheck_Status: "'KPI'!$J$1:$J$25" }) // { columns: [10], rows: [] }
 */
export function findOwnedLines(sheet: string, definedNames: Record<string, string>): { columns: number[]; rows: number[] } {
  const columns: number[] = [];
  const rows: number[] = [];
  for (const [name, ref] of Object.entries(definedNames)) {
    if (!isStatusColumnName(name)) continue;
    const parsed = parseReference(ref);
    if (!parsed || nameKey(parsed.sheet) !== nameKey(sheet)) continue;
    if (parsed.left === parsed.right) columns.push(parsed.left);
    else if (parsed.top === parsed.bottom) rows.push(parsed.top);
  }
  return { columns, rows };
}

/**
 * A marker name for a new status column: `KpiCheck_Status`, else `KpiCheck_Status2`, … whichever no other
 * sheet's column already uses.
 *
 * @example newStatusColumnName({ KpiCheck_Status: "'Other'!$F$1:$F$9" }) // "KpiCheck_Status2"
 */
export function newStatusColumnName(definedNames: Record<string, string>): string {
  // A marker whose reference no longer parses (`#REF!`: its sheet was deleted) is free again.
  const taken = new Set(
    Object.entries(definedNames)
      .filter(([, ref]) => parseReference(ref) !== undefined)
      .map(([n]) => n.toLowerCase()),
  );
  const base = OWNER_NAMES.statusColumn;
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}${i}`.toLowerCase())) return `${base}${i}`;
}

function isStatusColumnName(name: string): boolean {
  return new RegExp(`^${OWNER_NAMES.statusColumn}\\d*$`, "i").test(name);
}

/**
 * The names of the sheets the add-in wrote itself (開示用, 指摘一覧 / 検証結果, 推移), found through their defined
 * names (`KpiCheck_Disclosure`, `KpiCheck_Findings`, `KpiCheck_Trend`): never a KPI sheet to read.
 *
 * @example ownSheets({ KpiCheck_Disclosure: "'開示用'!$A$1" }) // Set { "開示用" }
 */
export function ownSheets(definedNames: Record<string, string>): Set<string> {
  const own = new Set<string>();
  for (const name of [OWNER_NAMES.disclosureSheet, OWNER_NAMES.findingsSheet, OWNER_NAMES.trendSheet]) {
    const ref = definedNames[name];
    const parsed = ref === undefined ? undefined : parseReference(ref);
    if (parsed) own.add(nameKey(parsed.sheet));
  }
  return own;
}

/**
 * A sheet name as Excel compares them (case- and width-insensitive), for lookups in {@link ownSheets}.
 *
 * @example sheetNameKey("ＫＰＩ") === sheetNameKey("kpi") // true
 */
export function sheetNameKey(name: string): string {
  return nameKey(name);
}
