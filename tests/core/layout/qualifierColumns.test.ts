/* Units and criterion columns (docs/sheet-layouts.md "Units and criterion columns"): `単位` gives a bare number its
   unit, `判定基準` / `達成基準` a target without a comparator its direction, as staff reading the row would. */
import { checkSheet } from "../../../src/core/checkSheet";
import type { CellValue } from "../../../src/core/SheetSnapshot";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";

const check = (rows: CellValue[][]) => checkSheet(snapshotFromRows("KPI", rows), { asOf: "2026-11-30" });
const HEADER = ["年度", "No", "取組項目", "目標", "単位", "判定基準", "実績"];

describe("a row's unit and criterion qualify its figures", () => {
  it.each<[string, CellValue[], string, string, string]>([
    ["95 with % and 以上 is 95%以上; 96 is 96%", ["2024年度", 1, "お客さま満足度", 95, "%", "以上", 96], "95%以上", "96%", "met"],
    ["5 with 件 and 以下 is 5件以下: 7件 is not met", ["2024年度", 2, "苦情件数", 5, "件", "以下", 7], "5件以下", "7件", "not_met"],
    ["以内 as the criterion", ["2024年度", 3, "事務処理日数", 3, "日", "以内", 2], "3日以内", "2日", "met"],
    ["未満 as the criterion", ["2024年度", 4, "解約率", 2, "%", "未満", 2], "2%未満", "2%", "not_met"],
    ["a figure with its own unit keeps it", ["2024年度", 5, "研修回数", "12回", "回", "以上", "12回"], "12回以上", "12回", "met"],
    ["a target with its own comparator keeps it", ["2024年度", 6, "回収数", "200件以上", "件", "以下", 215], "200件以上", "215件", "met"],
    ["a number and a comparator written in the target: the unit goes between", ["2024年度", 7, "回収率", "80以上", "%", "", "82"], "80%以上", "82%", "met"],
    ["a unit cell naming no unit (年) qualifies nothing", ["2024年度", 8, "面談数", 100, "年", "以上", 120], "100以上", "120", "met"],
    ["a criterion naming no comparator (前年度比) qualifies nothing", ["2024年度", 9, "契約数", 100, "件", "前年度比", 120], "100件", "120件", "met"],
    ["a result's fraction beside % is a ratio (0.95 of 95%以上), not 0.95%", ["2024年度", 11, "更新率", "95%以上", "%", "", 0.95], "95%以上", "0.95", "met"],
    ["a result's fraction beside % against a target below 1% is in % (0.4 of 0.5%以下)", ["2024年度", 12, "解約率", 0.5, "%", "以下", 0.4], "0.5%以下", "0.4", "met"],
    ["a target without a figure takes no comparator", ["2024年度", 10, "研修の実施", "研修の実施", "", "以上", "実施済み"], "研修の実施", "実施済み", "met"],
  ])("%s", (_, row, target, result, status) => {
    const out = check([HEADER, row]);
    expect(out.kpis.map((k) => [k.target, k.result, k.status])).toEqual([[target, result, status]]);
  });

  it("判定基準 is no evaluation column (it holds 以上 / 以下, not 〇 / ×)", () => {
    const out = check([HEADER, ["2024年度", 1, "お客さま満足度", 95, "%", "以上", 96]]);
    expect(out.fields?.evaluation).toBeUndefined();
    expect(out.findings.map((f) => f.code)).not.toContain("evaluation-mismatch");
  });

  it("a number shown as a percentage (0.95 in 0%) is not given the unit twice", () => {
    const snapshot = snapshotFromRows("KPI", [HEADER, ["2024年度", 1, "お客さま満足度", 0.95, "%", "以上", 0.96]]);
    const texts = snapshot.texts.map((r) => [...r]);
    const numberFormats = snapshot.numberFormats.map((r) => [...r]);
    [texts[1][3], texts[1][6]] = ["95%", "96%"];
    [numberFormats[1][3], numberFormats[1][6]] = ["0%", "0%"];
    const out = checkSheet({ ...snapshot, texts, numberFormats }, { asOf: "2026-11-30" });
    expect(out.kpis.map((k) => [k.target, k.result, k.status])).toEqual([["95%以上", "96%", "met"]]);
  });

  it("a wide table with a row per figure: the unit on the KPI's 目標 row qualifies both rows", () => {
    const out = check([
      ["No", "指標", "単位", "区分", "2023年度", "2024年度"],
      [1, "お客さま満足度", "%", "目標", 90, 92],
      [null, null, null, "実績", 91.5, 91],
    ]);
    expect(out.layout).toBe("wide");
    expect(out.kpis.map((k) => [k.fiscalYear, k.target, k.result, k.status])).toEqual([
      [2023, "90%", "91.5%", "met"],
      [2024, "92%", "91%", "not_met"],
    ]);
  });

  it("達成基準 in a wide table: each year's target takes it", () => {
    const out = check([
      ["No", "取組項目", "単位", "達成基準", "2023年度目標", "2023年度実績", "2024年度目標", "2024年度実績"],
      [1, "苦情件数", "件", "以下", 10, 8, 8, 9],
    ]);
    expect(out.kpis.map((k) => [k.fiscalYear, k.target, k.result, k.status])).toEqual([
      [2023, "10件以下", "8件", "met"],
      [2024, "8件以下", "9件", "not_met"],
    ]);
  });
});
