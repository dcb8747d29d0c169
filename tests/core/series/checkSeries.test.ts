/**
 * Findings across years (kpi-rules.md §2): each follows its comparator's direction, so for lower-is-better metrics
 * "below last year's result" means above it and "declined" means rose.
 */
import { checkSheet } from "../../../src/core/checkSheet";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";
import { renderFinding } from "../../../src/i18n/renderFinding";
import cases from "../../fixtures/series/findings.json";

const HEADER = ["年度", "No", "取組項目", "目標", "結果"];
const SERIES_CODES = new Set(["series-uncertain", "series-kept-apart", "series-unit-changed", "series-new-measure", "target-below-last-result", "result-declined", "kpi-dropped"]);

function check(rows: (string | number)[][]) {
  const result = checkSheet(snapshotFromRows("KPI", [HEADER, ...rows]), { asOf: "2026-11-29" });
  return { result, series: result.findings.filter((f) => SERIES_CODES.has(f.code)) };
}

describe("findings between two years of a series", () => {
  it.each(cases.cases)("$case", ({ previous, current, findings }) => {
    const { series } = check([
      ["2023年度", 1, "お客様満足度の向上", ...previous],
      ["2024年度", 1, "お客様満足度の向上", ...current],
    ]);
    expect(series.map((f) => f.code).sort()).toEqual([...findings].sort());
    for (const f of series) expect([f.row, f.cell?.slice(1)]).toEqual([3, "3"]); // on the newer KPI's row
  });

  it("a target below last year's result names both figures, in Japanese and English", () => {
    const { series } = check([
      ["2023年度", 1, "お客様アンケートの収集", "回答数:200件", "250件"],
      ["2024年度", 1, "お客様アンケートの収集", "回答数:220件", ""],
    ]);
    expect(series).toEqual([
      expect.objectContaining({ code: "target-below-last-result", severity: "warning", field: "target", cell: "D3" }),
    ]);
    expect(renderFinding(series[0], "ja")).toBe(
      "目標（回答数：220件）が2023年度の実績（250件）より緩い水準です。前年度の実績を踏まえた目標か確認してください。",
    );
    expect(renderFinding(series[0], "en")).toContain("less demanding than the result of FY2023 (250件)");
  });

  it("compares only with the fiscal year just before (a gap has no last year)", () => {
    const { series } = check([
      ["2022年度", 1, "お客様アンケートの収集", "回答数:200件", "250件"],
      ["2023年度", 2, "対面募集の推進", "対面募集率:75%", "60%"],
      ["2024年度", 1, "お客様アンケートの収集", "回答数:100件", "90件"],
    ]);
    expect(series.map((f) => [f.code, f.row])).toEqual([["kpi-dropped", 2], ["kpi-dropped", 3]]);
  });
});

describe("kpi-dropped", () => {
  it("names the last year's KPI that the next year's table lacks, never the newest year's", () => {
    const { series } = check([
      ["2023年度", 1, "お客様アンケートの収集", "回答数:200件", "208件"],
      ["2023年度", 2, "代理店事故対応窓口割合の向上", "代理店事故窓口割合 85%", "80%"],
      ["2024年度", 1, "お客様アンケートの収集", "回答数:210件", ""],
    ]);
    expect(series).toEqual([
      expect.objectContaining({ code: "kpi-dropped", severity: "info", row: 3, field: "title", cell: "C3",
        params: { fiscalYear: 2023, no: 2, title: "代理店事故対応窓口割合の向上", nextYear: 2024 } }),
    ]);
    expect(renderFinding(series[0], "ja")).toBe(
      "2023年度のNo 2「代理店事故対応窓口割合の向上」に当たるKPIが2024年度の表にありません。取組を終えたのか確認してください。",
    );
  });
});

describe("unsure matches are findings, not silent joins", () => {
  it("a near miss kept apart says so on the newer KPI", () => {
    const { series } = check([
      ["2023年度", 3, "自動車保険の早期更改", "自動車保険 早期更改率:80%", "82%"],
      ["2024年度", 3, "火災保険の早期更改", "火災保険 早期更改率:70%", "75%"],
    ]);
    expect(series.map((f) => [f.code, f.row])).toEqual([["kpi-dropped", 2], ["series-kept-apart", 3]]);
    expect(renderFinding(series[1], "ja")).toContain("2023年度のNo 3「自動車保険の早期更改」と取組項目が似ていますが、別のKPIとして扱いました。");
  });

  it("a join on a transposed acronym says how it was made", () => {
    const { series } = check([
      ["2021年度", 5, "お客様アンケートNPS(事故対応)の向上", "NPS(事故対応) 60pt", "37.5pt"],
      ["2022年度", 4, "事故対応に関するお客様満足度向上", "NSP(事故対応) 60pt", "40pt"],
    ]);
    expect(series.map((f) => f.code)).toEqual(["series-uncertain"]);
    expect(renderFinding(series[0], "ja")).toContain("（指標で照合）");
  });
});

describe("a target relative to last year's result (前年度実績以上) takes its baseline from the series", () => {
  it("also when the KPI was renumbered (joined by its metric), and its units do not count as changed", () => {
    const { result, series } = check([
      ["2023年度", 1, "お客様アンケートの収集", "回答数:200件", "208件"],
      ["2024年度", 3, "アンケート回答の拡大", "回答数:前年度実績以上", "210件"],
    ]);
    expect(result.kpis.map((k) => k.status)).toEqual(["met", "met"]);
    expect(result.findings.filter((f) => f.code === "baseline-from-previous-year").map((f) => [f.row, f.params])).toEqual([
      [3, { fiscalYear: 2023, row: 2, value: 208, unit: "件" }],
    ]);
    expect(series).toEqual([]);
  });

  it("never from an unsure join (a transposed acronym): the baseline stays unknown", () => {
    const { result } = check([
      ["2021年度", 5, "お客様アンケートNPS(事故対応)の向上", "NPS(事故対応) 60pt", "37.5pt"],
      ["2022年度", 4, "事故対応に関するお客様満足度向上", "NSP(事故対応) 前年度実績以上", "40pt"],
    ]);
    expect(result.findings.map((f) => f.code)).toContain("baseline-unknown");
    expect(result.kpis[1].status).toBe("unevaluable");
  });
});
