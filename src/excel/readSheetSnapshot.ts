import { candidateSheets } from "../core/layout/chooseKpiSheet";
import { splitSheetAddress, parseRangeAddress } from "../core/parseRangeAddress";
import { rectArea } from "../core/Rect";
import type { SheetSnapshot } from "../core/SheetSnapshot";
import { definedNamesRecord, queueWorkbookQuery, workbookInfoOf, type WorkbookQuery } from "./_lib/workbookQuery";
import type { ReadOptions, SheetOutline, WorkbookInfo, WorkbookReading } from "../core/WorkbookPort";
import { totalsRowOf, type TableFacts } from "./_lib/locateTable";
import { queueSheetRules } from "./_lib/queueSheetRules";
import type { SheetRules } from "./_lib/SheetRules";
import { keepTextErrors } from "./_lib/keepTextErrors";
import { snapshotFromRange, type LoadedRange } from "./_lib/snapshotFromRange";
import { toWorkbookError, workbookError } from "./toWorkbookError";

/** Options of {@link readSheetSnapshot}. */
export interface ReadSheetOptions {
  /** The sheet to read; default the active one, or the one `choose` picks. */
  sheet?: string;
  /** Picks the sheet from every sheet's outline (names, visibility, used ranges): see `ReadOptions.choose`. */
  choose?: ReadOptions["choose"];
  /** Also read the merged areas (ExcelApi 1.13; the caller checks the API set). */
  mergedAreas?: boolean;
  /** Largest block read at all, in cells (default 2,000,000); a larger block is `too-large`. */
  maxCells?: number;
  /**
   * With `all`: the largest block of ANOTHER sheet read, in cells (default {@link OTHER_SHEET_MAX_CELLS}); a larger
   * one is left out, not read.
   */
  maxOtherCells?: number;
  /** Also read every other visible sheet that may hold a KPI table, in the same block sync: `ReadOptions.all`. */
  all?: boolean;
}

/** One sheet as read, with what a write to it relies on (see {@link ExcelReading}). */
export interface ExcelSheetRead {
  snapshot: SheetSnapshot;
  /** The used range (values only) as Excel gave it, or null for an empty sheet. */
  usedAddress: string | null;
  /** Rows of the sheet that are an Excel Table's total row: the add-in writes no status there. */
  totalsRows: number[];
  /** The sheet's conditional formats, read with the block: null when Excel refused them; absent for an empty sheet. */
  rules?: SheetRules | null;
  /** The sheet is protected: the add-in cannot write its status lines. */
  sheetProtected: boolean;
}

/** A reading with what the write needs to see whether the sheet changed since: its used range's address. */
export interface ExcelReading extends WorkbookReading {
  /** The used range (values only) as Excel gave it, or null for an empty sheet. */
  usedAddress: string | null;
  /** Rows of the sheet that are an Excel Table's total row: the add-in writes no status there. */
  totalsRows: number[];
  /**
   * The sheet's conditional formats, read with the block (or with its first row band): null when Excel refused to
   * give them; absent for an empty sheet.
   */
  rules?: SheetRules | null;
  /** With `all`: the other sheets read, as `others` (same order), each with what a write to it relies on. */
  otherReads?: ExcelSheetRead[];
}

const DEFAULT_MAX_CELLS = 2_000_000;

/**
 * The largest block of another sheet a check of all sheets reads (200,000 cells: 10,000 rows of 20 columns, far more
 * than a year's KPI table): a large data sheet in the same workbook (a customer list, a ledger) is left out rather than
 * loaded whole, in row bands of many syncs, for a table it does not hold.
 */
export const OTHER_SHEET_MAX_CELLS = 200_000;

/** Errors that no smaller or simpler read would avoid: the user is editing a cell, the sheet went, access is denied. */
const USER_OR_SHEET_CODES = ["InvalidOperationInCellEditMode", "ItemNotFound", "AccessDenied"];

/**
 * Where a KPI table is looked for when the used range is too large to read: a stray value far away (say in
 * XFD1048576) stretches the used range over the whole sheet, but the table sits in its top-left part. The block
 * read is then the used part of this window.
 */
export const HEAD_WINDOW = "A1:CV100000";

/** The workbook around the sheet, queued once per read: its facts, with the sheets' visibility, and its protection. */
interface BookPart extends WorkbookQuery {
  bookProtection: Excel.WorkbookProtection;
}

/** One sheet, without its cells: name, protection, tables and only the addresses of its used cells. */
interface SheetPart {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  head: Excel.Range;
  tables: Excel.TableCollection;
  sheetProtection: Excel.WorksheetProtection;
}

