import { snapshotFromRows } from "../../src/core/snapshotFromRows";
import type { WorkbookPatch } from "../../src/core/WorkbookPatch";
import { FileWorkbookPort } from "../../src/preview/FileWorkbookPort";

const cover = snapshotFromRows("表紙", [["KPIの開示"]]);
const kpi = { ...snapshotFromRows("KPI", [["年度", "No"], ["2024年度", 1]]), table: { name: "KpiTable", top: 1, left: 1, bottom: 2, right: 2 } };

function port(onSelect?: (sheet: string, cell: string) => void) {
  return new FileWorkbookPort({ sheets: [cover, kpi], activeSheet: "KPI", definedNames: { KpiCheck_Status: "'KPI'!$C$1:$C$2" } }, onSelect);
}

describe("FileWorkbookPort: a file in memory as the pane's workbook", () => {
  it.each([
    ["no sheet named: the active one", undefined, "KPI"],
    ["a sheet named", "表紙", "表紙"],
  ])("reads %s", async (_, sheet, expected) => {
    const { snapshot, workbook } = await port().readSnapshot(sheet ? { sheet } : {});
    expect(snapshot.sheetName).toBe(expected);
    expect(workbook.activeSheet).toBe(expected);
  });

  it("describes the workbook: sheets in order, defined names as Excel writes them, the sheets' tables", async () => {
    const { workbook } = await port().readSnapshot();
    expect(workbook.sheets).toEqual(["表紙", "KPI"]);
    expect(workbook.names).toEqual([{ name: "KpiCheck_Status", ref: "='KPI'!$C$1:$C$2" }]);
    expect(workbook.tables).toEqual([{ name: "KpiTable", sheet: "KPI" }]);
    expect([workbook.sheetProtected, workbook.structureProtected]).toEqual([false, false]);
  });

  it("reads with all: the other visible sheets that may hold a KPI table, in workbook order, never the add-in's own, a hidden or an empty one", async () => {
    const year = (name: string) => snapshotFromRows(name, [["No", "取組項目", "目標", "結果"], [1, "研修の実施", "年4回以上", "4回"]]);
    const hidden = { ...year("2021年度"), visibility: "hidden" as const };
    const own = snapshotFromRows("開示用", [["2024年度"]]);
    const empty = snapshotFromRows("メモ", []);
    const file = new FileWorkbookPort({ sheets: [cover, hidden, year("2022年度"), own, empty, year("2023年度")], activeSheet: "2023年度", definedNames: { KpiCheck_Disclosure: "'開示用'!$A$1" } });
    const { snapshot, others } = await file.readSnapshot({ all: true });
    expect(snapshot.sheetName).toBe("2023年度");
    expect(others?.map((s) => s.sheetName)).toEqual(["表紙", "2022年度"]);
    expect((await file.readSnapshot()).others).toBeUndefined();
  });

  it("rejects a sheet the file does not have with the port's sheet-not-found error", async () => {
    await expect(port().readSnapshot({ sheet: "無い" })).rejects.toMatchObject({ kind: "sheet-not-found", detail: "無い" });
    await expect(port().selectCell("無い", "A1")).rejects.toMatchObject({ kind: "sheet-not-found" });
  });

  it("keeps an applied patch as the download's plan and counts its cells and sheets, with no round trip", async () => {
    const p = port();
    const cell = { row: 1, col: 1, value: "x" };
    const patch: WorkbookPatch = {
      statusLines: [{ kind: "owned-column", sheet: "KPI", col: 3, header: cell, cells: [cell, cell], ownerName: "KpiCheck_Status", ownerRef: "'KPI'!$C$1:$C$2" }],
      sheets: [{ kind: "replace-sheet", name: "開示用", cells: [cell, cell, cell], merges: [], ownerName: "KpiCheck_Disclosure" }],
    } as unknown as WorkbookPatch;
    expect(await p.applyPatch(patch)).toEqual({ cells: 6, sheets: 1, requests: 0, largestRequestBytes: 0 });
    expect(p.lastPatch).toBe(patch);
  });

  it("selecting a cell records it and tells the preview, which has no grid to select in", async () => {
    const seen: string[] = [];
    const p = port((sheet, cell) => seen.push(`${sheet}!${cell}`));
    await p.selectCell("KPI", "G27");
    expect(p.selection).toEqual({ sheet: "KPI", cell: "G27" });
    expect(seen).toEqual(["KPI!G27"]);
  });
});
