import type { Component, Expression } from "../../Expression";
import { parseExpression } from "../../expression/parseExpression";
import type { JudgeContext } from "../JudgeContext";
import { ofRowYear } from "./yearOfResult";

/** A bracket that names a target, a baseline or a period rather than the result itself. */
const NOT_THE_RESULT = /目標|計画|前年|昨年|前期|前回|平均|年度/;

/**
 * The figures of a result's brackets that may be its own: one figure each, no change, not naming a target, a
 * baseline or a year (`(前年5件)`, `(目標60%)`), nor dated in another year than the row's.
 *
 * @example bracketFigures(parse("保有者12名(保有率60%)"), ctx) // [保有率60%]
 */
export function bracketFigures(result: Expression, ctx: JudgeContext): Component[] {
  return result.qualifiers
    .filter((q) => !NOT_THE_RESULT.test(q))
    .map((q) => parseExpression(q, "result", ctx.schema))
    .filter((e) => e.kind === "expression" && e.components.length === 1 && !e.change)
    .filter((e) => ofRowYear(e.components, ctx.fiscalYear, ctx.fiscalYearStartMonth).dropped.length === 0)
    .map((e) => e.components[0]);
}
