import ExcelJS from "exceljs";
import exceljsPackage from "exceljs/package.json";
import {
  EXCELJS_VERSION,
  mergeDisjoint,
  setSheetOrderNo,
  sheetOrderNo,
  tableModel,
  tableModels,
} from "../../src/xlsx/_lib/exceljsInternals";

// The writer relies on exceljs internals (src/xlsx/_lib/exceljsInternals.ts). These tests pin them to the installed
// exceljs: after an upgrade, a failure here says which internal moved.

async function reloaded(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  return again;
}

describe("exceljs internals the writer relies on", () => {
  it("were checked against the installed exceljs version", () => {
    expect(exceljsPackage.version).toBe(EXCELJS_VERSION);
  });

  it("a loaded table's model names the table, its range and columns, and its style", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("KPI");
    ws.addTable({ name: "KpiTable", ref: "A1", headerRow: true, style: { theme: "TableStyleLight1", showRowStripes: true }, columns: [{ name: "年度" }, { name: "No" }], rows: [["2024年度", 1]] });
    const loaded = (await reloaded(wb)).getWorksheet("KPI")!;
    const model = tableModel(loaded, "KpiTable")!;
    expect([model.name, model.tableRef ?? model.ref, model.columns.map((c) => c.name), model.style?.theme]).toEqual(["KpiTable", "A1:B2", ["年度", "No"], "TableStyleLight1"]);
    expect(tableModels(loaded).map((t) => t.name)).toEqual(["KpiTable"]);
  });

  it("merges given as disjoint are all merged, and later merges are still checked against them", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("開示用");
    mergeDisjoint(ws, [{ top: 1, left: 1, bottom: 1, right: 3 }, { top: 2, left: 1, bottom: 3, right: 1 }]);
    expect(ws.getCell("C1").isMerged && ws.getCell("A3").isMerged).toBe(true);
    expect((ws.model as { merges: string[] }).merges.sort()).toEqual(["A1:C1", "A2:A3"]);
    expect(() => ws.mergeCells("B1:B2")).toThrow(/merge/i);
  });

  it("a sheet's order number places a new sheet where the one it replaces was", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("KPI");
    const old = wb.addWorksheet("開示用");
    wb.addWorksheet("メモ");
    const at = sheetOrderNo(old);
    wb.removeWorksheet(old.id);
    setSheetOrderNo(wb.addWorksheet("開示用"), at);
    expect((await reloaded(wb)).worksheets.map((w) => w.name)).toEqual(["KPI", "開示用", "メモ"]);
  });
});
