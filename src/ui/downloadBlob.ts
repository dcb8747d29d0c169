/**
 * Offers a blob as a file download through a temporary link. Returns false where the host refuses downloads
 * (some Office clients), so that the caller can keep another way out.
 *
 * @example downloadBlob(new Blob([html], { type: "text/html;charset=utf-8" }), "kpi-disclosure.html")
 */
export function downloadBlob(blob: Blob, filename: string, doc: Document = document): boolean {
  try {
    const url = URL.createObjectURL(blob);
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
