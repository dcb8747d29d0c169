import type { Comparator, Component, Expression, Quantity } from "../Expression";
import { addressOf } from "../cellAddress";
import { finding, type Finding } from "../Finding";
import type { JudgedComponent, JudgedKpi } from "../JudgedKpi";
import type { FieldCell, KpiRecord } from "../KpiRecord";
import type { KpiSchema } from "../KpiSchema";
import type { KpiStatus } from "../KpiStatus";
import { parseFieldCell } from "../expression/parseFieldCell";
import { hasFiscalYearEnded } from "../fiscalYear/hasFiscalYearEnded";
import { compareComponent, type ComponentOutcome } from "./_lib/compareComponent";
import { judgeRelative, type PreviousResult } from "./_lib/judgeRelative";
import { matchComponents } from "./_lib/matchComponents";
import { normalizeLabel } from "./_lib/normalizeLabel";
import { ofRowYear } from "./_lib/yearOfResult";

/** What judging needs besides the record. */
export interface JudgeContext {
  schema: KpiSchema;
  /** `YYYY-MM-DD`. */
  asOf: string;
  fiscalYearStartMonth: number;
  /** The record's fiscal year, already read (null when it could not be). */
  fiscalYear: number | null;
  no: number | null;
  /**
   * The previous fiscal year's KPI of the same series, judged (a judged KPI or a series point), for a target
   * relative to last year's result (`前年度実績以上`, `前年比110%`); absent when not looked up, null when there is none.
   */
  previous?: PreviousKpi | null;
}

/** What the judge reads of the previous year's KPI: its year, row and judged components. */
export type PreviousKpi = Pick<JudgedKpi, "fiscalYear" | "row" | "components">;

/** A judged KPI with the findings judging raised and the label pairs matched only by prefix. */
export interface Judgement {
  kpi: JudgedKpi;
  /** Shared and frozen when empty (most KPIs): read it, do not push to it. */
  findings: readonly Finding[];
  labelVariants: readonly [string, string][];
  /**
   * True when the target is relative to last year's result and no baseline was at hand: judging again with
   * `previous` (the same KPI's previous year) may decide it.
   */
  wantsPrevious?: boolean;
}

const EMPTY: Expression = { kind: "empty", normalized: "", components: [], qualifiers: [] };
const NONE: readonly never[] = Object.freeze([]);

function isCellError(cell: FieldCell | undefined): boolean {
  return !!cell && typeof cell.value === "object" && cell.value !== null;
}

/**
 * The components with a lone unlabelled one named after the metric (`回答数:200件`, `自動車:65pt`), so that it can
 * pair with a labelled component on the other side.
 */
function labelled(e: Expression, components: Component[] = e.components): Component[] {
  const [only] = components;
  if (components.length === 1 && !only.label && e.metric) return [{ ...only, label: e.metric }];
  return components;
}

/** A target a word can answer: one without a figure, or an "all" target (`全支店で開催`). */
const isWordTarget = (c: Component): boolean => c.all === true;

/** The previous year's result as a baseline: its one component's actual figure. */
function previousResult(previous: PreviousKpi | null | undefined): PreviousResult | undefined {
  const [c] = previous?.components ?? [];
  if (!previous || previous.components.length !== 1 || c.actual === null) return undefined;
  return { fiscalYear: previous.fiscalYear, row: previous.row, value: c.actual, unit: c.unit };
}

const isImplied = (c: Component): boolean => c.impliedComparator === true;

function statusFromCounts(met: number, total: number): KpiStatus {
  if (met === total) return "met";
  return met > 0 ? "partial" : "not_met";
}

// The judged KPIs and components outlive the check (a sheet has up to 100,000 of them): they are built by
// constructors, not object literals. V8 moves the objects of a literal whose objects all survive straight into the
// old generation ("pretenuring"), which measured 4–6 % slower on `npm run bench` than letting them be young.

