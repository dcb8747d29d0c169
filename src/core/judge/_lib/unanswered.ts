import type { Expression } from "../../Expression";
import type { JudgeContext } from "../JudgeContext";
import { byEveryReading } from "./byEveryReading";
import { unjudged } from "./judgedComponent";
import { isNoneWord, judgeNone } from "./judgeNone";
import type { KpiNotes } from "./KpiNotes";
import type { Targets } from "./Targets";
import type { Verdict } from "./Verdict";

/**
 * A result that gives no figure to compare: not applicable (`対象外`), hedged (`概ね達成`) or unreadable — unless
 * its several candidate figures all judge the lone target alike (`byEveryReading`) or it says nothing happened
 * (`なし`, `judgeNone`).
 *
 * @example unanswered(t, parse("対象外"), ctx, notes).status // "unevaluable", result-not-applicable
 */
export function unanswered({ targets, shownLabel }: Targets, result: Expression, ctx: JudgeContext, notes: KpiNotes): Verdict {
  if (result.kind === "unreadable" && result.candidates && targets.length === 1) {
    const read = byEveryReading(targets[0], shownLabel, result, notes);
    if (read) return read;
  }
  if (result.kind === "unreadable" && !result.candidates && isNoneWord(result.normalized, ctx.schema)) {
    const none = judgeNone(targets, shownLabel, result, notes);
    if (none) return none;
  }
  if (result.kind === "not_applicable") notes.onResult("result-not-applicable", { text: result.normalized });
  else if (result.hedge !== undefined) notes.onResult("result-hedged", { text: result.normalized, word: result.hedge });
  else notes.onResult("result-unreadable", { text: result.normalized, candidates: result.candidates ?? 0 });
  return { status: "unevaluable", components: unjudged(targets, shownLabel) };
}
