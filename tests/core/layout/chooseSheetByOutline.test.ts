import { chooseSheetByOutline } from "../../../src/core/layout/chooseSheetByOutline";
import type { SheetOutline } from "../../../src/core/WorkbookPort";

const sheet = (name: string, usedRange: string | null, visible = true): SheetOutline => ({ name, visible, usedRange, tables: [] });
const OWN = { KpiCheck_Disclosure: "'開示用'!$A$1" };

describe("chooseSheetByOutline: which sheet to read, before reading any cell", () => {
  it.each<[string, SheetOutline[], string, string | undefined]>([
    ["the active sheet when it holds something", [sheet("表紙", "表紙!A1"), sheet("KPI", "KPI!A1:H25")], "KPI", "KPI"],
    ["the active sheet even when another is larger", [sheet("KPI", "KPI!A1:H25"), sheet("2023", "'2023'!A1:C9")], "2023", "2023"],
    ["the first filled sheet when the active one is the add-in's own", [sheet("開示用", "'開示用'!A1:E40"), sheet("KPI", "KPI!A1:H25")], "開示用", "KPI"],
    ["the first filled sheet when the active one is empty", [sheet("メモ", null), sheet("KPI", "KPI!A1:H25")], "メモ", "KPI"],
    ["a visible sheet before a hidden one", [sheet("旧", "旧!A1:C3", false), sheet("KPI", "KPI!A1:H25")], "メモ", "KPI"],
    ["a hidden sheet when no visible one holds anything", [sheet("メモ", null), sheet("旧", "旧!A1:C3", false)], "メモ", "旧"],
    ["nothing for an empty workbook", [sheet("Sheet1", null)], "Sheet1", undefined],
    ["nothing yet from the add-in's own sheet alone (ask again with all)", [sheet("開示用", "'開示用'!A1")], "開示用", undefined],
  ])("%s", (_name, outlines, active, chosen) => {
    expect(chooseSheetByOutline(outlines, active, OWN)).toBe(chosen);
  });
});