/** A judged KPI as the judge builds it (status and components are set once known). */
class Kpi implements JudgedKpi {
  status: KpiStatus = "unevaluable";
  components: readonly JudgedComponent[] = [];
  constructor(
    readonly record: KpiRecord,
    readonly fiscalYear: number | null,
    readonly no: number | null,
    readonly row: number,
    readonly title: string,
    readonly target: string,
    readonly result: string,
  ) {}
}

/** A judged component (see `judgedComponent`). */
class Judged implements JudgedComponent {
  constructor(
    readonly label: string | null,
    readonly comparator: Comparator,
    readonly target: number,
    readonly actual: number | null,
    readonly unit: string | null,
    readonly status: JudgedComponent["status"],
  ) {}
}

/** Where a finding about the target or result points: its cell, else the title's. */
function placeOf(row: number, field: "target" | "result", cell: FieldCell | undefined) {
  return { row, field, cell: addressOf(cell) };
}

/**
 * A target component as judged. `shownLabel` is false when `labelled` took the label from the metric: the report
 * gives such a lone component no label.
 */
function judgedComponent(
  c: Component,
  shownLabel: boolean,
  status: JudgedComponent["status"] = "missing",
  target = c.quantity.value,
  actual: number | null = null,
): JudgedComponent {
  return new Judged(shownLabel ? (c.label ?? null) : null, c.comparator ?? ">=", target, actual, c.quantity.unit ?? null, status);
}

function judged(
  kpi: Kpi,
  status: KpiStatus,
  findings: readonly Finding[] = NONE,
  labelVariants: readonly [string, string][] = NONE,
): Judgement {
  kpi.status = status;
  return { kpi, findings, labelVariants };
}

function hedged(row: number, at: FieldCell | undefined, result: Expression): Finding {
  return finding("result-hedged", placeOf(row, "result", at), { text: result.normalized, word: result.hedge ?? "" });
}

/** No result for the row's year yet: pending while the fiscal year runs, then missing_result. */
function noResultYet(
  kpi: Kpi,
  ctx: JudgeContext,
  row: number,
  resultAt: FieldCell | undefined,
  findings: Finding[] | undefined,
): Judgement {
  if (ctx.fiscalYear === null) return judged(kpi, "unevaluable", findings);
  if (!hasFiscalYearEnded(ctx.fiscalYear, ctx.fiscalYearStartMonth, ctx.asOf)) return judged(kpi, "pending", findings);
  (findings ??= []).push(finding("result-missing", placeOf(row, "result", resultAt), { fiscalYear: ctx.fiscalYear }));
  return judged(kpi, "missing_result", findings);
}

/** Units whose figures add up: counts, not rates or scores. */
const ADDITIVE = new Set(["件", "回", "人", "社", "先", "店", "契約", "資格", "項目", "円"]);

/** The sum of several counts of one unit (`上期98件、下期120件` → 218件), a reading of its own. */
function sumOfParts(figures: Quantity[]): Quantity | undefined {
  const [first] = figures;
  if (figures.length < 2 || first.unit === undefined || !ADDITIVE.has(first.unit)) return undefined;
  if (figures.some((q) => q.unit !== first.unit || q.per !== first.per || q.of !== undefined)) return undefined;
  const value = figures.reduce((n, q) => n + q.value, 0);
  const out: Quantity = { value, unit: first.unit, text: `計${value}${first.unit}` };
  if (first.per) out.per = first.per;
  return out;
}

/**
 * A sentence with several figures and nothing to choose among them (`4月は80%、5月は85%でした`): when every figure
 * in the target's unit judges alike, that is the status (`result-from-text`, `reading-chosen`); when they differ,
 * unevaluable with `ambiguous-result` naming them. Undefined when no figure compares with the target.
 */
