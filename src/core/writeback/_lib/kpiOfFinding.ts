import type { Finding } from "../../Finding";
import type { JudgedKpi } from "../../JudgedKpi";

/**
 * A lookup of the KPI a finding is about: the one holding the finding's cell, else the one starting on its row
 * (the first such KPI in sheet order). Built once, so that many findings cost no more than many KPIs.
 *
 * @example kpiOfFinding(result.kpis)(f)?.no // 6
 */
export function kpiOfFinding(kpis: readonly JudgedKpi[]): (f: Finding) => JudgedKpi | undefined {
  const byCell = new Map<string, JudgedKpi>();
  const byRow = new Map<number, JudgedKpi>();
  for (const k of kpis) {
    for (const cell of Object.values(k.record.fields)) if (cell && !byCell.has(cell.cell)) byCell.set(cell.cell, k);
    if (!byRow.has(k.row)) byRow.set(k.row, k);
  }
  return (f) => (f.cell !== null ? byCell.get(f.cell) : undefined) ?? (f.row === null ? undefined : byRow.get(f.row));
}
