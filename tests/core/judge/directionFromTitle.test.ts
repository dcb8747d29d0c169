/* The direction of a target written as a bare figure, taken from the KPI's name (docs/kpi-grammar.md,
   "Direction from the KPI's name"): `苦情件数 | 3件 | 4件` is not met. The lower-is-better word must name what is measured. */
import { checkSheet } from "../../../src/core/checkSheet";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";

const HEADER = ["年度", "No", "KPI項目", "単位", "目標", "実績"];

function judged(title: string, target: string | number, result: string | number) {
  const checked = checkSheet(snapshotFromRows("KPI", [HEADER, ["2024年度", 1, title, "件", target, result]]), { asOf: "2026-11-29" });
  const implied = checked.findings.find((f) => f.code === "implied-comparator");
  return { status: checked.kpis[0].status, comparator: implied?.params.comparator };
}

describe("a target naming no metric takes its direction from the KPI's name", () => {
  it.each([
    // the name measures something to keep low
    ["苦情件数", 3, 4, "not_met", "<="],
    ["苦情件数", 3, 2, "met", "<="],
    ["苦情件数", "3件", "4件", "not_met", "<="],
    ["お客さまからの苦情の件数", "3", "4", "not_met", "<="],
    ["苦情受付件数", "3件", "2件", "met", "<="],
    ["早期解約率", "5%", "6%", "not_met", "<="],
    ["ご意向確認書の不備率", "1%", "0.8%", "met", "<="],
    ["苦情件数の削減", "10件", "12件", "not_met", "<="],
    ["平均待ち時間", "10分", "12分", "not_met", "<="],
    ["苦情件数", "件数 3件", "4件", "not_met", "<="],
    // the name measures an activity about it, or nothing low: at least
    ["解約防止のための訪問件数", "30件", "32件", "met", ">="],
    ["解約防止訪問件数", "30件", "28件", "not_met", ">="],
    ["苦情対応研修の受講率", "90%", "95%", "met", ">="],
    ["苦情削減率", "10%", "12%", "met", ">="],
    ["お客さまの声(苦情含む)の活用件数", "30件", "32件", "met", ">="],
    ["アンケート回収数", "300件", "318件", "met", ">="],
    // the target's own words decide: a comparator written, or a metric named
    ["苦情件数", "3件以内", "4件", "not_met", undefined],
    ["苦情対応研修の受講率", "受講率 90%", "95%", "met", ">="],
    ["解約防止のための訪問件数", "訪問件数 30件", "28件", "not_met", ">="],
  ])("%s | %s | %s → %s (%s)", (title, target, result, status, comparator) => {
    expect(judged(title, target, result)).toEqual({ status, comparator });
  });
});

describe("a whole sheet: 取組方針 | KPI | 目標 | 実績", () => {
  const sheet = snapshotFromRows("2024年度", [
    ["No", "取組方針", "KPI", "目標", "実績"],
    [1, "お客さまの声を経営に活かします", "苦情件数", 3, 4],
    [2, "お客さまの声を経営に活かします", "アンケート回収数", "300件", "318件"],
    [3, "契約の継続を支えます", "解約防止のための訪問件数", "30件", "28件"],
  ]);
  const checked = checkSheet(sheet, { asOf: "2026-11-29" });

  it.each([
    ["苦情件数", "not_met"],
    ["アンケート回収数", "met"],
    ["解約防止のための訪問件数", "not_met"],
  ])("%s is %s", (title, status) => {
    expect(checked.kpis.find((k) => k.title === title)?.status).toBe(status);
  });

  it("says the comparator it implied for each", () => {
    const implied = checked.findings.filter((f) => f.code === "implied-comparator").map((f) => [f.row, f.params.comparator]);
    expect(implied).toEqual([[2, "<="], [3, ">="], [4, ">="]]);
  });

  it("raises no duplicate-column finding", () => {
    expect(checked.findings.filter((f) => f.code === "duplicate-column")).toEqual([]);
  });
});

describe("a lower-is-better word listed with a kind not kept low measures voices gathered (review)", () => {
  it.each([
    ["苦情・ご意見の件数", "100件", "120件", "met", ">="],
    ["ご要望・苦情件数", "100件", "90件", "not_met", ">="],
    ["苦情・不備件数", "5件", "6件", "not_met", "<="],
  ])("%s | %s | %s → %s (%s)", (title, target, result, status, comparator) => {
    expect(judged(title, target, result)).toEqual({ status, comparator });
  });
});
