import { charBefore } from "./chars";

const KANJI_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * A number written in kanji from 1 to 99 (`四`, `十二`, `二十四`), as counted before `回` or `件`; undefined for
 * anything else.
 *
 * @example kanjiNumber("二十四") // 24
 */
function kanjiNumber(text: string): number | undefined {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (!m || text === "") return undefined;
  if (m[2] === undefined) return m[3] === undefined ? KANJI_DIGITS[m[1]] : undefined;
  return (m[1] === undefined ? 1 : KANJI_DIGITS[m[1]]) * 10 + (m[3] === undefined ? 0 : KANJI_DIGITS[m[3]]);
}

// A kanji count before a counter (`年二回`, `月一回以上`, `四回実施`, `研修を三回`): after the start, a separator, a
// period word or a particle — never inside a word (`第一回`, `統一`) — and not an ordinal (`一回目`), nor a phrase
// that repeats it (`一件一件`).
const KANJI_COUNT =
  /(^|[\s、。・/:()「」【】[\]年月週間に計全約はがをでも])([一二三四五六七八九十]{1,3})(回|件|名|社)(?![目一二三四五六七八九十])/gu;

// `ゼロ` as a figure (`苦情件数ゼロ`, `0件` → `ゼロ`), not inside a katakana word (`ゼロエミッション`, `ノーゼロ`).
const ZERO = /ゼロ(?![\p{Script=Katakana}ー])/gu;
const KATAKANA = /[\p{Script=Katakana}ー]/u;

// A duration in two units (`2分40秒`, `1時間30分`, `1時間5分30秒`): one figure in the smallest.
// (not after a digit or a point: `1.5時間` is not a duration of `5時間`)
const DURATION = /(?:(\d+)時間 ?)?(?:(\d+)分 ?)?(?:(\d+)秒)?/gu;
const DIGIT_OR_POINT = /[\d.]/u;

/** `1時間30分` → `90分`, `2分40秒` → `160秒`; a duration in one unit stays as written. */
function joinDuration(whole: string, h: string | undefined, m: string | undefined, sec: string | undefined, at: number, s: string): string {
  if (whole === "" || DIGIT_OR_POINT.test(charBefore(s, at))) return whole;
  // a group that took no part is undefined, or "" in some engines' replace callbacks: `(\d+)` never matches ""
  const parts = [h, m, sec].filter((p) => p).length;
  if (parts < 2) return whole;
  const n = (p?: string) => (p ? Number(p) : 0);
  if (sec) return `${(n(h) * 60 + n(m)) * 60 + n(sec)}秒`;
  return `${n(h) * 60 + n(m)}分`;
}

/**
 * Writes the numbers that a KPI text spells in words as digits, so that the grammar reads them as figures: a kanji
 * count before a counter (`年二回` → `年2回`) and `ゼロ` (→ `0`), and a duration in two units as one figure
 * (`2分40秒` → `160秒`). Everything else is left as written.
 *
 * @example digitsForWords("研修 年二回以上") // "研修 年2回以上"
 * @example digitsForWords("苦情件数ゼロ") // "苦情件数0"
 */
export function digitsForWords(s: string): string {
  let out = s.includes("ゼロ") ? s.replace(ZERO, (zero: string, at: number) => (KATAKANA.test(charBefore(s, at)) ? zero : "0")) : s;
  if (/[一二三四五六七八九十]/u.test(out)) {
    out = out.replace(KANJI_COUNT, (whole: string, before: string, kanji: string, counter: string) => {
      const n = kanjiNumber(kanji);
      return n === undefined ? whole : `${before}${n}${counter}`;
    });
  }
  if (/\d(?:時間|分) ?\d/u.test(out)) out = out.replace(DURATION, joinDuration);
  return out;
}
