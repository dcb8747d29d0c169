import type { Component, Expression, ExpressionRole } from "../Expression";
import type { Finding } from "../Finding";
import type { JudgedKpi } from "../JudgedKpi";
import type { FieldCell, KpiRecord } from "../KpiRecord";
import { parseFieldCell } from "../expression/parseFieldCell";
import { withNamedDirection } from "../expression/withNamedDirection";
import type { JudgeContext } from "./JudgeContext";
import { byEveryReading } from "./_lib/byEveryReading";
import { judgeByWord } from "./_lib/judgeByWord";
import { judgeFigures, type Targets } from "./_lib/judgeFigures";
import { unjudged } from "./_lib/judgedComponent";
import { KpiNotes } from "./_lib/KpiNotes";
import { namedAfterMetric } from "./_lib/labelled";
import { isNoneWord, judgeNone } from "./_lib/judgeNone";
import { noResultYet } from "./_lib/noResultYet";
import type { Verdict } from "./_lib/Verdict";
import { ofRowYear } from "./_lib/yearOfResult";

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

/** A row without a target: a policy without a KPI (`target-missing`), a result there `result-without-target`. */
function withoutTarget(result: Expression, notes: KpiNotes): Verdict {
  notes.onTarget("target-missing", {});
  if (result.kind !== "empty") notes.onResult("result-without-target", { result: result.normalized });
  return { status: "no_target", components: [] };
}

/**
 * A target without a figure answered by a result: a word answers it (`コンプライアンス研修の毎月開催` → `達成`,
 * `judged-by-word`); anything else is unevaluable (`target-unreadable`, and `result-hedged` for a hedge).
 */
function unreadableTarget(target: Expression, result: Expression, notes: KpiNotes): Verdict {
  if (result.kind === "judgement" && !result.hedge) {
    notes.onResult("judged-by-word", { word: result.normalized });
    return { status: result.judgement ?? "met", components: [] };
  }
  notes.onTarget("target-unreadable", { text: target.normalized });
  if (result.hedge !== undefined) notes.onResult("result-hedged", { text: result.normalized, word: result.hedge });
  return { status: "unevaluable", components: [] };
}

/**
 * A result that gives no figure to compare: not applicable (`対象外`), hedged (`概ね達成`) or unreadable — unless
 * its several candidate figures all judge the lone target alike (`byEveryReading`).
 */
function unanswered({ targets, shownLabel }: Targets, result: Expression, ctx: JudgeContext, notes: KpiNotes): Verdict {
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

/** What names a year's figure as a result quoted as the bar: `2023年度実績`, `2023年度の実績`, `2023年度水準`. */
const RESULT_WORD = /^[\s)の末]*(?:時点の?)?(?:実績|水準|並み?|結果)/;

/** Whether the text names the year (as written) as a result's: `2023年度実績88%以上`, `88%以上(2023年度実績)`. */
function namesResultOf(text: string, year: string): boolean {
  for (let at = text.indexOf(year); at >= 0; at = text.indexOf(year, at + 1)) {
    if (RESULT_WORD.test(text.slice(at + year.length, at + year.length + 6))) return true;
  }
  return false;
}

/**
 * A figure of an earlier year's result with its own comparator (`2023年度実績88%以上`): last year's figure as the bar.
 * An earlier year's figure not named a result (`2023年度 88%以上`, `88%以上(2023年度)` on a FY2024 row) is that year's
 * target, not this row's.
 */
const isBaseline = (c: Component, fiscalYear: number, text: string): boolean =>
  c.year !== undefined &&
  c.year.year < fiscalYear + (c.year.fiscal ? 0 : 1) &&
  c.comparator !== undefined &&
  !c.impliedComparator &&
  namesResultOf(text, c.year.text);

/**
 * The target's components for the row's year: of targets written for several years (`2024年度:90% 2025年度:92%`),
 * the row's year's, with `target-year-chosen`; all of them when they name no years or only the row's, or when they
 * are an earlier year's result as the bar (`2023年度実績88%以上`). Undefined, with `target-other-year`, when they are
 * all another year's (`2025年度目標90%` on a FY2024 row): the row has no target of its own year.
 */
function targetsOfTheYear(target: Expression, ctx: JudgeContext, notes: KpiNotes): Component[] | undefined {
  const all = target.components;
  const fiscalYear = ctx.fiscalYear;
  if (fiscalYear === null || !all.some((c) => c.year)) return all;
  const { kept, dropped } = ofRowYear(all, fiscalYear, ctx.fiscalYearStartMonth);
  if (dropped.length === 0) return all;
  if (kept.length === 0) {
    if (all.every((c) => isBaseline(c, fiscalYear, target.normalized))) return all;
    notes.onTarget("target-other-year", { text: target.normalized, years: [...new Set(dropped.map((y) => y.text))], fiscalYear });
    return undefined;
  }
  notes.onTarget("target-year-chosen", { text: target.normalized, year: kept[0].year?.text ?? "", fiscalYear });
  return kept;
}

/**
 * Whether a result answers a target for each of all members (`全店1回以上`): it names all (`全17店舗で54回実施`) or
 * gives a ratio of them (`17店舗中17店舗`).
 */
const answersEach = (result: Expression): boolean =>
  result.all === true || result.each === true || result.components.some((c) => c.quantity.of !== undefined);

/** The status and components of a KPI from its target and result as read, the findings noted on the way. */
function decide(target: Expression, result: Expression, ctx: JudgeContext, notes: KpiNotes): Verdict {
  if (target.kind === "empty") return withoutTarget(result, notes);

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
  if (target.each && !answersEach(result)) {
    notes.onResult("result-not-each", { target: target.normalized, result: result.normalized });
    return { status: "unevaluable", components: unjudged(targets, t.shownLabel) };
  }
  return judgeFigures(t, result, ctx, notes);
}

/**
 * The judged KPI, built once and complete: with the No as written (`noLabel`) and the staff's own evaluation
 * (`評価`, `判定`, as written, trimmed) where there are.
 */
function judgedKpi(record: KpiRecord, ctx: JudgeContext, verdict: Verdict): JudgedKpi {
  const { target, result, title } = record.fields;
  const kpi: JudgedKpi = {
    record,
    fiscalYear: ctx.fiscalYear,
    no: ctx.no,
    row: record.row,
    title: title?.text ?? "",
    target: target?.text ?? "",
    result: result?.text ?? "",
    status: verdict.status,
    components: verdict.components,
  };
  const evaluation = record.fields.evaluation?.text.trim() ?? "";
  if (ctx.noLabel === undefined && evaluation === "") return kpi;
  return {
    ...kpi,
    ...(ctx.noLabel !== undefined ? { noLabel: ctx.noLabel } : {}),
    ...(evaluation !== "" ? { evaluation } : {}),
  };
}

/**
 * Judges one KPI (kpi-rules.md §3): parses its target and result, pairs their components, compares them after
 * unit and period normalisation, and gives one of the seven statuses with the findings that explain it. The
 * rules live in `_lib/` (a result of figures: `judgeFigures`; of words: `judgeByWord`; several readings:
 * `byEveryReading`; relative targets: `judgeRelativeTarget`; unit inference and percent-as-fraction:
 * `compareComponent`). `cell-error` findings are raised by `checkRecords`; a KPI whose target or result is an
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
    ? decide(reading.target, reading.result, ctx, notes)
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
