/**
 * Series matching (kpi-rules.md §2 "Series across years"), as a table of real cases: the same KPI over fiscal
 * years joins by ID column, by No with a similar title or the same metric, or by metric when the No changed — and
 * KPIs that only look alike stay apart.
 */
import { checkSheet } from "../../../src/core/checkSheet";
import { checkWorkbook } from "../../../src/core/checkWorkbook";
import { BUILT_IN_SCHEMA as SCHEMA } from "../../../src/core/KpiSchema";
import { buildSeries } from "../../../src/core/series/buildSeries";
import type { KpiSeries } from "../../../src/core/series/KpiSeries";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";
import cases from "../../fixtures/series/matching.json";
import newMeasure from "../../fixtures/series/newMeasure.json";
import { renderFinding } from "../../../src/i18n/renderFinding";

const HEADER = ["年度", "No", "取組項目", "目標", "結果"];

/** A series as the fixture writes it: `2022#1 → 2023#1:no-title`. */
function chain(s: KpiSeries): string {
  return s.points
    .map((p) => `${p.fiscalYear}#${p.no}${p.match ? `:${p.match.by}${p.match.sure ? "" : "?"}` : ""}`)
    .join(" → ");
}

function seriesOf(header: string[], rows: (string | number)[][]): KpiSeries[] {
  return checkSheet(snapshotFromRows("KPI", [header, ...rows]), { asOf: "2026-11-29" }).series;
}

describe("buildSeries joins the same KPI across years", () => {
  it.each(cases.cases)("$case", ({ rows, series }) => {
    expect(seriesOf(HEADER, rows).map(chain).sort()).toEqual([...series].sort());
  });
});

describe("an ID column (「KPI ID」) decides before No, title and metric", () => {
  it.each(cases.idCases)("$case", ({ rows, series }) => {
    const found = seriesOf(["KPI ID", ...HEADER], rows);
    expect(found.map(chain).sort()).toEqual([...series].sort());
  });

  it.each(["KPI ID", "系列", "系列ID"])("the header 「%s」 is read as the ID", (header) => {
    const [only] = seriesOf([header, ...HEADER], cases.idCases[0].rows);
    expect(only.seriesId).toBe("K-01");
    expect(only.id).toBe("K-01");
  });
});

describe("a copy of the table on another sheet, checked with it as one (--all-sheets)", () => {
  /** The series of each sheet of a workbook holding the same rows on two sheets, and whether any spans both. */
  function copiedSeries(header: string[], rows: (string | number)[][]) {
    const sheets = ["KPI", "Webサイト貼付"].map((name) => snapshotFromRows(name, [header, ...rows]));
    const { series } = checkWorkbook(sheets, { asOf: "2026-11-29" })!;
    const ofSheet = (name: string) => series.filter((s) => s.points.every((p) => p.sheet === name)).map(chain).sort();
    return { kpi: ofSheet("KPI"), web: ofSheet("Webサイト貼付"), spanning: series.filter((s) => new Set(s.points.map((p) => p.sheet)).size > 1).length };
  }

  it.each(cases.cases)("$case: each sheet's KPIs join as on the sheet alone", ({ rows, series }) => {
    expect(copiedSeries(HEADER, rows)).toEqual({ kpi: [...series].sort(), web: [...series].sort(), spanning: 0 });
  });

  it.each(cases.idCases)("$case (ID column): each sheet's KPIs join as on the sheet alone", ({ rows, series }) => {
    expect(copiedSeries(["KPI ID", ...HEADER], rows)).toEqual({ kpi: [...series].sort(), web: [...series].sort(), spanning: 0 });
  });
});

