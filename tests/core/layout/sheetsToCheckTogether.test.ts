import { checkSheet } from "../../../src/core/checkSheet";
import type { CheckResult } from "../../../src/core/CheckResult";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";
import type { WorkbookInfo } from "../../../src/core/WorkbookPort";
import { sheetsToCheckTogether } from "../../../src/core/layout/sheetsToCheckTogether";

/** The sheets the pane offers to check together after a one-sheet check (its one-line offer). */
const ROWS = [["No", "取組項目", "目標", "結果"], [1, "研修の実施", "年4回以上", "4回"]];
const checked = (sheet: string): CheckResult => checkSheet(snapshotFromRows(sheet, ROWS), { asOf: "2026-11-29" });
const book = (sheets: string[], extra: Partial<WorkbookInfo> = {}): WorkbookInfo => ({ sheets, activeSheet: sheets[0], names: [], tables: [], sheetProtected: false, structureProtected: false, ...extra });

describe("sheetsToCheckTogether", () => {
  it.each([
    ["the other years' sheets, in workbook order", "2024年度", book(["2022年度", "2023年度", "2024年度", "メモ"]), ["2022年度", "2023年度"]],
    ["sheets named in era years and with words", "R6", book(["R5", "R6", "2023年度実績"]), ["R5", "2023年度実績"]],
    ["none where the checked sheet is named for no year", "KPI", book(["KPI", "2023年度"]), []],
    ["never a hidden sheet", "2024年度", book(["2023年度", "2024年度"], { hiddenSheets: ["2023年度"] }), []],
    ["never the add-in's own sheet", "2024年度", book(["2024年度", "2024年度開示用"], { names: [{ name: "KpiCheck_Disclosure", ref: "='2024年度開示用'!$A$1" }] }), []],
  ])("offers %s", (_what, sheet, workbook, expected) => {
    expect(sheetsToCheckTogether(checked(sheet), workbook, 4)).toEqual(expected);
  });

  it("offers the sheets a check found KPI tables on, whatever their names", () => {
    expect(sheetsToCheckTogether({ ...checked("KPI"), otherKpiSheets: ["旧表"] }, book(["KPI", "旧表", "メモ"]), 4)).toEqual(["旧表"]);
  });

  it.each([
    ["after a check of several sheets", { ...checked("2024年度"), sheets: ["2023年度", "2024年度"] }],
    ["after a check that found no KPI", checkSheet(snapshotFromRows("2024年度", [["メモ"]]), { asOf: "2026-11-29" })],
  ])("offers nothing %s", (_what, result) => {
    expect(sheetsToCheckTogether(result, book(["2023年度", "2024年度"]), 4)).toEqual([]);
  });
});
