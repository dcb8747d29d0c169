import { parseAreasAddress, parseRangeAddress, splitSheetAddress } from "../../../src/excel/_lib/parseRangeAddress";

describe("addresses as Office.js writes them", () => {
  it.each([
    ["KPI!A1:I25", { sheet: "KPI", top: 1, left: 1, bottom: 25, right: 9 }],
    ["'開示 用'!B3", { sheet: "開示 用", top: 3, left: 2, bottom: 3, right: 2 }],
    ["'it''s'!$C$4:$D$9", { sheet: "it's", top: 4, left: 3, bottom: 9, right: 4 }],
    ["A1", { sheet: "", top: 1, left: 1, bottom: 1, right: 1 }],
  ])("%s", (address, rect) => {
    expect(parseRangeAddress(address)).toEqual(rect);
  });

  it.each(["KPI!A:A", "KPI!3:3", "garbage"])("%s is not a block of cells", (address) => {
    expect(parseRangeAddress(address)).toBeUndefined();
  });

  it("splits the areas of a RangeAreas address, commas inside quoted sheet names included", () => {
    expect(parseAreasAddress("'a,b'!A1:B2, 'a,b'!D4").map((r) => [r.sheet, r.top, r.left])).toEqual([
      ["a,b", 1, 1],
      ["a,b", 4, 4],
    ]);
    expect(splitSheetAddress("Sheet1!A1")).toEqual({ sheet: "Sheet1", address: "A1" });
  });
});
