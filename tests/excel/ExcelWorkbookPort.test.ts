import type { WorkbookPatch } from "../../src/core/WorkbookPatch";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { isWorkbookError } from "../../src/excel/toWorkbookError";
import { fakeExcel } from "./_lib/fakeExcel";
import { seedBook, yearSheetsBook } from "./_lib/seedBook";
import { statusColumn } from "./_lib/statusColumn";

const column: WorkbookPatch = { sheets: [], statusLines: [statusColumn([{ row: 2, col: 9, value: "◯ 達成" }])] };

describe("ExcelWorkbookPort: the WorkbookPort of the add-in", () => {
  it("a click: two syncs to read (addresses, then the block), one to write — no round trip for the workbook's names", async () => {
    const excel = fakeExcel(seedBook());
    const port = new ExcelWorkbookPort(excel.run);
    await port.readSnapshot();
    await port.applyPatch(column);
    expect(excel.syncs()).toBe(3);
  });

  it("reads the names itself when a plan comes without a read before it", async () => {
    const excel = fakeExcel(seedBook());
    const port = new ExcelWorkbookPort(excel.run);
    await port.applyPatch(column);
    expect(excel.syncs()).toBe(2);
  });

  it("refuses up front to write to a protected sheet: not one request is sent", async () => {
    const book = seedBook();
    book.sheet("KPI").protected = true;
    const excel = fakeExcel(book);
    const port = new ExcelWorkbookPort(excel.run);
    await port.readSnapshot();
    const error = await port.applyPatch(column).catch((e: unknown) => e);
    expect(isWorkbookError(error) && error).toMatchObject({ kind: "protected", sheet: "KPI" });
    expect(excel.syncs()).toBe(2);
  });

  it("refuses to add sheets to a workbook whose structure is protected", async () => {
    const book = seedBook();
    book.structureProtected = true;
    const excel = fakeExcel(book);
    const port = new ExcelWorkbookPort(excel.run);
    await port.readSnapshot();
    const patch: WorkbookPatch = { sheets: [{ kind: "replace-sheet", name: "開示用", cells: [], merges: [], columnWidths: {}, rowHeights: {}, ownerName: "KpiCheck_Disclosure", ownerRef: "'開示用'!$A$1" }] };
    const error = await port.applyPatch(patch).catch((e: unknown) => e);
    expect(isWorkbookError(error) && error).toMatchObject({ kind: "protected", structure: true });
    expect(book.sheets).toHaveLength(1);
  });

  it("writes the add-in's sheet already there in place when the structure is protected: that needs no structure", async () => {
    const book = seedBook();
    book.addSheet("開示用", [["前回の内容"]]);
    book.structureProtected = true;
    const port = new ExcelWorkbookPort(fakeExcel(book).run);
    await port.readSnapshot();
    const cells = [{ row: 1, col: 1, value: "お客さま本位の業務運営" }];
    const patch: WorkbookPatch = { sheets: [{ kind: "replace-sheet", name: "開示用", replaces: "開示用", cells, merges: [], columnWidths: {}, rowHeights: {}, ownerName: "KpiCheck_Disclosure", ownerRef: "'開示用'!$A$1" }] };
    await port.applyPatch(patch);
    expect(book.sheets.map((s) => s.name)).toEqual(["KPI", "開示用"]);
    expect(book.sheet("開示用").peek(1, 1)?.value).toBe("お客さま本位の業務運営");
  });

  it("selects a cell on another sheet in one sync, and says when the sheet is gone", async () => {
    const book = seedBook();
    book.addSheet("メモ");
    book.active = "メモ";
    const excel = fakeExcel(book);
    const port = new ExcelWorkbookPort(excel.run);
    await port.selectCell("KPI", "G27");
    expect(excel.syncs()).toBe(1);
    expect(book.active).toBe("KPI");
    expect(book.selection).toEqual({ sheet: "KPI", address: "G27" });
    const error = await port.selectCell("消えたシート", "A1").catch((e: unknown) => e);
    expect(isWorkbookError(error) && error.kind).toBe("sheet-not-found");
  });
});

describe("ExcelWorkbookPort reading all sheets (one sheet per year): a write relies on every sheet it read", () => {
  /** A status column on another year's sheet than the one chosen (H: right of the table of seven columns). */
  const on2024: WorkbookPatch = {
    sheets: [],
    statusLines: [statusColumn([{ row: 2, col: 8, value: "◯ 達成" }], { sheet: "2024年度", col: 8, header: { row: 1, col: 8, value: "達成状況" }, ownerName: "KpiCheck_Status2", ownerRef: "'2024年度'!$H$1:$H$2" })],
  };

  it("gives the other sheets read, names the protected one, and refuses up front to write to it", async () => {
    const book = yearSheetsBook();
    book.sheet("2024年度").protected = true;
    const excel = fakeExcel(book);
    const port = new ExcelWorkbookPort(excel.run);
    const { others, workbook } = await port.readSnapshot({ all: true });
    expect(others?.map((s) => s.sheetName)).toEqual(["2022年度", "2023年度", "2024年度"]);
    expect(workbook.protectedSheets).toEqual(["2024年度"]);
    const syncs = excel.syncs();
    const error = await port.applyPatch(on2024).catch((e: unknown) => e);
    expect(isWorkbookError(error) && error).toMatchObject({ kind: "protected", sheet: "2024年度" });
    expect(excel.syncs()).toBe(syncs);
  });

  it("stops with 'changed' and writes nothing when, since an earlier read, the user typed where another sheet's status goes", async () => {
    const book = yearSheetsBook();
    let now = 0;
    const port = new ExcelWorkbookPort(fakeExcel(book).run, { now: () => now });
    await port.readSnapshot({ all: true });
    book.sheet("2024年度").cell(3, 8).value = "メモ";
    now += 60_000;
    const error = await port.applyPatch(on2024).catch((e: unknown) => e);
    expect(isWorkbookError(error) && error.kind).toBe("changed");
    expect(book.sheet("2024年度").peek(1, 8)).toBeUndefined();
  });

  it("writes the other sheet's column when nothing changed since the earlier read", async () => {
    const book = yearSheetsBook();
    let now = 0;
    const port = new ExcelWorkbookPort(fakeExcel(book).run, { now: () => now });
    await port.readSnapshot({ all: true });
    now += 60_000;
    await port.applyPatch(on2024);
    expect(book.sheet("2024年度").peek(1, 8)?.value).toBe("達成状況");
  });
});
