import type { FieldCell, KpiField, KpiFields, KpiRecord } from "../../src/core/KpiRecord";
import type { CellValue } from "../../src/core/SheetSnapshot";

/** Column of each field in the records these helpers build (the sample's KPI sheet order). */
export const TEST_COLUMNS: Record<KpiField, number> = {
  fiscalYear: 1,
  no: 2,
  title: 3,
  description: 4,
  scope: 5,
  target: 6,
  result: 7,
  commitment: 8,
  principles: 9,
  evaluation: 10,
  seriesId: 11,
};

/** A field cell holding `value`, displayed as `text` (default: the value as a string). */
export function fieldCell(row: number, field: KpiField, value: CellValue, text?: string, numberFormat = "General"): FieldCell {
  const col = TEST_COLUMNS[field];
  const shown = text ?? (value === null ? "" : typeof value === "object" ? value.error : String(value));
  return { text: shown, value, numberFormat, row, col };
}

/** A record on `row` from plain field values (strings or numbers); undefined fields are left out. */
export function makeRecord(row: number, fields: Partial<Record<KpiField, CellValue | FieldCell>>): KpiRecord {
  const out: KpiFields = {};
  for (const [name, v] of Object.entries(fields) as [KpiField, CellValue | FieldCell | undefined][]) {
    if (v === undefined) continue;
    out[name] = v !== null && typeof v === "object" && "numberFormat" in v ? v : fieldCell(row, name, v as CellValue);
  }
  return { row, fields: out };
}
