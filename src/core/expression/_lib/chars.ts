/** Character classes the expression grammar relies on (after `normalizeText`). */

/**
 * The character before index `i`, `""` at the start of the text. (`s[i - 1]` would read `s[-1]` there, which V8
 * looks up as a property name, some 20 times slower than reading a character.)
 *
 * @example charBefore("80%", 0) // ""
 * @example charBefore("80%", 2) // "0"
 */
export function charBefore(s: string, i: number): string {
  return i > 0 ? s[i - 1] : "";
}

/**
 * Whether the character before index `i` is `ch` (one UTF-16 code unit), read as a code: no string is made of a
 * kanji there.
 *
 * @example isBefore("19/20名", 3, "/") // true
 */
export function isBefore(s: string, i: number, ch: string): boolean {
  return i > 0 && s.charCodeAt(i - 1) === ch.charCodeAt(0);
}

/**
 * Whether the character at index `i` is `ch` (one UTF-16 code unit), read as a code like {@link isBefore}.
 *
 * @example isAt("25か月目", 4, "目") // true
 */
export function isAt(s: string, i: number, ch: string): boolean {
  return s.charCodeAt(i) === ch.charCodeAt(0);
}

/** @example isDigit("7") // true */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

/** @example isAsciiLetter("Q") // true */
export function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z"));
}

/** A CJK ideograph (kanji), e.g. the `前` of `前年`. @example isIdeograph("前") // true */
export function isIdeograph(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3005;
}

/** A character that continues a word: a letter, digit, kanji or katakana. @example isWordChar("率") // true */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return isDigit(ch) || isAsciiLetter(ch) || isIdeograph(ch) || (c >= 0x30a1 && c <= 0x30ff);
}

/**
 * Characters that separate components or words: white space, list marks, arrows and note marks.
 *
 * @example SEPARATORS.has("、") // true
 */
export const SEPARATORS: ReadonlySet<string> = new Set([..." 、/,;。→➡⇒⇨▶※|"]);

/**
 * The character codes of `chars` (each one UTF-16 code unit), to test a text's characters without making a string
 * of each.
 *
 * @example codesOf("かよに").has("よ".charCodeAt(0)) // true
 */
export function codesOf(chars: Iterable<string>): ReadonlySet<number> {
  return new Set(Array.from(chars, (ch) => ch.charCodeAt(0)));
}

const SEPARATOR_CODES = codesOf(SEPARATORS);

/**
 * Whether the character at index `i` is one of {@link SEPARATORS}, read as a code (no string made of a kanji).
 *
 * @example isSeparatorAt("自動車 38.4pt、火新", 10) // true (`、`)
 */
export function isSeparatorAt(s: string, i: number): boolean {
  return SEPARATOR_CODES.has(s.charCodeAt(i));
}

/**
 * Opening brackets of qualifier groups and their closing partners (after NFKC: `（` is `(`).
 *
 * @example BRACKETS.get("【") // "】"
 */
export const BRACKETS: ReadonlyMap<string, string> = new Map([
  ["(", ")"],
  ["[", "]"],
  ["{", "}"],
  ["【", "】"],
  ["〔", "〕"],
  ["〈", "〉"],
  ["《", "》"],
  ["〖", "〗"],
]);
