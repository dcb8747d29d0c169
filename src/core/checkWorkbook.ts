import type { CheckOptions, CheckResult } from "./CheckResult";
import { checkSheet } from "./checkSheet";
import type { Finding } from "./Finding";
import { BUILT_IN_SCHEMA } from "./KpiSchema";
import { candidateSheets } from "./layout/chooseKpiSheet";
import type { SheetSnapshot } from "./SheetSnapshot";
import { byPlace } from "./byPlace";
import { buildSeries } from "./series/buildSeries";
import { checkSeries } from "./series/checkSeries";

/**
 * Checks every visible sheet that holds a KPI table as one check (`--all-sheets`, the pane's "all sheets"; kpi-rules.md
 * §1 "Which sheet": one sheet per year, each sheet giving the year): the KPIs and findings of all of them in sheet
 * order, each naming its `sheet`. The result's `sheetName`, `layout`, `range` and header are the first sheet's;
 * `sheets` lists the sheets checked, `sheetTables` where each one's table is; the series (and their findings) run
 * across all the sheets. Hidden sheets and the add-in's own sheets are left out. Undefined when no
 * sheet holds a KPI table.
 *
 * @example checkWorkbook([s2023, s2024], { asOf: "2026-11-29" })?.sheets // ["2023年度", "2024年度"]
 */
export function checkWorkbook(sheets: readonly SheetSnapshot[], options: CheckOptions): CheckResult | undefined {
  const names = candidateSheets(
    sheets.filter((s) => (s.visibility ?? "visible") === "visible").map((s) => ({ name: s.sheetName })),
    options.definedNames ?? {},
  );
  const schema = options.schema ?? BUILT_IN_SCHEMA;
  const results: CheckResult[] = [];
  for (const name of names) {
    const snapshot = sheets.find((s) => s.sheetName === name);
    if (!snapshot) continue;
    const result = checkSheet(snapshot, { ...options, schema, series: false });
    if (result.layout === null || result.kpis.length === 0) continue;
    results.push({
      ...result,
      kpis: result.kpis.map((k) => ({ ...k, sheet: name })),
      findings: result.findings.map((f) => ({ ...f, sheet: name })),
    });
  }
  const [first] = results;
  if (!first) return undefined;
  const kpis = results.flatMap((r) => r.kpis);
  // the same KPI year after year, across the sheets (one sheet per year): each series finding names its sheet
  const series = buildSeries(kpis, schema);
  const seriesFindings = new Map<string | undefined, Finding[]>();
  for (const f of checkSeries(series)) {
    const list = seriesFindings.get(f.sheet);
    if (list) list.push(f);
    else seriesFindings.set(f.sheet, [f]);
  }
  return {
    ...first,
    kpis,
    series,
    findings: results.flatMap((r) => r.findings.concat(seriesFindings.get(r.sheetName) ?? []).sort(byPlace)),
    skippedRows: first.skippedRows,
    sheets: results.map((r) => r.sheetName),
    sheetTables: results.map(({ sheetName, layout, range, header, headerRows, yearLines }) => ({ sheetName, layout, range, header, headerRows, yearLines })),
  };
}
