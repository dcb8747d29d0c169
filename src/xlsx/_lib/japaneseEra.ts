import * as numfmt from "numfmt";
import type { FormatToken } from "numfmt";

interface Era {
  /** Excel serial number of the era's first day. */
  start: number;
  year: number;
  letter: string;
  name: string;
}

const serialOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;

/** Japanese eras as Excel's ja-JP calendar counts them (serial dates start in 1900, so Meiji is the oldest). */
const ERAS: readonly Era[] = [
  { start: serialOf(2019, 5, 1), year: 2019, letter: "R", name: "令和" },
  { start: serialOf(1989, 1, 8), year: 1989, letter: "H", name: "平成" },
  { start: serialOf(1926, 12, 25), year: 1926, letter: "S", name: "昭和" },
  { start: serialOf(1912, 7, 30), year: 1912, letter: "T", name: "大正" },
  { start: 1, year: 1868, letter: "M", name: "明治" },
];

const isEraName = (t: FormatToken): boolean => t.type.toUpperCase() === "DATETIME" && /^g+$/i.test(t.value);
const isEraYear = (t: FormatToken): boolean => t.type.toUpperCase() === "DATETIME" && /^e+$/i.test(t.value);
const isForeignLocale = (t: FormatToken): boolean =>
  t.type.toUpperCase() === "LOCALE" && !/^-?(0*411|ja(-JP)?)$/i.test(t.value.replace(/,.*$/, ""));

/**
 * Rewrites the Japanese-era parts of a date format (`g`, `gg`, `ggg` era name; `e`, `ee` era year), which numfmt
 * does not render, into quoted literals for the given serial date, so that numfmt shows what ja-JP Excel shows.
 * Formats without era parts, or tagged with another locale, come back unchanged.
 *
 * @example withJapaneseEra('[$-411]ggge"年"m"月"d"日"', 45383) // '[$-411]"令和""6""年"m"月"d"日"'
 */
export function withJapaneseEra(pattern: string, serial: number): string {
  if (!/[ge]/i.test(pattern)) return pattern;
  let tokens: FormatToken[];
  try {
    tokens = numfmt.tokenize(pattern);
  } catch {
    return pattern;
  }
  if (!tokens.some((t) => isEraName(t) || isEraYear(t)) || tokens.some(isForeignLocale)) return pattern;
  const era = ERAS.find((e) => serial >= e.start);
  if (!era) return pattern;
  const gregorianYear = new Date(Math.round((serial - 25_569) * 86_400_000)).getUTCFullYear();
  const eraYear = gregorianYear - era.year + 1;
  return tokens
    .map((t) => {
      if (isEraName(t)) return `"${t.value.length === 1 ? era.letter : t.value.length === 2 ? era.name[0] : era.name}"`;
      if (isEraYear(t)) return `"${t.value.length >= 2 ? String(eraYear).padStart(2, "0") : eraYear}"`;
      return t.raw;
    })
    .join("");
}
