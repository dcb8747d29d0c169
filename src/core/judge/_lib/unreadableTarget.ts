import type { Expression } from "../../Expression";
import type { KpiNotes } from "./KpiNotes";
import type { Verdict } from "./Verdict";

/**
 * A target without a figure answered by a result: a word answers it (`コンプライアンス研修の毎月開催` → `達成`,
 * `judged-by-word`); anything else is unevaluable (`target-unreadable`, and `result-hedged` for a hedge).
 *
 * @example unreadableTarget(parse("コンプライアンス研修の毎月開催"), parse("達成"), notes).status // "met"
 */
export function unreadableTarget(target: Expression, result: Expression, notes: KpiNotes): Verdict {
  // a word alone (`達成`, `実施済み`), or a done-word with the figure of what was done (`実施(12回)`)
  if ((result.kind === "judgement" || (result.doneWord && result.judgement !== undefined)) && !result.hedge) {
    notes.onResult("judged-by-word", { word: result.normalized });
    return { status: result.judgement ?? "met", components: [] };
  }
  notes.onTarget("target-unreadable", { text: target.normalized });
  if (result.hedge !== undefined) notes.onResult("result-hedged", { text: result.normalized, word: result.hedge });
  return { status: "unevaluable", components: [] };
}
