/* Which column names the KPI where two headers name the title (docs/sheet-layouts.md "Detection"): an initiative
   (取組方針, 取組項目) over several KPIs, each named in a KPI column (KPI項目, 指標). */
import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import { readKpiTable } from "../../../src/core/layout/readKpiTable";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";

const row = ["2024年度", "お客さまの声を活かします", "アンケートを全社で共有します", "アンケート回収数", "300件以上", "318件"];

describe.each([
  {
    header: ["年度", "取組方針", "No", "KPI項目", "目標値", "実績値"],
    cells: ["2024年度", "お客さまの声を活かします", 1, "アンケート回収数", "300件以上", "318件"],
    title: "アンケート回収数",
    description: "お客さまの声を活かします",
    duplicates: 0,
  },
  {
    header: ["年度", "取組項目", "取組内容", "指標", "目標", "実績"],
    cells: row,
    title: "アンケート回収数",
    description: "アンケートを全社で共有します",
    duplicates: 0,
  },
  {
    header: ["年度", "取組項目", "取組内容", "項目", "目標", "実績"],
    cells: row,
    title: "お客さまの声を活かします",
    description: "アンケートを全社で共有します",
    duplicates: 1,
  },
  {
    header: ["年度", "取組方針", "取組状況", "KPI項目", "目標", "実績"],
    cells: ["2024年度", "お客さまの声を活かします", "アンケートを全社で共有しました", "アンケート回収数", "300件以上", "318件"],
    title: "アンケート回収数",
    description: "お客さまの声を活かします",
    duplicates: 0,
  },
  {
    header: ["No", "取組方針", "KPI", "目標", "実績"],
    cells: [1, "お客さまの声を活かします", "苦情件数", "3件以下", "4件"],
    title: "苦情件数",
    description: "お客さまの声を活かします",
    duplicates: 0,
  },
  {
    header: ["取組方針", "KPI名", "目標値", "実績値"],
    cells: ["お客さまの声を活かします", "アンケート回収数", "300件以上", "318件"],
    title: "アンケート回収数",
    description: "お客さまの声を活かします",
    duplicates: 0,
  },
  {
    header: ["取組方針", "取組内容", "KPI", "目標", "実績"],
    cells: ["お客さまの声を活かします", "アンケートを全社で共有します", "アンケート回収数", "300件以上", "318件"],
    title: "アンケート回収数",
    description: "アンケートを全社で共有します",
    duplicates: 0,
  },
  {
    header: ["項番", "取組方針", "成果指標（KPI）", "目標", "実績"],
    cells: [1, "お客さまの声を活かします", "アンケート回収数", "300件以上", "318件"],
    title: "アンケート回収数",
    description: "お客さまの声を活かします",
    duplicates: 0,
  },
  {
    header: ["No", "取組方針", "KPI（重要業績評価指標）", "目標値", "実績値"],
    cells: [1, "お客さまの声を活かします", "アンケート回収数", "300件以上", "318件"],
    title: "アンケート回収数",
    description: "お客さまの声を活かします",
    duplicates: 0,
  },
])("$header", ({ header, cells, title, description, duplicates }) => {
  const read = readKpiTable(snapshotFromRows("KPI", [header, cells]), BUILT_IN_SCHEMA);
  const [record] = read.records;

  it(`names the KPI 「${title}」`, () => {
    expect(record.fields.title?.text).toBe(title);
  });

  it(`describes it 「${description}」`, () => {
    expect(record.fields.description?.text).toBe(description);
  });

  it(`raises ${duplicates} duplicate-column finding(s)`, () => {
    expect(read.findings.filter((f) => f.code === "duplicate-column")).toHaveLength(duplicates);
  });
});

describe("取組状況 / 実施状況 (what was done) beside a result column", () => {
  it.each([
    [["No", "取組項目", "取組状況", "目標", "実績"], "318件"],
    [["No", "取組項目", "実施状況", "目標", "実績"], "318件"],
    [["No", "取組項目", "目標", "取組状況"], "アンケートを全社で共有しました"],
  ])("%j: the result is 「%s」", (header, result) => {
    const cells = header.length === 5 ? [1, "お客さまの声", "アンケートを全社で共有しました", "300件以上", "318件"] : [1, "お客さまの声", "300件以上", "アンケートを全社で共有しました"];
    const read = readKpiTable(snapshotFromRows("2024年度", [header, cells]), BUILT_IN_SCHEMA);
    expect(read.records[0].fields.result?.text).toBe(result);
    expect(read.findings.filter((f) => f.code === "duplicate-column")).toEqual([]);
  });
});

describe("a bare KPI column holding the targets is the target (the seed's pages: KPI holding NPS 10pt以上)", () => {
  it.each([
    [["No", "取組方針", "KPI", "実績"], "NPS 10pt以上", "お客さまの声を活かします"],
    [["No", "取組方針", "KPI", "結果"], "NPS 10pt以上", "お客さまの声を活かします"],
    // beside a 目標 column without figures, the KPI column holding them is still the target
    [["No", "取組方針", "KPI", "目標", "実績"], "NPS 10pt以上", "お客さまの声を活かします"],
  ])("%j: the target is 「%s」, the title 「%s」", (header, target, title) => {
    const cells = header.length === 5 ? [1, "お客さまの声を活かします", "NPS 10pt以上", "お客さま満足度の向上", "12pt"] : [1, "お客さまの声を活かします", "NPS 10pt以上", "12pt"];
    const read = readKpiTable(snapshotFromRows("2024年度", [header, cells]), BUILT_IN_SCHEMA);
    expect(read.records[0].fields.target?.text).toBe(target);
    expect(read.records[0].fields.title?.text).toBe(title);
  });
});

describe("a bare KPI column beside the years' target columns names the KPIs (a wide table)", () => {
  it.each([
    [["No", "KPI", "2024年度実績", "2025年度目標", "2025年度実績"]],
    [["No", "成果指標", "2024年度目標", "2024年度実績", "2025年度目標", "2025年度実績"]],
  ])("%j: every year's KPI is named, none takes the name as its target", (header) => {
    const cells = header.length === 5 ? [1, "事故対応満足度", "95.2%", "前年度以上", "96.0%"] : [1, "事故対応満足度", "95%以上", "95.2%", "前年度以上", "96.0%"];
    const read = readKpiTable(snapshotFromRows("KPI", [header, cells]), BUILT_IN_SCHEMA);
    expect(read.records.map((r) => [r.fields.fiscalYear?.text, r.fields.title?.text, r.fields.target?.text ?? null])).toEqual(
      expect.arrayContaining([
        ["2024年度", "事故対応満足度", header.length === 5 ? null : "95%以上"],
        ["2025年度", "事故対応満足度", "前年度以上"],
      ]),
    );
    expect(read.findings.filter((f) => f.code === "missing-column" || f.code === "duplicate-column")).toEqual([]);
  });
});
