import type { Component, Expression, Quantity } from "../../Expression";
import type { KpiStatus } from "../../KpiStatus";
import { parseExpression } from "../../expression/parseExpression";
import type { JudgeContext } from "../JudgeContext";
import { byEveryReading } from "./byEveryReading";
import { compareComponent } from "./compareComponent";
import { compareMatches } from "./compareMatches";
import { judgedComponent, unjudged } from "./judgedComponent";
import { judgeRelativeTarget } from "./judgeRelativeTarget";
import type { KpiNotes } from "./KpiNotes";
import { matchComponents, type ComponentMatch } from "./matchComponents";
import { namedSum } from "./namedSum";
import { noResultYet } from "./noResultYet";
import { normalizeLabel } from "../../normalizeLabel";
import type { Verdict } from "./Verdict";
import { ofRowYear } from "./yearOfResult";
import { ADDITIVE, sumOfParts } from "./sumOfParts";
import { isWholeYear, isYearPart } from "./yearParts";

/**
 * What a target needs to judge figures: the target as read, its components, and whether their labels show (not
 * when `labelled` names a lone component after the metric).
 */
export interface Targets {
  target: Expression;
  targets: Component[];
  shownLabel: boolean;
}

const namesYear = (c: Component): boolean => c.year !== undefined;

function statusFromCounts(met: number, total: number): KpiStatus {
  if (met === total) return "met";
  return met > 0 ? "partial" : "not_met";
}

/**
 * The result's components of the row's year (`2023年度 16.2%` in a 2024 row is not its result):
 * `result-year-chosen` when one year of several was kept, `result-other-year` and undefined when none is the row's.
 */
function ofTheYear(result: Expression, ctx: JudgeContext, notes: KpiNotes): Component[] | undefined {
  if (!result.components.some(namesYear)) return result.components; // most results
  const { kept, dropped } = ofRowYear(result.components, ctx.fiscalYear, ctx.fiscalYearStartMonth);
  const fiscalYear = ctx.fiscalYear;
  if (dropped.length === 0 || fiscalYear === null) return kept;
  if (kept.length === 0) {
    const years = [...new Set(dropped.map((y) => y.text))];
    notes.onResult("result-other-year", { text: result.normalized, years, fiscalYear });
    return undefined;
  }
  notes.onResult("result-year-chosen", { text: result.normalized, year: kept[0].year?.text ?? "", fiscalYear });
  return kept;
}

/** An item number alone (`(1)` of `①96.0%`): it names no metric. */
const ITEM_NUMBER = /^\(\d{1,2}\)$/;

/** `metric-mismatch` when the result names another metric than the target (neither contains the other). */
function checkMetric(target: Expression, result: Expression, notes: KpiNotes): void {
  if (!target.metric || !result.metric || result.fromText || result.change || result.achievement) return;
  if (ITEM_NUMBER.test(result.metric)) return;
  const tm = normalizeLabel(target.metric);
  const rm = normalizeLabel(result.metric);
  if (!tm.includes(rm) && !rm.includes(tm)) notes.onResult("metric-mismatch", { target: target.metric, result: result.metric });
}

/** The stated total decides a lone target (`春3回・秋3回 計6回`): the answers reduced to it, `result-total` noted. */
function statedTotal(targets: Component[], answers: Component[], result: Expression, notes: KpiNotes): Component[] {
  let out = answers;
  if (targets.length === 1 && answers.length > 1) {
    const totals = answers.filter((c) => c.total);
    const unit = totals[0]?.quantity.unit;
    if (totals.length === 1 && answers.every((c) => c.quantity.unit === undefined || c.quantity.unit === unit)) out = totals;
  }
  if (out.length === 1 && out[0].total) notes.onResult("result-total", { text: result.normalized });
  return out;
}

/** A bracket that names a target, a baseline or a period rather than the result itself. */
const NOT_THE_RESULT = /目標|計画|前年|昨年|前期|前回|平均|年度/;

/**
 * A lone result figure in another unit than the lone target's, with exactly one bracket holding a figure in the
 * target's unit (`保有者12名(保有率60%)` against `保有率 50%以上`, `解約3件(解約率1.5%)`): the bracket's figure answers.
 * Undefined otherwise; brackets naming a target, a baseline or a year (`(前年5件)`, `(目標60%)`), or dated in another
 * year than the row's (`(2024年3月末 保有率60%)` in a FY2024 row), never answer.
 */
