import { fromExcelValue, toExcelInput } from "../../../src/excel/_lib/cellValue";
import { locateTable } from "../../../src/excel/_lib/locateTable";
import { snapshotFromRange } from "../../../src/excel/_lib/snapshotFromRange";

describe("cell values across the Office.js boundary", () => {
  it.each([
    ["", "", null],
    [0.6, "60.00%", 0.6],
    [true, "TRUE", true],
    ["#N/A", "#N/A", { error: "#N/A" }],
    ["#DIV/0!", "#DIV/0!", { error: "#DIV/0!" }],
    // an error code shown otherwise (a column too narrow for it) is an error until Range.valueTypes says it is a text
    ["#N/A", "####", { error: "#N/A" }],
    ["#N/A は未集計", "#N/A は未集計", "#N/A は未集計"],
    ["2023年度", "2023年度", "2023年度"],
    // a data type (linked entity, custom entity, picture in the cell): `range.values` gives its basic value #VALUE!
    // and the cell shows its own text (EntityCellValue.basicValue in @types/office-js; "Excel JavaScript API data
    // types core concepts", https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-concepts)
    ["#VALUE!", "東京海上日動火災保険", "東京海上日動火災保険"],
    ["#VALUE!", "", null],
    ["#VALUE!", "#VALUE!", { error: "#VALUE!" }],
  ])("reads %j (shown %j) as %j", (value, text, expected) => {
    expect(fromExcelValue(value, text)).toEqual(expected);
  });

  it.each([
    // Range.valueTypes (Excel.RangeValueType) tells an error from a text cell holding the same characters
    ["#N/A", "#N/A", "String", "#N/A"],
    ["#N/A", "#N/A", "Error", { error: "#N/A" }],
    ["#DIV/0!", "#DIV/0!", "String", "#DIV/0!"],
    ["#REF!", "#REF!", "Error", { error: "#REF!" }],
    // an error in a column too narrow to show it is still an error
    ["#N/A", "####", "Error", { error: "#N/A" }],
    ["#VALUE!", "東京都", "Error", "東京都"],
    ["#VALUE!", "東京都", "RichValue", "東京都"],
    ["達成", "達成", "String", "達成"],
  ])("reads %j (shown %j, valueTypes %j) as %j", (value, text, type, expected) => {
    expect(fromExcelValue(value, text, type)).toEqual(expected);
  });

  it.each([
    [null, ""],
    ["", ""],
    [42, 42],
    [false, false],
    ["=1+1", "=1+1"],
    ["達成", "達成"],
    [{ error: "#REF!" }, "#REF!"],
  ] as const)("writes %j as %j into a cell formatted as text (no apostrophe, which a text cell would show)", (value, input) => {
    expect(toExcelInput(value)).toEqual(input);
  });
});

describe("snapshotFromRange: what one load gives, as the engine's snapshot", () => {
  const loaded = {
    address: "KPI!B3:D5",
    values: [["年度", "No", "取組項目"], ["2023年度", 1, "お客様アンケートの収集"], ["", "", ""]],
    text: [["年度", "No", "取組項目"], ["2023年度", "1", "お客様アンケートの収集"], ["", "", ""]],
    numberFormat: [["General", "General", "@"], ["General", "0", "General"], ["", "General", "General"]],
  };

  it("places the block at its sheet coordinates and keeps values, texts and formats apart", () => {
    const snap = snapshotFromRange("KPI", loaded);
    expect(snap.origin).toEqual({ row: 3, col: 2 });
    expect(snap.values[1]).toEqual(["2023年度", 1, "お客様アンケートの収集"]);
    expect(snap.values[2]).toEqual([null, null, null]);
    expect(snap.numberFormats[1][1]).toBe("0");
    expect(snap.numberFormats[2][0]).toBe("General");
  });

  it("keeps merged areas that span cells and drops single cells", () => {
    const snap = snapshotFromRange("KPI", loaded, { mergedAreas: "KPI!D3:E3, KPI!B5" });
    expect(snap.merges).toEqual([{ top: 3, left: 4, bottom: 3, right: 5 }]);
  });

  it.each([
    ["its header row", { showHeaders: true, showTotals: false, columns: ["年度", "No", "取組項目"], rowCount: 2 }, { top: 3, left: 2, bottom: 5, right: 4 }],
    ["with a total row", { showHeaders: true, showTotals: true, columns: ["No", "取組項目"], rowCount: 1 }, { top: 3, left: 3, bottom: 5, right: 4, totalsRow: true }],
    ["not with a hidden header", { showHeaders: false, showTotals: false, columns: ["年度", "No", "取組項目"], rowCount: 2 }, undefined],
    ["not when the header is elsewhere", { showHeaders: true, showTotals: false, columns: ["Year", "No"], rowCount: 2 }, undefined],
  ])("locates a table by %s", (_name, facts, rect) => {
    const snap = snapshotFromRange("KPI", loaded);
    const found = locateTable(snap, { name: "T", ...facts });
    expect(found).toEqual(rect && { name: "T", ...rect });
  });

  it("does not locate a table whose header appears twice", () => {
    const twice = snapshotFromRange("KPI", { ...loaded, values: [loaded.values[0], loaded.values[0], loaded.values[2]] });
    expect(locateTable(twice, { name: "T", showHeaders: true, showTotals: false, columns: ["年度", "No"], rowCount: 1 })).toBeUndefined();
  });
});
