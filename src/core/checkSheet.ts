import type { CheckOptions, CheckResult } from "./CheckResult";
import type { Finding } from "./Finding";
import type { JudgedKpi } from "./JudgedKpi";
import { BUILT_IN_SCHEMA } from "./KpiSchema";
import type { SheetSnapshot } from "./SheetSnapshot";
import { checkEvaluation } from "./checks/checkEvaluation";
import { checkRecords } from "./checks/checkRecords";
import { notationVariantCheck } from "./checks/findNotationVariants";
import { termMisspellingCheck } from "./checks/findTermMisspellings";
import { readTextCells } from "./checks/readTextCells";
import { judgeKpi, type JudgeContext, type Judgement } from "./judge/judgeKpi";
import { readKpiTable } from "./layout/readKpiTable";
import { buildSeries } from "./series/buildSeries";
import { checkSeries } from "./series/checkSeries";
import { linkSeries, type SeriesLinks } from "./series/linkSeries";
import { targetMeasure, type TargetMeasure } from "./series/targetMeasure";
import { findOwnedLines } from "./writeback/ownership";
import { sortByPlace } from "./byPlace";

/**
 * The previous fiscal year's KPI of the same series as KPI `i`, or null: none in the year just before, or KPI `i`
 * joined its series unsurely (a baseline must not come from a guess).
 */
function previousYearKpi(links: SeriesLinks, kpis: readonly JudgedKpi[], i: number): JudgedKpi | null {
  const before = links.before[i];
  if (before < 0 || links.match[i]?.sure === false) return null;
  const fiscalYear = kpis[i].fiscalYear;
  return fiscalYear !== null && kpis[before].fiscalYear === fiscalYear - 1 ? kpis[before] : null;
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
  const owned = findOwnedLines(snapshot.sheetName, options.definedNames ?? {}, snapshot);
  const table = readKpiTable(snapshot, schema, {
    ignoreColumns: owned.columns,
    ignoreRows: owned.rows,
    layout: options.layout,
    fiscalYearStartMonth,
  });
  const checked = checkRecords(table.records, schema, fiscalYearStartMonth);
  const judged: Finding[] = [];
  const labelVariants: [string, string][] = [];
  const relativeToLastYear: { i: number; ctx: JudgeContext }[] = [];
  const measures: (TargetMeasure | undefined)[] = [];
  const collect = (judgement: Judgement) => {
    // loops, not push(...spread): a crafted cell can hold hundreds of thousands of components
    for (const f of judgement.findings) judged.push(f);
    for (const pair of judgement.labelVariants) labelVariants.push(pair);
  };
  const kpis = table.records.map((record, i) => {
    const no = checked.keys.nos[i];
    const sub = checked.keys.subNos[i];
    const ctx: JudgeContext = {
      schema,
      asOf: options.asOf,
      fiscalYearStartMonth,
      fiscalYear: checked.keys.fiscalYears[i],
      no,
      noLabel: sub === null ? undefined : `${no}-${sub}`,
    };
    const judgement = judgeKpi(record, ctx);
    measures.push(judgement.target && targetMeasure(judgement.target));
    if (judgement.wantsPrevious) relativeToLastYear.push({ i, ctx });
    else collect(judgement);
    return judgement.kpi;
  });
  // the series depend on years, Nos, titles and targets, not on statuses: linked once, before a target relative to
  // last year's result (`前年度実績以上`) is judged again against the previous year of its series (a sure join only)
  const links = linkSeries(kpis, schema, measures);
  for (const { i, ctx } of relativeToLastYear) {
    const judgement = judgeKpi(table.records[i], { ...ctx, previous: previousYearKpi(links, kpis, i) });
    kpis[i] = judgement.kpi;
    collect(judgement);
  }
  // the staff's typed evaluation: whether it agrees
  const evaluated: Finding[] = [];
  for (const kpi of kpis) {
    const mismatch = kpi.evaluation !== undefined ? checkEvaluation(kpi) : undefined;
    if (mismatch) evaluated.push(mismatch);
  }
  // the word checks, fed by one walk over the text cells
  const variants = notationVariantCheck(schema);
  const misspellings = termMisspellingCheck(schema);
  readTextCells(table.records, [variants, misspellings]);
  // a check of several sheets builds its series across them all (checkWorkbook)
  const series = options.series === false ? [] : buildSeries(kpis, schema, links);
  const findings = sortByPlace(
    table.findings.concat(checked.findings, judged, evaluated, variants.findings(labelVariants), misspellings.findings(), checkSeries(series)),
  );
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
