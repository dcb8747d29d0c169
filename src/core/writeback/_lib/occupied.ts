import type { SheetSnapshot } from "../../SheetSnapshot";

/**
 * Whether a sheet cell holds anything the user wrote (a value or shown text) or lies in a merged range,
 * according to a snapshot; cells outside the snapshot are empty.
 *
 * @example occupied(snapshot, 1, 10) // false when J1 is empty and unmerged
 */
export function occupied(snapshot: SheetSnapshot | undefined, row: number, col: number): boolean {
  if (!snapshot) return false;
  const r = row - snapshot.origin.row;
  const c = col - snapshot.origin.col;
  const value = snapshot.values[r]?.[c];
  const text = snapshot.texts[r]?.[c];
  if ((value !== null && value !== undefined && value !== "") || (text !== undefined && text !== "")) return true;
  return (snapshot.merges ?? []).some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/**
 * The shown text of a sheet cell according to a snapshot ("" outside it).
 *
 * @example shownText(snapshot, 1, 3) // "取組項目"
 */
export function shownText(snapshot: SheetSnapshot | undefined, row: number, col: number): string {
  if (!snapshot) return "";
  return snapshot.texts[row - snapshot.origin.row]?.[col - snapshot.origin.col] ?? "";
}
