import { BRACKETS } from "./chars";

/** Brackets, quotes, note marks and spaces that may wrap a whole placeholder: `(未集計)`, `「対象外」`, `※-`. */
const WRAPPERS = new Set([
  ...BRACKETS.keys(),
  ...BRACKETS.values(),
  "「",
  "」",
  "『",
  "』",
  '"',
  "'",
  "“",
  "”",
  " ",
  "※",
  "*",
]);

/**
 * A text without the brackets, quotes and marks around it, to compare it with placeholder words.
 *
 * @example stripAround("（未集計）") // "未集計" (after NFKC the brackets are ASCII)
 */
export function stripAround(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && WRAPPERS.has(s[a])) a++;
  while (b > a && WRAPPERS.has(s[b - 1])) b--;
  return s.slice(a, b);
}
