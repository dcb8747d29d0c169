/**
 * readXlsx: what a cell written by Excel (here: by exceljs) reads back as — the raw value, the text Excel displays
 * and the number format — plus merges, the Excel Table and the trimmed used block.
 */
import ExcelJS from "exceljs";
import type { CellValue, SheetSnapshot } from "../../src/core/SheetSnapshot";
import { readXlsx } from "../../src/xlsx/readXlsx";

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
/** Excel serial number of 2024-04-01 (1900 date system). */
const APRIL_1_2024 = 45383;

async function bytesOf(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

// [case, value written, number format written, value read, text read, format read]
const CELLS: [string, ExcelJS.CellValue, string | undefined, CellValue, string, string][] = [
  ["a percent number", 0.6, "0.00%", 0.6, "60.00%", "0.00%"],
  ["a percent number with decimals", 0.323, "0.00%", 0.323, "32.30%", "0.00%"],
  ["a count with a quoted unit", 4024, '#,##0"名"', 4024, "4,024名", '#,##0"名"'],
  ["a plain number", 208, undefined, 208, "208", "General"],
  ["a float as General shows it", 0.1 + 0.2, undefined, 0.1 + 0.2, "0.3", "General"],
  ["a date with a Japanese format", utc(2024, 4, 1), 'yyyy"年"m"月"d"日"', APRIL_1_2024, "2024年4月1日", 'yyyy"年"m"月"d"日"'],
  ["a date in the Japanese era", utc(2024, 4, 1), '[$-411]ggge"年"m"月"d"日"', APRIL_1_2024, "令和6年4月1日", '[$-411]ggge"年"m"月"d"日"'],
  ["a Heisei date, short era form", utc(2019, 4, 30), "ge.m.d", 43585, "H31.4.30", "ge.m.d"],
  ["a date in the default short date (Japanese Windows)", utc(2024, 4, 1), undefined, APRIL_1_2024, "2024/4/1", "mm-dd-yy"],
  ["a text", "208件", undefined, "208件", "208件", "General"],
  ["a percent typed as text", "60.00%", "@", "60.00%", "60.00%", "@"],
  ["a boolean", true, undefined, true, "TRUE", "General"],
  ["an Excel error", { error: "#N/A" }, undefined, { error: "#N/A" }, "#N/A", "General"],
  ["a formula's cached number in its format", { formula: "A1*2", result: 1.2 }, "0.0%", 1.2, "120.0%", "0.0%"],
  ["a formula's cached text", { formula: 'IF(A1>0.5,"達成","未達")', result: "達成" }, undefined, "達成", "達成", "General"],
  ["a formula without a cached result (never calculated)", { formula: "A1*2" } as ExcelJS.CellFormulaValue, undefined, null, "", "General"],
  ["a formula whose cached result is an error", { formula: "1/0", result: { error: "#DIV/0!" } }, undefined, { error: "#DIV/0!" }, "#DIV/0!", "General"],
  ["a formula whose cached result is a lookup error", { formula: 'VLOOKUP("x",A:A,2,0)', result: { error: "#N/A" } }, "0.00%", { error: "#N/A" }, "#N/A", "0.00%"],
  [
    "rich text",
    { richText: [{ text: "自動車:38.4pt", font: { bold: true } }, { text: " 火新:36.0pt" }] },
    undefined,
    "自動車:38.4pt 火新:36.0pt",
    "自動車:38.4pt 火新:36.0pt",
    "General",
  ],
  ["a hyperlink", { text: "結果の詳細", hyperlink: "https://example.com/kpi" }, undefined, "結果の詳細", "結果の詳細", "General"],
];

describe("a cell reads back as its value, the text Excel shows, and its number format", () => {
  let sheet: SheetSnapshot;
  beforeAll(async () => {
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet("Cells");
      CELLS.forEach(([, value, numFmt], i) => {
        const cell = ws.getCell(i + 1, 1);
        cell.value = value;
        if (numFmt) cell.numFmt = numFmt;
      });
    });
    [sheet] = await readXlsx(bytes);
  });

  it.each(CELLS.map((c, i) => [...c, i] as const))("%s", (_case, _w, _f, value, text, format, i) => {
    expect(sheet.values[i][0]).toEqual(value);
    expect(sheet.texts[i][0]).toBe(text);
    expect(sheet.numberFormats[i][0]).toBe(format);
  });
});

