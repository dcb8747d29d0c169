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

// A reason before the state it explains: `集計中のため未公表`, `対象契約がないため対象外`.
const REASON = /(?:のため|ため|により|につき)[、,]? ?/gu;

/**
 * The state a text ends in after the reason it gives (`集計中のため未公表` → `未公表`); the text itself without one.
 *
 * @example stateAfterReason("集計中のため未公表") // "未公表"
 */
export function stateAfterReason(text: string): string {
  let at = -1;
  for (const m of text.matchAll(REASON)) at = m.index + m[0].length;
  return at < 0 ? text : text.slice(at);
}
