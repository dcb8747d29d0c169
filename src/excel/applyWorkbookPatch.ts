import type { ApplyReport, WorkbookInfo } from "../core/WorkbookPort";
import { statusWrites, type WorkbookPatch } from "../core/WorkbookPatch";
import { packBatches, REQUEST_BUDGET_BYTES } from "./_lib/packBatches";
import { readNextYearSizes, type NextYearSizes } from "./_lib/nextYearOps";
import { planPatch } from "./_lib/planPatch";
import { queueOp } from "./_lib/queueOp";
import { chartsOf } from "./_lib/chartsOf";
import { toWorkbookError, workbookError } from "./toWorkbookError";

/** Options of {@link applyWorkbookPatch}. */
export interface ApplyOptions {
  /** The workbook as read just before (sheet and defined names); read here, in one more sync, when absent. */
  workbook?: WorkbookInfo;
  /** Request budget in bytes (default 4 MiB, under Excel on the web's 5 MB). */
  budgetBytes?: number;
  /** Most requests a patch may take before it is refused as `too-large` (default 24, about 100 MB). */
  maxRequests?: number;
}

async function loadWorkbookInfo(context: Excel.RequestContext): Promise<WorkbookInfo> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name, items/charts/items/name");
  const names = context.workbook.names;
  names.load("items/name, items/formula");
  const tables = context.workbook.tables;
  tables.load("items/name, items/worksheet/name");
  const active = sheets.getActiveWorksheet();
  active.load("name");
  await context.sync();
  return {
    sheets: sheets.items.map((s) => s.name),
    activeSheet: active.name,
    names: names.items.map((n) => ({ name: n.name, ref: String(n.formula ?? "") })),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    ...chartsOf(sheets),
    sheetProtected: false,
    structureProtected: false,
  };
}

/**
 * Applies the engine's write plan with Office.js in a number of `context.sync()` calls that does not grow with
 * the number of KPIs: the plan becomes ordered steps (structure, number formats and values, hyperlinks, formats
 * over many areas at once, merges and sizes, ownership names, selection), packed into as few requests as fit
 * under the 5 MB limit of Excel on the web — one request for any ordinary KPI sheet.
 *
 * @example
 * const report = await Excel.run((context) => applyWorkbookPatch(context, patch, { workbook }));
 * report.requests; // 1
 */
export async function applyWorkbookPatch(
  context: Excel.RequestContext,
  patch: WorkbookPatch,
  options: ApplyOptions = {},
): Promise<ApplyReport> {
  let syncs = 0;
  try {
    let workbook = options.workbook;
    if (!workbook) {
      workbook = await loadWorkbookInfo(context);
      syncs++;
    }
    let sizes: NextYearSizes | undefined;
    if (patch.rows && (Object.keys(patch.rows.rowHeightsFrom).length > 0 || Object.keys(patch.rows.columnWidthsFrom ?? {}).length > 0)) {
      sizes = await readNextYearSizes(context, patch.rows);
      syncs++;
    }
    const batches = packBatches(planPatch(patch, workbook, sizes), options.budgetBytes ?? REQUEST_BUDGET_BYTES);
    if (batches.length > (options.maxRequests ?? 24)) {
      throw workbookError("too-large", `${batches.length} requests of up to ${REQUEST_BUDGET_BYTES} bytes`);
    }
    for (const batch of batches) {
      const sheets = new Map<string, Excel.Worksheet>();
      for (const op of batch.ops) queueOp(context, op, sheets);
      // One sync per batch: a batch is as large as a request may be, so the count grows with bytes, not rows.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      syncs++;
    }
    return {
      cells: patch.sheets.reduce((n, s) => n + s.cells.length, 0) + statusWrites(patch).reduce((n, l) => n + l.cells.length + 1, 0) + (patch.rows?.cells.length ?? 0),
      sheets: patch.sheets.length + (patch.rows?.newSheet ? 1 : 0),
      requests: syncs,
      largestRequestBytes: batches.reduce((m, b) => Math.max(m, b.bytes), 0),
    };
  } catch (e) {
    throw toWorkbookError(e);
  }
}
