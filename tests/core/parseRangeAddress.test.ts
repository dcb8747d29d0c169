import { parseRangeAddress, splitSheetAddress } from "../../src/core/parseRangeAddress";

describe("parseRangeAddress: one cell or block, as Office.js and defined names write it", () => {
  it.each([
    ["KPI!A1:I25", { sheet: "KPI", top: 1, left: 1, bottom: 25, right: 9 }],
    ["'開示 用'!B3", { sheet: "開示 用", top: 3, left: 2, bottom: 3, right: 2 }],
    ["'it''s'!$C$4:$D$9", { sheet: "it's", top: 4, left: 3, bottom: 9, right: 4 }],
    ["=KPI!$J$1:$J$25", { sheet: "KPI", top: 1, left: 10, bottom: 25, right: 10 }],
    ["='A!B'!$A$1", { sheet: "A!B", top: 1, left: 1, bottom: 1, right: 1 }],
    ["A1", { sheet: "", top: 1, left: 1, bottom: 1, right: 1 }],
  ])("%s", (address, rect) => {
    expect(parseRangeAddress(address)).toEqual(rect);
  });

  it.each(["KPI!A:A", "KPI!3:3", "garbage", "#REF!", "=1", "=SUM(A1:A3)", "=KPI!$A$1+1", "=KPI!A1,KPI!B2", "KPI!A1:B2:C3"])(
    "%s is not one block of cells",
    (address) => {
      expect(parseRangeAddress(address)).toBeUndefined();
    },
  );

  it("splits a sheet name from its address", () => {
    expect(splitSheetAddress("Sheet1!A1")).toEqual({ sheet: "Sheet1", address: "A1" });
    expect(splitSheetAddress("'O''Brien'!B2")).toEqual({ sheet: "O'Brien", address: "B2" });
  });
});
