import { chooseName, nameKey } from "./_lib/chooseName";
import type { Rect } from "../Rect";
import type { SheetSnapshot } from "../SheetSnapshot";
import { shownText } from "./_lib/occupied";
import { parseReference } from "./_lib/parseReference";
import type { ExistingWorkbook } from "./WriteOptions";

/**
 * The defined names that mark what the add-in owns. A sheet marker refers to A1 of the owned sheet; a column
 * marker (`KpiCheck_Status`, `KpiCheck_Status2`, … one per KPI sheet) to the owned column from its header to the
 * last KPI row; a status line per fiscal year adds the year (`KpiCheck_Status_2023`, `KpiCheck_Status2_2023`). Excel moves them along when the user renames a sheet or inserts rows and columns.
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
 * Where a sheet of the add-in's own goes: the sheet it wrote earlier (found by its marker) that it replaces, and
 * the name the new one gets: `base`, or `base (2)`, … when another sheet already has that name.
 *
 * @example ownSheetName(existing, OWNER_NAMES.disclosureSheet, "開示用") // { owned: "開示用", name: "開示用" }
 */
export function ownSheetName(existing: ExistingWorkbook, ownerName: string, base: string): { owned: string | undefined; name: string } {
  const owned = ownedSheet(existing, ownerName);
  const name = chooseName(base, (n) => existing.sheetNames.some((s) => s !== owned && nameKey(s) === nameKey(n)));
  return { owned, name };
}

/**
 * Every status line the add-in owns on a sheet (a column per year of a wide table, a row per year of a transposed
 * one, the status column of a table or blocks): what readers leave out, so that a re-run never reads the add-in's
 * own output as input. Given the sheet's cells, a line the user wrote over ({@link takenOver}) is not left out.
 *
 * @example findOwnedLines("KPI", { KpiCheck_Status: "'KPI'!$J$1:$J$25" }) // { columns: [10], rows: [] }
 */
export function findOwnedLines(
  sheet: string,
  definedNames: Record<string, string>,
  snapshot?: SheetSnapshot,
): { columns: number[]; rows: number[] } {
  const columns: number[] = [];
  const rows: number[] = [];
  for (const line of ownedStatusLines(sheet, definedNames)) {
    if (snapshot && takenOver(line, snapshot)) continue;
    const { top, left, right } = line.rect;
    if (left === right) columns.push(left);
    else rows.push(top);
  }
  return { columns, rows };
}

/**
 * Whether the user wrote over a status line the add-in owns: its header cell (the top-left cell of its marker's
 * reference) holds a text that is no status header (`達成状況…`, `Status…`). Such a line is the user's again:
 * read as data, never written over (its marker is given up, its cells kept).
 *
 * @example takenOver({ ownerName: "KpiCheck_Status_2024", year: 2024, rect: I1:I3 }, snapshot) // true when I1 reads 2025年度目標
 */
export function takenOver(line: OwnedLine, snapshot: SheetSnapshot | undefined): boolean {
  const text = nameKey(shownText(snapshot, line.rect.top, line.rect.left));
  return text !== "" && !STATUS_HEADER.test(text);
}

/**
 * The start of a status line's header in either language (`達成状況(2023年度)`, `Status (FY2023)`, `達成状況 (2)`):
 * how a re-run tells the add-in's own header (written in either language, or renamed past a user's `達成状況`) from
 * one the user typed over it. It mirrors `statusHeader` of src/i18n/writeback.ts, which core may not import.
 */
const STATUS_HEADER = /^(達成状況|status)/;

const STATUS_NAME = new RegExp(`^${OWNER_NAMES.statusColumn}(\\d*)(?:_(\\d{4}))?$`, "i");

/**
 * One status line (column or row) the add-in owns on a sheet: its marker name, the fiscal year it shows (from
 * the marker's `_2023` suffix; null for the one status column of a table or blocks sheet) and the cells it holds.
 *
 * @example { ownerName: "KpiCheck_Status_2023", year: 2023, rect: { top: 1, left: 9, bottom: 4, right: 9 } }
 */
export interface OwnedLine {
  ownerName: string;
  year: number | null;
  rect: Rect;
}

/**
 * The status lines the add-in owns on a sheet, found by their marker names: `KpiCheck_Status` (one column),
 * `KpiCheck_Status_2023`, `KpiCheck_Status_2024` (a line per fiscal year), with a number after `Status` on the
 * second and later sheets (`KpiCheck_Status2_2023`).
 *
 * @example ownedStatusLines("KPI", { KpiCheck_Status_2023: "'KPI'!$I$1:$I$4" })
 * // [{ ownerName: "KpiCheck_Status_2023", year: 2023, rect: { top: 1, left: 9, bottom: 4, right: 9 } }]
 */
export function ownedStatusLines(sheet: string, definedNames: Record<string, string>): OwnedLine[] {
  const out: OwnedLine[] = [];
  for (const [name, ref] of Object.entries(definedNames)) {
    const m = STATUS_NAME.exec(name);
    const parsed = m ? parseReference(ref) : undefined;
    if (!m || !parsed || nameKey(parsed.sheet) !== nameKey(sheet)) continue;
    if (parsed.left !== parsed.right && parsed.top !== parsed.bottom) continue;
    const { top, left, bottom, right } = parsed;
    out.push({ ownerName: name, year: m[2] ? Number(m[2]) : null, rect: { top, left, bottom, right } });
  }
  return out;
}

/**
 * The marker name of a sheet's status line for a fiscal year (`null`: the sheet's one status column): the
 * sheet's own number (that of a line it already has, else the first no other sheet's line uses: none, 2, 3, …)
 * and the year as a suffix.
 *
 * @example statusLineName("KPI", {}, 2023) // "KpiCheck_Status_2023"
 * @example statusLineName("R6", { KpiCheck_Status_2023: "'R5'!$I$1:$I$4" }, 2024) // "KpiCheck_Status2_2024"
 */
export function statusLineName(sheet: string, definedNames: Record<string, string>, year: number | null): string {
  const suffix = year === null ? "" : `_${year}`;
  const numbers = new Map<string, boolean>(); // sheet number → on this sheet
  for (const [name, ref] of Object.entries(definedNames)) {
    const m = STATUS_NAME.exec(name);
    const parsed = m ? parseReference(ref) : undefined;
    if (!m || !parsed) continue;
    const here = nameKey(parsed.sheet) === nameKey(sheet);
    numbers.set(m[1], (numbers.get(m[1]) ?? false) || here);
  }
  const own = [...numbers].find(([, here]) => here)?.[0];
  let n = own;
  if (n === undefined) {
    n = "";
    for (let i = 2; numbers.has(n); i++) n = String(i);
  }
  return `${OWNER_NAMES.statusColumn}${n}${suffix}`;
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
