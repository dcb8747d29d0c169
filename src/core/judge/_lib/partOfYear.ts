import type { Component, Expression } from "../../Expression";
import type { JudgeContext } from "../JudgeContext";
import { countsTheYear } from "./countsTheYear";
import { unjudged } from "./judgedComponent";
import type { KpiNotes } from "./KpiNotes";
import type { Targets } from "./Targets";
import type { Verdict } from "./Verdict";
import { isYearPart } from "./yearParts";

/**
 * One part of the year (`上半期 52件`) against a count over the year: not the year's result — unevaluable with
 * `result-part-of-year`. Undefined otherwise.
 *
 * @example partOfYear({ targets: [年間100件以上], shownLabel: false }, [上半期 52件], result, ctx, notes)?.status // "unevaluable"
 */
export function partOfYear(
  { targets, shownLabel }: Pick<Targets, "targets" | "shownLabel">,
  kept: Component[],
  result: Expression,
  ctx: JudgeContext,
  notes: KpiNotes,
): Verdict | undefined {
  if (targets.length !== 1 || kept.length !== 1 || result.others || !countsTheYear(targets[0])) return undefined;
  const label = kept[0].label ?? result.metric;
  if (!isYearPart(label, ctx.schema)) return undefined;
  notes.onResult("result-part-of-year", { text: result.normalized, part: label ?? "" });
  return { status: "unevaluable", components: unjudged(targets, shownLabel) };
}