/** What the outline sync queues: the workbook and the sheet to read (and every visible sheet's part, once outlined). */
type Outline = BookPart & SheetPart & { outlined?: Map<string, SheetPart> };

function queueBook(context: Excel.RequestContext): BookPart {
  const query = queueWorkbookQuery(context, ["items/visibility"]);
  const bookProtection = context.workbook.protection;
  bookProtection.load("protected");
  return { ...query, bookProtection };
}

function queueSheet(sheet: Excel.Worksheet): SheetPart {
  sheet.load("name, visibility");
  const sheetProtection = sheet.protection;
  sheetProtection.load("protected");
  const tables = sheet.tables;
  tables.load("items/name, items/showHeaders, items/showTotals, items/columns/items/name, items/rows/count");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address");
  const head = sheet.getRange(HEAD_WINDOW).getUsedRangeOrNullObject(true);
  head.load("address");
  return { sheet, used, head, tables, sheetProtection };
}

function queueOutline(context: Excel.RequestContext, options: ReadSheetOptions): Outline {
  const worksheets = context.workbook.worksheets;
  const sheet = options.sheet ? worksheets.getItem(options.sheet) : worksheets.getActiveWorksheet();
  return { ...queueBook(context), ...queueSheet(sheet) };
}

/**
 * The sheet `choose` picks, without loading any cell: the first sync outlines the workbook and the active sheet,
 * and `choose` is asked with the active sheet's outline alone — enough in the common case; otherwise a second
 * sync outlines every visible sheet (used range, tables, protection) and `choose` is asked again with all.
 */
async function chooseSheet(context: Excel.RequestContext, choose: NonNullable<ReadOptions["choose"]>): Promise<Outline> {
  const book = queueBook(context);
  const activePart = queueSheet(context.workbook.worksheets.getActiveWorksheet());
  await context.sync();
  const definedNames = definedNamesRecord(book.names);
  const outlineOf = (name: string, visible: boolean, part: SheetPart | undefined): SheetOutline => {
    let usedRange: string | null = null;
    if (part && !part.used.isNullObject) usedRange = part.used.address;
    const tables = book.allTables.items.filter((t) => t.worksheet.name === name).map((t) => t.name);
    return { name, visible, usedRange, tables };
  };
  const active = book.active.name;
  const activeVisible = book.sheets.items.some((s) => s.name === active && s.visibility === "Visible");
  if (choose([outlineOf(active, activeVisible, activePart)], active, definedNames) === active) return { ...book, ...activePart };
  const visible = book.sheets.items.filter((s) => s.visibility === "Visible" && s.name !== active);
  const parts = new Map<string, SheetPart>([[active, activePart], ...visible.map((s): [string, SheetPart] => [s.name, queueSheet(context.workbook.worksheets.getItem(s.name))])]);
  await context.sync();
  const outlines = book.sheets.items.map((s) => outlineOf(s.name, s.visibility === "Visible", parts.get(s.name)));
  const chosen = choose(outlines, active, definedNames) ?? active;
  const part = parts.get(chosen);
  if (part) return { ...book, ...part, outlined: parts };
  // A hidden sheet: outline it on its own.
  const own = queueSheet(context.workbook.worksheets.getItem(chosen));
  await context.sync();
  return { ...book, ...own, outlined: parts };
}

function workbookInfo(q: Outline): WorkbookInfo {
  const hidden = q.sheets.items.filter((s) => s.visibility !== "Visible").map((s) => s.name);
  const info = workbookInfoOf(q, { sheet: q.sheetProtection.protected === true, structure: q.bookProtection.protected === true });
  return hidden.length > 0 ? { ...info, hiddenSheets: hidden } : info;
}

function tableFacts(q: SheetPart, addresses: Record<string, string> = {}): TableFacts[] {
  return q.tables.items.map((t) => ({
    name: t.name,
    showHeaders: t.showHeaders,
    showTotals: t.showTotals,
    columns: t.columns.items.map((c) => c.name),
    rowCount: t.rows.count,
    ...(addresses[t.name] ? { address: addresses[t.name] } : {}),
  }));
}

function codeOf(e: unknown): string {
  return typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
}

function cellCount(address: string): number {
  const r = parseRangeAddress(address);
  return r ? rectArea(r) : 0;
}

