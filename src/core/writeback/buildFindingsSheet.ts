import type { CheckResult } from "../CheckResult";
import type { Severity } from "../Finding";
import type { CellFormat, SheetWrite } from "../WorkbookPatch";
import { cellText } from "./cleanText";
import { kpiOfFinding } from "../kpiOfFinding";
import { formatReference, quoteSheet } from "./_lib/parseReference";
import { OWNER_NAMES, ownSheetName } from "./ownership";
import type { WriteOptions } from "./WriteOptions";

/**
 * Column widths of the findings sheet: severity, message, fiscal year, No, 取組項目, sheet, cell, code.
 *
 * @example FINDINGS_WIDTHS[2] // 60: the message column
 */
const FINDINGS_WIDTHS: Readonly<Record<number, number>> = { 1: 9, 2: 60, 3: 9, 4: 6, 5: 30, 6: 14, 7: 8, 8: 22 };

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

// Formats shared by all rows (one object each, so adapters can share one style).
const TOP: CellFormat = { verticalAlignment: "top" };
const TEXT: CellFormat = { verticalAlignment: "top", numberFormat: "@" };
const WRAPPED: CellFormat = { verticalAlignment: "top", numberFormat: "@", wrapText: true };
const CENTRED: CellFormat = { verticalAlignment: "top", horizontalAlignment: "center" };
const HEADER: CellFormat = { verticalAlignment: "top", numberFormat: "@", font: { bold: true } };
const LINK: CellFormat = { verticalAlignment: "top", numberFormat: "@", font: { color: "#0563C1", underline: true } };
const SEVERITY: Record<Severity, CellFormat> = {
  error: { verticalAlignment: "top", numberFormat: "@", font: { color: "#9C0006", bold: true } },
  warning: { verticalAlignment: "top", numberFormat: "@", font: { color: "#7F4F00" } },
  info: { verticalAlignment: "top", numberFormat: "@", font: { color: "#1F4E79" } },
};

/**
 * The findings sheet 指摘一覧 / Findings (disclosure-output.md §4): one row per finding — severity, message,
 * fiscal year, No, 取組項目, sheet, cell (a link to the cell), and the code last — sorted by severity, then fiscal
 * year (newest first, unknown last) and No, then sheet order, as an Excel Table named `KpiCheckFindings` (or
 * `KpiCheckFindings2`, … when the workbook has that table elsewhere), header frozen. A check without findings
 * gets one empty row, as an Excel Table needs one. Owned and replaced like the disclosure sheet: the sheet an
 * earlier version wrote as 検証結果 is recognised by its defined name and replaced under the new name.
 *
 * @example buildFindingsSheet(result, { labels: writebackLabels("ja"), existing }).name // "指摘一覧"
 */
export function buildFindingsSheet(result: CheckResult, options: WriteOptions): SheetWrite {
  const { labels: L, existing } = options;
  const { owned, name } = ownSheetName(existing, OWNER_NAMES.findingsSheet, L.findingsSheet);
  const otherTables = new Set(
    (existing.tables ?? []).filter((t) => t.sheet !== owned).map((t) => t.name.toLowerCase()),
  );
  let tableName = "KpiCheckFindings";
  for (let i = 2; otherTables.has(tableName.toLowerCase()); i++) tableName = `KpiCheckFindings${i}`;

  const cells: SheetWrite["cells"] = L.findingsHeaders.map((h, i) => ({ row: 1, col: i + 1, value: h, format: HEADER }));
  const kpiOf = kpiOfFinding(result.kpis);
  const rows = result.findings.map((f, i) => {
    const kpi = kpiOf(f);
    const fy = kpi?.fiscalYear ?? ("fiscalYear" in f.params ? f.params.fiscalYear : null);
    return { f, i, kpi, fy };
  });
  rows.sort(
    (a, b) =>
      SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
      (b.fy ?? -Infinity) - (a.fy ?? -Infinity) ||
      (a.kpi?.no ?? Infinity) - (b.kpi?.no ?? Infinity) ||
      a.i - b.i,
  );
  rows.forEach(({ f, kpi, fy }, i) => {
    const row = i + 2;
    cells.push(
      { row, col: 1, value: L.severity[f.severity], format: SEVERITY[f.severity] },
      { row, col: 2, value: cellText(L.message(f)), format: WRAPPED },
      { row, col: 3, value: fy, format: CENTRED },
      { row, col: 4, value: kpi?.no ?? null, format: CENTRED },
      { row, col: 5, value: kpi ? cellText(kpi.title) : null, format: WRAPPED },
      { row, col: 6, value: result.sheetName, format: TEXT },
      f.cell
        ? { row, col: 7, value: f.cell, format: LINK, hyperlink: `#${quoteSheet(result.sheetName)}!${f.cell}` }
        : { row, col: 7, value: null, format: TOP },
      { row, col: 8, value: f.code, format: TEXT },
    );
  });
  const bottom = Math.max(2, result.findings.length + 1);
  return {
    kind: "replace-sheet",
    name,
    replaces: owned,
    cells,
    merges: [],
    columnWidths: { ...FINDINGS_WIDTHS },
    rowHeights: {},
    table: { name: tableName, top: 1, left: 1, bottom, right: 8, style: "TableStyleMedium2" },
    print: { paperSize: "A4", orientation: "landscape", fitToWidth: true, header: name, pageNumbers: true },
    freeze: { rows: 1, cols: 0 },
    ownerName: OWNER_NAMES.findingsSheet,
    ownerRef: formatReference(name, 1, 1),
  };
}
