import { renderFinding } from "../../i18n/renderFinding";
import { writebackLabels } from "../../i18n/writeback";
import type { CheckResult } from "../CheckResult";
import type { CellFormat, SheetWrite } from "../WorkbookPatch";
import { cellText } from "./cleanText";
import { chooseName, nameKey } from "./_lib/chooseName";
import { kpiOfFinding } from "./_lib/kpiOfFinding";
import { formatReference, quoteSheet } from "./_lib/parseReference";
import { OWNER_NAMES, ownedSheet } from "./ownership";
import type { WriteOptions } from "./WriteOptions";

/** Column widths of the findings sheet: severity, code, message, sheet, cell, fiscal year, No. */
export const FINDINGS_WIDTHS: Readonly<Record<number, number>> = { 1: 10, 2: 22, 3: 70, 4: 16, 5: 9, 6: 10, 7: 7 };

const LINK: CellFormat = { numberFormat: "@", verticalAlignment: "top", font: { color: "#0563C1", underline: true } };
const SEVERITY_COLOR = { error: "#9C0006", warning: "#7F4F00", info: "#1F4E79" } as const;

/**
 * The findings sheet 検証結果 / Check results (disclosure-output.md §4): one row per finding — severity, code,
 * message, sheet, cell (a link to the cell), fiscal year, No — as an Excel Table named `KpiCheckFindings`
 * (or `KpiCheckFindings2`, … when the workbook has that table elsewhere), header frozen. A check without
 * findings gets one empty row, as an Excel Table needs one. Owned and replaced like the disclosure sheet.
 *
 * @example buildFindingsSheet(result, { lang: "en", existing }).cells[0].value // "Severity"
 */
export function buildFindingsSheet(result: CheckResult, options: WriteOptions): SheetWrite {
  const { lang, existing } = options;
  const L = writebackLabels(lang);
  const owned = ownedSheet(existing, OWNER_NAMES.findingsSheet);
  const name = chooseName(L.findingsSheet, (n) =>
    existing.sheetNames.some((s) => s !== owned && nameKey(s) === nameKey(n)),
  );
  const otherTables = new Set(
    (existing.tables ?? []).filter((t) => t.sheet !== owned).map((t) => t.name.toLowerCase()),
  );
  let tableName = "KpiCheckFindings";
  for (let i = 2; otherTables.has(tableName.toLowerCase()); i++) tableName = `KpiCheckFindings${i}`;

  const fmt = (extra: CellFormat = {}): CellFormat => ({ verticalAlignment: "top", ...extra });
  const cells: SheetWrite["cells"] = L.findingsHeaders.map((h, i) => ({
    row: 1,
    col: i + 1,
    value: h,
    format: fmt({ numberFormat: "@", font: { bold: true } }),
  }));
  result.findings.forEach((f, i) => {
    const row = i + 2;
    const kpi = kpiOfFinding(f, result.kpis);
    const fy = kpi?.fiscalYear ?? (typeof f.params.fiscalYear === "number" ? f.params.fiscalYear : null);
    const text = fmt({ numberFormat: "@" });
    cells.push(
      { row, col: 1, value: L.severity[f.severity], format: fmt({ numberFormat: "@", font: { color: SEVERITY_COLOR[f.severity], bold: f.severity === "error" } }) },
      { row, col: 2, value: f.code, format: text },
      { row, col: 3, value: cellText(renderFinding(f, lang)), format: fmt({ numberFormat: "@", wrapText: true }) },
      { row, col: 4, value: result.sheetName, format: text },
      f.cell
        ? { row, col: 5, value: f.cell, format: LINK, hyperlink: `#${quoteSheet(result.sheetName)}!${f.cell}` }
        : { row, col: 5, value: null, format: fmt() },
      { row, col: 6, value: fy, format: fmt({ horizontalAlignment: "center" }) },
      { row, col: 7, value: kpi?.no ?? null, format: fmt({ horizontalAlignment: "center" }) },
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
    table: { name: tableName, top: 1, left: 1, bottom, right: 7, style: "TableStyleMedium2" },
    print: { paperSize: "A4", orientation: "landscape", fitToWidth: true },
    freeze: { rows: 1, cols: 0 },
    ownerName: OWNER_NAMES.findingsSheet,
    ownerRef: formatReference(name, 1, 1),
  };
}
