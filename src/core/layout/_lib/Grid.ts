import type { FieldCell } from "../../KpiRecord";
import type { CellValue, MergedRange, SheetSnapshot } from "../../SheetSnapshot";

/**
 * Read access to a snapshot in sheet coordinates (1-based), aware of merged ranges. Built once per read; the merge
 * index is by row, so a lookup costs the merges of that row only.
 */
export interface Grid {
  top: number;
  left: number;
  /** Last row and column of the snapshot (top − 1 / left − 1 when it is empty). */
  bottom: number;
  right: number;
  /** The Excel Table of the snapshot, if it has one with sane coordinates. */
  table?: SheetSnapshot["table"];
  /** What the cell itself holds (a merge's other cells hold nothing). */
  value(row: number, col: number): CellValue;
  /** What the cell itself shows: its text, or a string value when no text was given. */
  text(row: number, col: number): string;
  /** True when the cell itself holds nothing but white space. */
  isBlank(row: number, col: number): boolean;
  /** The merged range containing the cell, if any. */
  mergeAt(row: number, col: number): MergedRange | undefined;
  /** The cell as a record field: a cell inside a merge reads the merge's top-left cell. */
  fieldCell(row: number, col: number): FieldCell;
  /** The text of {@link Grid.fieldCell}, without building the cell. */
  fieldText(row: number, col: number): string;
}

/** Excel's error values, as text pasted as values or exported to CSV writes them. */
const ERROR_TEXT = /^#(?:DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** A cell's value, an error written as text read as the error it shows (kpi-rules.md §1 "Error texts"). */
function cellValue(v: CellValue | undefined): CellValue {
  if (v === undefined) return null;
  if (typeof v === "string" && v.length <= 16 && v.length > 2) {
    const t = v.trim();
    if (t.charCodeAt(0) === 35 && ERROR_TEXT.test(t.toUpperCase())) return { error: t.toUpperCase(), pasted: true };
  }
  return v;
}

/** A range with integer 1-based corners in order (anything else in a snapshot is ignored). */
function saneRange(r: MergedRange): boolean {
  const ok = [r.top, r.left, r.bottom, r.right].every((n) => Number.isInteger(n) && n >= 1);
  return ok && r.bottom >= r.top && r.right >= r.left;
}

/**
 * Wraps a snapshot for reading.
 *
 * @example createGrid(snapshotFromRows("KPI", [["年度"]])).text(1, 1) // "年度"
 */
export function createGrid(snapshot: SheetSnapshot): Grid {
  const { values, texts, numberFormats } = snapshot;
  const top = snapshot.origin.row;
  const left = snapshot.origin.col;
  const bottom = top + values.length - 1;
  const right = left + values.reduce((w, r) => Math.max(w, r.length), 0) - 1;
  const mergesByRow = new Map<number, MergedRange[]>();
  for (const m of snapshot.merges ?? []) {
    if (!saneRange(m) || (m.bottom === m.top && m.right === m.left)) continue;
    for (let r = Math.max(m.top, top); r <= Math.min(m.bottom, bottom); r++) {
      const list = mergesByRow.get(r);
      if (list) list.push(m);
      else mergesByRow.set(r, [m]);
    }
  }

  const value = (row: number, col: number): CellValue => cellValue(values[row - top]?.[col - left]);
  const text = (row: number, col: number): string => {
    const t = texts[row - top]?.[col - left];
    if (t !== undefined && t !== "") return t;
    const v = value(row, col);
    return typeof v === "string" ? v : (t ?? "");
  };
  const mergeAt = (row: number, col: number): MergedRange | undefined => {
    const list = mergesByRow.get(row);
    if (!list) return undefined;
    for (const m of list) if (col >= m.left && col <= m.right) return m;
    return undefined;
  };
  return {
    top,
    left,
    bottom,
    right,
    table: snapshot.table && saneRange(snapshot.table) ? snapshot.table : undefined,
    value,
    text,
    mergeAt,
    isBlank(row, col) {
      const v = value(row, col);
      if (v !== null && typeof v !== "string") return false;
      return (v === null || v.trim() === "") && text(row, col).trim() === "";
    },
    fieldCell(row, col) {
      const m = mergesByRow.size ? mergeAt(row, col) : undefined;
      const r = m ? m.top : row;
      const c = m ? m.left : col;
      const v = cellValue(values[r - top]?.[c - left]);
      const t = texts[r - top]?.[c - left];
      return {
        text: t !== undefined && t !== "" ? t : typeof v === "string" ? v : (t ?? ""),
        value: v,
        numberFormat: numberFormats[r - top]?.[c - left] ?? "General",
        row: r,
        col: c,
      };
    },
    fieldText(row, col) {
      const m = mergesByRow.size ? mergeAt(row, col) : undefined;
      return m ? text(m.top, m.left) : text(row, col);
    },
  };
}
