import { BRACKETS, codesOf } from "./chars";

/**
 * Brackets, quotes, note marks and spaces that may wrap a whole placeholder: `(未集計)`, `「対象外」`, `※-`; by
 * character code, so that no string is made of each character tested.
 */
const WRAPPERS = codesOf([...BRACKETS.keys(), ...BRACKETS.values(), "「", "」", "『", "』", '"', "'", "“", "”", " ", "※", "*"]);

/**
 * A text without the brackets, quotes and marks around it, to compare it with placeholder words.
 *
 * @example stripAround("（未集計）") // "未集計" (after NFKC the brackets are ASCII)
 */
export function stripAround(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && WRAPPERS.has(s.charCodeAt(a))) a++;
  while (b > a && WRAPPERS.has(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}
