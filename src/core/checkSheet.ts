import type { CheckOptions, CheckResult } from "./CheckResult";
import type { Finding } from "./Finding";
import { BUILT_IN_SCHEMA } from "./KpiSchema";
import type { SheetSnapshot } from "./SheetSnapshot";
import { checkEvaluation } from "./checks/checkEvaluation";
import { checkRecords } from "./checks/checkRecords";
import { findNotationVariants } from "./checks/findNotationVariants";
import { findTermMisspellings } from "./checks/findTermMisspellings";
import { judgeKpi, type JudgeContext, type Judgement } from "./judge/judgeKpi";
import { readKpiTable } from "./layout/readKpiTable";
import { buildSeries, seriesMemo } from "./series/buildSeries";
import { checkSeries } from "./series/checkSeries";
import { previousYearPoint } from "./series/previousYearPoint";
import { findOwnedLines } from "./writeback/ownership";

const FIELD_ORDER = ["fiscalYear", "no", "title", "description", "scope", "target", "result", "evaluation", "commitment", "principles"];

function byPlace(a: Finding, b: Finding): number {
  return (
    (a.row ?? 0) - (b.row ?? 0) ||
    FIELD_ORDER.indexOf(a.field ?? "") - FIELD_ORDER.indexOf(b.field ?? "")
  );
}

/**
 * The engine in one call: reads the KPI table of a sheet snapshot (either layout), checks every record against
 * the schema, judges every KPI against the as-of date, and returns the judged KPIs in sheet order with all
 * findings (table-wide ones first, then by row and field).
 *
 * @example
 * const result = checkSheet(snapshot, { asOf: "2026-11-29" });
 * result.kpis.map((k) => k.status); // ["missing_result", …]
 */
export function checkSheet(snapshot: SheetSnapshot, options: CheckOptions): CheckResult {
  const schema = options.schema ?? BUILT_IN_SCHEMA;
  const fiscalYearStartMonth = options.fiscalYearStartMonth ?? schema.fiscalYear.startMonth;
  const owned = findOwnedLines(snapshot.sheetName, options.definedNames ?? {});
  const table = readKpiTable(snapshot, schema, {
    ignoreColumns: owned.columns,
    ignoreRows: owned.rows,
    layout: options.layout,
    fiscalYearStartMonth,
  });
  const checked = checkRecords(table.records, schema, fiscalYearStartMonth);
  const findings: Finding[] = table.findings.concat(checked.findings);
  const labelVariants: [string, string][] = [];
  const relativeToLastYear: { i: number; ctx: JudgeContext }[] = [];
  const collect = (judgement: Judgement) => {
    // loops, not push(...spread): a crafted cell can hold hundreds of thousands of components
    for (const f of judgement.findings) findings.push(f);
    for (const pair of judgement.labelVariants) labelVariants.push(pair);
  };
  const kpis = table.records.map((record, i) => {
    const ctx: JudgeContext = {
      schema,
      asOf: options.asOf,
      fiscalYearStartMonth,
      fiscalYear: checked.keys.fiscalYears[i],
      no: checked.keys.nos[i],
    };
    const judgement = judgeKpi(record, ctx);
    if (judgement.wantsPrevious) relativeToLastYear.push({ i, ctx });
    else collect(judgement);
    return judgement.kpi;
  });
  // a target relative to last year's result (`前年度実績以上`) is judged again once every KPI has its status, against
  // the previous year of its series (a sure join only)
  const memo = seriesMemo();
  if (relativeToLastYear.length > 0) {
    const lookup = buildSeries(kpis, schema, memo);
    const indexAt = new Map(kpis.map((k, i) => [`${k.fiscalYear}:${k.row}`, i]));
    for (const { i, ctx } of relativeToLastYear) {
      const point = previousYearPoint(lookup, kpis[i], { sureOnly: true });
      const previous = point ? kpis[indexAt.get(`${point.fiscalYear}:${point.row}`) ?? -1] ?? null : null;
      const judgement = judgeKpi(table.records[i], { ...ctx, previous });
      kpis[i] = judgement.kpi;
      collect(judgement);
    }
  }
  // what the judge does not decide: a sub-number as written (`1-2`), the staff's typed evaluation and whether it agrees
  kpis.forEach((kpi, i) => {
    const sub = checked.keys.subNos[i];
    if (sub !== null) Object.assign(kpi, { noLabel: `${kpi.no}-${sub}` });
    const evaluation = table.records[i].fields.evaluation;
    if (evaluation && evaluation.text.trim() !== "") {
      Object.assign(kpi, { evaluation: evaluation.text.trim() });
      const mismatch = checkEvaluation(kpi);
      if (mismatch) findings.push(mismatch);
    }
  });
  for (const f of findNotationVariants(table.records, schema, labelVariants)) findings.push(f);
  for (const f of findTermMisspellings(table.records, schema)) findings.push(f);
  const series = buildSeries(kpis, schema, memo);
  for (const f of checkSeries(series)) findings.push(f);
  findings.sort(byPlace);
  return {
    sheetName: snapshot.sheetName,
    layout: table.layout,
    range: table.range,
    header: table.header,
    headerRows: table.headerRows ?? [],
    fields: table.fields ?? {},
    skippedRows: table.skippedRows ?? [],
    yearLines: table.yearLines,
    kpis,
    series,
    findings,
    asOf: options.asOf,
    fiscalYearStartMonth,
  };
}
