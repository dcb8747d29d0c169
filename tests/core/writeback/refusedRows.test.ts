import { refusedRows } from "../../../src/core/writeback/refusedRows";

describe("refusedRows: what protection refuses of the next year's rows, as Excel does", () => {
  const onSheet = { sheet: "KPI" };
  const newSheet = { sheet: "2025年度", newSheet: { copyOf: "2024年度" } };
  it.each([
    ["rows on a protected sheet", onSheet, ["KPI"], false, { sheet: "KPI" }],
    ["rows on a sheet not protected, another one is", onSheet, ["2023年度"], false, undefined],
    ["rows on a sheet in a protected structure (no sheet added)", onSheet, [], true, undefined],
    ["a new year's sheet in a protected structure", newSheet, [], true, { structure: true }],
    ["a new year's sheet copying a protected sheet (the copy is the add-in's)", newSheet, ["2024年度"], false, undefined],
    ["no rows", undefined, ["KPI"], true, undefined],
  ] as const)("%s", (_name, rows, protectedSheets, structureProtected, expected) => {
    expect(refusedRows(rows, { protectedSheets, structureProtected })).toEqual(expected);
  });
});