/** The block to read: the used range, or when that is too large the used part of {@link HEAD_WINDOW}. */
function chooseBlock(q: SheetPart, maxCells: number): string {
  const used = q.used.address;
  if (cellCount(used) <= maxCells) return used;
  if (!q.head.isNullObject && cellCount(q.head.address) <= maxCells) return q.head.address;
  throw workbookError("too-large", `${used}: ${cellCount(used)} cells`);
}

/**
 * Reads the KPI sheet (the active one, or the one named) in two `context.sync()` calls, loading cells only where
 * the table is: first the workbook around the sheet (sheet and defined names, tables, protection) and the
 * ADDRESS of the sheet's used range; then the values, shown texts and number formats of that block only, with the
 * sheet's conditional formats (and its merged areas when asked). With `choose`, the first step takes two syncs — the sheets' names and
 * visibility, then every visible sheet's used range — and only the chosen sheet's block is loaded. A used range too large to read — one stray value far away — gives way to the
 * used part of the sheet's top-left {@link HEAD_WINDOW}. Only when Excel on the web refuses an answer over 5 MB
 * does the block come in row bands, one sync each; a load Excel answers with null (over five million cells on
 * the web) is `too-large`, never a crash. With `all`, the other visible sheets that may hold a KPI table come with the
 * chosen sheet's block sync — their outlines and their cells within {@link OTHER_SHEET_WINDOW} — so that one sheet
 * per year takes the same two syncs (see `readWithOthers`).
 *
 * @example
 * const { snapshot, workbook } = await Excel.run((context) => readSheetSnapshot(context));
 */
export async function readSheetSnapshot(context: Excel.RequestContext, options: ReadSheetOptions = {}): Promise<ExcelReading> {
  let q: Outline;
  try {
    if (options.choose && !options.sheet) {
      q = await chooseSheet(context, options.choose);
    } else {
      q = queueOutline(context, options);
      await context.sync();
    }
  } catch (e) {
    throw toWorkbookError(e);
  }
  const workbook = workbookInfo(q);
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  const extras = { mergedAreas: options.mergedAreas === true };
  const otherCells = Math.min(maxCells, options.maxOtherCells ?? OTHER_SHEET_MAX_CELLS);
  const [main, ...read] = options.all ? await readWithOthers(context, q, { maxCells, otherCells }, extras) : await readSheets(context, [q], maxCells, extras, () => undefined);
  await keepTextErrors(context, [main, ...read].map((r) => r.snapshot));
  const reading: ExcelReading = { snapshot: main.snapshot, workbook, usedAddress: main.usedAddress, totalsRows: main.totalsRows };
  if (main.rules !== undefined) reading.rules = main.rules;
  if (options.all) {
    reading.otherReads = read.filter((r) => r.snapshot.values.length > 0);
    reading.others = reading.otherReads.map((r) => r.snapshot);
    const locked = [main, ...reading.otherReads].filter((r) => r.sheetProtected).map((r) => r.snapshot.sheetName);
    if (locked.length > 0) reading.workbook = { ...workbook, protectedSheets: workbook.sheets.filter((name) => locked.includes(name)) };
  }
  return reading;
}

/**
 * Where another sheet's table is read in the chosen sheet's block sync, before its used range is known (a check of
 * all sheets): a year's KPI table sits in its top-left corner. A sheet used beyond it is read in one more sync.
 */
export const OTHER_SHEET_WINDOW = "A1:T200";
const WINDOW_RECT = parseRangeAddress(OTHER_SHEET_WINDOW)!;

/** The names of the other visible sheets that may hold a KPI table (`candidateSheets`), in workbook order. */
function otherCandidates(q: Outline): string[] {
  const definedNames = definedNamesRecord(q.names);
  const visible = q.sheets.items.filter((s) => s.visibility === "Visible").map((s) => ({ name: s.name }));
  return candidateSheets(visible, definedNames).filter((name) => name !== q.sheet.name);
}

/**
 * The chosen sheet and every other sheet that may hold a KPI table (`ReadOptions.all`), the chosen sheet first, empty
 * sheets left out. When the chooser already outlined every sheet, all blocks come in one sync. Otherwise (the common
 * click) the other sheets' outlines and their cells within {@link OTHER_SHEET_WINDOW} ride in the chosen sheet's
 * block sync, and only a sheet used beyond the window is read in one more. When Excel refuses that request as a whole,
 * the outlines come first and then each block as the one-sheet read does (in bands where needed). Another sheet too
 * large to read even in its top-left window is no KPI sheet of a year: it is left out.
 */
