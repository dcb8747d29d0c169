import { parseAreasAddress } from "../../../src/excel/_lib/parseAreasAddress";

describe("RangeAreas addresses as Office.js writes them", () => {
  it("splits the areas, commas inside quoted sheet names included", () => {
    expect(parseAreasAddress("'a,b'!A1:B2, 'a,b'!D4").map((r) => [r.sheet, r.top, r.left])).toEqual([
      ["a,b", 1, 1],
      ["a,b", 4, 4],
    ]);
  });

  it("skips parts that are not blocks of cells", () => {
    expect(parseAreasAddress("KPI!A:A, KPI!C3").map((r) => [r.top, r.left])).toEqual([[3, 3]]);
  });
});
