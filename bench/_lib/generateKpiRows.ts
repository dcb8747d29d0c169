import type { CellValue } from "../../src/core/SheetSnapshot";

/** Target / result pairs in the wording agencies use, cycled through by the generator. */
const PAIRS: [string, CellValue][] = [
  ["回答数:200件", "208件"],
  ["対面募集率:75%", "60.00%"],
  ["設問Q4.⑥『良い』80.0%", "80.2%"],
  ["NPS(事故対応) 自動車:60.0pt 火新:70.0pt", "自動車:38.4pt 火新:36.0pt"],
  ["代理店事故窓口割合 自動車:85.0% 火新種:70.0%", "自動車:80.6% 火新:72.8%"],
  ["早期更改率:85%以上", "82%"],
  ["年間勉強会・品質向上会議12回", "12回"],
  ["苦情件数 年間5件以内", "3件"],
  ["研修実施回数 毎月1回（年12回）以上", "年間14回"],
  ["お客様アンケート点数80点以上", ""],
  ["1人1資格以上の取得", "達成"],
  ["", ""],
];

/** The header row of generated sheets (the canonical table layout). */
export const HEADER = ["年度", "No", "取組項目", "取組内容", "対象", "目標", "結果", "方針"];

/**
 * `n` KPI rows in the canonical table layout (without the header), 10 KPIs per fiscal year counting down from
 * 2024, with the seed's and other real wording for targets and results.
 */
export function generateKpiRows(n: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let i = 0; i < n; i++) {
    const [target, result] = PAIRS[i % PAIRS.length];
    rows.push([
      `${2024 - Math.floor(i / 10)}年度`,
      (i % 10) + 1,
      `お客様アンケートの収集 ${i + 1}`,
      "お客様からのお褒めの言葉、ご不満の背景や原因の分析を行い、適切に対応します。",
      "全種目",
      target,
      result,
      "お客様の声を真摯に受け止め、迅速かつ丁寧に対応します。",
    ]);
  }
  return rows;
}