describe("the sheet's structure", () => {
  let sheets: SheetSnapshot[];
  beforeAll(async () => {
    const bytes = await bytesOf((wb) => {
      const merged = wb.addWorksheet("Merged");
      merged.getCell("A1").value = "No";
      merged.mergeCells("B1:D1");
      merged.getCell("B1").value = "お客様アンケートの収集";
      merged.mergeCells("A2:D3");
      merged.getCell("A2").value = "お客様からのお褒めの言葉…";
      const table = wb.addWorksheet("Table");
      table.addTable({
        name: "KpiTable",
        ref: "C3",
        columns: [{ name: "年度" }, { name: "結果" }],
        rows: [["2023年度", 0.6], ["2022年度", 0.323]],
      });
      wb.addWorksheet("Empty");
    });
    sheets = await readXlsx(bytes);
  });
  const sheet = (name: string) => sheets.find((s) => s.sheetName === name)!;

  it("gives one snapshot per worksheet, in workbook order", () => {
    expect(sheets.map((s) => s.sheetName)).toEqual(["Merged", "Table", "Empty"]);
  });

  it("reports merges in 1-based sheet coordinates", () => {
    expect(sheet("Merged").merges).toEqual([
      { top: 1, left: 2, bottom: 1, right: 4 },
      { top: 2, left: 1, bottom: 3, right: 4 },
    ]);
  });

  it("keeps a merged range's value in its top-left cell only", () => {
    const { values, texts } = sheet("Merged");
    expect(values[0]).toEqual(["No", "お客様アンケートの収集", null, null]);
    expect(texts[1]).toEqual(["お客様からのお褒めの言葉…", "", "", ""]);
    expect(values[2]).toEqual([null, null, null, null]);
  });

  it("reports the first Excel Table with its range", () => {
    expect(sheet("Table").table).toEqual({ name: "KpiTable", top: 3, left: 3, bottom: 5, right: 4 });
  });

  it("starts the block at the first cell holding a value", () => {
    expect(sheet("Table").origin).toEqual({ row: 3, col: 3 });
    expect(sheet("Table").texts).toEqual([
      ["年度", "結果"],
      ["2023年度", "0.6"],
      ["2022年度", "0.323"],
    ]);
  });

  it("reads a sheet without values as an empty block at A1 with no table or merges", () => {
    expect(sheet("Empty")).toEqual({ sheetName: "Empty", origin: { row: 1, col: 1 }, values: [], texts: [], numberFormats: [] });
  });
});

describe("the used block", () => {
  it("leaves out 100,000 formatted but empty rows and columns", async () => {
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet("KPI");
      ws.addRows([["年度", "結果"], ["2023年度", 0.6]]);
      ws.getCell("B2").numFmt = "0.00%";
      for (let c = 3; c <= 30; c++) ws.getCell(1, c).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
      for (let r = 3; r <= 100_002; r++) ws.getCell(r, 2).numFmt = "0.00%";
    });
    const [sheet] = await readXlsx(bytes);
    expect(sheet.origin).toEqual({ row: 1, col: 1 });
    expect(sheet.texts).toEqual([["年度", "結果"], ["2023年度", "60.00%"]]);
  }, 30_000);
});

describe("the 1904 date system", () => {
  it("gives dates as the workbook's serial numbers and shows them as Excel does", async () => {
    const bytes = await bytesOf((wb) => {
      wb.properties.date1904 = true;
      const cell = wb.addWorksheet("D").getCell("A1");
      cell.value = utc(2024, 4, 1);
      cell.numFmt = "yyyy/m/d";
    });
    const [sheet] = await readXlsx(bytes);
    expect(sheet.values[0][0]).toBe(APRIL_1_2024 - 1462);
    expect(sheet.texts[0][0]).toBe("2024/4/1");
  });
});