function byEveryReading(
  kpi: Kpi,
  t: Component,
  shownLabel: boolean,
  result: Expression,
  row: number,
  resultAt: FieldCell | undefined,
  findings: Finding[] | undefined,
): Judgement | undefined {
  const readings: { text: string; met: boolean; target: number; actual: number }[] = [];
  const figures = result.components.map((c) => c.quantity);
  const sum = sumOfParts(figures);
  if (sum) figures.push(sum);
  for (const q of figures) {
    const cmp = compareComponent(t, q, false);
    if (cmp.kind === "compared") readings.push({ text: q.text, met: cmp.met, target: cmp.target, actual: cmp.actual });
  }
  if (readings.length === 0) return undefined;
  const texts = readings.map((r) => r.text);
  const at = placeOf(row, "result", resultAt);
  if (readings.some((r) => r.met !== readings[0].met)) {
    kpi.components = [judgedComponent(t, shownLabel)];
    const statuses: KpiStatus[] = ["met", "not_met"];
    (findings ??= []).push(finding("ambiguous-result", at, { text: result.normalized, readings: texts, statuses }));
    return judged(kpi, "unevaluable", findings);
  }
  const last = readings[readings.length - 1];
  if (result.kind !== "expression") (findings ??= []).push(finding("result-from-text", at, { text: result.normalized }));
  if (readings.length > 1) {
    (findings ??= []).push(finding("reading-chosen", at, { text: result.normalized, chosen: last.text, others: texts.slice(0, -1) }));
  }
  const status: KpiStatus = last.met ? "met" : "not_met";
  kpi.components = [judgedComponent(t, shownLabel, status, last.target, last.actual)];
  return judged(kpi, status, findings);
}

/**
 * A relative target (`前年比110%`, `前年度実績以上`) judged by `judgeRelative`, saying where its baseline came from;
 * unevaluable with `baseline-unknown` when there was none (and `wantsPrevious` when last year's result would do).
 */
function relative(
  kpi: Kpi,
  t: Component,
  shownLabel: boolean,
  target: Expression,
  result: Expression,
  answers: Component[],
  ctx: JudgeContext,
  row: number,
  at: { result: FieldCell | undefined; target: FieldCell | undefined },
  findings: Finding[] | undefined,
): Judgement {
  const previous = previousResult(ctx.previous);
  const outcome = judgeRelative(t, { ...result, components: answers }, previous);
  const rel = t.relative;
  if (outcome.kind === "unknown") {
    kpi.components = [judgedComponent(t, shownLabel)];
    (findings ??= []).push(
      finding("baseline-unknown", placeOf(row, "target", at.target), { text: target.normalized, basis: rel?.basis ?? "" }),
    );
    const j = judged(kpi, "unevaluable", findings);
    if (rel?.previous && ctx.previous === undefined) j.wantsPrevious = true;
    return j;
  }
  if (outcome.baseline?.from === "result") {
    (findings ??= []).push(
      finding("baseline-from-result", placeOf(row, "result", at.result), { baseline: result.baseline?.text ?? "" }),
    );
  } else if (outcome.baseline && previous) {
    (findings ??= []).push(
      finding("baseline-from-previous-year", placeOf(row, "result", at.result), {
        fiscalYear: previous.fiscalYear ?? 0,
        row: previous.row,
        value: previous.value,
        unit: previous.unit ?? "",
      }),
    );
  }
  const status: KpiStatus = outcome.met ? "met" : "not_met";
  kpi.components = [
    new Judged(shownLabel ? (t.label ?? null) : null, t.comparator ?? ">=", outcome.target, outcome.actual, outcome.unit, status),
  ];
  if (result.judgement && result.judgement !== status) {
    (findings ??= []).push(finding("judgement-conflict", placeOf(row, "result", at.result), { word: result.judgement, status }));
  }
  return judged(kpi, status, findings);
}

