/**
 * readCsv: a KPI table saved as CSV by Excel (UTF-8, UTF-8 with BOM, Shift_JIS on Japanese Windows, "Unicode
 * text") reads into the same snapshot, every cell kept as the text the user typed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellValue } from "../../src/core/SheetSnapshot";
import { readCsv } from "../../src/xlsx/readCsv";

const FILES = join(__dirname, "../fixtures/files");
const fixture = (name: string): Uint8Array => readFileSync(join(FILES, name));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const reference = readCsv(fixture("kpi-utf8.csv"), "kpi");

describe("encodings: the same table in every encoding Excel saves reads the same", () => {
  it.each([
    ["UTF-8 with BOM (Excel's CSV UTF-8)", "kpi-utf8-bom.csv"],
    ["Shift_JIS (Excel's CSV on Japanese Windows)", "kpi-sjis.csv"],
    ["UTF-16LE with BOM, tab-separated (Excel's Unicode text)", "kpi-utf16.txt"],
  ])("%s", (_name, file) => {
    const snap = readCsv(fixture(file), "kpi");
    expect(snap.values).toEqual(reference.values);
    expect(snap.texts).toEqual(reference.texts);
  });

  it("decodes Shift_JIS's NEC special characters (⑥ of 設問Q4.⑥)", () => {
    expect(readCsv(fixture("kpi-sjis.csv"), "kpi").values[3][5]).toBe('設問Q4.⑥"良い"80.0%');
  });

  it("does not keep the BOM in the first header", () => {
    expect(readCsv(fixture("kpi-utf8-bom.csv"), "kpi").values[0][0]).toBe("年度");
  });
});

describe("cells of kpi-utf8.csv", () => {
  it.each<[string, number, number, CellValue]>([
    ["a header", 0, 0, "年度"],
    ["a number stays the text typed", 1, 1, "1"],
    ["a percent stays the text typed (the engine parses it)", 2, 6, "60.00%"],
    ["a line break inside quotes stays in the cell, as \\n", 1, 3, "お客様からのお褒めの言葉、ご不満の背景や原因の分析を行い、\n適切に対応するとともに、業務改善・品質向上に活かしてまいります。"],
    ["doubled quotes are one quote", 3, 5, '設問Q4.⑥"良い"80.0%'],
    ["a comma inside quotes stays in the cell", 5, 5, "新規登録者数4,900名以上"],
    ["a quoted number with a thousands separator stays text", 5, 6, "4,024"],
    ["a short (ragged) row is padded with empty cells", 6, 4, null],
    ["the last cell of a short row is padded too", 6, 7, null],
  ])("%s", (_name, r, c, value) => {
    expect(reference.values[r][c]).toEqual(value);
    expect(reference.texts[r][c]).toBe(value ?? "");
  });

  it("is a rectangle at A1 of the header's width, in General format, without the trailing empty rows", () => {
    expect(reference.sheetName).toBe("kpi");
    expect(reference.origin).toEqual({ row: 1, col: 1 });
    expect(reference.values).toHaveLength(7);
    expect(reference.values.every((row) => row.length === 8)).toBe(true);
    expect(reference.numberFormats.flat().every((f) => f === "General")).toBe(true);
  });
});

describe("small cases", () => {
  it.each<[string, string, CellValue[][]]>([
    ["tab-separated content is detected", "年度\tNo\n2023年度\t1\n", [["年度", "No"], ["2023年度", "1"]]],
    ["a comma inside a tab-separated cell is kept", "目標\t結果\n自動車:85.0%, 火新:70.0%\t達成\n", [["目標", "結果"], ["自動車:85.0%, 火新:70.0%", "達成"]]],
    ["an empty line inside the table stays an empty row", "2024年度\n\n2023年度\n", [["2024年度"], [null], ["2023年度"]]],
    ["trailing empty columns are dropped", "年度,No,,\n2023年度,1,,\n", [["年度", "No"], ["2023年度", "1"]]],
    ["rows are padded to the widest row", "a\nb,c,d\n", [["a", null, null], ["b", "c", "d"]]],
    ["CRLF inside a quoted cell becomes LF", '"自動車:38.4pt\r\n火新:36.0pt"\r\n', [["自動車:38.4pt\n火新:36.0pt"]]],
    ["a stray quote inside an unquoted cell is kept", '結果,5"名\n', [["結果", '5"名']]],
    ["a file of empty lines is an empty sheet", "\r\n\r\n", []],
  ])("%s", (_name, text, values) => {
    expect(readCsv(utf8(text), "s").values).toEqual(values);
  });
});
