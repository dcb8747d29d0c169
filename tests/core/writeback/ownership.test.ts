import { findOwnedColumn, newStatusColumnName, ownedSheet, OWNER_NAMES } from "../../../src/core/writeback/ownership";

describe("findOwnedColumn: the add-in's status column is found by its defined name", () => {
  it.each([
    { rule: "a quoted reference", names: { KpiCheck_Status: "'KPI'!$J$1:$J$25" }, sheet: "KPI", found: { ownerName: "KpiCheck_Status", col: 10, top: 1, bottom: 25 } },
    { rule: "Office.js's =Sheet!range", names: { KpiCheck_Status: "=KPI!$J$1:$J$25" }, sheet: "KPI", found: { ownerName: "KpiCheck_Status", col: 10, top: 1, bottom: 25 } },
    { rule: "a sheet name with a quote", names: { KpiCheck_Status2: "'O''Brien''s KPI'!$C$3:$C$9" }, sheet: "O'Brien's KPI", found: { ownerName: "KpiCheck_Status2", col: 3, top: 3, bottom: 9 } },
    { rule: "a sheet name in another case", names: { KpiCheck_Status: "'kpi'!$B$1:$B$2" }, sheet: "KPI", found: { ownerName: "KpiCheck_Status", col: 2, top: 1, bottom: 2 } },
    { rule: "the marker of another sheet", names: { KpiCheck_Status: "'Other'!$J$1:$J$25" }, sheet: "KPI", found: undefined },
    { rule: "a marker whose sheet was deleted", names: { KpiCheck_Status: "=#REF!$J$1:$J$25" }, sheet: "KPI", found: undefined },
    { rule: "a marker spanning two columns (not one the add-in wrote)", names: { KpiCheck_Status: "'KPI'!$J$1:$K$25" }, sheet: "KPI", found: undefined },
    { rule: "a user name that merely looks alike", names: { KpiCheck_StatusOld: "'KPI'!$J$1:$J$25" }, sheet: "KPI", found: undefined },
  ] as { rule: string; names: Record<string, string>; sheet: string; found: unknown }[])("$rule", ({ names, sheet, found }) => {
    expect(findOwnedColumn(sheet, names)).toEqual(found);
  });
});

describe("newStatusColumnName: one marker per KPI sheet", () => {
  it.each([
    { names: {}, name: "KpiCheck_Status" },
    { names: { KpiCheck_Status: "'A'!$F$1:$F$9" }, name: "KpiCheck_Status2" },
    { names: { KpiCheck_Status: "'A'!$F$1:$F$9", KpiCheck_Status2: "'B'!$F$1:$F$9" }, name: "KpiCheck_Status3" },
    { names: { KpiCheck_Status: "=#REF!" }, name: "KpiCheck_Status" },
  ])("$name beside $names", ({ names, name }) => {
    expect(newStatusColumnName(names as Record<string, string>)).toBe(name);
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