function bracketAnswer(targets: Component[], kept: Component[], result: Expression, ctx: JudgeContext): Component[] | undefined {
  const unit = targets.length === 1 && !targets[0].relative ? targets[0].quantity.unit : undefined;
  if (unit === undefined || kept.length !== 1 || kept[0].quantity.unit === undefined || kept[0].quantity.unit === unit) return undefined;
  const found = bracketFigures(result, ctx).filter((c) => c.quantity.unit === unit);
  return found.length === 1 ? found : undefined;
}

/**
 * The figures of a result's brackets that may be its own: one figure each, no change, not naming a target, a
 * baseline or a year (`(前年5件)`, `(目標60%)`), nor dated in another year than the row's.
 */
function bracketFigures(result: Expression, ctx: JudgeContext): Component[] {
  return result.qualifiers
    .filter((q) => !NOT_THE_RESULT.test(q))
    .map((q) => parseExpression(q, "result", ctx.schema))
    .filter((e) => e.kind === "expression" && e.components.length === 1 && !e.change)
    .filter((e) => ofRowYear(e.components, ctx.fiscalYear, ctx.fiscalYearStartMonth).dropped.length === 0)
    .map((e) => e.components[0]);
}

/**
 * The total of several result figures stated in a bracket (`満足60%、やや満足32%(計92%)`, `春3回・秋3回(計6回)`), or
 * of one figure when the target is a total too (`累計10名以上` against `2名取得(累計11名)`), for a lone target: it
 * decides, as a total outside brackets does. Undefined without exactly one such total in
 * the figures' unit.
 */
function bracketTotal(targets: Component[], kept: Component[], result: Expression, ctx: JudgeContext): Component[] | undefined {
  if (targets.length !== 1 || targets[0].relative) return undefined;
  // a target that is a total itself (`累計10名以上`) asks for the bracket's total even after one figure (`2名取得(累計11名)`)
  if (kept.length + (result.others?.length ?? 0) < 2 && !targets[0].total) return undefined;
  const unit = kept[0]?.quantity.unit;
  const found = bracketFigures(result, ctx).filter((c) => c.total && c.quantity.unit === unit);
  return found.length === 1 ? found : undefined;
}

/** Whether a target component counts things over the fiscal year (`年間100件以上`, `年2回`): parts of it add up. */
const countsTheYear = (t: Component): boolean =>
  t.quantity.unit !== undefined && ADDITIVE.has(t.quantity.unit) && (t.quantity.per ?? "year") === "year" && !t.relative;

/**
 * One part of the year (`上半期 52件`) against a count over the year: not the year's result — unevaluable with
 * `result-part-of-year`. Undefined otherwise.
 */
