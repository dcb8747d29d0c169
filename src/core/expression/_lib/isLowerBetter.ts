import type { Grammar } from "./grammarOf";
import { MEASURE } from "./measureWord";

/** A separator of a list of kinds (`苦情・ご意見`, `苦情、要望`). */
const LIST = /^[・、,/]/;

/** A bracket closing a note (`(苦情含む)`): what follows measures something else. */
const CLOSING = /[)\]]/;

/**
 * Whether a text (a KPI's title, a target's metric, label or whole text) names something that should be low: a
 * lower-is-better word (schema `lowerIsBetter`: 苦情, 解約, 不備, …) that is what is counted or rated (`苦情件数`,
 * `苦情の件数`, `苦情受付件数`, `早期解約率`, `待ち時間`, `不備率 0.5%`), not the object of an activity that is (schema
 * `lowerIsBetterActivities` between the word and the measure: `苦情対応研修の受講率`, `解約防止のための訪問件数`,
 * `苦情削減率`), nor one of a list with a kind not kept low (`苦情・ご意見の件数`: voices gathered; `苦情・不備件数`
 * stays low). A target without a comparator then means `<=`; a title gives its direction to a target naming no
 * metric (`withNamedDirection`).
 *
 * @example isLowerBetter("ご意向確認書 不備率", grammarOf(BUILT_IN_SCHEMA)) // true
 * @example isLowerBetter("苦情対応研修の受講率", grammarOf(BUILT_IN_SCHEMA)) // false
 */
export function isLowerBetter(text: string, g: Grammar): boolean {
  const re = g.lowerIsBetter;
  re.lastIndex = 0;
  const found: { start: number; end: number }[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) found.push({ start: m.index, end: m.index + m[0].length });
  for (const m of found) {
    const rest = text.slice(m.end);
    // one of a list of kinds with a word not kept low (`苦情・ご意見の件数`, `ご要望・苦情件数`): voices gathered
    if (LIST.test(rest) && !found.some((o) => o.start === m.end + 1)) continue;
    if (LIST.test(text.charAt(m.start - 1)) && !found.some((o) => o.end === m.start - 1)) continue;
    // what stands between the word and the measure (or the end of the text) must not name another thing measured
    const measure = MEASURE.exec(rest);
    const between = measure ? rest.slice(0, measure.index) : rest;
    if (!g.lowerIsBetterActivity.test(between) && !CLOSING.test(between)) return true;
    // the days an activity about it takes are kept low too (`苦情の受付から解決までの日数`, `事故対応日数`)
    if (measure?.[0] === "日数" && !CLOSING.test(between) && !LIST.test(rest)) return true;
  }
  return false;
}
