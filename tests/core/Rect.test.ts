import { boundingRect, rectArea } from "../../src/core/Rect";

describe("boundingRect: the smallest block holding some cells", () => {
  it.each([
    { rule: "one cell", cells: [{ row: 3, col: 2 }], rect: { top: 3, left: 2, bottom: 3, right: 2 } },
    { rule: "a column's header and cells, in any order", cells: [{ row: 1, col: 9 }, { row: 4, col: 9 }, { row: 2, col: 9 }], rect: { top: 1, left: 9, bottom: 4, right: 9 } },
    { rule: "a row below a table", cells: [{ row: 8, col: 5 }, { row: 8, col: 1 }], rect: { top: 8, left: 1, bottom: 8, right: 5 } },
    { rule: "scattered cells", cells: [{ row: 5, col: 1 }, { row: 2, col: 7 }], rect: { top: 2, left: 1, bottom: 5, right: 7 } },
  ])("$rule", ({ cells, rect }) => {
    expect(boundingRect(cells)).toEqual(rect);
  });
});

describe("rectArea: how many cells a block covers", () => {
  it.each([
    { rect: { top: 1, left: 1, bottom: 1, right: 1 }, area: 1 },
    { rect: { top: 1, left: 1, bottom: 2, right: 3 }, area: 6 },
    { rect: { top: 2, left: 9, bottom: 25, right: 9 }, area: 24 },
  ])("$area cells in $rect", ({ rect, area }) => {
    expect(rectArea(rect)).toBe(area);
  });
});
