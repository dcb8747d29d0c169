import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CheckResult } from "../core/CheckResult";
import { InputError } from "../core/InputError";
import { buildWorkbookPatch } from "../core/writeback/buildWorkbookPatch";
import { OWNER_NAMES, ownedSheet } from "../core/writeback/ownership";
import type { ExistingWorkbook, WriteOptions } from "../core/writeback/WriteOptions";
import { applyPatch } from "./applyPatch";
import { WorkbookWriteError } from "./WorkbookWriteError";
import { carriedParts, carryOver } from "./_lib/carriedParts";
import { carriedSheets, carrySheets, forExceljs, sheetParts } from "./_lib/carriedSheets";
import { carryFurigana } from "./_lib/carryFurigana";
import { droppedParts } from "./_lib/droppedParts";
import { ownedSheetParts } from "./_lib/ownedSheetParts";
import { tableModels } from "./_lib/exceljsInternals";
import { fontIds } from "./_lib/fontIds";
import { keepNoteInsets } from "./_lib/keepNoteInsets";
import { mergeNames } from "./_lib/mergeNames";
import { text } from "./_lib/packageParts";
import { sniffContainer } from "./_lib/sniffContainer";
import { withTableStyles } from "./_lib/withTableStyles";
import { definedNames } from "./_lib/workbookXml";
import { moveNamesXml } from "./_lib/applyNextYearRows";
import { worksheetSnapshot } from "./_lib/worksheetSnapshot";
import { withWorkbookProtection } from "./_lib/withWorkbookProtection";
import { readProtection } from "./readProtection";
import { writablePatch } from "../core/writeback/writablePatch";
import { protectedError } from "../core/writeback/protectedError";
import { refusedRows } from "../core/writeback/refusedRows";

/**
 * What the writer tells its caller beside the bytes: the 推移 sheet was written without charts, and how many
 * charts Excel had drawn on the one it replaced (they are the add-in's own and go with the sheet); what protection
 * kept out of the copy.
 *
 * @example { kind: "trend-sheet-without-charts", sheet: "推移", droppedCharts: 3 }
 */
export type WriteNote =
  | { kind: "trend-sheet-without-charts"; sheet: string; droppedCharts: number }
  /** Protected sheets (Review > Protect Sheet) whose status lines were left out of the copy. */
  | { kind: "protected-not-written"; sheets: readonly string[] }
  /** The add-in's sheets not added to the copy because the workbook's structure is protected (Review > Protect Workbook). */
  | { kind: "structure-not-added"; sheets: readonly string[] };

// The error a refused workbook throws, where callers of the writer have always imported it from.
export { WorkbookWriteError, type DroppedPartKind } from "./WorkbookWriteError";

/**
 * Writes the add-in's outputs into a copy of an .xlsx file: loads the bytes with exceljs, applies
 * `buildWorkbookPatch` and returns the new file's bytes. Everything the user wrote is kept — their defined
 * names exactly as they were (exceljs alone would drop formula and sheet-scope names) — and a file with parts
 * exceljs would drop (charts, pivot tables, VBA, slicers, shapes, external links, …) is refused with a
 * `WorkbookWriteError` naming them rather than silently losing them; parts that need nothing in the sheets
 * (custom properties, custom XML, thumbnail, task panes) are copied over as they are, and so are the sheets' data
 * validations (exceljs would expand drop-down lists on whole columns cell by cell) and what of the sheets exceljs
 * does not write back but needs nothing else (Excel 2010's cross-sheet lists and conditions, sparklines, ignored
 * errors, … — `carriedSheetXml`), and the furigana of the texts and of the sheets (`carryFurigana`, the sheets'
 * `phoneticPr`), their fonts as the output numbers them; column definitions past the last column are cut there.
 * The add-in's markers are hidden names. Protection counts as in Excel (`readProtection`): a protected sheet gets no
 * status lines, a workbook whose structure is protected gets no sheet added or renamed (the add-in's sheets already
 * there are written in place) and keeps its `workbookProtection`, which exceljs would drop; each is told through
 * `notes`. The next year's rows on a protected sheet, or on a sheet to add to a protected structure, throw
 * `protectedError` (Excel refuses them). Bytes that are no workbook throw the reader's `InputError` (`encrypted`,
 * `legacy-xls`, …).
 *
 * The 推移 sheet is written without charts (exceljs cannot write them); a workbook that has one the add-in wrote
 * gets it written anew whatever `trendSheet` says (the add-in's own sheet kept current), and the charts Excel drew
 * on it go with it (told through `notes`, never a refusal) — charts on the user's sheets still refuse the workbook.
 *
 * @example
 * const bytes = await writeCheckedWorkbook(readFileSync("kpi.xlsx"), result, { labels: writebackLabels("ja"), findingsSheet: true });
 */
