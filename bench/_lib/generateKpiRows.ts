import type { CellValue } from "../../src/core/SheetSnapshot";

/**
 * Target / result templates in the wording agencies use, cycled through by the generator; `{a}` and `{b}` become
 * figures that change from row to row. A target text still recurs every 1,068 rows (12 templates × 89 figures), so
 * the engine keeps no cache of parsed texts: it would flatter this benchmark and do nothing for a real sheet of a
 * few dozen KPIs. (Only the notation-variant scan skips a text equal to the one above it, as a policy or scope
 * column repeats in real sheets.)
 */
const PAIRS: [string, string][] = [
  ["回答数:{a}件", "{b}件"],
  ["対面募集率:{a}%", "{b}.00%"],
  ["設問Q4.⑥『良い』{a}.0%", "{b}.2%"],
  ["NPS(事故対応) 自動車:{a}.0pt 火新:{b}.0pt", "自動車:{b}.4pt 火新:{a}.0pt"],
  ["代理店事故窓口割合 自動車:{a}.0% 火新種:{b}.0%", "自動車:{b}.6% 火新:{a}.8%"],
  ["早期更改率:{a}%以上", "{b}%"],
  ["年間勉強会・品質向上会議{a}回", "{b}回"],
  ["苦情件数 年間{a}件以内", "{b}件"],
  ["研修実施回数 毎月{a}回（年{a}0回）以上", "年間{b}回"],
  ["お客様アンケート点数{a}点以上", ""],
  ["1人{a}資格以上の取得", "達成"],
  ["", ""],
];

/** The header row of generated sheets (the canonical table layout). */
export const HEADER = ["年度", "No", "取組項目", "取組内容", "対象", "目標", "結果", "方針"];

/**
 * `n` KPI rows in the canonical table layout (without the header), spread over the ten fiscal years 2015–2024
 * (numbered 1, 2, … within each year), with the seed's and other real wording for targets and results.
 */
export function generateKpiRows(n: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let i = 0; i < n; i++) {
    const [target, result] = PAIRS[i % PAIRS.length].map((t) =>
      t.replace(/\{a\}/g, String(10 + (i % 89))).replace(/\{b\}/g, String(10 + Math.floor(i / 90) % 90)),
    );
    rows.push([
      `${2024 - (i % 10)}年度`,
      Math.floor(i / 10) + 1,
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
