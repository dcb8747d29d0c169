import type { Component, Expression } from "../../Expression";
import { compareComponent } from "./compareComponent";
import { judgedComponent, unjudged } from "./judgedComponent";
import type { KpiNotes } from "./KpiNotes";
import type { Verdict } from "./Verdict";

/** A target a word can answer: one without a figure, an "all" target (`全支店で開催`), a change in words (`苦情件数の削減`). */
const isWordTarget = (c: Component): boolean => c.all === true || c.relative?.implied === true;

/** A target component that nothing done cannot reach: at least (or more than) a figure above zero (`年2回以上`). */
const needsSomething = (c: Component): boolean =>
  (c.comparator === ">=" || c.comparator === ">") && c.quantity.value > 0 && c.upper === undefined && !c.relative;

/**
 * A result that is only a judgement word (`達成`, `未達成`, `一部達成`, `実施済み`). The word decides, except that a
 * done-word (`実施済み`) does not say whether a figure (`12回`) was reached: unevaluable with
 * `done-word-without-figure` — unless it says "all" (`全員取得`) against a rate, which is 100 %. A not-done word
 * (`未実施`, `中止`) against a target that asks for at least some figure says it was not reached: not met, with
 * `judged-not-done`.
 *
 * @example judgeByWord(targets, true, parse("達成"), notes).status // "met"
 */
export function judgeByWord(targets: Component[], shownLabel: boolean, result: Expression, notes: KpiNotes): Verdict {
  const word = result.judgement ?? "met";
  if (!result.doneWord || targets.every(isWordTarget)) {
    return { status: word, components: targets.map((c) => judgedComponent(c, shownLabel, word === "partial" ? "missing" : word)) };
  }
  if (word === "not_met" && targets.every(needsSomething)) {
    notes.onResult("judged-not-done", { word: result.normalized });
    return { status: "not_met", components: targets.map((c) => judgedComponent(c, shownLabel, "not_met")) };
  }
  const [t] = targets;
  const rate =
    result.all && targets.length === 1 && t.quantity.unit === "%"
      ? compareComponent(t, { value: 100, unit: "%", text: result.normalized }, true)
      : undefined;
  if (rate?.kind === "compared") {
    const status = rate.met ? "met" : "not_met";
    return { status, components: [judgedComponent(t, shownLabel, status, rate.target, rate.actual)] };
  }
  notes.onResult("done-word-without-figure", { text: result.normalized });
  return { status: "unevaluable", components: unjudged(targets, shownLabel) };
}
