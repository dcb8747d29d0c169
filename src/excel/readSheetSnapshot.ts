import type { WorkbookInfo, WorkbookReading } from "../core/WorkbookPort";
import type { TableFacts } from "./_lib/locateTable";
import { snapshotFromRange, type LoadedRange } from "./_lib/snapshotFromRange";
import { toWorkbookError, workbookError } from "./toWorkbookError";

/** Options of {@link readSheetSnapshot}. */
export interface ReadSheetOptions {
  /** The sheet to read; default the active one. */
  sheet?: string;
  /** Also read the merged areas (ExcelApi 1.13; the caller checks the API set). */
  mergedAreas?: boolean;
  /** Largest block read at all, in cells (default 2,000,000); a larger used range is `too-large`. */
  maxCells?: number;
}

const DEFAULT_MAX_CELLS = 2_000_000;

/** Everything one read queues on the context, to be read after `context.sync()`. */
interface Queued {
  sheet: Excel.Worksheet;
  active: Excel.Worksheet;
  used: Excel.Range;
  merged?: Excel.RangeAreas;
  tables: Excel.TableCollection;
  sheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
  allTables: Excel.TableCollection;
  bookProtection: Excel.WorkbookProtection;
  sheetProtection: Excel.WorksheetProtection;
}

function queueRead(context: Excel.RequestContext, options: ReadSheetOptions, cells: boolean): Queued {
  const book = context.workbook;
  const sheet = options.sheet ? book.worksheets.getItem(options.sheet) : book.worksheets.getActiveWorksheet();
  const active = book.worksheets.getActiveWorksheet();
  sheet.load("name");
  active.load("name");
  const sheetProtection = sheet.protection;
  sheetProtection.load("protected");
  const bookProtection = book.protection;
  bookProtection.load("protected");
  const sheets = book.worksheets;
  sheets.load("items/name");
  const names = book.names;
  names.load("items/name, items/formula");
  const allTables = book.tables;
  allTables.load("items/name, items/worksheet/name");
  const tables = sheet.tables;
  tables.load("items/name, items/showHeaders, items/showTotals, items/columns/items/name, items/rows/count");
  const used = sheet.getUsedRangeOrNullObject(true);
  if (cells) used.load("address, rowCount, columnCount, values, text, numberFormat");
  else used.load("address, rowCount, columnCount");
  let merged: Excel.RangeAreas | undefined;
  if (cells && options.mergedAreas) {
    merged = used.getMergedAreasOrNullObject();
    merged.load("address");
  }
  return { sheet, active, used, merged, tables, sheets, names, allTables, bookProtection, sheetProtection };
}

function workbookInfo(q: Queued): WorkbookInfo {
  return {
    sheets: q.sheets.items.map((s) => s.name),
    activeSheet: q.active.name,
    names: q.names.items.map((n) => ({ name: n.name, ref: String(n.formula ?? "") })),
    tables: q.allTables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    sheetProtected: q.sheetProtection.protected === true,
    structureProtected: q.bookProtection.protected === true,
  };
}

function tableFacts(q: Queued): TableFacts[] {
  return q.tables.items.map((t) => ({
    name: t.name,
    showHeaders: t.showHeaders,
    showTotals: t.showTotals,
    columns: t.columns.items.map((c) => c.name),
    rowCount: t.rows.count,
  }));
}

function codeOf(e: unknown): string {
  return typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
}

/**
 * Reads the KPI sheet (the active one, or the one named) in ONE `load` + `context.sync()`: the used range's
 * values, shown texts and number formats, its merged areas when asked, the sheet's Excel Tables, and the
 * workbook around it (sheet names, defined names, protection). Only when Excel on the web refuses the answer as
 * larger than 5 MB does it fall back to reading the used range in row blocks, one sync each.
 *
 * @example
 * const { snapshot, workbook } = await Excel.run((context) => readSheetSnapshot(context));
 */
export async function readSheetSnapshot(context: Excel.RequestContext, options: ReadSheetOptions = {}): Promise<WorkbookReading> {
  let q: Queued;
  try {
    q = queueRead(context, options, true);
    await context.sync();
  } catch (e) {
    const code = codeOf(e);
    if (code === "ResponsePayloadSizeLimitExceeded") return readInBlocks(context, options);
    const retry = options.mergedAreas && !["InvalidOperationInCellEditMode", "ItemNotFound", "AccessDenied"].includes(code);
    if (retry) return readSheetSnapshot(context, { ...options, mergedAreas: false });
    throw toWorkbookError(e);
  }
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  if (!q.used.isNullObject && q.used.rowCount * q.used.columnCount > maxCells) {
    throw workbookError("too-large", `${q.used.address}: ${q.used.rowCount * q.used.columnCount} cells`);
  }
  const range: LoadedRange | null = q.used.isNullObject
    ? null
    : { address: q.used.address, values: q.used.values, text: q.used.text, numberFormat: q.used.numberFormat };
  const mergedAreas = q.merged && !q.merged.isNullObject ? q.merged.address : null;
  const snapshot = snapshotFromRange(q.sheet.name, range, { mergedAreas, tables: tableFacts(q) });
  return { snapshot, workbook: workbookInfo(q) };
}

/**
 * The fallback for Excel on the web's 5 MB answer limit: one sync for the used range's size and the workbook,
 * then the cells in row blocks, halving a block whenever Excel still refuses it.
 */
async function readInBlocks(context: Excel.RequestContext, options: ReadSheetOptions): Promise<WorkbookReading> {
  const q = queueRead(context, options, false);
  await context.sync();
  if (q.used.isNullObject) return { snapshot: snapshotFromRange(q.sheet.name, null), workbook: workbookInfo(q) };
  const rows = q.used.rowCount;
  const cols = q.used.columnCount;
  if (rows * cols > (options.maxCells ?? DEFAULT_MAX_CELLS)) throw workbookError("too-large", `${q.used.address}: ${rows * cols} cells`);
  const range: LoadedRange = { address: q.used.address, values: [], text: [], numberFormat: [] };
  let start = 0;
  let size = Math.max(1, Math.ceil(rows / 4));
  while (start < rows) {
    const count = Math.min(size, rows - start);
    const block = q.used.getRow(start).getResizedRange(count - 1, 0);
    block.load("values, text, numberFormat");
    try {
      // One sync per block is the point here: each answer must stay under the 5 MB limit of Excel on the web.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (codeOf(e) === "ResponsePayloadSizeLimitExceeded" && count > 1) {
        size = Math.ceil(count / 2);
        continue;
      }
      throw toWorkbookError(e);
    }
    range.values.push(...block.values);
    range.text.push(...block.text);
    range.numberFormat.push(...block.numberFormat);
    start += count;
  }
  return { snapshot: snapshotFromRange(q.sheet.name, range, { tables: tableFacts(q) }), workbook: workbookInfo(q) };
}