async function readWithOthers(context: Excel.RequestContext, q: Outline, { maxCells, otherCells }: { maxCells: number; otherCells: number }, extras: { mergedAreas: boolean }): Promise<ExcelSheetRead[]> {
  const names = otherCandidates(q);
  const exactly = async (parts: SheetPart[]) => {
    const [main, ...others] = await readSheets(context, [q, ...parts.filter((p) => !p.used.isNullObject)], maxCells, extras, (part) => (part === q ? undefined : otherCells));
    return [main, ...others.filter((r) => r.snapshot.values.length > 0)];
  };
  const outlined = q.outlined;
  if (names.length === 0) return exactly([]);
  if (outlined && names.every((name) => outlined.has(name))) return exactly(names.map((name) => outlined.get(name)!));
  const mainBlock = q.used.isNullObject ? null : chooseBlock(q, maxCells);
  const main = mainBlock === null ? undefined : queueBlock(q.sheet, mainBlock, blockExtras(q, extras));
  const others = names.map((name) => {
    const part = queueSheet(context.workbook.worksheets.getItem(name));
    // by the name asked for: the sheet's own name is not loaded before the sync
    return { part, window: queueWindow(part.sheet, { mergedAreas: extras.mergedAreas, rules: name, tables: [] }) };
  });
  try {
    await context.sync();
  } catch (e) {
    if (USER_OR_SHEET_CODES.includes(codeOf(e))) throw toWorkbookError(e);
    const parts = names.map((name) => queueSheet(context.workbook.worksheets.getItem(name)));
    try {
      await context.sync();
    } catch (again) {
      throw toWorkbookError(again);
    }
    return exactly(parts);
  }
  const inWindow = (part: SheetPart) => {
    const used = parseRangeAddress(part.used.address);
    return used !== undefined && used.bottom <= WINDOW_RECT.bottom && used.right <= WINDOW_RECT.right;
  };
  const used = others.filter((o) => !o.part.used.isNullObject);
  const beyond = used.filter((o) => !inWindow(o.part)).map((o) => o.part);
  const beyondRead = beyond.length > 0 ? await readSheets(context, beyond, maxCells, extras, () => otherCells) : [];
  const read = used.map((o) => (inWindow(o.part) ? sheetReadOf(o.part, loadedBlock(o.window, `${o.part.sheet.name}!${OTHER_SHEET_WINDOW}`)) : beyondRead[beyond.indexOf(o.part)]));
  return [sheetReadOf(q, main && mainBlock !== null ? loadedBlock(main, mainBlock) : undefined), ...read.filter((r) => r.snapshot.values.length > 0)];
}

/**
 * The cells of the sheets outlined, the blocks of all of them in ONE sync; when Excel refuses that request, in halves
 * (see {@link readBlocks}). A sheet that `leaveOutOver` gives a size (another sheet of a check of all sheets) and whose
 * block is larger comes back empty instead of being read or failing the read; any other is `too-large` over `maxCells`.
 */
async function readSheets(
  context: Excel.RequestContext,
  parts: SheetPart[],
  maxCells: number,
  extras: { mergedAreas: boolean },
  leaveOutOver: (part: SheetPart) => number | undefined,
): Promise<ExcelSheetRead[]> {
  const blocks = parts.map((part) => {
    if (part.used.isNullObject) return null;
    const over = leaveOutOver(part);
    try {
      return chooseBlock(part, over ?? maxCells);
    } catch (e) {
      if (over !== undefined) return null;
      throw e;
    }
  });
  const toRead = parts.flatMap((part, i) => (blocks[i] !== null ? [{ part, block: blocks[i] }] : []));
  let ranges: BlockRead[] = [];
  if (toRead.length > 0) ranges = await readBlocks(context, toRead, extras);
  return parts.map((part) => {
    const at = toRead.findIndex((r) => r.part === part);
    return sheetReadOf(part, at < 0 ? undefined : ranges[at]);
  });
}

/** A sheet as read from its outline and the cells loaded (none: an empty sheet, or one left out). */
function sheetReadOf(part: SheetPart, range: BlockRead | undefined): ExcelSheetRead {
  const sheetProtected = part.sheetProtection.protected === true;
  if (!range) return { snapshot: snapshotFromRange(part.sheet.name, null), usedAddress: part.used.isNullObject ? null : part.used.address, totalsRows: [], sheetProtected };
  const tables = tableFacts(part, range.tables);
  const snapshot = snapshotFromRange(part.sheet.name, range.cells, { mergedAreas: range.merged, tables });
  // a hidden sheet says so, as the file reader's do: a check of all sheets leaves it out
  if (part.sheet.visibility === "Hidden") snapshot.visibility = "hidden";
  else if (part.sheet.visibility === "VeryHidden") snapshot.visibility = "veryHidden";
  const totalsRows = tables.flatMap((t) => totalsRowOf(snapshot, t) ?? []);
  const read: ExcelSheetRead = { snapshot, usedAddress: part.used.address, totalsRows, sheetProtected };
  if (range.rules !== undefined) read.rules = range.rules;
  return read;
}

