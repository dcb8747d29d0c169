import { parseCellAddress } from "./cellAddress";
import type { Finding } from "./Finding";
import type { JudgedKpi } from "./JudgedKpi";
import { fieldCells } from "./KpiRecord";

/**
 * A lookup of the KPI a finding is about: the one holding the finding's cell, else the one starting on its row
 * (the first such KPI in sheet order) — on the finding's sheet when the check spans several (`--all-sheets`:
 * every sheet has its own E4). Built once, so that many findings cost no more than many KPIs.
 *
 * @example kpiOfFinding(result.kpis)(f)?.no // 6
 */
export function kpiOfFinding(kpis: readonly JudgedKpi[]): (f: Finding) => JudgedKpi | undefined {
  const byCell = new Map<string, JudgedKpi>();
  const byRow = new Map<string, JudgedKpi>();
  for (const k of kpis) {
    for (const [, cell] of fieldCells(k.record)) {
      const key = placeKey(k.sheet, cell.row, cell.col);
      if (!byCell.has(key)) byCell.set(key, k);
    }
    const rowKey = placeKey(k.sheet, k.row, 0);
    if (!byRow.has(rowKey)) byRow.set(rowKey, k);
  }
  return (f) => {
    const at = f.cell !== null ? parseCellAddress(f.cell) : undefined;
    return (at ? byCell.get(placeKey(f.sheet, at.row, at.col)) : undefined) ?? (f.row === null ? undefined : byRow.get(placeKey(f.sheet, f.row, 0)));
  };
}

/** One key per cell of a workbook (column 0: the row). */
const placeKey = (sheet: string | undefined, row: number, col: number): string => `${sheet ?? ""}!${row}:${col}`;
