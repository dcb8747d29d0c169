import type { Expression } from "../../Expression";
import type { JudgeContext } from "../JudgeContext";
import { bracketAnswer } from "./bracketAnswer";
import { bracketTotal } from "./bracketTotal";
import { byEveryReading } from "./byEveryReading";
import { checkMetric } from "./checkMetric";
import { compareMatches } from "./compareMatches";
import { unjudged } from "./judgedComponent";
import { judgeAchievementRate } from "./judgeAchievementRate";
import { judgeRelativeTarget } from "./judgeRelativeTarget";
import type { KpiNotes } from "./KpiNotes";
import { matchComponents } from "./matchComponents";
import { noResultYet } from "./noResultYet";
import { partNamed } from "./partNamed";
import { partOfYear } from "./partOfYear";
import { readingsAgree } from "./readingsAgree";
import { resultOfTheYear } from "./resultOfTheYear";
import { someParts } from "./someParts";
import { statedTotal } from "./statedTotal";
import { statusFromCounts } from "./statusFromCounts";
import { sumNamed } from "./sumNamed";
import type { Targets } from "./Targets";
import type { Verdict } from "./Verdict";
import { wholeYear } from "./wholeYear";

/**
 * Judges a result of figures against the target's components (kpi-rules.md §3): the figures of the row's year
 * (`resultOfTheYear`), an achievement rate (`judgeAchievementRate`), a relative target against its baseline
 * (`judgeRelativeTarget`), a bracket's figure or total (`bracketAnswer`, `bracketTotal`), a stated total for a lone
 * target (`statedTotal`), parts of the year (`partOfYear`, `wholeYear`, `someParts`), a sum the target names
 * (`sumNamed`), then each target component against the result component paired with it (`matchComponents`,
 * `compareMatches`) — met when all are, partial when some are; several readings must agree (`readingsAgree`); a
 * judgement word that says otherwise is `judgement-conflict` (the figures decide).
 *
 * @example judgeFigures({ target, targets, shownLabel: false }, parse("208件"), ctx, notes).status // "met"
 */
export function judgeFigures({ target, targets, shownLabel }: Targets, result: Expression, ctx: JudgeContext, notes: KpiNotes): Verdict {
  const kept = resultOfTheYear(result, ctx, notes);
  if (!kept) return { status: noResultYet(ctx, notes), components: unjudged(targets, shownLabel) };
  const bracketed = bracketAnswer(targets, kept, result, ctx);
  if (result.fromText || bracketed) notes.onResult("result-from-text", { text: result.normalized });
  if (!bracketed) checkMetric(target, result, notes); // the bracket names the metric (`保有者12名(保有率60%)`)

  const achievement = judgeAchievementRate(targets, shownLabel, kept, result, notes);
  if (achievement) return achievement;
  if (targets.length === 1 && targets[0].relative) {
    return judgeRelativeTarget(targets[0], shownLabel, target, result, kept, ctx.previous, notes);
  }
  if (kept.length > 0 && kept.every((c) => c.change)) {
    notes.onResult("result-change-only", { text: result.normalized });
    return { status: "unevaluable", components: unjudged(targets, shownLabel) };
  }
  const total = bracketed ? undefined : bracketTotal(targets, kept, result, ctx);
  const read: Expression = total ? { ...result, components: total, others: undefined } : result;
  const stated = bracketed ?? statedTotal(targets, total ?? kept, read, notes);
  // `年間50件以上(うちお褒め20件以上)`: the result's parts in brackets (`62件(うちお褒め18件)`) answer the target's
  // `お褒め20件以上` against `62件(うちお褒め18件)`: the part the target names answers it, not the total
  const answers = result.parts && targets.some((t) => t.part) ? [...stated, ...result.parts] : (partNamed(targets, target, result) ?? stated);

  const part = partOfYear({ targets, shownLabel }, total ?? kept, read, ctx, notes);
  if (part) return part;
  const named = targets.length === 1 && !total ? sumNamed(targets[0], shownLabel, target, read, notes) : undefined;
  if (named) return named;
  const { matches, extra } = matchComponents(target, targets, read, answers);
  if (targets.length === 1 && !matches[0].result && extra.length > 1) {
    const year = wholeYear(targets[0], shownLabel, answers, read, ctx, notes) ?? someParts(targets[0], shownLabel, answers, read, ctx, notes);
    if (year) return year;
    // labels that answer nothing (`○○銀行:72.9% 当金庫 68.0%`): every figure is a reading of the lone target
    const every = byEveryReading(targets[0], shownLabel, { ...read, components: answers }, notes);
    if (every) return every;
  }
  for (const r of extra) {
    notes.onResult("component-extra", { label: r.label ?? "", text: r.quantity.text, component: r.label || r.quantity.text });
  }
  const compared = compareMatches(matches, shownLabel, read, notes);
  const { components } = compared;
  if (compared.mismatch || compared.uncertain || compared.answered === 0) return { status: "unevaluable", components };
  const status = statusFromCounts(compared.met, matches.length);
  if (!readingsAgree(matches, status, read, notes)) return { status: "unevaluable", components };
  if (read.judgement && !read.doneWord && read.judgement !== status) notes.onResult("judgement-conflict", { word: read.judgement, status });
  return { status, components };
}
