import fc from "fast-check";
import { cellsToRects, chunkAddresses, rectAddress } from "../../../src/excel/_lib/rectangles";

const key = (row: number, col: number) => `${row},${col}`;

describe("cellsToRects: few rectangles that cover exactly the given cells", () => {
  it.each([
    ["one cell", [[1, 1]], ["A1"]],
    ["a row run", [[2, 1], [2, 2], [2, 3]], ["A2:C2"]],
    ["a block", [[1, 1], [1, 2], [2, 1], [2, 2]], ["A1:B2"]],
    ["two runs of different width", [[1, 1], [1, 2], [2, 1]], ["A1:B1", "A2"]],
    ["a column with a gap", [[1, 4], [2, 4], [4, 4]], ["D1:D2", "D4"]],
  ])("%s", (_name, cells, addresses) => {
    expect(cellsToRects(cells.map(([row, col]) => ({ row, col }))).map(rectAddress)).toEqual(addresses);
  });

  it("covers every given cell and no other, for any set of cells", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 6 })), { maxLength: 60 }), (pairs) => {
        const wanted = new Set(pairs.map(([r, c]) => key(r, c)));
        const covered: string[] = [];
        for (const r of cellsToRects(pairs.map(([row, col]) => ({ row, col })))) {
          for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) covered.push(key(row, col));
        }
        expect(covered.length).toBe(new Set(covered).size);
        expect(new Set(covered)).toEqual(wanted);
      }),
    );
  });
});

describe("chunkAddresses: groups Worksheet.getRanges() accepts", () => {
  it("keeps each group under its area and character limits, in order", () => {
    const addresses = Array.from({ length: 1000 }, (_, i) => `A${i + 1}:E${i + 1}`);
    const groups = chunkAddresses(addresses, 200, 4000);
    expect(groups.flat()).toEqual(addresses);
    for (const g of groups) {
      expect(g.length).toBeLessThanOrEqual(200);
      expect(g.join(",").length).toBeLessThanOrEqual(4000);
    }
  });
});
