/**
 * A kind of package part that exceljs would drop on rewriting the file.
 *
 * @example const kind: DroppedPartKind = "pivot-table"; // xl/pivotTables/pivotTable1.xml
 */
export type DroppedPartKind =
  | "chart" | "chartsheet" | "pivot-table" | "vba-project" | "slicer" | "timeline" | "external-link"
  | "drawing-shape" | "header-footer-picture" | "sheet-extension" | "form-control" | "embedded-object" | "threaded-comment"
  | "data-connection" | "data-model" | "other";

/**
 * Why a workbook was not written: it holds parts that exceljs would silently lose, each named by kind and path.
 * Typed data, like `InputError`: `code` and `parts`, the message rendered by the front end.
 *
 * @example if (e instanceof WorkbookWriteError) e.parts // [{ kind: "chart", path: "xl/charts/chart1.xml" }]
 */
export class WorkbookWriteError extends Error {
  readonly code = "dropped-parts";

  constructor(readonly parts: { kind: DroppedPartKind; path: string }[]) {
    super(`dropped-parts: ${parts.map((p) => p.path).join(", ")}`);
    this.name = "WorkbookWriteError";
  }
}
