import type { ApplyReport, WorkbookInfo } from "../core/WorkbookPort";
import { statusWrites, type WorkbookPatch } from "../core/WorkbookPatch";
import { packBatches, REQUEST_BUDGET_BYTES } from "./_lib/packBatches";
import { readNextYearSizes, type NextYearSizes } from "./_lib/nextYearOps";
import { planPatch } from "./_lib/planPatch";
import { queueOp } from "./_lib/queueOp";
import { queueWorkbookQuery, workbookInfoOf } from "./_lib/workbookQuery";
import { queueSheetRules } from "./_lib/queueSheetRules";
import type { SheetRules } from "./_lib/SheetRules";
import { toWorkbookError, workbookError } from "./toWorkbookError";

/** Options of {@link applyWorkbookPatch}. */
export interface ApplyOptions {
  /** The workbook as read just before (sheet and defined names); read here, in one more sync, when absent. */
  workbook?: WorkbookInfo;
  /** Request budget in bytes (default 4 MiB, under Excel on the web's 5 MB). */
  budgetBytes?: number;
  /** Most requests a patch may take before it is refused as `too-large` (default 24, about 100 MB). */
  maxRequests?: number;
  /**
   * The KPI sheet's conditional formats as read just before (in the read's own sync); read here when absent, in
   * one more sync (the same one as the workbook's names when those are absent too). Null when Excel could not give them: the status rules are then left as they are, never added twice.
   */
  rules?: SheetRules | null;
  /**
   * The conditional formats of the other KPI sheets the patch writes status lines on (a check of all sheets), as read
   * just before; a sheet not among them keeps its conditional formats as they are.
   */
  otherRules?: readonly SheetRules[];
}

/**
 * What the write needs and was not given, in one sync: the workbook's names, and the KPI sheet's conditional
 * formats. When Excel refuses the formats, the names are read again alone and the formats are null.
 */
async function loadMissing(context: Excel.RequestContext, rulesOf: string | undefined, needInfo: boolean): Promise<{ info?: WorkbookInfo; rules?: SheetRules | null; syncs: number }> {
  const info = needInfo ? queueWorkbookQuery(context) : undefined;
  const rules = rulesOf !== undefined ? queueSheetRules(context.workbook.worksheets.getItem(rulesOf), rulesOf) : undefined;
  try {
    await context.sync();
  } catch (e) {
    if (!rules) throw e;
    const again = needInfo ? await loadMissing(context, undefined, true) : { syncs: 0 };
    return { ...again, rules: null, syncs: again.syncs + 1 };
  }
  return { ...(info ? { info: workbookInfoOf(info) } : {}), ...(rules ? { rules: rules() } : {}), syncs: 1 };
}

/**
 * Applies the engine's write plan with Office.js in a number of `context.sync()` calls that does not grow with
 * the number of KPIs: the plan becomes ordered steps (structure, number formats and values, hyperlinks, formats
 * over many areas at once, merges and sizes, ownership names, selection), packed into as few requests as fit
 * under the 5 MB limit of Excel on the web — one request for any ordinary KPI sheet. The status rules of an earlier run are replaced by the plan's (read first in a sync of their own only when the
 * caller did not read them).
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
    let rules = options.rules;
    const rulesOf = rules === undefined ? patch.statusLines?.[0]?.sheet : undefined;
    if (!workbook || rulesOf !== undefined) {
      const loaded = await loadMissing(context, rulesOf, !workbook);
      workbook ??= loaded.info;
      if (loaded.rules !== undefined) rules = loaded.rules;
      syncs += loaded.syncs;
    }
    let sizes: NextYearSizes | undefined;
    if (patch.rows && (Object.keys(patch.rows.rowHeightsFrom).length > 0 || Object.keys(patch.rows.columnWidthsFrom ?? {}).length > 0)) {
      sizes = await readNextYearSizes(context, patch.rows);
      syncs++;
    }
    const budget = options.budgetBytes ?? REQUEST_BUDGET_BYTES;
    const batches = packBatches(planPatch(patch, workbook, sizes, [...(rules ? [rules] : []), ...(options.otherRules ?? [])]), budget);
    if (batches.length > (options.maxRequests ?? 24)) {
      throw workbookError("too-large", `${batches.length} requests of up to ${budget} bytes`);
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
