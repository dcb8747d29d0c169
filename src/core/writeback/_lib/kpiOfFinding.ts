import type { Finding } from "../../Finding";
import type { JudgedKpi } from "../../JudgedKpi";

/**
 * The KPI a finding is about: the one holding the finding's cell, else the one starting on its row.
 *
 * @example kpiOfFinding(f, result.kpis)?.no // 6
 */
export function kpiOfFinding(f: Finding, kpis: readonly JudgedKpi[]): JudgedKpi | undefined {
  if (f.cell !== null) {
    const hit = kpis.find((k) => Object.values(k.record.fields).some((cell) => cell?.cell === f.cell));
    if (hit) return hit;
  }
  return f.row === null ? undefined : kpis.find((k) => k.row === f.row);
}
