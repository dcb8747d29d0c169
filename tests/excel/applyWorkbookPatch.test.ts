import type { WorkbookInfo } from "../../src/core/WorkbookPort";
import type { CellWrite, SheetWrite, WorkbookPatch } from "../../src/core/WorkbookPatch";
import { applyWorkbookPatch } from "../../src/excel/applyWorkbookPatch";
import { isWorkbookError } from "../../src/excel/toWorkbookError";
import { FakeBook } from "./_lib/FakeBook";
import { fakeExcel } from "./_lib/fakeExcel";
import { seedBook } from "./_lib/seedBook";
import { statusColumn } from "./_lib/statusColumn";

function info(book: FakeBook): WorkbookInfo {
  return {
    sheets: book.sheets.map((s) => s.name),
    activeSheet: book.active,
    names: [...book.names].map(([name, n]) => ({ name, ref: n.formula })),
    tables: book.tables.map((t) => ({ name: t.name, sheet: t.sheet })),
    sheetProtected: false,
    structureProtected: false,
  };
}

const GREEN = { fill: "#C6EFCE", font: { color: "#006100" } };
const RED = { fill: "#FFC7CE", font: { color: "#9C0006" } };

function sheetWrite(extra: Partial<SheetWrite> = {}): SheetWrite {
  return {
    kind: "replace-sheet",
    name: "開示用",
    cells: [
      { row: 1, col: 1, value: "2024年度", format: { font: { bold: true, size: 14 } } },
      { row: 2, col: 1, value: 1, format: { borders: { top: true, bottom: true, left: true, right: true }, indent: 1 } },
      { row: 2, col: 2, value: "お客様アンケートの収集", format: { borders: { top: true, bottom: true, left: true, right: true } } },
    ],
    merges: [{ top: 2, left: 2, bottom: 2, right: 5 }],
    columnWidths: { 1: 6, 2: 20, 3: 20 },
    rowHeights: { 2: 30 },
    ownerName: "KpiCheck_Disclosure",
    ownerRef: "'開示用'!$A$1",
    ...extra,
  };
}

