import type { Grammar } from "./grammarOf";

/** A lower-is-better word followed by one of these names an activity against it: `解約防止訪問` counts visits. */
export const AGAINST = /^(?:の)?(?:防止|対策|阻止|回避|防ぐ)/;

/**
 * Whether a text names something that should be low (schema.lowerIsBetter: 解約, 苦情, 不備, …), so that a target
 * without a comparator means `<=`. A word used for the activity against it (`解約防止`, `苦情対策`) does not count.
 *
 * @example isLowerBetter("ご意向確認書 不備率", grammarOf(BUILT_IN_SCHEMA)) // true
 * @example isLowerBetter("解約防止訪問件数", grammarOf(BUILT_IN_SCHEMA)) // false
 */
export function isLowerBetter(text: string, g: Grammar): boolean {
  const re = g.lowerIsBetter;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (!AGAINST.test(text.slice(end, end + 4))) return true;
  }
  return false;
}
