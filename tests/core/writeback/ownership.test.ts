import { snapshotFromRows } from "../../../src/core/snapshotFromRows";
import {
  findOwnedLines,
  ownedSheet,
  ownedStatusLines,
  OWNER_NAMES,
  ownSheetName,
  statusLineName,
  takenOver,
} from "../../../src/core/writeback/ownership";

describe("ownedStatusLines: the add-in's status lines on a sheet are found by their defined names", () => {
  it.each([
    { rule: "a quoted reference", names: { KpiCheck_Status: "'KPI'!$J$1:$J$25" }, sheet: "KPI", found: [{ ownerName: "KpiCheck_Status", year: null, rect: { top: 1, left: 10, bottom: 25, right: 10 } }] },
    { rule: "Office.js's =Sheet!range", names: { KpiCheck_Status: "=KPI!$J$1:$J$25" }, sheet: "KPI", found: [{ ownerName: "KpiCheck_Status", year: null, rect: { top: 1, left: 10, bottom: 25, right: 10 } }] },
    { rule: "a sheet name with a quote", names: { KpiCheck_Status2: "'O''Brien''s KPI'!$C$3:$C$9" }, sheet: "O'Brien's KPI", found: [{ ownerName: "KpiCheck_Status2", year: null, rect: { top: 3, left: 3, bottom: 9, right: 3 } }] },
    { rule: "a sheet name in another case", names: { KpiCheck_Status: "'kpi'!$B$1:$B$2" }, sheet: "KPI", found: [{ ownerName: "KpiCheck_Status", year: null, rect: { top: 1, left: 2, bottom: 2, right: 2 } }] },
    { rule: "a year's column, the year from the name", names: { KpiCheck_Status_2023: "'KPI'!$I$1:$I$4" }, sheet: "KPI", found: [{ ownerName: "KpiCheck_Status_2023", year: 2023, rect: { top: 1, left: 9, bottom: 4, right: 9 } }] },
    { rule: "a year's row of the second sheet", names: { KpiCheck_Status2_2024: "'KPI'!$A$8:$E$8" }, sheet: "KPI", found: [{ ownerName: "KpiCheck_Status2_2024", year: 2024, rect: { top: 8, left: 1, bottom: 8, right: 5 } }] },
    { rule: "nothing: the marker of another sheet", names: { KpiCheck_Status: "'Other'!$J$1:$J$25" }, sheet: "KPI", found: [] },
    { rule: "nothing: a marker whose sheet was deleted", names: { KpiCheck_Status: "=#REF!$J$1:$J$25" }, sheet: "KPI", found: [] },
    { rule: "nothing: a marker spanning two columns and rows (not one the add-in wrote)", names: { KpiCheck_Status: "'KPI'!$J$1:$K$25" }, sheet: "KPI", found: [] },
    { rule: "nothing: a user name that merely looks alike", names: { KpiCheck_StatusOld: "'KPI'!$J$1:$J$25", KpiCheck_Status_23: "'KPI'!$K$1:$K$25" }, sheet: "KPI", found: [] },
  ] as { rule: string; names: Record<string, string>; sheet: string; found: unknown }[])("$rule", ({ names, sheet, found }) => {
    expect(ownedStatusLines(sheet, names)).toEqual(found);
  });
});

describe("takenOver: a status line is the user's again once their own header stands in its header cell", () => {
  const line = { ownerName: "KpiCheck_Status_2023", year: 2023, rect: { top: 1, left: 2, bottom: 3, right: 2 } };
  it.each([
    { header: "達成状況", taken: false },
    { header: "達成状況(2023年度)", taken: false },
    { header: "達成状況 (2)", taken: false },
    { header: "Status (FY2023)", taken: false }, // written in English, re-run in Japanese
    { header: "ＳＴＡＴＵＳ", taken: false },
    { header: "", taken: false },
    { header: "2025年度目標", taken: true },
    { header: "メモ", taken: true },
  ])("$header → $taken", ({ header, taken }) => {
    const snapshot = snapshotFromRows("KPI", [["No", header], [1, "達成"], [2, "未達成"]]);
    expect(takenOver(line, snapshot)).toBe(taken);
  });
});

