import type { CheckOptions, CheckResult } from "./CheckResult";
import { checkSheet } from "./checkSheet";
import { BUILT_IN_SCHEMA } from "./KpiSchema";
import { candidateSheets } from "./layout/chooseKpiSheet";
import type { SheetSnapshot } from "./SheetSnapshot";

/**
 * Checks every visible sheet that holds a KPI table as one check (`--all-sheets`, the pane's "all sheets"; kpi-rules.md
 * §1 "Which sheet": one sheet per year, each sheet giving the year): the KPIs and findings of all of them in sheet
 * order, each naming its `sheet`. The result's `sheetName`, `layout`, `range` and header are the first sheet's;
 * `sheets` lists the sheets checked, `sheetTables` where each one's table is. Hidden sheets and the add-in's own sheets are left out. Undefined when no
 * sheet holds a KPI table.
 *
 * @example checkWorkbook([s2023, s2024], { asOf: "2026-11-29" })?.sheets // ["2023年度", "2024年度"]
 */
export function checkWorkbook(sheets: readonly SheetSnapshot[], options: CheckOptions): CheckResult | undefined {
  const names = candidateSheets(
    sheets.filter((s) => (s.visibility ?? "visible") === "visible").map((s) => ({ name: s.sheetName })),
    options.definedNames ?? {},
  );
  const results: CheckResult[] = [];
  for (const name of names) {
    const snapshot = sheets.find((s) => s.sheetName === name);
    if (!snapshot) continue;
    const result = checkSheet(snapshot, { ...options, schema: options.schema ?? BUILT_IN_SCHEMA });
    if (result.layout === null || result.kpis.length === 0) continue;
    for (const k of result.kpis) Object.assign(k, { sheet: name });
    for (const f of result.findings) f.sheet = name;
    results.push(result);
  }
  const [first] = results;
  if (!first) return undefined;
  return {
    ...first,
    kpis: results.flatMap((r) => r.kpis),
    findings: results.flatMap((r) => r.findings),
    skippedRows: first.skippedRows,
    sheets: results.map((r) => r.sheetName),
    sheetTables: results.map(({ sheetName, layout, range, header, yearLines }) => ({ sheetName, layout, range, header, yearLines })),
  };
}
