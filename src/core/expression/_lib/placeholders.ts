import { lowerCase } from "../../lowerCase";
import type { Grammar } from "./grammarOf";

/**
 * Whether a text (without its wrapping marks) is a placeholder meaning "no value yet" (schema.missingValues),
 * also when a placeholder mark is repeated (`--`, `ーー`); the empty text is one.
 *
 * @example isPlaceholder("未集計", grammarOf(BUILT_IN_SCHEMA)) // true
 */
export function isPlaceholder(core: string, g: Grammar): boolean {
  if (core.length <= g.longestMissing && g.missing.has(lowerCase(core))) return true;
  for (let i = 0; i < core.length; i++) if (!g.missingMarks.has(core.charCodeAt(i))) return false;
  return true; // `--`, `ーー`: a placeholder mark repeated (and the empty text)
}

/**
 * Whether a text (without its wrapping marks) is a not-applicable word (schema.notApplicableValues).
 *
 * @example isNotApplicable("計測なし", grammarOf(BUILT_IN_SCHEMA)) // true
 */
export function isNotApplicable(core: string, g: Grammar): boolean {
  return core.length <= g.longestNotApplicable && g.notApplicable.has(lowerCase(core));
}
