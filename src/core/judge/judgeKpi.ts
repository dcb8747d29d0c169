import type { Comparator, Component, Expression } from "../Expression";
import { addressOf } from "../cellAddress";
import { finding, type Finding } from "../Finding";
import type { JudgedComponent, JudgedKpi } from "../JudgedKpi";
import type { FieldCell, KpiRecord } from "../KpiRecord";
import type { KpiSchema } from "../KpiSchema";
import type { KpiStatus } from "../KpiStatus";
import { parseFieldCell } from "../expression/parseFieldCell";
import { hasFiscalYearEnded } from "../fiscalYear/hasFiscalYearEnded";
import { compareQuantities } from "./_lib/compareQuantities";
import { matchComponents } from "./_lib/matchComponents";
import { normalizeLabel } from "./_lib/normalizeLabel";

/** What judging needs besides the record. */
export interface JudgeContext {
  schema: KpiSchema;
  /** `YYYY-MM-DD`. */
  asOf: string;
  fiscalYearStartMonth: number;
  /** The record's fiscal year, already read (null when it could not be). */
  fiscalYear: number | null;
  no: number | null;
}

/** A judged KPI with the findings judging raised and the label pairs matched only by prefix. */
export interface Judgement {
  kpi: JudgedKpi;
  /** Shared and frozen when empty (most KPIs): read it, do not push to it. */
  findings: readonly Finding[];
  labelVariants: readonly [string, string][];
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
function labelled(e: Expression): Component[] {
  const [only] = e.components;
  if (e.components.length === 1 && !only.label && e.metric) {
    const { quantity, comparator, impliedComparator, alternatives } = only;
    return [{ label: e.metric, quantity, comparator, impliedComparator, alternatives }];
  }
  return e.components;
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
  if (target.kind !== "expression" || target.components.length === 0) {
    (findings ??= []).push(finding("target-unreadable", placeOf(row, "target", targetAt), { text: target.normalized }));
    return judged(kpi, "unevaluable", findings);
  }

  const implied = target.components.find(isImplied);
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

  switch (result.kind) {
    case "empty": {
      kpi.components = targets.map((c) => judgedComponent(c, shownLabel));
      if (ctx.fiscalYear === null) return judged(kpi, "unevaluable", findings);
      if (!hasFiscalYearEnded(ctx.fiscalYear, ctx.fiscalYearStartMonth, ctx.asOf)) return judged(kpi, "pending", findings);
      (findings ??= []).push(finding("result-missing", placeOf(row, "result", resultAt), { fiscalYear: ctx.fiscalYear }));
      return judged(kpi, "missing_result", findings);
    }
    case "not_applicable":
    case "unreadable":
      kpi.components = targets.map((c) => judgedComponent(c, shownLabel));
      (findings ??= []).push(
        result.kind === "not_applicable"
          ? finding("result-not-applicable", placeOf(row, "result", resultAt), { text: result.normalized })
          : finding("result-unreadable", placeOf(row, "result", resultAt), {
              text: result.normalized,
              candidates: result.candidates ?? 0,
            }),
      );
      return judged(kpi, "unevaluable", findings);
    case "judgement": {
      const word = result.judgement ?? "met";
      kpi.components = targets.map((c) => judgedComponent(c, shownLabel, word === "partial" ? "missing" : word));
      return judged(kpi, word, findings);
    }
    case "expression":
      break;
  }

  if (result.fromText) {
    (findings ??= []).push(finding("result-from-text", placeOf(row, "result", resultAt), { text: result.normalized }));
  }
  if (target.metric && result.metric && !result.fromText) {
    const tm = normalizeLabel(target.metric);
    const rm = normalizeLabel(result.metric);
    if (!tm.includes(rm) && !rm.includes(tm)) {
      (findings ??= []).push(
        finding("metric-mismatch", placeOf(row, "result", resultAt), { target: target.metric, result: result.metric }),
      );
    }
  }

  const { matches, extra } = matchComponents(targets, labelled(result));
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
    let actual = m.result.quantity;
    if (actual.unit === undefined && t.quantity.unit !== undefined) {
      const tq = t.quantity;
      const fraction = tq.unit === "%" && Math.abs(actual.value) < 1 && actual.value !== 0 && Math.abs(tq.value) >= 1;
      (findings ??= []).push(
        fraction
          ? finding("percent-as-fraction", placeOf(row, "result", resultAt), { value: actual.value, percent: actual.value * 100 })
          : finding("unit-inferred", placeOf(row, "result", resultAt), { unit: tq.unit ?? "", value: actual.value }),
      );
      actual = { ...actual, unit: tq.unit, per: actual.per ?? tq.per, value: fraction ? actual.value * 100 : actual.value };
    }
    const cmp = compareQuantities(actual, t.quantity, t.alternatives ?? [], t.comparator ?? ">=");
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
  if (result.judgement && result.judgement !== status) {
    (findings ??= []).push(finding("judgement-conflict", placeOf(row, "result", resultAt), { word: result.judgement, status }));
  }
  return judged(kpi, status, findings, labelVariants);
}
