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
    ["GeneralException", "unknown"],
  ])("%s → %s, keeping the host's words as detail", (code, kind) => {
    const e = toWorkbookError(Object.assign(new Error("host says"), { code }));
    expect(isWorkbookError(e)).toBe(true);
    expect(e.kind).toBe(kind);
    expect(e.detail).toBe(`${code}: host says`);
  });

  it("passes a port error through unchanged, and wraps anything else as unknown", () => {
    const mine = workbookError("protected", "KPI");
    expect(toWorkbookError(mine)).toBe(mine);
    expect(toWorkbookError("just a string").kind).toBe("unknown");
    expect(isWorkbookError(new Error("plain"))).toBe(false);
  });
});
