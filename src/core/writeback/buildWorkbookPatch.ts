import type { CheckResult } from "../CheckResult";
import { cellAddress } from "../cellAddress";
import { statusWrites, type WorkbookPatch } from "../WorkbookPatch";
import { buildDisclosureSheet } from "./buildDisclosureSheet";
import { buildFindingsSheet } from "./buildFindingsSheet";
import { buildStatusLines } from "./buildStatusLines";
import { buildTrendSheet } from "./buildTrendSheet";
import type { WriteOptions } from "./WriteOptions";

export type { ExistingWorkbook, WriteOptions } from "./WriteOptions";

/**
 * Everything the add-in writes back after a check, as plain data for an adapter to apply: the status lines on
 * the KPI sheets (a column, a column per year or a row per year, with conditional formats colouring the result
 * cells by status), the disclosure sheet and (when asked) the findings and 推移 sheets. It names only cells the add-in owns:
 * its earlier lines and sheets (found by their defined names) or new ones under names no user sheet or header
 * has, so running it again on its own output changes nothing.
 *
 * @example
 * const patch = buildWorkbookPatch(result, { labels: writebackLabels("ja"), existing: { sheetNames: ["KPI"], definedNames: {} } });
 * patch.sheets.map((s) => s.name) // ["開示用"]
 */
export function buildWorkbookPatch(result: CheckResult, options: WriteOptions): WorkbookPatch {
  const lines = options.statusColumn === false ? [] : buildStatusLines(result, options);
  const sheets = [];
  // no KPI table, nothing to disclose nor list: a findings sheet would be read as the KPI table next time
  const anyKpi = result.kpis.length > 0;
  if (anyKpi && options.disclosureSheet !== false) sheets.push(buildDisclosureSheet(result.kpis, options));
  if (anyKpi && options.findingsSheet === true) sheets.push(buildFindingsSheet(result, options));
  if (anyKpi && options.trendSheet === true) sheets.push(buildTrendSheet(result.series, options));
  const patch: WorkbookPatch = { sheets };
  if (options.nextYear) patch.rows = options.nextYear;
  if (lines.length > 0) {
    patch.statusLines = lines;
    const [first] = statusWrites(patch);
    if (first) patch.select = { sheet: first.sheet, cell: cellAddress(first.header.row, first.header.col) };
  }
  return patch;
}
