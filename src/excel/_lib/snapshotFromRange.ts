import type { CellValue, MergedRange, SheetSnapshot } from "../../core/SheetSnapshot";
import { fromExcelValue } from "./cellValue";
import { locateTable, pickTable, type TableFacts } from "./locateTable";
import { parseRangeAddress } from "../../core/parseRangeAddress";
import { parseAreasAddress } from "./parseAreasAddress";

/**
 * The properties of a used range after one `load("address, values, text, numberFormat")` and `context.sync()`,
 * or null for an empty sheet.
 */
export interface LoadedRange {
  address: string;
  values: unknown[][];
  text: string[][];
  numberFormat: unknown[][];
}

/** What else the read loaded: the merged areas' address (null when unknown) and the tables of the sheet. */
export interface LoadedExtras {
  mergedAreas?: string | null;
  tables?: TableFacts[];
}

/**
 * Turns what Office.js loaded for a sheet's used range into the engine's {@link SheetSnapshot}: sheet
 * coordinates from the address, `""` → null, error codes → `{ error }`, the merged areas that touch the block,
 * and the largest Excel Table located on it.
 *
 * @example
 * snapshotFromRange("KPI", { address: "KPI!B2:C2", values: [[2023, ""]], text: [["2023", ""]], numberFormat: [["General", "General"]] })
 * // { sheetName: "KPI", origin: { row: 2, col: 2 }, values: [[2023, null]], texts: [["2023", ""]], numberFormats: [["General", "General"]] }
 */
export function snapshotFromRange(sheetName: string, range: LoadedRange | null, extras: LoadedExtras = {}): SheetSnapshot {
  if (!range) return { sheetName, origin: { row: 1, col: 1 }, values: [], texts: [], numberFormats: [] };
  const rect = parseRangeAddress(range.address);
  const origin = rect ? { row: rect.top, col: rect.left } : { row: 1, col: 1 };
  const values: CellValue[][] = range.values.map((row, r) => row.map((v, c) => fromExcelValue(v, range.text[r]?.[c] ?? "")));
  const texts = range.text.map((row) => row.map((t) => (t === null || t === undefined ? "" : String(t))));
  const numberFormats = range.numberFormat.map((row) => row.map((f) => (typeof f === "string" && f !== "" ? f : "General")));
  const snapshot: SheetSnapshot = { sheetName, origin, values, texts, numberFormats };
  const merges = mergesOf(extras.mergedAreas);
  if (merges.length > 0) snapshot.merges = merges;
  const located = (extras.tables ?? [])
    .map((t) => locateTable(snapshot, t))
    .filter((t): t is NonNullable<SheetSnapshot["table"]> => t !== undefined);
  const table = pickTable(located);
  if (table) snapshot.table = table;
  return snapshot;
}

function mergesOf(address: string | null | undefined): MergedRange[] {
  if (!address) return [];
  return parseAreasAddress(address)
    .filter((r) => r.bottom > r.top || r.right > r.left)
    .map(({ top, left, bottom, right }) => ({ top, left, bottom, right }));
}
