import { isWorkbookError, toWorkbookError, workbookError } from "../../src/excel/toWorkbookError";

describe("toWorkbookError: Office.js errors as kinds the front ends explain", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "cell-edit-mode"],
    ["AccessDenied", "protected"],
    ["RequestPayloadSizeLimitExceeded", "too-large"],
    ["ResponsePayloadSizeLimitExceeded", "too-large"],
    ["RangeExceedsLimit", "too-large"],
    ["ApiNotFound", "unsupported"],
    ["ItemNotFound", "sheet-not-found"],
    ["ItemAlreadyExists", "changed"],
    ["NonBlankCellOffSheet", "sheet-full"],
    ["InsertDeleteConflict", "insert-conflict"],
    ["Conflict", "conflict"],
    ["GeneralException", "unknown"],
  ])("%s → %s, keeping the host's words as detail", (code, kind) => {
    const e = toWorkbookError(Object.assign(new Error("host says"), { code }));
    expect(isWorkbookError(e)).toBe(true);
    expect(e.kind).toBe(kind);
    expect(e.detail).toBe(`${code}: host says`);
  });

  it.each([
    ["WorksheetCollection.getItem", "sheet-not-found"],
    ["NamedItemCollection.getItem", "changed"],
    ["TableCollection.getItem", "changed"],
    ["ConditionalFormatCollection.getItem", "changed"],
    ["", "sheet-not-found"],
  ])("ItemNotFound at %j → %s (a name, table or rule gone since the read is a changed workbook)", (errorLocation, kind) => {
    // OfficeExtension.Error.debugInfo.errorLocation: "the object type and property or method name" (@types/office-js)
    const e = Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound", debugInfo: { code: "ItemNotFound", message: "", errorLocation } });
    expect(toWorkbookError(e).kind).toBe(kind);
  });

  it("passes a port error through unchanged, and wraps anything else as unknown", () => {
    const mine = workbookError("protected", "KPI");
    expect(toWorkbookError(mine)).toBe(mine);
    expect(toWorkbookError("just a string").kind).toBe("unknown");
    expect(isWorkbookError(new Error("plain"))).toBe(false);
  });
});
