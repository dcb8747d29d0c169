import type { Grammar } from "./grammarOf";
import { AGAINST } from "./isLowerBetter";

/** Words of what is counted or rated (`件数`, `率`): where the measured thing's name ends. */
const MEASURE = /件数|回数|人数|日数|割合|比率|[数率件]/;

/** A metric that is only a measure word (`件数`, `発生件数`): it says how, not what, is counted. */
const MEASURE_ONLY = /^(?:発生)?(?:件数|回数|人数|日数|割合|比率|[数率件])$/;

/** Whether a target's metric is only a measure word (`件数 3件`), which leaves what is measured to the KPI's name. */
export const isMeasureOnly = (metric: string): boolean => MEASURE_ONLY.test(metric);

/**
 * Words of an activity, done about the lower-is-better thing named before them (`苦情対応研修の受講率` rates training,
 * `苦情削減率` a reduction, `解約防止のための訪問件数` counts visits), or a bracket closing a note (`(苦情含む)`):
 * the name measures something else.
 */
const ELSEWHERE = /対応|対策|防止|研修|教育|受講|訪問|説明|指導|改善|活用|分析|共有|削減|減少|低減|解消|撲滅|点検|検証|報告|会議|勉強|ため|[)\]]/;

/** A separator of a list of kinds (`苦情・ご意見`, `苦情、要望`). */
const LIST = /^[・、,/]/;

/**
 * Whether a KPI's name (its title) measures something that should be low: a lower-is-better word (schema
 * `lowerIsBetter`: 苦情, 解約, 不備, …) that is what is counted or rated (`苦情件数`, `苦情の件数`, `苦情受付件数`,
 * `早期解約率`, `待ち時間`), not the object of an activity that is (`苦情対応研修の受講率`, `解約防止のための訪問件数`),
 * nor one of a list with a kind not kept low (`苦情・ご意見の件数`: voices gathered; `苦情・不備件数` stays low).
 *
 * @example namesLowerMeasure("苦情件数", grammarOf(BUILT_IN_SCHEMA)) // true
 * @example namesLowerMeasure("苦情対応研修の受講率", grammarOf(BUILT_IN_SCHEMA)) // false
 */
export function namesLowerMeasure(name: string, g: Grammar): boolean {
  const re = g.lowerIsBetter;
  re.lastIndex = 0;
  const found: { start: number; end: number }[] = [];
  for (let m = re.exec(name); m !== null; m = re.exec(name)) found.push({ start: m.index, end: m.index + m[0].length });
  for (const m of found) {
    const rest = name.slice(m.end);
    if (AGAINST.test(rest.slice(0, 4))) continue;
    // one of a list of kinds with a word not kept low (`苦情・ご意見の件数`, `ご要望・苦情件数`): voices gathered
    if (LIST.test(rest) && !found.some((o) => o.start === m.end + 1)) continue;
    if (LIST.test(name.charAt(m.start - 1)) && !found.some((o) => o.end === m.start - 1)) continue;
    // what stands between the word and the measure (or the end of the name) must not name another thing measured
    const measure = MEASURE.exec(rest);
    if (!ELSEWHERE.test(measure ? rest.slice(0, measure.index) : rest)) return true;
  }
  return false;
}
