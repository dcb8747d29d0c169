import type { CheckResult } from "../CheckResult";
import { cellAddress } from "../cellAddress";
import type { WorkbookPatch } from "../WorkbookPatch";
import { buildDisclosureSheet } from "./buildDisclosureSheet";
import { buildFindingsSheet } from "./buildFindingsSheet";
import { buildStatusColumn } from "./buildStatusColumn";
import { buildTrendSheet } from "./buildTrendSheet";
import { buildStatusConditionalFormat } from "./statusConditionalFormat";
import type { WriteOptions } from "./WriteOptions";

export type { ExistingWorkbook, WriteOptions } from "./WriteOptions";

/**
 * Everything the add-in writes back after a check, as plain data for an adapter to apply: the status column on
 * the KPI sheet (with conditional formats colouring the result cells by status), the disclosure sheet and (when asked) the findings and 推移 sheets. It names only cells the add-in owns:
 * its earlier column and sheets (found by their defined names) or new ones under names no user sheet or header
 * has, so running it again on its own output changes nothing.
 *
 * @example
 * const patch = buildWorkbookPatch(result, { labels: writebackLabels("ja"), existing: { sheetNames: ["KPI"], definedNames: {} } });
 * patch.sheets.map((s) => s.name) // ["開示用"]
 */
export function buildWorkbookPatch(result: CheckResult, options: WriteOptions): WorkbookPatch {
  const column = options.statusColumn === false ? undefined : buildStatusColumn(result, options);
  const sheets = [];
  // no KPI table, nothing to disclose nor list: a findings sheet would be read as the KPI table next time
  const anyKpi = result.kpis.length > 0;
  if (anyKpi && options.disclosureSheet !== false) sheets.push(buildDisclosureSheet(result.kpis, options));
  if (anyKpi && options.findingsSheet === true) sheets.push(buildFindingsSheet(result, options));
  if (anyKpi && options.trendSheet === true) sheets.push(buildTrendSheet(result.series, options));
  const patch: WorkbookPatch = { sheets };
  if (options.nextYear) patch.rows = options.nextYear;
  if (column) {
    const resultFormat = buildStatusConditionalFormat(result, column, options.labels);
    if (resultFormat) column.resultFormat = resultFormat;
    patch.column = column;
    patch.select = { sheet: column.sheet, cell: cellAddress(column.header.row, column.col) };
  }
  return patch;
}