export async function writeCheckedWorkbook(
  input: Uint8Array,
  result: CheckResult,
  options: Omit<WriteOptions, "existing">,
  notes: (note: WriteNote) => void = () => {},
): Promise<Uint8Array> {
  const container = sniffContainer(input);
  if (container !== "zip") {
    const code = { empty: "empty", "ole-encrypted": "encrypted", ole: "legacy-xls", other: "corrupt" } as const;
    throw new InputError(code[container]);
  }
  const zip = await JSZip.loadAsync(input);
  const carried = await carriedParts(zip);
  const sheets = await carriedSheets(zip);
  const inXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const names = Object.fromEntries(definedNames(inXml).filter((n) => n.localSheetId === undefined).map((n) => [n.name, n.text]));
  // the 推移 sheet the add-in wrote is written anew (when there is anything to write): what hangs off it is its own
  const ownTrend = ownedSheet({ sheetNames: [...sheets.keys()], definedNames: names }, OWNER_NAMES.trendSheet);
  const trendSheet = options.trendSheet === true || ownTrend !== undefined;
  const rewritten = trendSheet && ownTrend !== undefined && result.kpis.length > 0 ? sheets.get(ownTrend) : undefined;
  const others = [...sheets.values()].filter((s) => s !== rewritten).map((s) => s.part);
  const ours = rewritten ? await ownedSheetParts(zip, rewritten.part, others) : new Set<string>();
  const dropped = await droppedParts(zip, carried.parts, sheets, ours);
  if (dropped.length > 0) throw new WorkbookWriteError(dropped);

  const wb = new ExcelJS.Workbook();
  // data validations are carried over as XML (carrySheets); column definitions are loaded (cut at XFD), widths kept
  const bytes = await forExceljs(input, sheets);
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0], { ignoreNodes: ["dataValidations"] });
  keepNoteInsets(wb);
  withTableStyles(wb);
  const kpiWs = wb.getWorksheet(result.sheetName);
  const existing: ExistingWorkbook = {
    sheetNames: wb.worksheets.map((ws) => ws.name),
    definedNames: names,
    tables: wb.worksheets.flatMap((ws) => tableModels(ws).map((t) => ({ name: t.name ?? "", sheet: ws.name }))),
    ...(kpiWs ? { kpiSheet: worksheetSnapshot(kpiWs, Boolean(wb.properties?.date1904)) } : {}),
    // --all-sheets: every other checked sheet gets its status lines too
    otherKpiSheets: (result.sheets ?? []).flatMap((name) => {
      const ws = name === result.sheetName ? undefined : wb.getWorksheet(name);
      return ws ? [worksheetSnapshot(ws, Boolean(wb.properties?.date1904))] : [];
    }),
  };
  const protection = await readProtection(zip);
  const writable = writablePatch(buildWorkbookPatch(result, { ...options, trendSheet, trendCharts: false, existing }), {
    protectedSheets: protection.sheets,
    structureProtected: protection.structure,
    sheetNames: existing.sheetNames,
  });
  const { patch } = writable;
  // the next year's rows are refused whole where Excel refuses them: nothing is written
  const rowsRefused = refusedRows(patch.rows, { protectedSheets: protection.sheets, structureProtected: protection.structure });
  if (rowsRefused) throw protectedError(rowsRefused);
  if (writable.notWritten.length > 0) notes({ kind: "protected-not-written", sheets: writable.notWritten });
  if (writable.notAdded.length > 0) notes({ kind: "structure-not-added", sheets: writable.notAdded });
  const trend = patch.sheets.find((s) => s.ownerName === OWNER_NAMES.trendSheet);
  if (trend) {
    const droppedCharts = [...ours].filter((p) => /^xl\/charts\/chart[^/]*\.xml$/.test(p)).length;
    notes({ kind: "trend-sheet-without-charts", sheet: trend.name, droppedCharts });
  }
  applyPatch(wb, patch);

  const out = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const owned = new Set([...patch.sheets, ...(patch.statusLines ?? [])].map((s) => s.ownerName.toLowerCase()));
  const replaced = new Set(patch.sheets.flatMap((s) => (s.replaces ? [s.replaces] : [])));
  const ourSheets = new Set(patch.sheets.map((s) => s.name));
  const outXml = await out.file("xl/workbook.xml")!.async("string");
  out.file("xl/workbook.xml", withWorkbookProtection(moveNamesXml(mergeNames(inXml, outXml, owned, ourSheets, replaced), patch.rows), inXml));
  await carryOver(zip, out, carried);
  const fonts = fontIds(await text(zip, "xl/styles.xml"), await text(out, "xl/styles.xml"));
  const written = await sheetParts(out); // by sheet name: exceljs numbers the parts it writes anew
  await carrySheets(zip, out, written, sheets, new Set([...ourSheets, ...replaced]), fonts.id);
  await carryFurigana(zip, out, written, sheets, fonts.id);
  const styles = fonts.styles();
  if (styles !== undefined) out.file("xl/styles.xml", styles);
  return out.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