function partOfYear(
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

/**
 * Figures for every part of the year (`上期1回・下期1回`, the four quarters) against a count over the year: their
 * sum is the year's figure and decides (`result-total`). Undefined otherwise.
 */
function wholeYear(t: Component, shownLabel: boolean, answers: Component[], result: Expression, ctx: JudgeContext, notes: KpiNotes): Verdict | undefined {
  if (!countsTheYear(t) || !isWholeYear(answers.map((c) => c.label), ctx.schema)) return undefined;
  const sum = sumOfParts(answers.map((c) => c.quantity));
  if (!sum) return undefined;
  const cmp = compareComponent(t, sum, false);
  if (cmp.kind !== "compared") return undefined;
  notes.onResult("result-total", { text: result.normalized });
  const status: KpiStatus = cmp.met ? "met" : "not_met";
  return { status, components: [judgedComponent(t, shownLabel, status, cmp.target, cmp.actual)] };
}

/**
 * Figures for some parts of the year only (`第1四半期 30件 第2四半期 25件`, `上期 600件、第3四半期 300件`) against a
 * count over the year: neither one of them nor their sum is the year's figure — unevaluable with
 * `result-part-of-year` naming the parts. Undefined unless every figure is labelled with a part of the year.
 */
function someParts(t: Component, shownLabel: boolean, answers: Component[], result: Expression, ctx: JudgeContext, notes: KpiNotes): Verdict | undefined {
  const labels = answers.map((c) => c.label);
  if (!countsTheYear(t) || !labels.every((l) => isYearPart(l, ctx.schema)) || isWholeYear(labels, ctx.schema)) return undefined;
  notes.onResult("result-part-of-year", { text: result.normalized, part: labels.join("・") });
  return { status: "unevaluable", components: unjudged([t], shownLabel) };
}

/**
 * The result's figures written after the words the target joins by `+` (`満足+やや満足` against `満足 62.0% やや満足
 * 30.5%`): their sum decides (`result-total`). Undefined otherwise.
 */
function sumNamed(t: Component, shownLabel: boolean, target: Expression, result: Expression, notes: KpiNotes): Verdict | undefined {
  const sum = namedSum(target.normalized, result);
  const cmp = sum ? compareComponent(t, sum, false) : undefined;
  if (!cmp || cmp.kind !== "compared") return undefined;
  notes.onResult("result-total", { text: result.normalized });
  const status: KpiStatus = cmp.met ? "met" : "not_met";
  return { status, components: [judgedComponent(t, shownLabel, status, cmp.target, cmp.actual)] };
}

/**
 * Percentages that may be shares of one whole (`満足 62.0% やや満足 30.5%`: at most 100 % together): their sum is a
 * reading too (the target `満足度 90%以上` may ask for 満足 and やや満足 together). Undefined otherwise.
 */
function shareSum(figures: readonly Component[]): Quantity | undefined {
  if (figures.length < 2 || figures.some((c) => c.quantity.unit !== "%" || c.quantity.of !== undefined || c.quantity.value < 0)) return undefined;
  const value = Number.parseFloat(figures.reduce((n, c) => n + c.quantity.value, 0).toPrecision(15));
  return value <= 100 ? { value, unit: "%", text: `計${value}%` } : undefined;
}

/**
 * Several figures and no structure chose one (`result.others`): every reading (with the sum of percentages that
 * may be shares of one whole) must judge alike — else `ambiguous-result` and false; alike, `reading-chosen` names
 * the one used.
 */
function readingsAgree(matches: readonly ComponentMatch[], status: KpiStatus, result: Expression, notes: KpiNotes): boolean {
  const [only] = matches;
  if (!result.others || matches.length !== 1 || !only.result) return true;
  const readings = [only.result.quantity.text];
  const statuses = new Set<KpiStatus>([status]);
  const share = shareSum([only.result, ...result.others]);
  for (const q of [...result.others.map((o) => o.quantity), ...(share ? [share] : [])]) {
    const alt = compareComponent(only.target, q, false);
    if (alt.kind !== "compared") continue;
    readings.push(q.text);
    statuses.add(alt.met ? "met" : "not_met");
  }
  if (statuses.size > 1) {
    notes.onResult("ambiguous-result", { text: result.normalized, readings, statuses: [...statuses] });
    return false;
  }
  if (readings.length > 1) notes.onResult("reading-chosen", { text: result.normalized, chosen: readings[0], others: readings.slice(1) });
  return true;
}

/**
 * The result's part in brackets with うち (`62件(うちお褒め18件)`) that a lone target names by its metric or label
 * (`お褒め20件以上`, `お客様の声のうちお褒め20件以上`): that part answers the target, not the total. Undefined unless
 * exactly one part is so named.
 */
function partNamed(targets: readonly Component[], target: Expression, result: Expression): Component[] | undefined {
  if (targets.length !== 1 || targets[0].part || !result.parts) return undefined;
  const name = normalizeLabel(targets[0].label ?? target.metric ?? "");
  if (name === "") return undefined;
  const found = result.parts.filter((p) => {
    const label = normalizeLabel(p.label);
    return label !== "" && name.endsWith(label);
  });
  return found.length === 1 ? found : undefined;
}

/**
 * Judges a result of figures against the target's components (kpi-rules.md §3): the figures of the row's year,
 * a relative target against its baseline, a stated total for a lone target, then each target component against
 * the result component paired with it — met when all are, partial when some are; a judgement word that says
 * otherwise is `judgement-conflict` (the figures decide).
 *
 * @example judgeFigures({ target, targets, shownLabel: false }, parse("208件"), ctx, notes).status // "met"
 */
export function judgeFigures({ target, targets, shownLabel }: Targets, result: Expression, ctx: JudgeContext, notes: KpiNotes): Verdict {
  const kept = ofTheYear(result, ctx, notes);
  if (!kept) return { status: noResultYet(ctx, notes), components: unjudged(targets, shownLabel) };
  const bracketed = bracketAnswer(targets, kept, result, ctx);
  if (result.fromText || bracketed) notes.onResult("result-from-text", { text: result.normalized });
  if (!bracketed) checkMetric(target, result, notes); // the bracket names the metric (`保有者12名(保有率60%)`)

  if (result.achievement && kept.length === 1) {
    // `達成率103%` against `契約件数 1,200件以上`: the result is already the share of its target reached
    const percent = kept[0].quantity.value;
    const status: KpiStatus = percent >= 100 ? "met" : "not_met";
    notes.onResult("result-achievement-rate", { text: result.normalized, percent });
    return { status, components: targets.map((c) => judgedComponent(c, shownLabel, status)) };
  }
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
  if (read.judgement && read.judgement !== status) notes.onResult("judgement-conflict", { word: read.judgement, status });
  return { status, components };
}
