/* The blocks layout with a KPI's No and title in one cell (`1. title`), as a page's numbered headings paste, when
   label rows follow (docs/sheet-layouts.md "Blocks: a label and its value in one cell"). */
import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import { readKpiTable } from "../../../src/core/layout/readKpiTable";
import type { CellValue } from "../../../src/core/SheetSnapshot";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";

const read = (rows: CellValue[][]) => readKpiTable(snapshotFromRows("HP", rows), BUILT_IN_SCHEMA);

describe.each([
  ["1. ライフプランに応じた情報提供", "1", "ライフプランに応じた情報提供"],
  ["２．職員の専門性の向上", "2", "職員の専門性の向上"],
  ["(3) 事務品質の向上", "3", "事務品質の向上"],
  ["（4）お客さまの声の活用", "4", "お客さまの声の活用"],
])("a heading %s over label rows", (heading, no, title) => {
  const result = read([
    ["2024年度の取組状況報告"],
    [heading],
    ["アクションプラン", "ニーズを把握し、情報を提供します。"],
    ["KPI（成果指標）", "セミナー開催回数：年120回以上"],
    ["取組み状況", "セミナーを年間128回開催しました。"],
  ]);

  it(`is KPI No ${no} 「${title}」 of FY2024 in the blocks layout`, () => {
    expect(result.layout).toBe("blocks");
    expect(result.records.map((r) => [r.fields.fiscalYear?.value, r.fields.no?.text, r.fields.title?.text])).toEqual([[2024, no, title]]);
  });

  it("reads アクションプラン as the description, KPI（成果指標） as the target, 取組み状況 as the result", () => {
    const f = result.records[0].fields;
    expect([f.description?.text, f.target?.text, f.result?.text]).toEqual(["ニーズを把握し、情報を提供します。", "セミナー開催回数：年120回以上", "セミナーを年間128回開催しました。"]);
  });
});

describe("a numbered line that no label row follows is text of the block, not a KPI", () => {
  const result = read([
    ["2024年度"],
    [1, "お客さまの声の活用"],
    ["目標", "回答数250件以上", "結果(2024年度)", "268件"],
    ["1. アンケート結果を朝礼で共有しました。"],
    ["2. 改善事例を社内報に掲載しました。"],
  ]);

  it("reads one KPI", () => {
    expect(result.records.map((r) => r.fields.no?.text)).toEqual(["1"]);
  });
});

describe.each<[string, CellValue[][]]>([
  [
    "a numbered line of the description before the KPI's 目標 row",
    [["2024年度"], [1, "お客さまの声の活用"], ["取組内容", "以下を行います。"], ["1. アンケートを実施します"], ["目標", "回答数250件以上"], ["結果", "268件"], [2, "研修"], ["目標", "年4回以上"], ["結果", "5回"]],
  ],
  [
    "a line numbered as the KPI itself under its result, a label row after it",
    [["2024年度"], [1, "お客さまの声の活用"], ["目標", "回答数250件以上"], ["結果", "268件"], ["1. アンケート結果を朝礼で共有"], ["備考", "社内報に掲載"], [2, "研修"], ["目標", "年4回以上"], ["結果", "5回"]],
  ],
])("%s is text of the block, not a KPI (review)", (_about, rows) => {
  const result = read(rows);

  it("reads KPIs 1 and 2, each with its target and result", () => {
    expect(result.records.map((r) => [r.fields.no?.text, r.fields.title?.text, r.fields.target?.text, r.fields.result?.text])).toEqual([
      ["1", "お客さまの声の活用", "回答数250件以上", "268件"],
      ["2", "研修", "年4回以上", "5回"],
    ]);
  });
});
