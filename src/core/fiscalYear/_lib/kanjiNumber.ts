const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * Reads an era year written in digits, 元 (= 1) or kanji numerals up to 九十九; undefined otherwise.
 *
 * @example eraYearNumber("元") // 1
 * @example eraYearNumber("三十") // 30
 * @example eraYearNumber("5") // 5
 */
export function eraYearNumber(s: string): number | undefined {
  if (s === "元") return 1;
  if (/^\d{1,2}$/.test(s)) return Number(s);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(s);
  if (!m || s === "") return undefined;
  if (!m[2]) return m[1] && !m[3] ? DIGITS[m[1]] : undefined;
  return (m[1] ? DIGITS[m[1]] : 1) * 10 + (m[3] ? DIGITS[m[3]] : 0);
}
