import { checkSheet } from "../../../src/core/checkSheet";
import type { CheckResult } from "../../../src/core/CheckResult";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";
import type { WorkbookInfo } from "../../../src/core/WorkbookPort";
import { yearSheetsLeftOut } from "../../../src/core/layout/yearSheetsLeftOut";

/** After a check of all sheets: the sheets of a year the check did not take in, so that the pane can say so. */
const ROWS = [["No", "取組項目", "目標", "結果"], [1, "研修の実施", "年4回以上", "4回"]];
const together = (sheets: string[]): CheckResult => ({ ...checkSheet(snapshotFromRows(sheets[0], ROWS), { asOf: "2026-11-29" }), sheets });
const book = (sheets: string[], extra: Partial<WorkbookInfo> = {}): WorkbookInfo => ({ sheets, activeSheet: sheets[0], names: [], tables: [], sheetProtected: false, structureProtected: false, ...extra });

describe("yearSheetsLeftOut", () => {
  it.each([
    ["nothing when every year's sheet was checked", ["2023年度", "2024年度"], book(["2023年度", "2024年度", "メモ"]), { hidden: [], unread: [] }],
    ["a hidden year's sheet as hidden", ["2023年度", "2024年度"], book(["2022年度", "2023年度", "2024年度"], { hiddenSheets: ["2022年度"] }), { hidden: ["2022年度"], unread: [] }],
    ["a visible year's sheet without a table read as unread", ["2023年度", "2024年度"], book(["R4", "2023年度", "2024年度"]), { hidden: [], unread: ["R4"] }],
    ["never a sheet named for no year", ["2023年度"], book(["2023年度", "顧客一覧"]), { hidden: [], unread: [] }],
    ["never the add-in's own sheet", ["2024年度"], book(["2024年度", "2024年度開示用"], { names: [{ name: "KpiCheck_Disclosure", ref: "='2024年度開示用'!$A$1" }] }), { hidden: [], unread: [] }],
  ])("names %s", (_what, sheets, workbook, expected) => {
    expect(yearSheetsLeftOut(together(sheets), workbook)).toEqual(expected);
  });

  it("names nothing after a one-sheet check", () => {
    const one = checkSheet(snapshotFromRows("2024年度", ROWS), { asOf: "2026-11-29" });
    expect(yearSheetsLeftOut(one, book(["2023年度", "2024年度"], { hiddenSheets: ["2023年度"] }))).toEqual({ hidden: [], unread: [] });
  });
});