describe("applyWorkbookPatch: the write plan in a constant number of syncs", () => {
  it("writes the status column's words and fills in one sync, given the workbook and the sheet's conditional formats as read", async () => {
    const book = seedBook();
    const excel = fakeExcel(book);
    const patch: WorkbookPatch = {
      sheets: [],
      statusLines: [statusColumn([
        { row: 2, col: 9, value: "◯ 達成", format: GREEN },
        { row: 3, col: 9, value: "× 未達成", format: RED },
      ])],
    };
    const rules = { sheet: "KPI", count: 0, custom: [] };
    const report = await excel.run((context) => applyWorkbookPatch(context, patch, { workbook: info(book), rules }));
    expect(excel.syncs()).toBe(1);
    expect(report.requests).toBe(1);
    expect(book.grid("KPI", "I1:I3")).toEqual([["達成状況"], ["◯ 達成"], ["× 未達成"]]);
    const kpi = book.sheet("KPI");
    expect([kpi.peek(2, 9)?.fill, kpi.peek(3, 9)?.fill]).toEqual(["#C6EFCE", "#FFC7CE"]);
    expect(kpi.peek(3, 9)?.font.color).toBe("#9C0006");
    expect(kpi.peek(1, 9)?.font.bold).toBe(true);
    expect(book.names.get("KpiCheck_Status")).toEqual({ formula: "='KPI'!$I$1:$I$3", visible: false });
  });

  it.each(["=1+1", "80%", "0123", "TRUE", "-35.1", "'quoted", "+81 3 1234"])(
    "stores the string %j as literal text, never a formula, number or boolean",
    async (text) => {
      const book = seedBook();
      const patch: WorkbookPatch = { sheets: [sheetWrite({ cells: [{ row: 1, col: 1, value: text }] })] };
      await fakeExcel(book).run((context) => applyWorkbookPatch(context, patch, { workbook: info(book) }));
      const cell = book.sheet("開示用").peek(1, 1);
      expect(cell?.value).toBe(text);
      expect(cell?.formula).toBeUndefined();
    },
  );

  it("writes numbers as numbers and applies number formats before values", async () => {
    const book = seedBook();
    const cells: CellWrite[] = [
      { row: 1, col: 1, value: 0.6, format: { numberFormat: "0.00%" } },
      { row: 1, col: 2, value: "80%", format: { numberFormat: "@" } },
    ];
    await fakeExcel(book).run((context) => applyWorkbookPatch(context, { sheets: [sheetWrite({ cells })] }, { workbook: info(book) }));
    const s = book.sheet("開示用");
    expect([s.peek(1, 1)?.value, s.peek(1, 1)?.numberFormat]).toEqual([0.6, "0.00%"]);
    expect([s.peek(1, 2)?.value, s.peek(1, 2)?.numberFormat]).toEqual(["80%", "@"]);
  });

  it("replaces the sheet it owns in place, keeps user sheets, and re-marks it with a hidden name", async () => {
    const book = seedBook();
    book.addSheet("開示用", [["old disclosure"]]);
    book.addSheet("メモ", [["user notes"]]);
    book.names.set("KpiCheck_Disclosure", { formula: "='開示用'!$A$1", visible: false });
    const excel = fakeExcel(book);
    await excel.run((context) => applyWorkbookPatch(context, { sheets: [sheetWrite({ replaces: "開示用" })] }, { workbook: info(book) }));
    expect(excel.syncs()).toBe(1);
    expect(book.sheets.map((s) => s.name)).toEqual(["KPI", "開示用", "メモ"]);
    expect(book.grid("開示用", "A1:B2")).toEqual([["2024年度", null], [1, "お客様アンケートの収集"]]);
    expect(book.grid("メモ", "A1")).toEqual([["user notes"]]);
    expect(book.names.get("KpiCheck_Disclosure")).toEqual({ formula: "='開示用'!$A$1", visible: false });
  });

  it("lays the sheet out: merges, widths in points, heights, borders on every edge, fonts", async () => {
    const book = seedBook();
    await fakeExcel(book).run((context) => applyWorkbookPatch(context, { sheets: [sheetWrite()] }, { workbook: info(book) }));
    const s = book.sheet("開示用");
    expect(s.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 5 }]);
    expect([s.columnWidths.get(1), s.columnWidths.get(2), s.columnWidths.get(3)]).toEqual([35.25, 108.75, 108.75]);
    expect(s.rowHeights.get(2)).toBe(30);
    for (const col of [1, 2]) {
      const edges = Object.keys(s.peek(2, col)!.borders).sort();
      expect(edges).toEqual(expect.arrayContaining(["EdgeBottom", "EdgeLeft", "EdgeRight", "EdgeTop"]));
      expect(s.peek(2, col)!.borders.EdgeTop.style).toBe("Continuous");
    }
    expect(s.peek(1, 1)?.font).toEqual({ bold: true, size: 14 });
    expect(s.peek(2, 1)?.indentLevel).toBe(1);
  });

  it("links a cell through Range.hyperlink when the target is too long for a HYPERLINK formula", async () => {
    const book = seedBook();
    const url = `https://example.jp/${"a".repeat(300)}`;
    const cells: CellWrite[] = [{ row: 1, col: 1, value: "会社案内", hyperlink: url }];
    await fakeExcel(book).run((context) => applyWorkbookPatch(context, { sheets: [sheetWrite({ cells, merges: [] })] }, { workbook: info(book) }));
    const cell = book.sheet("開示用").peek(1, 1);
    expect(cell?.value).toBe("会社案内");
    expect(cell?.hyperlink).toEqual({ address: url, textToDisplay: "会社案内" });
  });

  it("adds the sheet's table, page setup and page breaks, frozen rows and hidden gridlines", async () => {
    const book = seedBook();
    const write = sheetWrite({
      name: "検証結果",
      ownerName: "KpiCheck_Findings",
      ownerRef: "'検証結果'!$A$1",
      cells: [
        { row: 1, col: 1, value: "重要度" },
        { row: 1, col: 2, value: "セル", hyperlink: "#'KPI'!G27" },
        { row: 2, col: 1, value: "警告" },
        { row: 2, col: 2, value: "G27", hyperlink: "#'KPI'!G27" },
      ],
      merges: [],
      table: { name: "KpiCheckFindings", top: 1, left: 1, bottom: 2, right: 2, style: "TableStyleMedium2" },
      print: { paperSize: "A4", orientation: "landscape", fitToWidth: true, area: "A1:B2" },
      freeze: { rows: 1, cols: 0 },
      showGridLines: false,
      pageBreaks: [1, 40, 81],
    });
    await fakeExcel(book).run((context) => applyWorkbookPatch(context, { sheets: [write] }, { workbook: info(book) }));
    const s = book.sheet("検証結果");
    expect(book.tables.find((t) => t.sheet === "検証結果")).toMatchObject({ name: "KpiCheckFindings", style: "TableStyleMedium2", rect: { top: 1, left: 1, bottom: 2, right: 2 } });
    expect(s.pageLayout).toEqual({ paperSize: "A4", orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printArea: "A1:B2" });
    expect(s.frozen).toEqual({ rows: 1, cols: 0 });
    expect(s.pageBreaks).toEqual([40, 81]);
    expect(s.showGridlines).toBe(false);
    expect(s.peek(2, 2)?.value).toBe("G27");
    expect(s.peek(2, 2)?.formula).toBe(`=HYPERLINK("#'KPI'!G27","G27")`);
  });

  it("empties the column's earlier rows, extends the Excel Table, then writes", async () => {
    const book = seedBook({ table: true });
    const kpi = book.sheet("KPI");
    kpi.cell(30, 9).value = "◯ 達成";
    kpi.cell(30, 9).fill = "#C6EFCE";
    const patch: WorkbookPatch = {
      sheets: [],
      statusLines: [statusColumn([{ row: 2, col: 9, value: "◯ 達成", format: GREEN }], { clear: { top: 1, bottom: 30 }, extendTable: "KpiTable" })],
    };
    await fakeExcel(book).run((context) => applyWorkbookPatch(context, patch, { workbook: info(book) }));
    expect(kpi.peek(30, 9)?.value ?? null).toBeNull();
    expect(kpi.peek(30, 9)?.fill).toBeUndefined();
    expect(book.tables[0].rect.right).toBe(9);
    expect(book.grid("KPI", "I1:I2")).toEqual([["達成状況"], ["◯ 達成"]]);
  });

  it("selects the cell the plan names, last", async () => {
    const book = seedBook();
    book.addSheet("メモ");
    book.active = "メモ";
    const patch: WorkbookPatch = { sheets: [], statusLines: [statusColumn([])], select: { sheet: "KPI", cell: "I1" } };
    await fakeExcel(book).run((context) => applyWorkbookPatch(context, patch, { workbook: info(book) }));
    expect(book.active).toBe("KPI");
    expect(book.selection).toEqual({ sheet: "KPI", address: "I1" });
  });

  it("reads the workbook's names first, in one more sync, when it was not read before", async () => {
    const book = seedBook();
    book.names.set("KpiCheck_Status", { formula: "='KPI'!$I$1:$I$9", visible: false });
    const excel = fakeExcel(book);
    await excel.run((context) => applyWorkbookPatch(context, { sheets: [], statusLines: [statusColumn([])] }));
    expect(excel.syncs()).toBe(2);
    expect(book.names.get("KpiCheck_Status")?.formula).toBe("='KPI'!$I$1:$I$1");
  });

  it("keeps every request under 5 MB for a disclosure of 50,000 long rows, and writes them all", async () => {
    const book = seedBook();
    const text = "お客様に安心をお届けしご満足いただくために、証券の早期発行に努め、証券到着後は誤りやご不明点がないかなどの確認を行います。";
    const cells: CellWrite[] = [];
    for (let row = 1; row <= 50_000; row++) cells.push({ row, col: 1, value: `${row} ${text}`, format: { wrapText: true } });
    const excel = fakeExcel(book);
    const report = await excel.run((context) => applyWorkbookPatch(context, { sheets: [sheetWrite({ cells, merges: [] })] }, { workbook: info(book) }));
    expect(excel.syncs()).toBe(report.requests);
    expect(excel.syncs()).toBeGreaterThan(1);
    expect(Math.max(...excel.rec.stats.map((s) => s.requestBytes))).toBeLessThan(5 * 1024 * 1024);
    expect(book.grid("開示用", "A50000")).toEqual([[`50000 ${text}`]]);
    expect(book.sheet("開示用").peek(49_999, 1)?.wrapText).toBe(true);
  }, 60_000);

  it("reports a protected sheet as a typed error", async () => {
    const book = seedBook();
    book.sheet("KPI").protected = true;
    const patch: WorkbookPatch = { sheets: [], statusLines: [statusColumn([{ row: 2, col: 9, value: "◯ 達成" }])] };
    const error = await fakeExcel(book).run((context) => applyWorkbookPatch(context, patch, { workbook: info(book) })).catch((e: unknown) => e);
    expect(isWorkbookError(error) && error.kind).toBe("protected");
  });
});