describe("findOwnedLines: the lines a reader leaves out", () => {
  const names = {
    KpiCheck_Status_2023: "'KPI'!$D$1:$D$3",
    KpiCheck_Status_2024: "'KPI'!$E$1:$E$3",
    KpiCheck_Status2_2023: "'KPI'!$A$6:$C$6",
    KpiCheck_Status2: "'Other'!$F$1:$F$9",
  };
  it.each([
    { rule: "every owned column and row of the sheet", header2024: "達成状況(2024年度)", owned: { columns: [4, 5], rows: [6] } },
    { rule: "less a column the user wrote over", header2024: "2025年度目標", owned: { columns: [4], rows: [6] } },
  ])("$rule", ({ header2024, owned }) => {
    const snapshot = snapshotFromRows("KPI", [
      ["No", "目標", "結果", "達成状況(2023年度)", header2024],
      [1, "80%", "85%", "達成", "達成"],
    ]);
    expect(findOwnedLines("KPI", names, snapshot)).toEqual(owned);
  });
});

describe("statusLineName: one number per KPI sheet, the year as a suffix", () => {
  it.each([
    { rule: "the first sheet's column", sheet: "A", names: {}, year: null, name: "KpiCheck_Status" },
    { rule: "the first sheet's year", sheet: "A", names: {}, year: 2023, name: "KpiCheck_Status_2023" },
    { rule: "the next number beside another sheet's column", sheet: "B", names: { KpiCheck_Status: "'A'!$F$1:$F$9" }, year: null, name: "KpiCheck_Status2" },
    { rule: "the next number beside two other sheets", sheet: "C", names: { KpiCheck_Status: "'A'!$F$1:$F$9", KpiCheck_Status2: "'B'!$F$1:$F$9" }, year: null, name: "KpiCheck_Status3" },
    { rule: "the sheet's own number for another year", sheet: "B", names: { KpiCheck_Status_2023: "'A'!$F$1:$F$9", KpiCheck_Status2_2023: "'B'!$F$1:$F$9" }, year: 2024, name: "KpiCheck_Status2_2024" },
    { rule: "a number freed by a deleted sheet (#REF!)", sheet: "B", names: { KpiCheck_Status: "=#REF!" }, year: null, name: "KpiCheck_Status" },
  ] as { rule: string; sheet: string; names: Record<string, string>; year: number | null; name: string }[])("$rule: $name", ({ sheet, names, year, name }) => {
    expect(statusLineName(sheet, names, year)).toBe(name);
  });
});

describe("ownedSheet: the add-in's sheet, by its marker", () => {
  it.each([
    { sheets: ["KPI", "開示用"], names: { [OWNER_NAMES.disclosureSheet]: "'開示用'!$A$1" }, owned: "開示用" },
    { sheets: ["KPI", "公開用"], names: { [OWNER_NAMES.disclosureSheet]: "=公開用!$A$1" }, owned: "公開用" },
    { sheets: ["KPI", "開示用"], names: {}, owned: undefined },
    { sheets: ["KPI"], names: { [OWNER_NAMES.disclosureSheet]: "'開示用'!$A$1" }, owned: undefined },
  ])("$owned among $sheets", ({ sheets, names, owned }) => {
    expect(ownedSheet({ sheetNames: sheets, definedNames: names as Record<string, string> }, OWNER_NAMES.disclosureSheet)).toBe(owned);
  });
});

describe("ownSheetName: the add-in's sheet replaces its earlier one, never a user's", () => {
  it.each([
    { rule: "a first run", sheets: ["KPI"], names: {}, placed: { owned: undefined, name: "開示用" } },
    { rule: "its earlier sheet, renamed by the user", sheets: ["KPI", "公開用"], names: { [OWNER_NAMES.disclosureSheet]: "'公開用'!$A$1" }, placed: { owned: "公開用", name: "開示用" } },
    { rule: "a user sheet of that name", sheets: ["KPI", "開示用"], names: {}, placed: { owned: undefined, name: "開示用 (2)" } },
    { rule: "its earlier sheet of that name", sheets: ["KPI", "開示用"], names: { [OWNER_NAMES.disclosureSheet]: "'開示用'!$A$1" }, placed: { owned: "開示用", name: "開示用" } },
  ])("$rule", ({ sheets, names, placed }) => {
    expect(ownSheetName({ sheetNames: sheets, definedNames: names as Record<string, string> }, OWNER_NAMES.disclosureSheet, "開示用")).toEqual(placed);
  });
});
