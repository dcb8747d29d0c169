/**
 * `s.toLowerCase()`, returning `s` itself when it has nothing to lower: no ASCII capital and no character outside
 * Latin-1 but kana, kanji and CJK punctuation (U+3000–U+9FFF, which have no case). Most texts here are Japanese,
 * and V8 lower-cases a two-byte string slowly and into a new string.
 *
 * @example lowerCase("回答数") // "回答数" (the same string)
 * @example lowerCase("KPI") // "kpi"
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && (c < 0x3000 || c > 0x9fff))) return s.toLowerCase();
  }
  return s;
}
