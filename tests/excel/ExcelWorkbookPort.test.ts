import type { WorkbookPatch } from "../../src/core/WorkbookPatch";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { isWorkbookError } from "../../src/excel/toWorkbookError";
import { fakeExcel } from "./_lib/fakeExcel";
import { seedBook } from "./_lib/seedBook";
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
    expect(isWorkbookError(error) && error.kind).toBe("protected");
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
    expect(isWorkbookError(error) && error.kind).toBe("protected");
    expect(book.sheets).toHaveLength(1);
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
