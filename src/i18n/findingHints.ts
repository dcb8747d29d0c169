import type { FindingCode } from "../core/Finding";
import type { Lang } from "./Lang";

/**
 * What to do about a finding, per code, where there is something to do: the second sentence after the message
 * (japanese-style.md: say what to do next). Placeholders as in `FINDING_MESSAGES`. A code without a hint needs no
 * action (the message says how the check read the cell).
 *
 * @example FINDING_HINTS.ja["result-missing"] // "結果を入力してください。"
 */
export const FINDING_HINTS: Record<Lang, Partial<Record<FindingCode, string>>> = {
  ja: {
    "table-not-found": "見出し行に「年度」「No」「取組項目」「目標」「結果」を入れてください。",
    "missing-column": "見出し行に「{field}」を追加してください。",
    "duplicate-column": "使わない列の見出しを変えてください。",
    "required-missing": "{field}を入力してください。",
    "invalid-fiscal-year": "「2024年度」「令和6年度」「FY2024」のように入力してください。",
    "invalid-number": "1以上の整数を入力してください。",
    "duplicate-kpi": "どちらかのNoを直してください。",
    "numbering-gap": "Noを1から順に振り直してください。",
    "cell-error": "セルの数式を確認してください。",
    "target-missing": "数値の目標があるときは、目標を入力してください。",
    "target-unreadable": "「80%以上」のように、数値と単位で書いてください。",
    "result-unreadable": "「78%」のように、数値と単位で書いてください。",
    "result-missing": "結果を入力してください。",
    "unit-mismatch": "目標と結果の単位をそろえてください。",
    "unit-inferred": "結果にも単位を付けてください。",
    "implied-comparator": "意図と違うときは、目標に「以上」「以下」などを書いてください。",
    "component-missing": "結果に「{component}」の数値を追加してください。",
    "component-extra": "目標に「{component}」を追加するか、結果から削除してください。",
    "label-mismatch": "結果の「{result}」を「{target}」にそろえてください。",
    "metric-mismatch": "結果の指標名を目標とそろえてください。",
    "judgement-conflict": "結果の文言と数値を確認してください。",
    "notation-variant": "表記をどれか1つにそろえてください。",
    "result-without-target": "目標を入力するか、結果を削除してください。",
    "term-misspelling": "「{suggestion}」に直してください。",
    "percent-as-fraction": "「78%」のように%で入力してください。",
    "result-bound": "「以上」「未満」などを付けず、結果の数値そのものを書いてください。",
    "result-part-of-year": "年度全体の数値を結果に書いてください。",
  },
  en: {
    "table-not-found": "Put Fiscal year, No, Initiative, Target and Result in a header row.",
    "missing-column": "Add “{field}” to the header row.",
    "duplicate-column": "Rename the header of the column not to use.",
    "required-missing": "Enter the {field}.",
    "invalid-fiscal-year": "Enter it as 2024年度, 令和6年度 or FY2024.",
    "invalid-number": "Enter a whole number of 1 or more.",
    "duplicate-kpi": "Correct one of the two Nos.",
    "numbering-gap": "Renumber the Nos from 1.",
    "cell-error": "Check the cell's formula.",
    "target-missing": "If there is a numeric target, enter it.",
    "target-unreadable": "Write it as a figure with its unit, such as 80%以上.",
    "result-unreadable": "Write it as a figure with its unit, such as 78%.",
    "result-missing": "Enter the result.",
    "unit-mismatch": "Use the same unit in the target and the result.",
    "unit-inferred": "Add the unit to the result too.",
    "implied-comparator": "If that is not what you meant, write 以上 or 以下 in the target.",
    "component-missing": "Add the figure for “{component}” to the result.",
    "component-extra": "Add “{component}” to the target, or remove it from the result.",
    "label-mismatch": "Change “{result}” in the result to “{target}”.",
    "metric-mismatch": "Use the target's name of the measure in the result.",
    "judgement-conflict": "Check the result's words and figures.",
    "notation-variant": "Use one of the spellings throughout.",
    "result-without-target": "Enter the target, or remove the result.",
    "term-misspelling": "Correct it to “{suggestion}”.",
    "percent-as-fraction": "Enter it in %, such as 78%.",
    "result-bound": "Write the result's own figure, without 以上 or 未満.",
    "result-part-of-year": "Enter the figure for the whole fiscal year as the result.",
  },
};
