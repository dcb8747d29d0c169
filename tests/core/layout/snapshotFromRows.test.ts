import type { CellValue } from "../../../src/core/SheetSnapshot";
import { generalText, snapshotFromRows } from "../../../src/core/snapshotFromRows";

describe("snapshotFromRows (tests and the CSV reader)", () => {
  it.each<[CellValue, string]>([
    ["2023年度", "2023年度"],
    [2023, "2023"],
    [0.6, "0.6"],
    [null, ""],
    [true, "TRUE"],
    [false, "FALSE"],
    [{ error: "#DIV/0!" }, "#DIV/0!"],
  ])("a cell holding %p shows %p in the General format", (value, text) => {
    const snap = snapshotFromRows("KPI", [[value]]);
    expect([snap.values[0][0], snap.texts[0][0], snap.numberFormats[0][0]]).toEqual([value, text, "General"]);
    expect(generalText(value)).toBe(text);
  });

  it("pads ragged rows with empty cells to a rectangle", () => {
    const snap = snapshotFromRows("KPI", [["年度", "No", "取組項目"], ["2023年度"], []]);
    expect(snap.values).toEqual([
      ["年度", "No", "取組項目"],
      ["2023年度", null, null],
      [null, null, null],
    ]);
    expect(snap.texts.map((r) => r.length)).toEqual([3, 3, 3]);
  });

  it("takes the origin, shown texts, number formats, merges and the Excel Table from the options", () => {
    const snap = snapshotFromRows("KPI", [["結果", 0.6]], {
      origin: { row: 5, col: 2 },
      texts: [[undefined, "60.00%"]],
      numberFormats: [[undefined, "0.00%"]],
      merges: [{ top: 5, left: 2, bottom: 6, right: 2 }],
      table: { name: "KPI表", top: 5, left: 2, bottom: 5, right: 3 },
    });
    expect(snap).toEqual({
      sheetName: "KPI",
      origin: { row: 5, col: 2 },
      values: [["結果", 0.6]],
      texts: [["結果", "60.00%"]],
      numberFormats: [["General", "0.00%"]],
      merges: [{ top: 5, left: 2, bottom: 6, right: 2 }],
      table: { name: "KPI表", top: 5, left: 2, bottom: 5, right: 3 },
    });
  });
});
