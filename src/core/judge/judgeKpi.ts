import type { Component, Expression } from "../Expression";
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
  findings: Finding[];
  labelVariants: [string, string][];
}

const EMPTY: Expression = { kind: "empty", normalized: "", components: [], qualifiers: [] };

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

/**
 * Judges one KPI (kpi-rules.md §3): parses its target and result, pairs their components, compares them after
 * unit and period normalisation, and gives one of the seven statuses with the findings that explain it.
 * `cell-error` findings are raised by `checkRecords`; a KPI whose target or result is an Excel error is unevaluable.
 *
 * @example
 * judgeKpi(record /* 目標 "回答数:200件", 結果 "208件" *\/, ctx).kpi.status // "met"
 */
export function judgeKpi(record: KpiRecord, ctx: JudgeContext): Judgement {
  const { schema } = ctx;
  const findings: Finding[] = [];
  const labelVariants: [string, string][] = [];
  // each field read once: the table layout's fields are views that make the cell on each read
  const targetCell = record.fields.target;
  const resultCell = record.fields.result;
  const titleCell = record.fields.title;
  /** Where a finding about the target or result points: its cell, else the title's. */
  const at = (field: "target" | "result") => ({
    row: record.row,
    field,
    cell: addressOf((field === "target" ? targetCell : resultCell) ?? titleCell),
  });
  const target = targetCell && !isCellError(targetCell) ? parseFieldCell(targetCell, "target", schema) : EMPTY;
  const result = resultCell && !isCellError(resultCell) ? parseFieldCell(resultCell, "result", schema) : EMPTY;
  let components: JudgedComponent[] = [];

  const judged = (status: KpiStatus): Judgement => ({
    kpi: {
      record,
      fiscalYear: ctx.fiscalYear,
      no: ctx.no,
      row: record.row,
      title: titleCell?.text ?? "",
      target: targetCell?.text ?? "",
      result: resultCell?.text ?? "",
      status,
      components,
    },
    findings,
    labelVariants,
  });

  if (isCellError(targetCell) || isCellError(resultCell)) return judged("unevaluable");

  if (target.kind === "empty") {
    findings.push(finding("target-missing", at("target")));
    if (result.kind !== "empty") {
      findings.push(finding("result-without-target", at("result"), { result: result.normalized }));
    }
    return judged("no_target");
  }
  if (target.kind !== "expression" || target.components.length === 0) {
    findings.push(finding("target-unreadable", at("target"), { text: target.normalized }));
    return judged("unevaluable");
  }

  const implied = target.components.find(isImplied);
  if (implied) {
    findings.push(
      finding("implied-comparator", at("target"), {
        comparator: implied.comparator ?? ">=",
        text: target.normalized,
      }),
    );
  }
  const targets = labelled(target);
  /** A label `labelled` took from the metric is not shown: the report gives such a lone component no label. */
  const shownLabel = targets[0] === target.components[0];
  const pending = (c: Component): JudgedComponent => ({
    label: shownLabel ? (c.label ?? null) : null,
    comparator: c.comparator ?? ">=",
    target: c.quantity.value,
    actual: null,
    unit: c.quantity.unit ?? null,
    status: "missing",
  });
  components = targets.map(pending);

  switch (result.kind) {
    case "empty": {
      if (ctx.fiscalYear === null) return judged("unevaluable");
      if (!hasFiscalYearEnded(ctx.fiscalYear, ctx.fiscalYearStartMonth, ctx.asOf)) return judged("pending");
      findings.push(finding("result-missing", at("result"), { fiscalYear: ctx.fiscalYear }));
      return judged("missing_result");
    }
    case "not_applicable":
      findings.push(finding("result-not-applicable", at("result"), { text: result.normalized }));
      return judged("unevaluable");
    case "unreadable":
      findings.push(
        finding("result-unreadable", at("result"), {
          text: result.normalized,
          candidates: result.candidates ?? 0,
        }),
      );
      return judged("unevaluable");
    case "judgement": {
      const word = result.judgement ?? "met";
      if (word !== "partial") {
        components = components.map((c) => ({ ...c, status: word }));
      }
      return judged(word);
    }
    case "expression":
      break;
  }

  if (result.fromText) {
    findings.push(finding("result-from-text", at("result"), { text: result.normalized }));
  }
  if (target.metric && result.metric && !result.fromText) {
    const tm = normalizeLabel(target.metric);
    const rm = normalizeLabel(result.metric);
    if (!tm.includes(rm) && !rm.includes(tm)) {
      findings.push(finding("metric-mismatch", at("result"), { target: target.metric, result: result.metric }));
    }
  }

  const { matches, extra } = matchComponents(targets, labelled(result));
  for (const r of extra) {
    findings.push(finding("component-extra", at("result"), { label: r.label ?? "", text: r.quantity.text }));
  }
  let met = 0;
  let answered = 0;
  let mismatch = false;
  components = matches.map((m): JudgedComponent => {
    const base = pending(m.target);
    if (!m.result) {
      findings.push(finding("component-missing", at("result"), { label: m.target.label ?? "" }));
      return base;
    }
    answered++;
    if (m.byPrefix) {
      findings.push(
        finding("label-mismatch", at("result"), { target: m.target.label ?? "", result: m.result.label ?? "" }),
      );
      labelVariants.push([m.target.label ?? "", m.result.label ?? ""]);
    }
    let actual = m.result.quantity;
    if (actual.unit === undefined && m.target.quantity.unit !== undefined) {
      const t = m.target.quantity;
      const fraction = t.unit === "%" && Math.abs(actual.value) < 1 && actual.value !== 0 && Math.abs(t.value) >= 1;
      findings.push(
        fraction
          ? finding("percent-as-fraction", at("result"), { value: actual.value, percent: actual.value * 100 })
          : finding("unit-inferred", at("result"), { unit: t.unit ?? "", value: actual.value }),
      );
      actual = { ...actual, unit: t.unit, per: actual.per ?? t.per, value: fraction ? actual.value * 100 : actual.value };
    }
    const cmp = compareQuantities(actual, m.target.quantity, m.target.alternatives ?? [], base.comparator);
    if (cmp.kind === "unit-mismatch") {
      mismatch = true;
      findings.push(finding("unit-mismatch", at("result"), { target: cmp.targetUnit, result: cmp.resultUnit }));
      return base;
    }
    if (cmp.met) met++;
    return { ...base, target: cmp.target, actual: cmp.actual, status: cmp.met ? "met" : "not_met" };
  });

  if (mismatch || answered === 0) return judged("unevaluable");
  const status = statusFromCounts(met, matches.length);
  if (result.judgement && result.judgement !== status) {
    findings.push(finding("judgement-conflict", at("result"), { word: result.judgement, status }));
  }
  return judged(status);
}
