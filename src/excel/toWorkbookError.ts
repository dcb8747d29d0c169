import type { WorkbookError, WorkbookErrorKind } from "../core/WorkbookPort";

/** Office.js error codes (OfficeExtension.Error.code) and what they mean for the user. */
const KIND_OF_CODE: Record<string, WorkbookErrorKind> = {
  InvalidOperationInCellEditMode: "cell-edit-mode",
  AccessDenied: "protected",
  RequestPayloadSizeLimitExceeded: "too-large",
  ResponsePayloadSizeLimitExceeded: "too-large",
  RangeExceedsLimit: "too-large",
  OperationCellsExceedLimit: "too-large",
  ApiNotFound: "unsupported",
  ItemNotFound: "sheet-not-found",
  // A sheet or name the write adds exists although the read did not see it: made since (the write's steps that can
  // fail come first, so nothing was written).
  ItemAlreadyExists: "changed",
  // Inserting rows or columns would push a value off the end of the sheet (a stray value in its last row or column).
  NonBlankCellOffSheet: "sheet-full",
  // Whole rows or columns inserted (新年度の準備, the add-in's only insert) through an array formula, a PivotTable, a
  // filtered range or a merge that cannot take them.
  InsertDeleteConflict: "insert-conflict",
  // "Request could not be processed because of a conflict": another change at the same time (co-authoring, another add-in).
  Conflict: "conflict",
};

/**
 * Builds the error a port throws; `about` names what stopped it (the protected sheet, or the workbook's structure).
 *
 * @example throw workbookError("protected", "sheet 2024年度 is protected", { sheet: "2024年度" })
 */
export function workbookError(kind: WorkbookErrorKind, detail?: string, about: Pick<WorkbookError, "sheet" | "structure"> = {}): WorkbookError {
  const error = new Error(detail ? `${kind}: ${detail}` : kind) as WorkbookError;
  error.name = "WorkbookError";
  error.kind = kind;
  if (detail !== undefined) error.detail = detail;
  if (about.sheet !== undefined) error.sheet = about.sheet;
  if (about.structure) error.structure = true;
  return error;
}

/**
 * True for an error a port threw.
 *
 * @example isWorkbookError(workbookError("too-large")) // true
 */
export function isWorkbookError(e: unknown): e is WorkbookError {
  return e instanceof Error && e.name === "WorkbookError" && typeof (e as Partial<WorkbookError>).kind === "string";
}

/**
 * Translates whatever Office.js threw (a `RichApi.Error` with a `code`) into a {@link WorkbookError}, so that
 * front ends show a clear message: a cell being edited, a protected sheet, a sheet too large for one request.
 *
 * @example toWorkbookError({ code: "InvalidOperationInCellEditMode", message: "…" }).kind // "cell-edit-mode"
 */
export function toWorkbookError(e: unknown): WorkbookError {
  if (isWorkbookError(e)) return e;
  const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
  const message = e instanceof Error ? e.message : typeof e === "object" && e !== null && "message" in e ? String((e as { message: unknown }).message) : String(e);
  return workbookError(kindOf(code, errorLocation(e)), code ? `${code}: ${message}` : message);
}

/**
 * Where Office.js says the call failed (`OfficeExtension.Error.debugInfo.errorLocation`: the object type and member,
 * such as `NamedItemCollection.getItem`), or "" when it does not say.
 */
function errorLocation(e: unknown): string {
  const info = typeof e === "object" && e !== null && "debugInfo" in e ? (e as { debugInfo: unknown }).debugInfo : undefined;
  const location = typeof info === "object" && info !== null && "errorLocation" in info ? (info as { errorLocation: unknown }).errorLocation : undefined;
  return typeof location === "string" ? location : "";
}

/**
 * The kind of an Office.js error code. `ItemNotFound` outside the worksheets (a defined name, a table, a conditional
 * format or a chart the write relies on, gone since the read) means the workbook changed, not that a sheet is missing.
 */
function kindOf(code: string, location: string): WorkbookErrorKind {
  if (code === "ItemNotFound" && location !== "" && !location.startsWith("Worksheet")) return "changed";
  return KIND_OF_CODE[code] ?? "unknown";
}
