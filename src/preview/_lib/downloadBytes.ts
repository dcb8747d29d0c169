/**
 * Offers bytes as a file download through a temporary link; false where the browser refuses.
 *
 * @example downloadBytes(bytes, "kpi-checked.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
 */
export function downloadBytes(bytes: Uint8Array, filename: string, type: string, doc: Document = document): boolean {
  try {
    const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
    const a = doc.createElement("a");
    a.href = url;
    a.download = filename;
    a.rel = "noopener";
    doc.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return true;
  } catch {
    return false;
  }
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
