import type { Component, Expression } from "../../Expression";
import type { KpiSchema } from "../../KpiSchema";
import type { KpiStatus } from "../../KpiStatus";
import { compareComponent } from "./compareComponent";
import { judgedComponent } from "./judgedComponent";
import type { KpiNotes } from "./KpiNotes";
import { statusFromCounts } from "./statusFromCounts";
import { ADDITIVE } from "./sumOfParts";
import type { Verdict } from "./Verdict";

// Wrapping marks and spaces around a result word (`（なし）`, `「発生なし」`).
const AROUND = /^[\s()[\]「」『』【】]+|[\s()[\]「」『』【】。]+$/gu;

/**
 * Whether a result says that nothing happened (schema `noneWords`: `なし`, `発生なし`), as its whole text.
 *
 * @example isNoneWord("発生なし", BUILT_IN_SCHEMA) // true
 */
export function isNoneWord(text: string, schema: KpiSchema): boolean {
  const core = text.replace(AROUND, "");
  return (schema.noneWords ?? []).includes(core);
}

/** A count that none answers: at most some count (`苦情件数 5件以下`, `0件`), or zero itself (`苦情ゼロ`). */
const noneAnswers = (c: Component): boolean =>
  (c.quantity.unit === undefined ? c.quantity.value === 0 : ADDITIVE.has(c.quantity.unit)) &&
  c.upper === undefined &&
  !c.relative &&
  (c.comparator === "<=" || c.comparator === "<" || c.quantity.value === 0);

/**
 * A result that says nothing happened (`なし`, `発生なし`) against counts that none answers (`苦情件数 0件`,
 * `事務ミス 5件以下`): the figure 0 in the target's unit, with `result-none`. Undefined against anything else (a
 * rate, a score, an at-least count), which the word does not answer.
 *
 * @example judgeNone([苦情件数 0件], false, parse("なし"), notes)?.status // "met"
 */
export function judgeNone(targets: Component[], shownLabel: boolean, result: Expression, notes: KpiNotes): Verdict | undefined {
  if (targets.length === 0 || !targets.every(noneAnswers)) return undefined;
  notes.onResult("result-none", { text: result.normalized });
  let met = 0;
  const components = targets.map((t) => {
    const cmp = compareComponent(t, { value: 0, unit: t.quantity.unit, text: result.normalized }, false);
    const status: KpiStatus = cmp.kind === "compared" && cmp.met ? "met" : "not_met";
    if (status === "met") met++;
    return judgedComponent(t, shownLabel, status, cmp.kind === "compared" ? cmp.target : undefined, 0);
  });
  return { status: statusFromCounts(met, targets.length), components };
}
