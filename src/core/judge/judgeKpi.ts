import type { Component, Expression, ExpressionRole } from "../Expression";
import type { Finding } from "../Finding";
import type { JudgedKpi } from "../JudgedKpi";
import type { FieldCell, KpiRecord } from "../KpiRecord";
import { parseFieldCell } from "../expression/parseFieldCell";
import { withNamedDirection } from "../expression/withNamedDirection";
import type { JudgeContext } from "./JudgeContext";
import { judgeByWord } from "./_lib/judgeByWord";
import { judgedKpi } from "./_lib/judgedKpi";
import { judgeFigures } from "./_lib/judgeFigures";
import { unjudged } from "./_lib/judgedComponent";
import { KpiNotes } from "./_lib/KpiNotes";
import { namedAfterMetric } from "./_lib/labelled";
import { noResultYet } from "./_lib/noResultYet";
import { judgePeriodTotal, periodTotalOf } from "./_lib/periodTotal";
import { resultNotEach } from "./_lib/resultNotEach";
import type { Targets } from "./_lib/Targets";
import { targetsOfTheYear } from "./_lib/targetsOfTheYear";
import { unanswered } from "./_lib/unanswered";
import { unreadableTarget } from "./_lib/unreadableTarget";
import type { Verdict } from "./_lib/Verdict";
import { withoutTarget } from "./_lib/withoutTarget";

export type { JudgeContext, PreviousKpi } from "./JudgeContext";

/** A judged KPI with the findings judging raised and the label pairs matched only by prefix. */
export interface Judgement {
  readonly kpi: JudgedKpi;
  readonly findings: readonly Finding[];
  readonly labelVariants: readonly [string, string][];
  /**
   * True when the target is relative to last year's result and no baseline was at hand: judging again with
   * `previous` (the same KPI's previous year) may decide it.
   */
  readonly wantsPrevious: boolean;
  /**
   * The target and result as read (`parseFieldCell`), for what else reads them (the series' measure) and for
   * judging again with `previous` without reading them twice; absent where they were not read (an Excel error in
   * the target or result).
   */
  readonly reading?: KpiReading;
}

/** A KPI's target and result as the judge read them (`parseFieldCell`). */
export interface KpiReading {
  readonly target: Expression;
  readonly result: Expression;
}

const EMPTY: Expression = { kind: "empty", normalized: "", components: [], qualifiers: [] };
const NONE: readonly never[] = [];

const parse = (cell: FieldCell | undefined, role: ExpressionRole, ctx: JudgeContext): Expression =>
  cell ? parseFieldCell(cell, role, ctx.schema) : EMPTY;
const isCellError = (cell: FieldCell | undefined): boolean => !!cell && typeof cell.value === "object" && cell.value !== null;
const isImplied = (c: Component): boolean => c.impliedComparator === true;

/**
 * The target and result of a record as read; undefined when either is an Excel error (the KPI is unevaluable). A
 * target naming no metric (`3件`) takes the direction its comparator implies from the KPI's title (`苦情件数`: `<=`).
 */
function readKpi(record: KpiRecord, ctx: JudgeContext): KpiReading | undefined {
  const { target, result, title } = record.fields;
  if (isCellError(target) || isCellError(result)) return undefined;
  const read = parse(target, "target", ctx);
  const named = title ? withNamedDirection(read, title.text, ctx.schema) : read;
  return { target: named, result: parse(result, "result", ctx) };
}

/** The status and components of a KPI from its target and result as read, the findings noted on the way. */
function decide(target: Expression, result: Expression, ctx: JudgeContext, notes: KpiNotes, resultsOnly = false): Verdict {
  if (target.kind === "empty") return withoutTarget(result, notes, resultsOnly);

  const readable = target.kind === "expression" && target.components.length > 0;
  const future = result.future !== undefined && result.kind !== "expression" && result.kind !== "judgement";
  if (!readable && result.kind !== "empty" && !future) return unreadableTarget(target, result, notes);
  const implied = readable ? target.components.find(isImplied) : undefined;
  if (implied) notes.onTarget("implied-comparator", { comparator: implied.comparator ?? ">=", text: target.normalized });
  const ofTheYear = readable ? targetsOfTheYear(target, ctx, notes) : target.components;
  const targets = ofTheYear ?? target.components;
  const t: Targets = { target, targets, shownLabel: !namedAfterMetric(target, targets) };

  if (result.kind === "empty" || future) {
    // no result yet (empty, a placeholder, or only words of the future), also when the target cannot be read
    if (future) notes.onResult("result-future", { text: result.normalized, word: result.future ?? "" });
    if (!readable) notes.onTarget("target-unreadable", { text: target.normalized });
    return { status: noResultYet(ctx, notes), components: unjudged(targets, t.shownLabel) };
  }
  if (ofTheYear === undefined) return { status: "unevaluable", components: unjudged(targets, t.shownLabel) }; // another year's target
  if (result.kind === "not_applicable" || result.kind === "unreadable") return unanswered(t, result, ctx, notes);
  if (result.kind === "judgement") return judgeByWord(targets, t.shownLabel, result, notes);
  const periodTotal = periodTotalOf(target, targets, ctx.fiscalYear);
  const judge = (): Verdict => resultNotEach(t, result, notes) ?? judgeFigures(t, result, ctx, notes);
  return periodTotal ? judgePeriodTotal(target, targets, t.shownLabel, result, periodTotal, judge, notes) : judge();
}

/**
 * Judges one KPI (kpi-rules.md §3): parses its target and result, pairs their components, compares them after
 * unit and period normalisation, and gives one of the seven statuses with the findings that explain it. The
 * rules live in `_lib/` (no target: `withoutTarget`; a target without a figure: `unreadableTarget`; the target of
 * the row's year: `targetsOfTheYear`; a result without a figure: `unanswered`; of words: `judgeByWord`; a target
 * for each member: `resultNotEach`; a result of figures: `judgeFigures`; several readings: `byEveryReading`;
 * relative targets: `judgeRelativeTarget`; a total over a period of fiscal years: `judgePeriodTotal`; unit inference and percent-as-fraction: `compareComponent`). `cell-error` findings are raised by `checkRecords`; a KPI whose target or result is an
 * Excel error is unevaluable. `reading` is the target and result as read before (`Judgement.reading`), when a KPI
 * is judged again with `ctx.previous` (a target relative to last year's result): they are not read twice.
 *
 * @example
 * judgeKpi(record /* 目標 "回答数:200件", 結果 "208件" *\/, ctx).kpi.status // "met"
 */
export function judgeKpi(record: KpiRecord, ctx: JudgeContext, reading: KpiReading | undefined = readKpi(record, ctx)): Judgement {
  const { target, result, title } = record.fields;
  const notes = new KpiNotes(record.row, target ?? title, result ?? title);
  const verdict: Verdict = reading
    ? decide(reading.target, reading.result, ctx, notes, record.resultsOnly)
    : { status: "unevaluable", components: [] };
  const kpi = judgedKpi(record, ctx, verdict);
  return {
    kpi,
    findings: notes.findings ?? NONE,
    labelVariants: notes.labelVariants ?? NONE,
    wantsPrevious: verdict.wantsPrevious === true,
    reading,
  };
}
