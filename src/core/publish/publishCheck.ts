import type { CheckResult } from "../CheckResult";
import type { Finding, FindingCode } from "../Finding";
import { kpiOfFinding } from "../kpiOfFinding";

/**
 * The finding codes that would put something wrong on the published page (disclosure-output.md §3, "publish
 * check"): a result missing for an ended year, a misspelled metric name, a figure that cannot be read, an Excel
 * error value, and a KPI whose fiscal year is unknown (the outputs leave it out).
 */
const PUBLISH_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  "result-missing",
  "term-misspelling",
  "target-unreadable",
  "result-unreadable",
  "cell-error",
  "invalid-fiscal-year",
]);

/** Whether a finding is one of the publish check's: its code, or an empty fiscal-year cell. */
function isPublishFinding(f: Finding): boolean {
  return PUBLISH_CODES.has(f.code) || (f.code === "required-missing" && f.params.field === "fiscalYear");
}

/**
 * What would be published wrong, said before the HTML is copied or written and before 開示用 is written: the
 * check's findings of the codes of {@link PUBLISH_CODES} (and empty fiscal-year cells) for the KPIs of the fiscal
 * years being published (`years`, default all) — and always those of KPIs whose fiscal year is unknown, since
 * they are left out of every output. In sheet order, each with its cell: a short list, not every finding.
 *
 * @example publishCheck(result, [2023]).map((f) => f.cell) // ["F11", "G11"]
 */
export function publishCheck(result: CheckResult, years?: readonly number[]): Finding[] {
  const kpiOf = kpiOfFinding(result.kpis);
  return result.findings
    .filter(isPublishFinding)
    .filter((f) => {
      const year = years ? kpiOf(f)?.fiscalYear : null;
      return year === undefined || year === null || years!.includes(year);
    })
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
