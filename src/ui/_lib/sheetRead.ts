import type { SheetSnapshot } from "../../core/SheetSnapshot";
import type { WorkbookReading } from "../../core/WorkbookPort";

/**
 * The sheet of that name as the check read it — the chosen sheet or, after a check of all sheets, one of the others —
 * else the chosen sheet (a finding or KPI of a one-sheet check names no sheet).
 *
 * @example sheetRead(outcome.reading, finding.sheet).sheetName // "2023年度"
 */
export function sheetRead(reading: WorkbookReading, name: string | undefined): SheetSnapshot {
  if (name === undefined || name === reading.snapshot.sheetName) return reading.snapshot;
  return reading.others?.find((s) => s.sheetName === name) ?? reading.snapshot;
}
