import { parseCellAddress } from "./cellAddress";
import type { Finding } from "./Finding";
import type { JudgedKpi } from "./JudgedKpi";
import { fieldCells } from "./KpiRecord";

/**
 * A lookup of the KPI a finding is about: the one holding the finding's cell, else the one starting on its row
 * (the first such KPI in sheet order). Built once, so that many findings cost no more than many KPIs.
 *
 * @example kpiOfFinding(result.kpis)(f)?.no // 6
 */
export function kpiOfFinding(kpis: readonly JudgedKpi[]): (f: Finding) => JudgedKpi | undefined {
  const byCell = new Map<number, JudgedKpi>();
  const byRow = new Map<number, JudgedKpi>();
  for (const k of kpis) {
    for (const [, cell] of fieldCells(k.record)) {
      if (!byCell.has(cellKey(cell))) byCell.set(cellKey(cell), k);
    }
    if (!byRow.has(k.row)) byRow.set(k.row, k);
  }
  return (f) => {
    const at = f.cell !== null ? parseCellAddress(f.cell) : undefined;
    return (at ? byCell.get(cellKey(at)) : undefined) ?? (f.row === null ? undefined : byRow.get(f.row));
  };
}

/** One number per cell of a sheet (16,384 columns). */
const cellKey = (c: { row: number; col: number }): number => c.row * 16_384 + c.col - 1;
