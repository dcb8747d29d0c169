import { escapeRegExp } from "../../escapeRegExp";

/**
 * A regular-expression alternation matching any of `words` literally, longest first (JavaScript alternations
 * are ordered, so `以上の維持` must come before `以上`). An empty list gives a pattern that never matches.
 *
 * @example alternation(["以上", "以上の維持"]) // "以上の維持|以上"
 */
export function alternation(words: Iterable<string>): string {
  const unique = [...new Set(words)].filter((w) => w.length > 0);
  if (unique.length === 0) return "(?!)";
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return unique.map(escapeRegExp).join("|");
}
