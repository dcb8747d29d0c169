import type { CheckResult } from "../../core/CheckResult";
import type { Finding } from "../../core/Finding";
import { parseCellAddress } from "../../core/cellAddress";
import type { SheetSnapshot } from "../../core/SheetSnapshot";
import type { WorkbookReading } from "../../core/WorkbookPort";
import { kpiOfFinding } from "../../core/kpiOfFinding";
import { previousAtOf } from "../../core/previousAtOf";
import type { Lang } from "../../i18n/Lang";
import { renderFindingParts } from "../../i18n/renderFinding";
import type { FixItem } from "./fixList";
import { sheetRead } from "./sheetRead";

/**
 * What a cell of the read sheet shows, "" for a cell outside the snapshot.
 *
 * @example cellText(snapshot, "G2") // ""
 */
export function cellText(snapshot: SheetSnapshot, cell: string): string {
  const at = parseCellAddress(cell);
  if (!at) return "";
  return snapshot.texts[at.row - snapshot.origin.row]?.[at.col - snapshot.origin.col] ?? "";
}

/**
 * The findings of a check as the pane lists them: each with its message and hint in the pane's language, the
 * KPI it is about, what its cell shows (on the finding's own sheet, after a check of all sheets), the other year's
 * cell it compares with when that is on another sheet, and whether it is one of `mustFix` (the publish check's).
 *
 * @example fixItems(result, outcome.reading, "ja")[0].kpi?.title // "お客様アンケートの収集"
 */
export function fixItems(result: CheckResult, reading: WorkbookReading, lang: Lang, mustFix: readonly Finding[] = []): FixItem[] {
  const kpiOf = kpiOfFinding(result.kpis);
  const blocking = new Set(mustFix);
  return result.findings.map((f) => {
    const at = previousAtOf(f);
    return {
      finding: f,
      ...renderFindingParts(f, lang),
      kpi: kpiOf(f),
      cellText: f.cell === null ? null : cellText(sheetRead(reading, f.sheet), f.cell),
      ...(at?.cell ? { previous: { sheet: at.sheet, cell: at.cell, text: cellText(sheetRead(reading, at.sheet), at.cell) } } : {}),
      mustFix: blocking.has(f),
    };
  });
}
