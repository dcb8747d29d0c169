/**
 * Texts for the robustness properties: the real target and result strings of the expression fixtures, every
 * Unicode digit alphabet, every numeric character, and the characters that break naive text code.
 */
import fc from "fast-check";
import { readTsv } from "../../core/expression/_lib/fixtures";

const FIXTURES = ["seed.tsv", "components.tsv", "units.tsv", "comparators.tsv", "inside-words.tsv", "free-text.tsv", "judgement-words.tsv", "placeholders.tsv"];

/** Every target and result text of tests/fixtures/expressions/*.tsv (real-world strings), once each. */
export const KPI_TEXTS: readonly string[] = [...new Set(FIXTURES.flatMap((f) => readTsv(f).map((row) => row.text)))].filter((t) => t !== undefined);

/** All code points of a general category (or other Unicode property) as strings, astral planes included. */
function codePointsOf(property: RegExp): string[] {
  const out: string[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (property.test(ch)) out.push(ch);
  }
  return out;
}

/**
 * Every decimal digit alphabet of Unicode (`\p{Nd}`: ASCII, full-width, Arabic-Indic, Devanagari, Thai, the five
 * mathematical alphabets, …), each as its ten digits 0–9 (Unicode keeps each alphabet's digits contiguous).
 */
export const DIGIT_ALPHABETS: readonly string[][] = (() => {
  const digits = codePointsOf(/^\p{Nd}$/u);
  const alphabets: string[][] = [];
  for (let i = 0; i < digits.length; i += 10) alphabets.push(digits.slice(i, i + 10));
  return alphabets;
})();

/** Every numeric character (`\p{N}`: digits, ①–⑳, ㉑, ², ½, Ⅻ, 〇, 𝟗, …). */
export const NUMERIC_CHARACTERS: readonly string[] = codePointsOf(/^\p{N}$/u);

/** Whether NFKC turns each digit of an alphabet into its ASCII digit (full-width and mathematical digits do). */
export const foldsToAscii = (alphabet: readonly string[]): boolean => alphabet.every((d, i) => d.normalize("NFKC") === String(i));

/** A text's ASCII digits written in another alphabet. */
export const inAlphabet = (text: string, alphabet: readonly string[]): string => text.replace(/[0-9]/g, (d) => alphabet[Number(d)]);

/**
 * Characters that break naive text code: lone surrogates, C0 and C1 controls, bidi controls, line and paragraph
 * separators, BOM and zero-width characters, non-characters, combining marks, variation selectors, and the marks
 * normalizeText acts on (▲, △, −, 〜, ～, ①, ㌽, half-width kana and voicing marks).
 */
export const HOSTILE_CHARACTERS: readonly string[] = [
  "\ud800", "\udbff", "\udc00", "\udfff", "\u0000", "\u0007", "\u0008", "\u000b", "\u000c", "\u001b", "\u007f", "\u0080",
  "\u0085", "\u009f", "\u00a0", "\u00ad", "\u061c", "\u180e", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2028",
  "\u2029", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2060", "\u2066", "\u2067", "\u2068", "\u2069", "\u3000",
  "\ufeff", "\ufffe", "\uffff", "\ufffd", "\u0301", "\u0316", "\u3099", "\u309a", "\u309b", "\ufe0f", "\u{e0100}", "\u{1f600}",
  "\u{10ffff}", "▲", "△", "−", "〜", "～", "①", "⑳", "㌽", "ｶ", "ﾞ", "ﾟ", "％", "：", "（", "）", " ", "\t", "\r", "\n",
];

/** Any text at all, biased towards the characters and fragments that matter: real KPI texts, hostile characters. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.array(fc.oneof(fc.constantFrom(...KPI_TEXTS), fc.constantFrom(...HOSTILE_CHARACTERS), fc.constantFrom(...NUMERIC_CHARACTERS)), { maxLength: 12 }).map((p) => p.join("")),
  fc.tuple(fc.constantFrom(...KPI_TEXTS), fc.nat(), fc.constantFrom(...HOSTILE_CHARACTERS)).map(([t, at, ch]) => {
    const i = at % (t.length + 1);
    return t.slice(0, i) + ch + t.slice(i);
  }),
);
