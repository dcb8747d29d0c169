import ExcelJS from "exceljs";
import type { CellFormat, SheetWrite } from "../../../src/core/WorkbookPatch";
import { applyPatch, toExcelStyle } from "../../../src/xlsx/applyPatch";

describe("toExcelStyle: a plan format as an exceljs style", () => {
  it.each([
    { format: { numberFormat: "@" }, style: { numFmt: "@" } },
    { format: { fill: "#c6efce" }, style: { fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFC6EFCE" } } } },
    { format: { font: { bold: true, color: "#9C0006", size: 12, name: "游ゴシック" } }, style: { font: { bold: true, color: { argb: "FF9C0006" }, size: 12, name: "游ゴシック" } } },
    { format: { horizontalAlignment: "left", verticalAlignment: "center", wrapText: true, indent: 1 }, style: { alignment: { horizontal: "left", vertical: "middle", wrapText: true, indent: 1 } } },
    { format: { borders: { top: true, left: true, color: "#808080" } }, style: { border: { top: { style: "thin", color: { argb: "FF808080" } }, left: { style: "thin", color: { argb: "FF808080" } } } } },
    { format: {}, style: {} },
  ] as { format: CellFormat; style: unknown }[])("$format", ({ format, style }) => {
    expect(toExcelStyle(format)).toEqual(style);
  });
});

const sheet = (over: Partial<SheetWrite>): SheetWrite => ({
  kind: "replace-sheet", name: "開示用", cells: [], merges: [], columnWidths: {}, rowHeights: {},
  ownerName: "KpiCheck_Disclosure", ownerRef: "'開示用'!$A$1", ...over,
});

describe("applyPatch: the plan, as-is, on an exceljs workbook", () => {
  it("writes a sheet's cells, merges, sizes, page breaks, page setup and view", () => {
    const wb = new ExcelJS.Workbook();
    applyPatch(wb, {
      sheets: [sheet({
        cells: [{ row: 1, col: 1, value: "=SUM(A1)", format: { numberFormat: "@" } }, { row: 2, col: 1, value: 3 }],
        merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
        columnWidths: { 1: 9, 2: 33 },
        rowHeights: { 1: 40 },
        pageBreaks: [2],
        print: { paperSize: "A4", orientation: "portrait", fitToWidth: true, area: "A1:C2", centerHorizontally: true },
        freeze: { rows: 1, cols: 0 },
        showGridLines: false,
      })],
    });
    const ws = wb.getWorksheet("開示用")!;
    expect(ws.getCell("A1").value).toBe("=SUM(A1)"); // literal text, not a formula
    expect(ws.getCell("A1").formula).toBeUndefined();
    expect((ws.model as unknown as { merges: string[] }).merges).toEqual(["A1:C1"]);
    expect([ws.getColumn(1).width, ws.getColumn(2).width, ws.getRow(1).height]).toEqual([9, 33, 40]);
    expect((ws as unknown as { rowBreaks: { id: number }[] }).rowBreaks.map((b) => b.id)).toEqual([1]);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printArea: "A1:C2", horizontalCentered: true });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1, showGridLines: false });
    expect(wb.definedNames.model).toEqual([{ name: "KpiCheck_Disclosure", ranges: ["'開示用'!$A$1"] }]);
  });

  it("puts a replacing sheet where the old one was, and a new one last", () => {
    const wb = new ExcelJS.Workbook();
    for (const name of ["KPI", "開示用", "メモ"]) wb.addWorksheet(name).getCell("A1").value = `old ${name}`;
    applyPatch(wb, { sheets: [sheet({ replaces: "開示用", cells: [{ row: 1, col: 1, value: "new" }] }), sheet({ name: "検証結果", ownerName: "KpiCheck_Findings", ownerRef: "'検証結果'!$A$1" })] });
    expect(wb.worksheets.map((w) => w.name)).toEqual(["KPI", "開示用", "メモ", "検証結果"]);
    expect(wb.getWorksheet("開示用")!.getCell("A1").value).toBe("new");
  });

  it("links within the workbook with a HYPERLINK formula, and to the web with a hyperlink", () => {
    const wb = new ExcelJS.Workbook();
    applyPatch(wb, {
      sheets: [sheet({ cells: [
        { row: 1, col: 1, value: "G27", hyperlink: "#'KPI \"表\"'!G27" },
        { row: 2, col: 1, value: "site", hyperlink: "https://example.com/" },
      ] })],
    });
    const ws = wb.getWorksheet("開示用")!;
    expect(ws.getCell("A1").value).toEqual({ formula: 'HYPERLINK("#\'KPI ""表""\'!G27","G27")', result: "G27" });
    expect(ws.getCell("A2").value).toEqual({ text: "site", hyperlink: "https://example.com/" });
  });

  it("empties the status column's old rows before writing it, and moves its marker", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("KPI");
    for (let r = 1; r <= 6; r++) ws.getCell(r, 4).value = `old ${r}`;
    ws.getCell(5, 4).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
    ws.getCell("C2").value = "user";
    wb.definedNames.add("'KPI'!$D$1:$D$6", "KpiCheck_Status");
    applyPatch(wb, {
      sheets: [],
      statusLines: [{
        kind: "owned-column", sheet: "KPI", col: 4, clear: { top: 1, bottom: 6 },
        header: { row: 1, col: 4, value: "達成状況" }, cells: [{ row: 2, col: 4, value: "◯ 達成" }],
        ownerName: "KpiCheck_Status", ownerRef: "'KPI'!$D$1:$D$2", width: 15,
      }],
    });
    expect([1, 2, 3, 4, 5, 6].map((r) => ws.getCell(r, 4).value)).toEqual(["達成状況", "◯ 達成", null, null, null, null]);
    expect(ws.getCell(5, 4).fill).toBeUndefined();
    expect(ws.getCell("C2").value).toBe("user");
    expect(wb.definedNames.model).toEqual([{ name: "KpiCheck_Status", ranges: ["KPI!$D$1:$D$2"] }]);
  });
});
