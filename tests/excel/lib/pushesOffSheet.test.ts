import { pushesOffSheet } from "../../../src/excel/_lib/pushesOffSheet";

describe("pushesOffSheet: whole rows or columns inserted would push a value off the end of the sheet", () => {
  it.each([
    ["columns, a value in XFD", { insertColumns: [{ at: 9, count: 2 }] }, "KPI!A1:XFD30", true],
    ["columns, the last value in XFB (3 columns left)", { insertColumns: [{ at: 9, count: 2 }] }, "KPI!A1:XFB30", false],
    ["columns, the last value in XFC, two inserted", { insertColumns: [{ at: 9, count: 1 }, { at: 12, count: 1 }] }, "KPI!A1:XFC30", true],
    ["rows, a value in row 1048576", { insertRows: [{ at: 26, count: 1 }] }, "KPI!A1:H1048576", true],
    ["rows, an ordinary sheet", { insertRows: [{ at: 26, count: 3 }] }, "KPI!A1:H25", false],
    ["nothing inserted", {}, "KPI!A1:XFD1048576", false],
    ["an empty sheet", { insertRows: [{ at: 1, count: 1 }] }, null, false],
  ])("%s → %s", (_name, rows, used, expected) => {
    expect(pushesOffSheet(rows, used)).toBe(expected);
  });
});
