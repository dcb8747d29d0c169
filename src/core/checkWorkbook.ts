import type { CheckOptions, CheckResult } from "./CheckResult";
import type { Finding } from "./Finding";
import type { JudgedKpi } from "./JudgedKpi";
import { BUILT_IN_SCHEMA } from "./KpiSchema";
import { candidateSheets, readsFigures } from "./layout/chooseKpiSheet";
import type { SheetSnapshot } from "./SheetSnapshot";
import { judgePending } from "./_lib/judgePending";
import { readAndJudge, type PendingKpi, type SheetParts } from "./_lib/readAndJudge";
import { sheetResult } from "./_lib/sheetResult";
import { byPlace } from "./byPlace";
import { buildSeries } from "./series/buildSeries";
import { checkSeries } from "./series/checkSeries";
import { linkSeries } from "./series/linkSeries";
import type { TargetMeasure } from "./series/targetMeasure";

/**
 * Checks every visible sheet that holds a KPI table as one check (`--all-sheets`, the pane's "all sheets"; kpi-rules.md
 * §1 "Which sheet": one sheet per year, each sheet giving the year): the KPIs and findings of all of them in sheet
 * order, each naming its `sheet`. The result's `sheetName`, `layout`, `range` and header are the first sheet's;
 * `sheets` lists the sheets checked, `sheetTables` where each one's table is. The series run across all the sheets
 * (linked once), and so does a target relative to last year's result (`前年度実績以上` on the sheet `2024年度`):
 * it is judged against the previous year of its series, on whichever sheet that year is. Hidden sheets and the
 * add-in's own sheets are left out, and so is a table without targets and results (a cover sheet's contents) when
 * another sheet has them. Undefined when no sheet holds a KPI table.
 *
 * @example checkWorkbook([s2023, s2024], { asOf: "2026-11-29" })?.sheets // ["2023年度", "2024年度"]
 */
export function checkWorkbook(sheets: readonly SheetSnapshot[], options: CheckOptions): CheckResult | undefined {
  const names = candidateSheets(
    sheets.filter((s) => (s.visibility ?? "visible") === "visible").map((s) => ({ name: s.sheetName })),
    options.definedNames ?? {},
  );
  const schema = options.schema ?? BUILT_IN_SCHEMA;
  const found: SheetParts[] = [];
  for (const name of names) {
    const snapshot = sheets.find((s) => s.sheetName === name);
    if (!snapshot) continue;
    const parts = readAndJudge(snapshot, { ...options, schema });
    if (parts.table.layout !== null && parts.kpis.length > 0) found.push(parts);
  }
  // a table without any target or result (a cover sheet's contents) only when no sheet has one, as chooseKpiSheet
  const withFigures = found.filter((p) => readsFigures(p.table));
  const read = withFigures.length > 0 ? withFigures : found;
  if (read.length === 0) return undefined;
  // the KPIs of all the sheets as one list, each naming its sheet: each sheet's begin at its offset
  const offsets: number[] = [];
  const kpis: JudgedKpi[] = [];
  const measures: (TargetMeasure | undefined)[] = [];
  const pending: PendingKpi[] = [];
  for (const parts of read) {
    const offset = kpis.length;
    offsets.push(offset);
    for (const kpi of parts.kpis) kpis.push({ ...kpi, sheet: parts.sheetName });
    for (const measure of parts.measures) measures.push(measure);
    for (const p of parts.pending) pending.push({ ...p, index: offset + p.index });
  }
  // the same KPI year after year, across the sheets (one sheet per year), linked once: a target relative to last
  // year's result is judged against its series' previous year, then the series are built of the KPIs as judged
  const links = linkSeries(kpis, schema, measures);
  const pendingJudged = judgePending(kpis, pending, links);
  let judgedSoFar = 0;
  const results = read.map((parts, s) => {
    const own = pendingJudged.slice(judgedSoFar, (judgedSoFar += parts.pending.length));
    // a KPI judged again by judgePending names its sheet anew
    const sheetKpis = kpis.slice(offsets[s], offsets[s] + parts.kpis.length).map((k) => (k.sheet === undefined ? { ...k, sheet: parts.sheetName } : k));
    const result = sheetResult(parts, sheetKpis, own, [], []);
    const findings: Finding[] = result.findings.map((f) => ({ ...f, sheet: parts.sheetName }));
    return { ...result, findings };
  });
  const all = results.flatMap((r) => r.kpis);
  const series = buildSeries(all, schema, links);
  // each series finding names its sheet
  const seriesFindings = new Map<string | undefined, Finding[]>();
  for (const f of checkSeries(series)) {
    const list = seriesFindings.get(f.sheet);
    if (list) list.push(f);
    else seriesFindings.set(f.sheet, [f]);
  }
  const [first] = results;
  return {
    ...first,
    kpis: all,
    series,
    findings: results.flatMap((r) => r.findings.concat(seriesFindings.get(r.sheetName) ?? []).sort(byPlace)),
    skippedRows: first.skippedRows,
    sheets: results.map((r) => r.sheetName),
    sheetTables: results.map(({ sheetName, layout, range, header, headerRows, yearLines }) => ({ sheetName, layout, range, header, headerRows, yearLines })),
  };
}
