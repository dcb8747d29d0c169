import type { CheckResult } from "../../CheckResult";
import { parseCellAddress } from "../../cellAddress";
import type { JudgedKpi } from "../../JudgedKpi";
import type { FieldCell, KpiField } from "../../KpiRecord";
import { boundingRect, type Rect } from "../../Rect";
import type { CellValue, SheetSnapshot } from "../../SheetSnapshot";
import { nextYearText } from "../nextYearText";

/** Fields copied to the next year as they are; the target too (this year's, where no next target is given). */
const COPIED: ReadonlySet<KpiField> = new Set(["no", "title", "description", "scope", "target", "commitment", "principles", "seriesId"]);
/** Fields left empty in the next year's rows. */
export const EMPTIED: ReadonlySet<KpiField> = new Set(["result", "evaluation"]);

/** The raw value of a cell of the snapshot (null beyond it). */
export function valueAt(s: SheetSnapshot, row: number, col: number): CellValue {
  return s.values[row - s.origin.row]?.[col - s.origin.col] ?? null;
}

/** The shown text of a cell of the snapshot ("" beyond it). */
export function textAt(s: SheetSnapshot, row: number, col: number): string {
  return s.texts[row - s.origin.row]?.[col - s.origin.col] ?? "";
}

/** Whether a value is nothing or blank text. */
export function isEmpty(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

/** Whether the rectangle holds nothing and no merge (beyond the snapshot it is empty). */
export function isFree(s: SheetSnapshot, r: Rect): boolean {
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) if (!isEmpty(valueAt(s, row, col))) return false;
  }
  return !(s.merges ?? []).some((m) => m.top <= r.bottom && m.bottom >= r.top && m.left <= r.right && m.right >= r.left);
}

/** A value naming fiscal year `from` in the next year's notation: a number stays a number, a text keeps its wording. */
export function nextYearValue(v: CellValue, text: string, from: number, to: number): CellValue {
  if (typeof v === "number") return v === from ? to : v;
  if (typeof v === "string") return nextYearText(v, from, to);
  return isEmpty(v) ? v : nextYearText(text, from, to);
}

/** A KPI's field cells, each with its field. */
export function fieldEntries(kpi: JudgedKpi): [KpiField, FieldCell][] {
  return Object.entries(kpi.record.fields).filter((e): e is [KpiField, FieldCell] => e[1] !== undefined);
}

/**
 * The fields of a KPI's row by column: its own field cells on that row; the header's columns it leaves empty (they
 * still get their format); and the other columns the result names for a field (`result.fields`: a title header
 * merged over a category and a name column makes both the KPI's name, so both go on to the next year).
 */
export function rowFields(result: CheckResult, kpi: JudgedKpi): Map<number, KpiField> {
  const at = new Map<number, KpiField>();
  for (const [f, c] of fieldEntries(kpi)) if (c.row === kpi.row) at.set(c.col, f);
  for (const [f, col] of Object.entries(result.header?.columns ?? {}) as [KpiField, number][]) if (!at.has(col)) at.set(col, f);
  if (result.layout === "transposed") return at; // its fields are named by row
  for (const [f, letters] of Object.entries(result.fields ?? {}) as [KpiField, string[]][]) {
    for (const l of letters) {
      const col = parseCellAddress(`${l}1`)?.col;
      if (col !== undefined && !at.has(col)) at.set(col, f);
    }
  }
  return at;
}

/** The columns whose cells go on to the next year as written beside the fields: units and criteria (`単位`, `判定基準`). */
export function qualifierCols(result: CheckResult): ReadonlySet<number> {
  const q = result.header?.qualifiers;
  return new Set([q?.unit, q?.comparator].filter((c): c is number => c !== undefined));
}

/**
 * The value a KPI's field cell gets in the next year: the year one on, the results empty, the copied fields as
 * written (the target replaced by `nextTarget` where the table gives one), anything else empty.
 */
export function nextFieldValue(field: KpiField, v: CellValue, text: string, from: number, nextTarget?: CellValue): CellValue {
  if (field === "fiscalYear") return nextYearValue(v, text, from, from + 1);
  if (field === "target" && nextTarget !== undefined && !isEmpty(nextTarget)) return nextTarget;
  return EMPTIED.has(field) || !COPIED.has(field) ? null : v;
}

/** The bounding rows and columns of some cells ({@link boundingRect}), as a next year's plan names them. */
export function boundsOf(cells: readonly { row: number; col: number }[]): { rows: { top: number; bottom: number }; columns: { left: number; right: number } } {
  const { top, left, bottom, right } = boundingRect(cells);
  return { rows: { top, bottom }, columns: { left, right } };
}
