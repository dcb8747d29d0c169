/** Kanji multipliers of compound numerals: `1兆2,345億`, `3億5,000万`, `1万5千`, `2千万`. */
export const MULTIPLIER: Readonly<Record<string, number>> = { 兆: 1e12, 億: 1e8, 万: 1e4, 千: 1e3 };
const SEGMENT = /(\d+(?:,\d+)*(?:\.\d+)?)?([兆億万千]*)/y;
const VALID_DIGITS = /^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;
const SEPARATOR_OR_MULTIPLIER = /[,兆億万千]/;

/**
 * Rounds away binary noise after scaling.
 *
 * @example tidy(1.15 * 100) // 115, not 114.99999999999999
 */
export function tidy(n: number): number {
  return Number.parseFloat(n.toPrecision(15));
}

/**
 * The value of a number as written, with thousands separators and kanji multipliers: `1,900` → 1900,
 * `1兆2,345億` → 1234500000000, `3億5,000万` → 350000000, `1万5千` → 15000, `2千万` → 20000000 (a run of multipliers multiplies). Undefined when
 * the separators do not group thousands (`9,10` is a list of two numbers) or the value is not finite.
 *
 * @example readNumber("3億5,000万") // 350000000
 */
export function readNumber(text: string): number | undefined {
  if (!SEPARATOR_OR_MULTIPLIER.test(text)) {
    const n = Number(text);
    return Number.isFinite(n) ? n : undefined;
  }
  let total = 0;
  SEGMENT.lastIndex = 0;
  while (SEGMENT.lastIndex < text.length) {
    const at = SEGMENT.lastIndex;
    const m = SEGMENT.exec(text);
    if (!m || m[0] === "" || m[1] === undefined) return undefined;
    if (!VALID_DIGITS.test(m[1])) return undefined;
    let n = Number(m[1].replace(/,/g, ""));
    for (const k of m[2]) n *= MULTIPLIER[k];
    total += n;
    if (SEGMENT.lastIndex === at) return undefined;
  }
  return Number.isFinite(total) ? tidy(total) : undefined;
}
