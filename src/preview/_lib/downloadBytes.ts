import { downloadBlob } from "../../ui/downloadBlob";

/**
 * Offers bytes as a file download through a temporary link; false where the browser refuses.
 *
 * @example downloadBytes(bytes, "kpi-checked.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
 */
export function downloadBytes(bytes: Uint8Array, filename: string, type: string, doc: Document = document): boolean {
  return downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), filename, doc);
}

/**
 * The name of the checked copy of a file: `-checked` before the extension, `.xlsx` for a CSV (the copy is a
 * workbook).
 *
 * @example checkedFileName("KPI 2024.csv") // "KPI 2024-checked.xlsx"
 */
export function checkedFileName(name: string): string {
  const dot = name.lastIndexOf(".");
  const base = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  return `${base}-checked.${ext === "xlsm" ? "xlsm" : "xlsx"}`;
}

/**
 * The name of the copy with the next fiscal year's rows (新年度の準備): the year before the extension, `.xlsx` for
 * a CSV.
 *
 * @example nextYearFileName("KPI.xlsx", 2025) // "KPI-2025年度.xlsx"
 */
export function nextYearFileName(name: string, fiscalYear: number): string {
  return checkedFileName(name).replace(/-checked(\.[a-z]+)$/, `-${fiscalYear}年度$1`);
}
