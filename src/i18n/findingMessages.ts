import type { FindingCode, FindingParams } from "../core/Finding";
import type { Lang } from "./Lang";

/** The `{name}`s a template reads. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** What a message of `C` may read: the params its findings send, `{field}` (the field's word) and `{cell}`. */
export type MessageName<C extends FindingCode> = Extract<keyof FindingParams[C], string> | "field" | "cell";

/** One message template per finding code. */
export type MessageCatalogue = { readonly [C in FindingCode]: string };

/** The names a template of `C` reads that its findings do not send. */
type Unsent<C extends FindingCode, S extends string> = Exclude<Placeholders<S>, MessageName<C>>;

/** The templates as written, where one reads a name its code does not send, an error text in its place. */
type Checked<T extends MessageCatalogue> = {
  [C in keyof T]: C extends FindingCode
    ? [Unsent<C, T[C]>] extends [never]
      ? T[C]
      : `{${Unsent<C, T[C]>}} is not a param of ${C}`
    : never;
};

/**
 * A language's message templates, checked by the compiler against what each code sends (`FindingParams`): a
 * template reading a `{name}` its finding does not send fails to compile (“Type '"…"' is not assignable to type
 * '"{cells} is not a param of duplicate-column"'”), and so does a missing code.
 *
 * @example messageCatalogue({ ...FINDING_MESSAGES.ja, "result-missing": "{fiscalYear}年度の結果がありません" })
 */
export function messageCatalogue<T extends MessageCatalogue>(templates: Checked<T>): MessageCatalogue {
  return templates as unknown as MessageCatalogue;
}

/**
 * Message templates per finding code. `{name}` is replaced by the finding's param of that name (lists joined),
 * `{field}` by the word of the finding's field, `{cell}` by its cell address.
 */