function blockExtras(part: SheetPart, extras: { mergedAreas: boolean }): BlockExtras {
  return { mergedAreas: extras.mergedAreas, rules: part.sheet.name, tables: part.tables.items.map((t) => t.name) };
}

/**
 * Several sheets' blocks in one sync; when Excel refuses that request (an answer over 5 MB on the web), each half of
 * them in a sync of its own, halving again as long as Excel refuses; one sheet alone through {@link readBlock} (in row
 * bands where it is still too large).
 */
async function readBlocks(context: Excel.RequestContext, toRead: { part: SheetPart; block: string }[], extras: { mergedAreas: boolean }): Promise<BlockRead[]> {
  if (toRead.length === 1) return [await readBlock(context, toRead[0].part.sheet, toRead[0].block, blockExtras(toRead[0].part, extras))];
  const queued = toRead.map(({ part, block }) => queueBlock(part.sheet, block, blockExtras(part, extras)));
  try {
    await context.sync();
    return queued.map((q, i) => loadedBlock(q, toRead[i].block));
  } catch (e) {
    if (USER_OR_SHEET_CODES.includes(codeOf(e))) throw toWorkbookError(e);
  }
  const half = Math.ceil(toRead.length / 2);
  return [...(await readBlocks(context, toRead.slice(0, half), extras)), ...(await readBlocks(context, toRead.slice(half), extras))];
}

/** What the block's sync reads besides the cells. */
interface BlockExtras {
  mergedAreas: boolean;
  /** The sheet's conditional formats, read under the sheet's name (false: not read). */
  rules: string | false;
  /**
   * The sheet's Excel Tables (names from its outline) whose whole range (`Table.getRange()`) the sync reads too, so that
   * each is located by its address; none when the tables are not known yet (found by their header then).
   */
  tables: string[];
}

/**
 * The cells of one block in one sync; merged areas and the sheet's conditional formats too when asked. When Excel
 * refuses the request for another reason than the user, the sheet or the size, it is tried again without the
 * conditional formats (then read as null), then without the merged areas.
 */
async function readBlock(context: Excel.RequestContext, sheet: Excel.Worksheet, address: string, extras: BlockExtras): Promise<BlockRead> {
  const queued = queueBlock(sheet, address, extras);
  try {
    await context.sync();
  } catch (e) {
    const code = codeOf(e);
    if (code === "ResponsePayloadSizeLimitExceeded") {
      const rulesOf = extras.rules;
      const bands = await readInBands(context, queued.range, address, rulesOf !== false ? () => queueSheetRules(sheet, rulesOf) : undefined);
      return { cells: bands.cells, merged: null, ...(rulesOf !== false ? { rules: bands.rules ?? null } : {}) };
    }
    if (USER_OR_SHEET_CODES.includes(code)) throw toWorkbookError(e);
    if (extras.rules !== false) return { ...(await readBlock(context, sheet, address, { ...extras, rules: false })), rules: null };
    if (extras.mergedAreas) return readBlock(context, sheet, address, { ...extras, mergedAreas: false });
    throw toWorkbookError(e);
  }
  return loadedBlock(queued, address);
}

/**
 * A block's cells as read, its merged areas' address (null when unknown), its sheet's conditional formats when asked and
 * its tables' addresses by name when read.
 */
interface BlockRead {
  cells: LoadedRange;
  merged: string | null;
  rules?: SheetRules | null;
  tables?: Record<string, string>;
}

/** The loads of one block, queued. */
interface QueuedBlock {
  range: Excel.Range;
  merged?: Excel.RangeAreas;
  rules?: () => SheetRules;
  tables?: () => Record<string, string>;
}

function queueBlock(sheet: Excel.Worksheet, address: string, extras: BlockExtras): QueuedBlock {
  const range = sheet.getRange(splitSheetAddress(address).address);
  return queueLoads(sheet, range, range, extras);
}