/**
 * Judges one KPI (kpi-rules.md §3): parses its target and result, pairs their components, compares them after
 * unit and period normalisation, and gives one of the seven statuses with the findings that explain it.
 * `cell-error` findings are raised by `checkRecords`; a KPI whose target or result is an Excel error is unevaluable.
 * Runs once per row of a sheet: it makes no closure on its common path, and no list for findings it does not raise.
 *
 * @example
 * judgeKpi(record /* 目標 "回答数:200件", 結果 "208件" *\/, ctx).kpi.status // "met"
 */
export function judgeKpi(record: KpiRecord, ctx: JudgeContext): Judgement {
  const { schema } = ctx;
  const { row } = record;
  let findings: Finding[] | undefined;
  let labelVariants: [string, string][] | undefined;
  // each field read once: the table layout's fields are views that make the cell on each read
  const targetCell = record.fields.target;
  const resultCell = record.fields.result;
  const titleCell = record.fields.title;
  const targetAt = targetCell ?? titleCell;
  const resultAt = resultCell ?? titleCell;
  const kpi = new Kpi(
    record,
    ctx.fiscalYear,
    ctx.no,
    row,
    titleCell?.text ?? "",
    targetCell?.text ?? "",
    resultCell?.text ?? "",
  );

  if (isCellError(targetCell) || isCellError(resultCell)) return judged(kpi, "unevaluable");
  const target = targetCell ? parseFieldCell(targetCell, "target", schema) : EMPTY;
  const result = resultCell ? parseFieldCell(resultCell, "result", schema) : EMPTY;

  if (target.kind === "empty") {
    (findings ??= []).push(finding("target-missing", placeOf(row, "target", targetAt), {}));
    if (result.kind !== "empty") {
      findings.push(finding("result-without-target", placeOf(row, "result", resultAt), { result: result.normalized }));
    }
    return judged(kpi, "no_target", findings);
  }
  const readable = target.kind === "expression" && target.components.length > 0;
  const future = result.future !== undefined && result.kind !== "expression" && result.kind !== "judgement";
  if (!readable && result.kind !== "empty" && !future) {
    if (result.kind === "judgement" && !result.hedge) {
      // a target in words (`コンプライアンス研修の毎月開催`) is answered by a word (`達成`, `実施済み`, `未実施`)
      (findings ??= []).push(finding("judged-by-word", placeOf(row, "result", resultAt), { word: result.normalized }));
      return judged(kpi, result.judgement ?? "met", findings);
    }
    (findings ??= []).push(finding("target-unreadable", placeOf(row, "target", targetAt), { text: target.normalized }));
    if (result.hedge !== undefined) findings.push(hedged(row, resultAt, result));
    return judged(kpi, "unevaluable", findings);
  }

  const implied = readable ? target.components.find(isImplied) : undefined;
  if (implied) {
    (findings ??= []).push(
      finding("implied-comparator", placeOf(row, "target", targetAt), {
        comparator: implied.comparator ?? ">=",
        text: target.normalized,
      }),
    );
  }
  const targets = labelled(target);
  const shownLabel = targets[0] === target.components[0];

  if (result.kind === "empty" || future) {
    // no result yet (empty, a placeholder, or only words of the future), also when the target cannot be read
    if (future) (findings ??= []).push(finding("result-future", placeOf(row, "result", resultAt), { text: result.normalized, word: result.future ?? "" }));
    if (!readable) (findings ??= []).push(finding("target-unreadable", placeOf(row, "target", targetAt), { text: target.normalized }));
    kpi.components = targets.map((c) => judgedComponent(c, shownLabel));
    return noResultYet(kpi, ctx, row, resultAt, findings);
  }

  switch (result.kind) {
    case "not_applicable":
    case "unreadable":
      if (result.kind === "unreadable" && result.candidates && targets.length === 1) {
        const read = byEveryReading(kpi, targets[0], shownLabel, result, row, resultAt, findings);
        if (read) return read;
      }
      kpi.components = targets.map((c) => judgedComponent(c, shownLabel));
      (findings ??= []).push(
        result.kind === "not_applicable"
          ? finding("result-not-applicable", placeOf(row, "result", resultAt), { text: result.normalized })
          : result.hedge !== undefined
            ? hedged(row, resultAt, result)
            : finding("result-unreadable", placeOf(row, "result", resultAt), {
                text: result.normalized,
                candidates: result.candidates ?? 0,
              }),
      );
      return judged(kpi, "unevaluable", findings);
    case "judgement": {
      const word = result.judgement ?? "met";
      if (result.doneWord && !targets.every(isWordTarget)) {
        // `実施済み` does not say whether 12回 was reached; `全員取得` is 100 % of a rate
        const [t] = targets;
        const rate = result.all && targets.length === 1 && t.quantity.unit === "%" ? compareComponent(t, { value: 100, unit: "%", text: result.normalized }, true) : undefined;
        if (rate?.kind === "compared") {
          kpi.components = [judgedComponent(t, shownLabel, rate.met ? "met" : "not_met", rate.target, rate.actual)];
          return judged(kpi, rate.met ? "met" : "not_met", findings);
        }
        kpi.components = targets.map((c) => judgedComponent(c, shownLabel));
        (findings ??= []).push(finding("done-word-without-figure", placeOf(row, "result", resultAt), { text: result.normalized }));
        return judged(kpi, "unevaluable", findings);
      }
      kpi.components = targets.map((c) => judgedComponent(c, shownLabel, word === "partial" ? "missing" : word));
      return judged(kpi, word, findings);
    }
    case "expression":
      break;
  }

  // a figure of another year is not this year's result (`2023年度 16.2%` in a 2024 row)
  const { kept, dropped } = ofRowYear(result.components, ctx.fiscalYear, ctx.fiscalYearStartMonth);
  const fiscalYear = ctx.fiscalYear;
  if (dropped.length > 0 && fiscalYear !== null) {
    const years = [...new Set(dropped.map((y) => y.text))];
    if (kept.length === 0) {
      (findings ??= []).push(
        finding("result-other-year", placeOf(row, "result", resultAt), { text: result.normalized, years, fiscalYear }),
      );
      kpi.components = targets.map((c) => judgedComponent(c, shownLabel));
      return noResultYet(kpi, ctx, row, resultAt, findings);
    }
    (findings ??= []).push(
      finding("result-year-chosen", placeOf(row, "result", resultAt), {
        text: result.normalized,
        year: kept[0].year?.text ?? "",
        fiscalYear,
      }),
    );
  }
  let answers = kept;

  if (result.fromText) {
    (findings ??= []).push(finding("result-from-text", placeOf(row, "result", resultAt), { text: result.normalized }));
  }
  if (target.metric && result.metric && !result.fromText && !result.change) {
    const tm = normalizeLabel(target.metric);
    const rm = normalizeLabel(result.metric);
    if (!tm.includes(rm) && !rm.includes(tm)) {
      (findings ??= []).push(
        finding("metric-mismatch", placeOf(row, "result", resultAt), { target: target.metric, result: result.metric }),
      );
    }
  }

  if (targets.length === 1 && targets[0].relative) {
    return relative(kpi, targets[0], shownLabel, target, result, answers, ctx, row, { result: resultAt, target: targetAt }, findings);
  }
  if (answers.length > 0 && answers.every((c) => c.change)) {
    kpi.components = targets.map((c) => judgedComponent(c, shownLabel));
    (findings ??= []).push(finding("result-change-only", placeOf(row, "result", resultAt), { text: result.normalized }));
    return judged(kpi, "unevaluable", findings);
  }
  // the stated total decides a lone target (`春3回・秋3回 計6回`)
  if (targets.length === 1 && answers.length > 1) {
    const totals = answers.filter((c) => c.total);
    if (totals.length === 1 && answers.every((c) => c.quantity.unit === undefined || c.quantity.unit === totals[0].quantity.unit)) answers = totals;
  }
  if (answers.length === 1 && answers[0].total) {
    (findings ??= []).push(finding("result-total", placeOf(row, "result", resultAt), { text: result.normalized }));
  }

  const { matches, extra } = matchComponents(targets, labelled(result, answers));
  if (targets.length === 1 && !matches[0].result && extra.length > 1) {
    // labels that answer nothing (`○○銀行:72.9% 当金庫 68.0%`): every figure is a reading of the lone target
    const read = byEveryReading(kpi, targets[0], shownLabel, { ...result, components: answers }, row, resultAt, findings);
    if (read) return read;
  }
  for (const r of extra) {
    (findings ??= []).push(
      finding("component-extra", placeOf(row, "result", resultAt), { label: r.label ?? "", text: r.quantity.text, component: r.label || r.quantity.text }),
    );
  }
  let met = 0;
  let answered = 0;
  let mismatch = false;
  // sized up front: a pushed-to list keeps room for 16 (a sheet keeps 100,000 of these lists)
  const components: JudgedComponent[] = new Array<JudgedComponent>(matches.length);
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    const t = m.target;
    if (!m.result) {
      (findings ??= []).push(finding("component-missing", placeOf(row, "result", resultAt), { label: t.label ?? "", component: t.label || t.quantity.text }));
      components[k] = judgedComponent(t, shownLabel);
      continue;
    }
    answered++;
    if (m.byPrefix) {
      const pair: [string, string] = [t.label ?? "", m.result.label ?? ""];
      (findings ??= []).push(
        finding("label-mismatch", placeOf(row, "result", resultAt), { target: pair[0], result: pair[1] }),
      );
      (labelVariants ??= []).push(pair);
    }
    const cmp = compareComponent(t, m.result.quantity, result.all === true);
    for (const note of cmp.notes) (findings ??= []).push(finding(note.code, placeOf(row, "result", resultAt), note.params));
    if (cmp.kind === "unit-mismatch") {
      mismatch = true;
      (findings ??= []).push(
        finding("unit-mismatch", placeOf(row, "result", resultAt), { target: cmp.targetUnit, result: cmp.resultUnit }),
      );
      components[k] = judgedComponent(t, shownLabel);
      continue;
    }
    if (cmp.met) met++;
    components[k] = judgedComponent(t, shownLabel, cmp.met ? "met" : "not_met", cmp.target, cmp.actual);
  }
  kpi.components = components;

  if (mismatch || answered === 0) return judged(kpi, "unevaluable", findings, labelVariants);
  const status = statusFromCounts(met, matches.length);
  if (result.others && matches.length === 1 && matches[0].result) {
    // several figures and no structure chose one: every reading must agree, else the result is not judged
    const readings = [matches[0].result.quantity.text];
    const statuses = new Set<KpiStatus>([status]);
    for (const o of result.others) {
      const alt: ComponentOutcome = compareComponent(matches[0].target, o.quantity, false);
      if (alt.kind !== "compared") continue;
      readings.push(o.quantity.text);
      statuses.add(alt.met ? "met" : "not_met");
    }
    if (statuses.size > 1) {
      (findings ??= []).push(
        finding("ambiguous-result", placeOf(row, "result", resultAt), { text: result.normalized, readings, statuses: [...statuses] }),
      );
      return judged(kpi, "unevaluable", findings, labelVariants);
    }
    if (readings.length > 1) {
      (findings ??= []).push(
        finding("reading-chosen", placeOf(row, "result", resultAt), { text: result.normalized, chosen: readings[0], others: readings.slice(1) }),
      );
    }
  }
  if (result.judgement && result.judgement !== status) {
    (findings ??= []).push(finding("judgement-conflict", placeOf(row, "result", resultAt), { word: result.judgement, status }));
  }
  return judged(kpi, status, findings, labelVariants);
}
