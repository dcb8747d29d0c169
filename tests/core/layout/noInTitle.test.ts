/* A KPI numbered in its title where the table has no No column (docs/sheet-layouts.md "Detection"): the number
   before the words is the No, a figure glued to the words is part of the title. */
import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import { noInTitle } from "../../../src/core/layout/_lib/noInTitle";
import { readKpiTable } from "../../../src/core/layout/readKpiTable";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";

const cell = (text: string) => ({ text, value: text, numberFormat: "General", row: 3, col: 1 });

describe("noInTitle", () => {
  it.each([
    ["①お客さまアンケート回答数", "1"],
    ["⑫ 研修の開催", "12"],
    ["1. 早期更改率", "1"],
    ["２．早期更改率", "2"],
    ["(3) 事務ミス件数", "3"],
    ["（4）事務ミス件数", "4"],
    ["【5】満足度", "5"],
    ["KPI6 研修受講率", "6"],
    ["No.7 研修受講率", "7"],
    ["1-2 満足度", "1-2"],
    ["8 満足度", "8"],
  ])("%s → No %s", (title, no) => {
    expect(noInTitle(cell(title))?.text).toBe(no);
  });

  it.each(["3か月以内の解約率", "24時間受付の件数", "アンケート回答数", "100%の研修受講", "2024年度の研修"])("%s has no number of its own", (title) => {
    expect(noInTitle(cell(title))).toBeUndefined();
  });
});

describe("a table without a No column", () => {
  const read = (titles: string[]) =>
    readKpiTable(
      snapshotFromRows("2024年度", [["KPI", "目標", "実績"], ...titles.map((t) => [t, "80%以上", "82%"])]),
      BUILT_IN_SCHEMA,
    );

  it("takes every KPI's No from its title when each title is numbered", () => {
    const r = read(["①アンケート回収率", "②早期更改率"]);
    expect(r.records.map((k) => k.fields.no?.text)).toEqual(["1", "2"]);
    expect(r.findings.filter((f) => f.code === "missing-column")).toEqual([]);
  });

  it("takes none when a title is not numbered (missing-column stays)", () => {
    const r = read(["①アンケート回収率", "早期更改率"]);
    expect(r.records.map((k) => k.fields.no?.text)).toEqual([undefined, undefined]);
    expect(r.findings.filter((f) => f.code === "missing-column").map((f) => f.field)).toEqual(["no"]);
  });
});
