import type { CheckResult } from "../../core/CheckResult";
import type { Finding } from "../../core/Finding";
import { parseCellAddress } from "../../core/cellAddress";
import type { SheetSnapshot } from "../../core/SheetSnapshot";
import { kpiOfFinding } from "../../core/kpiOfFinding";
import type { Lang } from "../../i18n/Lang";
import { renderFindingParts } from "../../i18n/renderFinding";
import type { FixItem } from "./fixList";

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
 * KPI it is about, what its cell shows, and whether it is one of `mustFix` (the publish check's).
 *
 * @example fixItems(result, snapshot, "ja")[0].kpi?.title // "お客様アンケートの収集"
 */
export function fixItems(result: CheckResult, snapshot: SheetSnapshot, lang: Lang, mustFix: readonly Finding[] = []): FixItem[] {
  const kpiOf = kpiOfFinding(result.kpis);
  const blocking = new Set(mustFix);
  return result.findings.map((f) => ({
    finding: f,
    ...renderFindingParts(f, lang),
    kpi: kpiOf(f),
    cellText: f.cell === null ? null : cellText(snapshot, f.cell),
    mustFix: blocking.has(f),
  }));
}
