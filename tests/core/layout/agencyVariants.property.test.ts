import fc from "fast-check";
import { checkSheet } from "../../../src/core/checkSheet";
import { parseFiscalYear } from "../../../src/core/fiscalYear/parseFiscalYear";
import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import { readKpiTable } from "../../../src/core/layout/readKpiTable";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";
import { buildVariant, variantOptions, VARIANT_AS_OF } from "./_support/agencyVariants";
import { scoreVariant } from "./_support/measureVariants";

// Agency workbooks nobody has seen (issue #13's hidden measure: statuses right, no row that is not a KPI read as
// one, no crash, stable re-runs), generated in the six layouts with the variations staff make; the expected statuses
// come from how each variant was generated, never from the engine.
describe("realistic agency variants of the six layouts", () => {
  it("every status right, no row that is not a KPI read as one, no crash, the same on a re-run, read without doubt", () => {
    fc.assert(
      fc.property(variantOptions, (options) => {
        const score = scoreVariant(buildVariant(options));
        expect({ wrong: score.wrong, extra: score.extra, crashed: score.crashed, unstable: score.unstable, unsure: score.unsure }).toEqual({
          wrong: [],
          extra: 0,
          crashed: false,
          unstable: false,
          unsure: false,
        });
      }),
      { numRuns: 150, seed: 13 },
    );
  });

  it("no row that is not a KPI raises an error finding", () => {
    fc.assert(
      fc.property(variantOptions, (options) => {
        const v = buildVariant(options);
        const sheet = v.sheets.find((s) => s.sheetName === v.sheet)!;
        const result = checkSheet(sheet, { asOf: VARIANT_AS_OF });
        const kpiRows = new Set(result.kpis.map((k) => k.row));
        const errors = result.findings.filter((f) => f.severity === "error" && f.row !== null && !kpiRows.has(f.row));
        expect(errors).toEqual([]);
      }),
      { numRuns: 60, seed: 29 },
    );
  });
});

describe("the website's blocks as staff head them", () => {
  it.each([["2024年度"], ["【2024年度】"], ["2024年度 KPI"], ["令和6年度の取組"], ["■令和6年度 重要業績評価指数(KPI)"], ["■令和6年度 重要業績評価指標(KPI)"], ["2024年度 KPI実績"], ["2024年度の取組み状況"], ["2024年度 目標・結果"], ["令和6年度 重要業績評価指標の取組結果"]])("the heading %s names fiscal year 2024", (heading) => {
    const read = readKpiTable(snapshotFromRows("HP", [[heading], [1, "研修の実施"], ["目標", "年4回以上", "結果(2024年度)", "4回"]]), BUILT_IN_SCHEMA);
    expect(read.layout).toBe("blocks");
    const year = read.records[0].fields.fiscalYear!;
    expect([parseFiscalYear(year.value, year.text, BUILT_IN_SCHEMA), year.text]).toEqual([2024, heading]);
  });

  it.each([["2024年度から店頭でアンケートを始めました"], ["2024年度は10件を目指します"]])("a sentence naming a year (%s) is no heading", (text) => {
    const read = readKpiTable(snapshotFromRows("HP", [["2023年度"], [1, "研修の実施"], [text], ["目標", "年4回以上", "結果(2023年度)", "4回"]]), BUILT_IN_SCHEMA);
    expect(read.records.map((r) => [r.fields.fiscalYear?.value, r.fields.description?.text])).toEqual([["2023年度", text]]);
  });
});

describe("the website's blocks before the results are typed", () => {
  it("the range holds the empty result cells beside 結果(2023年度), so that the status column goes right of them", () => {
    const read = readKpiTable(snapshotFromRows("HP", [["2023年度"], [1, "研修の実施"], ["目標", "年4回以上", "結果(2023年度)"]]), BUILT_IN_SCHEMA);
    expect(read.range).toBe("A1:D3");
  });
});

describe("rows below or inside a table that staff add", () => {
  const header = ["年度", "No", "取組項目", "目標", "結果", "担当", "進捗"];
  it("the header repeated with its unnamed columns too (担当, 進捗) is the header again, not a KPI", () => {
    const read = readKpiTable(
      snapshotFromRows("KPI", [header, ["2024年度", 1, "研修", "年4回以上", "4回", "営業課", "完了"], header, ["2024年度", 2, "アンケート", "200件以上", "214件", "業務課", "完了"]]),
      BUILT_IN_SCHEMA,
    );
    expect(read.records.map((r) => r.row)).toEqual([2, 4]);
    expect(read.skippedRows).toEqual([{ row: 3, why: "header" }]);
  });

  it("a second small table below (a heading, its own header, its rows) is skipped as second-table, to the end", () => {
    const read = readKpiTable(
      snapshotFromRows("KPI", [
        ["No", "取組項目", "2023年度目標", "2023年度実績", "2024年度目標", "2024年度実績"],
        [1, "研修", "年4回以上", "4回", "年5回以上", "5回"],
        [],
        ["【参考】お客様アンケート結果の推移"],
        ["年度", "回答数", "総合満足度"],
        ["2022年度", "196件", "8.6pt"],
        ["2023年度", "208件", "8.8pt"],
      ]),
      BUILT_IN_SCHEMA,
    );
    expect(read.records.map((r) => r.row)).toEqual([2, 2]);
    expect(read.skippedRows).toEqual([
      { row: 4, why: "section" },
      { row: 5, why: "second-table" },
      { row: 6, why: "second-table" },
      { row: 7, why: "second-table" },
    ]);
  });

  it.each([
    [false, [2, 3, 4]],
    [true, [2]],
  ] as const)("KPI rows typed right below an Excel Table not extended over them are read, unless the table shows a totals row (its last row; shown: %p)", (totalsRow, rows) => {
    const sheet = [header.slice(0, 5), ["2024年度", 1, "研修", "年4回以上", "4回"], ["2024年度", 2, "事務ミス", "3件以下", "1件"], ["2024年度", 3, "アンケート", "200件以上", "214件"]];
    const read = readKpiTable(snapshotFromRows("KPI", sheet, { table: { name: "KPI表", top: 1, left: 1, bottom: 3, right: 5, totalsRow } }), BUILT_IN_SCHEMA);
    expect(read.records.map((r) => r.row)).toEqual(rows);
  });

  it("below an Excel Table, a blank row ends it", () => {
    const sheet = [header.slice(0, 5), ["2024年度", 1, "研修", "年4回以上", "4回"], [], ["2024年度", 2, "事務ミス", "3件以下", "1件"]];
    const read = readKpiTable(snapshotFromRows("KPI", sheet, { table: { name: "KPI表", top: 1, left: 1, bottom: 2, right: 5 } }), BUILT_IN_SCHEMA);
    expect(read.records.map((r) => r.row)).toEqual([2]);
  });

  it("a section heading then KPI rows is not a second table (its rows have figures)", () => {
    const read = readKpiTable(
      snapshotFromRows("KPI", [header.slice(0, 5), ["2024年度", 1, "研修", "年4回以上", "4回"], [], ["■ 事務品質"], ["2024年度", 2, "事務ミス", "3件以下", "1件"]]),
      BUILT_IN_SCHEMA,
    );
    expect(read.records.map((r) => r.row)).toEqual([2, 5]);
  });
});
