import type { CheckResult } from "../CheckResult";
import type { Finding } from "../Finding";
import type { JudgedKpi } from "../JudgedKpi";
import { checkEvaluation } from "../checks/checkEvaluation";
import { notationVariantCheck } from "../checks/findNotationVariants";
import { termMisspellingCheck } from "../checks/findTermMisspellings";
import { readTextCells } from "../checks/readTextCells";
import type { Judgement } from "../judge/judgeKpi";
import type { KpiSeries } from "../series/KpiSeries";
import { sortByPlace } from "../byPlace";
import type { SheetParts } from "./readAndJudge";

/**
 * The check of one sheet as `checkSheet` returns it, from its parts (`readAndJudge`), its KPIs as finally judged
 * (`kpis`, the pending ones judged by `judgePending` as `pendingJudged`, in the order of `parts.pending`) and its
 * series with their findings (none where the series run across several sheets: `checkWorkbook` adds them). Adds the
 * checks of the staff's typed evaluation and of the words; all findings table-wide first, then by row and field.
 *
 * @example sheetResult(parts, kpis, judgePending(kpis, parts.pending, links), series, checkSeries(series))
 */
export function sheetResult(
  parts: SheetParts,
  kpis: JudgedKpi[],
  pendingJudged: readonly Judgement[],
  series: KpiSeries[],
  seriesFindings: readonly Finding[],
): CheckResult {
  const { table } = parts;
  // the pending KPIs' findings and label pairs after the others'
  const judged: Finding[] = [];
  const pairs: (readonly [string, string])[] = [];
  for (const judgement of pendingJudged) {
    // loops, not push(...spread): a crafted cell can hold hundreds of thousands of components
    for (const f of judgement.findings) judged.push(f);
    for (const pair of judgement.labelVariants) pairs.push(pair);
  }
  const labelVariants = pairs.length > 0 ? parts.labelVariants.concat(pairs) : parts.labelVariants;
  // the staff's typed evaluation: whether it agrees
  const evaluated: Finding[] = [];
  for (const kpi of kpis) {
    const mismatch = kpi.evaluation !== undefined ? checkEvaluation(kpi) : undefined;
    if (mismatch) evaluated.push(mismatch);
  }
  // the word checks, fed by one walk over the text cells
  const variants = notationVariantCheck(parts.schema);
  const misspellings = termMisspellingCheck(parts.schema);
  readTextCells(table.records, [variants, misspellings]);
  const findings = sortByPlace(
    parts.readFindings.concat(parts.judgeFindings, judged, evaluated, variants.findings(labelVariants), misspellings.findings(), seriesFindings),
  );
  return {
    sheetName: parts.sheetName,
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
    asOf: parts.asOf,
    fiscalYearStartMonth: parts.fiscalYearStartMonth,
  };
}
