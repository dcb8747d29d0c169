import { fieldCells } from "../../../src/core/KpiRecord";
/**
 * The whole pipeline on one snapshot, as the CLI runs it (check, report, messages in both languages), and the rules
 * its answer must keep whatever the sheet: it does not throw, and everything it points at lies on the sheet.
 */
import { parseCellAddress } from "../../../src/core/cellAddress";
import { checkSheet } from "../../../src/core/checkSheet";
import { FINDING_SEVERITY } from "../../../src/core/Finding";
import { KPI_STATUSES } from "../../../src/core/KpiStatus";
import type { SheetSnapshot } from "../../../src/core/SheetSnapshot";
import { buildReport } from "../../../src/core/report/buildReport";
import { renderFinding } from "../../../src/i18n/renderFinding";
import { cellAddress } from "../../../src/core/cellAddress";

/** The as-of date of every pipeline property. */
export const AS_OF = "2026-11-29";

/** What the pipeline's answer for a snapshot breaks (nothing, for a sound answer). */
export function pipelineViolations(snapshot: SheetSnapshot): string[] {
  const wrong: string[] = [];
  const { row: top, col: left } = snapshot.origin;
  const bottom = top + snapshot.values.length - 1;
  const right = left + (snapshot.values[0]?.length ?? 0) - 1;
  const onSheet = (address: string, what: string, beyondRight = 0) => {
    const at = parseCellAddress(address);
    if (!at || at.row < top || at.row > bottom || at.col < left || at.col > right + beyondRight) {
      wrong.push(`${what} ${address} is off the sheet's block ${top}:${left}–${bottom}:${right}`);
    }
  };
  const result = checkSheet(snapshot, { asOf: AS_OF });
  for (const f of result.findings) {
    if (!(f.code in FINDING_SEVERITY)) wrong.push(`unknown finding code ${f.code}`);
    if (!["error", "warning", "info"].includes(f.severity)) wrong.push(`unknown severity ${f.severity}`);
    if (f.cell !== null) onSheet(f.cell, `${f.code} at`);
    if (f.row !== null && (f.row < top || f.row > bottom)) wrong.push(`${f.code} on row ${f.row}, off the sheet's rows ${top}–${bottom}`);
  }
  for (const k of result.kpis) {
    if (!KPI_STATUSES.includes(k.status)) wrong.push(`unknown status ${k.status}`);
    for (const [field, cell] of fieldCells(k.record)) {
      onSheet(cellAddress(cell.row, cell.col), `the ${field} of the KPI on row ${k.row}`);
    }
  }
  // a blocks table's range holds the value cell of its last label even while empty (`結果(2024年度) |` before the
  // result is typed), so that the status goes right of it: that cell may lie one column past the block read
  const rangeBeyond = result.layout === "blocks" ? 1 : 0;
  if (result.range !== null) result.range.split(":").forEach((corner) => onSheet(corner, "the table range's corner", rangeBeyond));
  for (const lang of ["ja", "en"] as const) {
    const report = buildReport(result, "kpi.xlsx", (f) => renderFinding(f, lang));
    JSON.stringify(report);
    for (const f of report.findings) if (/\{\w+\}/.test(f.message)) wrong.push(`message of ${f.code} (${lang}) keeps a placeholder: ${f.message}`);
  }
  return [...new Set(wrong)];
}
