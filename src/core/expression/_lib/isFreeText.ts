/**
 * A sentence rather than an expression: a sentence end or predicate (`。`, `です`, `ました`, `となり`, a past tense
 * `…を得た`), or a topic/subject particle right before a figure (`回答数は208件`, `実績は合計208件`).
 */
const SENTENCE =
  /。|です|ます|ました|でした|だった|である|となり|となっ|になり|になっ|しました|しており|た$|[はが] ?(?:合計|計|約|およそ|全体で)? ?[-+]?\d/;

/**
 * Whether a normalised text is free text (a sentence holding figures) rather than a clean expression; a figure
 * picked out of it is reported with `fromText`.
 *
 * @example isFreeText("回答数は合計208件となりました。") // true
 * @example isFreeText("3ヶ月以内の解約率5%以下") // false
 */
export function isFreeText(s: string): boolean {
  return SENTENCE.test(s);
}