describe("every point keeps its year's row, figures and status", () => {
  const [survey] = seriesOf(HEADER, cases.cases[0].rows);

  it("lists the years oldest first with row, target, result, status and components", () => {
    expect(survey.points.map((p) => [p.fiscalYear, p.row, p.target, p.result, p.status])).toEqual([
      [2022, 2, "回答数:200件", "196件", "not_met"],
      [2023, 3, "回答数:200件", "208件", "met"],
    ]);
    expect(survey.points[1].components).toEqual([
      expect.objectContaining({ target: 200, actual: 208, unit: "件", comparator: ">=" }),
    ]);
    expect(survey.points[1].cells).toEqual({ title: "C3", target: "D3", result: "E3" });
  });

  it("is plain data: JSON gives it back unchanged", () => {
    expect(JSON.parse(JSON.stringify(survey))).toEqual(survey);
  });

  it("names the metric, the units and the direction", () => {
    expect(survey).toMatchObject({ metric: "回答数", direction: "higher", id: "2022-1" });
    expect(survey.points[0].units).toEqual(["件"]);
  });
});

describe("the similarity threshold is data in the schema", () => {
  const rows = [
    ["2023年度", 3, "自動車保険の早期更改", "自動車保険 早期更改率:80%", "82%"],
    ["2024年度", 3, "火災保険の早期更改", "火災保険 早期更改率:70%", "75%"],
  ];

  it.each([
    [0.8, 2],
    [0.7, 1],
  ])("with titleSimilarity %d the near miss makes %d series", async (titleSimilarity, count) => {
    const { BUILT_IN_SCHEMA } = await import("../../../src/core/KpiSchema");
    const schema = { ...BUILT_IN_SCHEMA, series: { ...BUILT_IN_SCHEMA.series, titleSimilarity } };
    const result = checkSheet(snapshotFromRows("KPI", [HEADER, ...rows]), { asOf: "2026-11-29", schema });
    expect(result.series).toHaveLength(count);
  });
});

describe("a new series when the measure changes (same No and title, something else measured)", () => {
  const SERIES = new Set(["series-new-measure", "series-unit-changed", "kpi-dropped", "target-below-last-result", "result-declined", "series-uncertain", "series-kept-apart"]);
  it.each(newMeasure.cases)("$case", ({ rows, series, findings }) => {
    const result = checkSheet(snapshotFromRows("KPI", [HEADER, ...rows]), { asOf: "2026-11-29" });
    expect(result.series.map(chain).sort()).toEqual([...series].sort());
    expect(result.findings.filter((f) => SERIES.has(f.code)).map((f) => f.code).sort()).toEqual([...findings].sort());
  });

  it("says so in Japanese and English, naming both measures, on the new KPI's target", () => {
    const result = checkSheet(snapshotFromRows("KPI", [HEADER, ...newMeasure.cases[0].rows]), { asOf: "2026-11-29" });
    const f = result.findings.find((x) => x.code === "series-new-measure")!;
    expect(f).toMatchObject({ severity: "info", row: 3, field: "target", cell: "D3" });
    expect(renderFinding(f, "ja")).toBe(
      "2023年度のNo 1「お客様アンケート(契約募集)の収集」とは測るもの（回答数（件）→お客様アンケート点数（点））が違うため、新しいKPIとして推移を分けました。同じKPIなら「KPI ID」列で結び付けてください。",
    );
    expect(renderFinding(f, "en")).toBe(
      "No 1 “お客様アンケート(契約募集)の収集” of FY2023 measured something else (回答数 (件) → お客様アンケート点数 (点)), so this KPI starts a new trend. If it is the same KPI, join them in a “KPI ID” column.",
    );
  });

  it("an ID column still joins them: the staff said it is one KPI (series-unit-changed)", () => {
    const header = ["KPI ID", ...HEADER];
    const result = checkSheet(snapshotFromRows("KPI", [header, ...newMeasure.cases[0].rows.map((r) => ["K-01", ...r])]), { asOf: "2026-11-29" });
    expect(result.series.map(chain)).toEqual(["2023#1 → 2024#1:id"]);
    expect(result.findings.map((f) => f.code)).toContain("series-unit-changed");
  });
});

describe("a check's series reuse the judge's reading of each target", () => {
  const all = [...cases.cases, ...newMeasure.cases].map((c) => [c.case, c.rows] as const);
  it.each(all)("%s: the same series as built again from the judged KPIs alone (each target parsed anew)", (_, rows) => {
    const result = checkSheet(snapshotFromRows("KPI", [HEADER, ...rows]), { asOf: "2026-11-29" });
    expect(buildSeries(result.kpis, SCHEMA)).toEqual(result.series);
  });
});