/** The used part of a sheet's {@link OTHER_SHEET_WINDOW}, queued as a block (its used range not known yet). */
function queueWindow(sheet: Excel.Worksheet, extras: BlockExtras): QueuedBlock {
  const window = sheet.getRange(OTHER_SHEET_WINDOW);
  return queueLoads(sheet, window.getUsedRangeOrNullObject(true), window, extras);
}

/**
 * The loads of a block: its cells; the merged areas of `mergedIn` and the sheet's conditional formats when asked; the
 * address of each table named.
 */
function queueLoads(sheet: Excel.Worksheet, range: Excel.Range, mergedIn: Excel.Range, extras: BlockExtras): QueuedBlock {
  range.load("address, values, text, numberFormat");
  let merged: Excel.RangeAreas | undefined;
  if (extras.mergedAreas) {
    merged = mergedIn.getMergedAreasOrNullObject();
    merged.load("address");
  }
  const rules = extras.rules !== false ? queueSheetRules(sheet, extras.rules) : undefined;
  return { range, merged, rules, ...(extras.tables.length > 0 ? { tables: queueTableAddresses(sheet, extras.tables) } : {}) };
}

/**
 * Queues the load of each named table's whole range (`Table.getRange()`, ExcelApi 1.1: header, data and total rows),
 * and returns what reads the addresses by name once synced. Office.js gives a table's place only through that method,
 * so it rides in the block's sync: a table is then located exactly though its column names stand in several places
 * (one table per year stacked on a sheet), and its total row though its header is hidden (`totalsRowOf`; a table
 * without a header row is not located, `locateTable`).
 */
function queueTableAddresses(sheet: Excel.Worksheet, names: readonly string[]): () => Record<string, string> {
  const ranges = names.map((name) => {
    const range = sheet.tables.getItem(name).getRange();
    range.load("address");
    return { name, range };
  });
  return () => Object.fromEntries(ranges.map(({ name, range }) => [name, range.address]));
}

/** What a synced {@link queueBlock} loaded; `too-large` when Excel answered without values. */
function loadedBlock({ range, merged, rules, tables }: QueuedBlock, address: string): BlockRead {
  if (!Array.isArray(range.values) || !Array.isArray(range.text) || !Array.isArray(range.numberFormat)) {
    throw workbookError("too-large", `${address}: Excel returned no values`);
  }
  const cells = { address: range.address, values: range.values, text: range.text, numberFormat: range.numberFormat };
  return { cells, merged: merged && !merged.isNullObject ? merged.address : null, ...(rules ? { rules: rules() } : {}), ...(tables ? { tables: tables() } : {}) };
}

/**
 * The fallback for Excel on the web's 5 MB answer limit: the block in row bands, halving a band whenever Excel
 * still refuses it. The sheet's conditional formats, when asked, ride with the first band that goes through (and
 * are given up, as null, when Excel refuses them for another reason than the size).
 */
async function readInBands(
  context: Excel.RequestContext,
  block: Excel.Range,
  address: string,
  queueRules?: () => () => SheetRules,
): Promise<{ cells: LoadedRange; rules?: SheetRules | null }> {
  const rect = parseRangeAddress(address);
  const rows = rect ? rect.bottom - rect.top + 1 : 0;
  const cells: LoadedRange = { address, values: [], text: [], numberFormat: [] };
  let rules: SheetRules | null | undefined = queueRules ? undefined : null;
  let start = 0;
  let size = Math.max(1, Math.ceil(rows / 4));
  while (start < rows) {
    const count = Math.min(size, rows - start);
    const band = block.getRow(start).getResizedRange(count - 1, 0);
    band.load("values, text, numberFormat");
    const readRules: (() => SheetRules) | undefined = rules === undefined && queueRules ? queueRules() : undefined;
    try {
      // One sync per band is the point here: each answer must stay under the 5 MB limit of Excel on the web.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      const code = codeOf(e);
      if (code === "ResponsePayloadSizeLimitExceeded" && count > 1) {
        size = Math.ceil(count / 2);
        continue;
      }
      if (readRules && code !== "ResponsePayloadSizeLimitExceeded" && !USER_OR_SHEET_CODES.includes(code)) {
        rules = null;
        continue;
      }
      throw toWorkbookError(e);
    }
    if (readRules) rules = readRules();
    if (!Array.isArray(band.values)) throw workbookError("too-large", `${address}: Excel returned no values`);
    cells.values.push(...band.values);
    cells.text.push(...band.text);
    cells.numberFormat.push(...band.numberFormat);
    start += count;
  }
  return queueRules ? { cells, rules: rules ?? null } : { cells };
}