export const FINDING_MESSAGES: Record<Lang, MessageCatalogue> = {
  ja: messageCatalogue({
    "table-not-found": "KPIの表が見つかりません。「年度」「No」「取組項目」などの見出し行、またはホームページ形式の「2024年度」の見出しが必要です。",
    "missing-column": "「{field}」列がありません。",
    "duplicate-column": "「{field}」列が2つあります（{first}、{cell}）。最初の列（{first}）を使います。",
    "required-missing": "{field}が空欄です。",
    "invalid-fiscal-year": "年度「{text}」を読み取れません。",
    "invalid-number": "No「{text}」が1以上の整数ではありません。",
    "duplicate-kpi": "{fiscalYear}年度のNo.{no}が重複しています（{firstRow}行目と同じ）。",
    "numbering-gap": "{fiscalYear}年度のNoが連番ではありません（欠番：{missing}）。",
    "cell-error": "{field}のセルがエラー値「{error}」です。",
    "target-missing": "目標がありません（KPIのない方針として扱います）。",
    "target-unreadable": "目標「{text}」から数値の目標を読み取れません。",
    "result-unreadable": "結果「{text}」から数値を読み取れません。",
    "result-missing": "年度が終わっていますが、結果が入力されていません。",
    "result-not-applicable": "結果が「{text}」のため判定しません。",
    "unit-mismatch": "目標の単位（{target}）と結果の単位（{result}）が一致しません。",
    "unit-inferred": "結果「{value}」に単位がないため、目標の単位「{unit}」とみなしました。",
    "percent-as-fraction": "結果「{value}」を割合（{percent}%）とみなしました。",
    "implied-comparator": "目標に「以上」「以下」などがないため、「{comparator}」とみなしました。",
    "component-missing": "目標の「{component}」に対応する結果がありません。",
    "component-extra": "結果の「{component}」に対応する目標がありません。",
    "label-mismatch": "目標の「{target}」と結果の「{result}」の表記が異なります。",
    "metric-mismatch": "結果の指標名「{result}」が目標の「{target}」と異なります。",
    "judgement-conflict": "結果の「{word}」が数値による判定（{status}）と矛盾します。数値で判定しました。",
    "result-from-text": "結果の数値を文章「{text}」から読み取りました。",
    "notation-variant": "表記ゆれがあります（{variants}）。",
    "result-without-target": "目標がありませんが、結果「{result}」が入力されています。",
    "term-misspelling": "「{text}」は「{suggestion}」の誤記ではありませんか。",
    "result-hedged": "結果「{text}」の「{word}」は、達成したかどうかが判定できない表現です。数値か「達成」「未達成」で記入してください。",
    "result-future": "結果「{text}」は今後の予定・見込み（「{word}」）のため、結果として扱いません。",
    "done-word-without-figure": "結果「{text}」からは、数値目標を満たしたかどうかを判定できません。",
    "judged-by-word": "目標に数値がないため、結果の「{word}」で判定しました。",
    "matched-by-unit": "結果の「{result}」を、単位が同じ目標「{target}」の実績として判定しました。",
    "judged-not-done": "結果「{word}」は実施していないことを示すため、目標の数値に届かず未達成と判定しました。",
    "result-other-year": "結果「{text}」は{years}の実績で、{fiscalYear}年度の結果ではありません。",
    "result-year-chosen": "結果「{text}」のうち{fiscalYear}年度の数値（{year}）で判定しました。",
    "result-none": "結果「{text}」を0として判定しました。",
    "result-bound": "結果「{text}{comparator}」は数値の範囲を示すだけで、目標を満たしたかどうかは判定できません。",
    "result-part-of-year": "結果「{text}」は{part}の数値で、年度の結果ではないため判定しません。",
    "target-year-chosen": "目標「{text}」のうち{fiscalYear}年度の目標（{year}）で判定しました。",
    "target-other-year": "目標「{text}」は{years}の目標で、{fiscalYear}年度の目標がないため判定できません。",
    "result-total": "結果「{text}」の合計で判定しました。",
    "result-ratio": "結果「{text}」を割合（{percent}%）として判定しました。",
    "ambiguous-result": "結果「{text}」の数値は「{readings}」のどれとも読め、判定（{statuses}）が分かれるため判定しません。",
    "reading-chosen": "結果「{text}」の数値のうち「{chosen}」で判定しました（ほかに「{others}」があります）。",
    "baseline-from-result": "結果に書かれた{basis}の数値（{baseline}）を基準に判定しました。",
    "baseline-from-previous-year": "{fiscalYear}年度の結果（{row}：{value}{unit}）を基準に判定しました。",
    "baseline-unknown": "目標「{text}」の基準（{basis}）の数値が分からないため判定できません。",
    "result-change-only": "結果「{text}」は増減だけを示しているため、目標の数値と比べられません。",
    "change-unit-unclear": "目標「{target}」と結果「{result}」の増減は、ポイント（率の差）と％（前年に対する割合）のどちらで比べるかが定まらないため判定しません（90%の+1ポイントは91%、+1%は90.9%です）。",
    "result-not-each": "目標「{target}」は全員・全店などそれぞれについての回数ですが、結果「{result}」からはそれぞれが達したかが読み取れないため判定しません。",
    "result-not-cumulative": "目標「{target}」は{period}の累計ですが、結果「{result}」が期間の累計か単年度の数値かが読み取れないため判定しません。",
    "evaluation-mismatch": "評価欄の「{evaluation}」が数値による判定（{status}）と異なります。数値で判定しました。",
    "layout-uncertain":
      "表の形を「{layout}」と判断しましたが、確実ではありません（{doubt}）。違う場合は、--layoutオプションか、作業ウィンドウの「読み取った表」にある「表の形」で指定してください。",
    "year-not-found":
      "{count}件のKPIの年度が読み取れません。年度の列、見出し（例：2024年度目標）、シート名（例：2024年度）、表の上の表題のいずれかに年度を書いてください。",
    "series-uncertain": "{previousYear}年度のNo {previousNo}「{previousTitle}」{previousAt}と同じKPIとみなしましたが、確実ではありません（{by}で照合）。別のKPIなら「KPI ID」列で区別してください。",
    "series-kept-apart": "{previousYear}年度のNo {previousNo}「{previousTitle}」{previousAt}と取組項目が似ていますが、別のKPIとして扱いました。同じKPIなら「KPI ID」列で結び付けてください。",
    "series-new-measure": "{previousYear}年度のNo {previousNo}「{previousTitle}」{previousAt}とは測るもの（{previousMetric}（{previousUnits}）→{metric}（{units}））が違うため、新しいKPIとして推移を分けました。同じKPIなら「KPI ID」列で結び付けてください。",
    "series-unit-changed": "{previousYear}年度{previousAt}から指標または単位が変わりました（{previousMetric}（{previousUnits}）→{metric}（{units}））。前年度の数値とは比較しません。",
    "target-below-last-result": "目標（{label}：{target}{unit}）が{previousYear}年度の実績（{previousAt}{previousResult}{unit}）より緩い水準です。前年度の実績を踏まえた目標か確認してください。",
    "result-declined": "結果（{label}：{result}{unit}）が{previousYear}年度の実績（{previousAt}{previousResult}{unit}）より悪化しています。",
    "kpi-dropped": "{fiscalYear}年度のNo {no}「{title}」に当たるKPIが{nextYear}年度の表にありません。取組を終えたのか確認してください。",
    "result-achievement-rate": "結果「{text}」は目標に対する達成率（{percent}%）として判定しました。",
  }),
  en: messageCatalogue({
    "table-not-found": "No KPI table was found. It needs a header row such as 年度, No, 取組項目, or website-style year headings such as 2024年度.",
    "missing-column": "The column “{field}” is missing.",
    "duplicate-column": "The column “{field}” appears twice ({first}, {cell}). The first one ({first}) is used.",
    "required-missing": "{field} is empty.",
    "invalid-fiscal-year": "The fiscal year “{text}” cannot be read.",
    "invalid-number": "No “{text}” is not a whole number of 1 or more.",
    "duplicate-kpi": "No. {no} of FY{fiscalYear} appears twice (first on row {firstRow}).",
    "numbering-gap": "The Nos of FY{fiscalYear} are not consecutive (missing: {missing}).",
    "cell-error": "The {field} cell shows the error {error}.",
    "target-missing": "There is no target (treated as a policy without a KPI).",
    "target-unreadable": "No numeric target can be read in “{text}”.",
    "result-unreadable": "No figure can be read in the result “{text}”.",
    "result-missing": "The fiscal year has ended, but no result was entered.",
    "result-not-applicable": "The result says “{text}”, so it is not judged.",
    "unit-mismatch": "The target's unit ({target}) and the result's unit ({result}) do not match.",
    "unit-inferred": "The result {value} has no unit; the target's unit “{unit}” was assumed.",
    "percent-as-fraction": "The result {value} was read as a fraction ({percent}%).",
    "implied-comparator": "The target has no 以上 or 以下; “{comparator}” was assumed.",
    "component-missing": "There is no result for the target's “{component}”.",
    "component-extra": "The result's “{component}” matches no target.",
    "label-mismatch": "The target says “{target}” where the result says “{result}”.",
    "metric-mismatch": "The result names “{result}”, the target “{target}”.",
    "judgement-conflict": "The result's “{word}” contradicts the figures ({status}). The figures decide.",
    "result-from-text": "The result figure was taken from the text “{text}”.",
    "notation-variant": "Mixed spellings: {variants}.",
    "result-without-target": "There is a result “{result}” but no target.",
    "term-misspelling": "“{text}” may be a misspelling of “{suggestion}”.",
    "result-hedged": "The result “{text}” says “{word}”, which does not say whether the target was met; write a figure or 達成 / 未達成.",
    "result-future": "The result “{text}” speaks of the future (“{word}”) and is not taken as a result.",
    "done-word-without-figure": "The result “{text}” does not say whether the target's figure was reached.",
    "judged-by-word": "The target has no figure; the result's “{word}” decides.",
    "matched-by-unit": "The result's “{result}” was judged as the figure of “{target}”, the target of the same unit.",
    "judged-not-done": "The result “{word}” says it was not done, so the target's figure was not reached: not met.",
    "result-other-year": "The result “{text}” is for {years}, not for fiscal year {fiscalYear}.",
    "result-year-chosen": "Of the result “{text}”, the figure for fiscal year {fiscalYear} ({year}) was used.",
    "result-none": "The result “{text}” was read as 0.",
    "result-bound": "The result “{text}” is only a bound ({comparator} that), which does not say whether the target was met.",
    "result-part-of-year": "The result “{text}” is the figure of {part}, not of the fiscal year; not judged.",
    "target-year-chosen": "Of the target “{text}”, the target for fiscal year {fiscalYear} ({year}) was used.",
    "target-other-year": "The target “{text}” is for {years}; there is no target for fiscal year {fiscalYear}, so it was not judged.",
    "result-total": "The total stated in the result “{text}” was used.",
    "result-ratio": "The result “{text}” was read as the share {percent}%.",
    "ambiguous-result": "The figure of the result “{text}” can be read as any of “{readings}”, which judge differently ({statuses}); not judged.",
    "reading-chosen": "Of the figures in the result “{text}”, “{chosen}” was used (also there: “{others}”).",
    "baseline-from-result": "Judged against the figure of the baseline ({basis}) written in the result: {baseline}.",
    "baseline-from-previous-year": "Judged against the result of fiscal year {fiscalYear} ({row}: {value}{unit}).",
    "baseline-unknown": "The baseline ({basis}) of the target “{text}” is unknown; not judged.",
    "result-change-only": "The result “{text}” only states a change, which cannot be compared with the target's figure.",
    "change-unit-unclear": "The change in the target “{target}” and the result “{result}” can be compared in points (a difference of rates) or in percent (a ratio to last year), and it is not clear which; not judged (+1 point of 90% is 91%, +1% is 90.9%).",
    "result-not-each": "The target “{target}” is a count for each member (全員, 全店, …), but the result “{result}” does not say whether each reached it; not judged.",
    "result-not-cumulative": "The target “{target}” is a total over {period}, but the result “{result}” does not say whether it is the period's total or one year's figure; not judged.",
    "evaluation-mismatch": "The evaluation “{evaluation}” differs from the judgement by the figures ({status}); the figures decide.",
    "layout-uncertain":
      "The sheet was read as {layout}, but not for sure ({doubt}). If that is wrong, choose the layout with --layout, or under Table found › Table layout in the task pane.",
    "year-not-found":
      "Cannot find the fiscal year of {count} KPIs: put it in a year column, the headers (e.g. 2024年度目標), the sheet name (e.g. 2024年度) or a title above the table.",
    "series-uncertain": "Taken as the same KPI as No {previousNo} “{previousTitle}” of FY{previousYear}{previousAt}, but not for sure (matched by {by}). If they differ, tell them apart in a “KPI ID” column.",
    "series-kept-apart": "The title is like No {previousNo} “{previousTitle}” of FY{previousYear}{previousAt}, but it was taken as another KPI. If it is the same, join them in a “KPI ID” column.",
    "series-new-measure": "No {previousNo} “{previousTitle}” of FY{previousYear}{previousAt} measured something else ({previousMetric} ({previousUnits}) → {metric} ({units})), so this KPI starts a new trend. If it is the same KPI, join them in a “KPI ID” column.",
    "series-unit-changed": "The metric or unit changed since FY{previousYear}{previousAt}: {previousMetric} ({previousUnits}) → {metric} ({units}). The figures are not compared with last year's.",
    "target-below-last-result": "The target ({label}: {target}{unit}) is less demanding than the result of FY{previousYear} ({previousAt}{previousResult}{unit}). Check that the target builds on last year's result.",
    "result-declined": "The result ({label}: {result}{unit}) is worse than in FY{previousYear} ({previousAt}{previousResult}{unit}).",
    "kpi-dropped": "No {no} “{title}” of FY{fiscalYear} has no counterpart in the table of FY{nextYear}. Check whether the initiative ended.",
    "result-achievement-rate": "The result “{text}” was read as the share of its target reached ({percent}%).",
  }),
};
