import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CheckResult } from "../core/CheckResult";
import { buildWorkbookPatch } from "../core/writeback/buildWorkbookPatch";
import type { ExistingWorkbook, WriteOptions } from "../core/writeback/WriteOptions";
import { applyPatch } from "./applyPatch";
import { InputError } from "../core/InputError";
import { carriedSheetXml, withCarriedSheetXml, type CarriedSheetXml } from "./_lib/carriedSheetXml";
import { fontIds } from "./_lib/fontIds";
import { keepNoteInsets } from "./_lib/keepNoteInsets";
import { withPageSetupOf } from "./_lib/pageSetupXml";
import { sharedStringCells, withFurigana, withFuriganaIndices } from "./_lib/furigana";
import { sniffContainer } from "./_lib/sniffContainer";
import { definedNames, sheetOrder } from "./_lib/workbookXml";
import { worksheetSnapshot } from "./_lib/worksheetSnapshot";
import { escapeRegExp } from "../core/escapeRegExp";

/**
 * Gives every Excel Table without a `<tableStyleInfo>` (LibreOffice saves its tables so) the empty style it means —
 * no style name, no stripes, no first or last column — so that exceljs can write it back: exceljs reads the
 * missing element as a null style and fails on it (`Cannot read properties of null (reading 'theme')`).
 *
 * @example withTableStyles(workbook) // after workbook.xlsx.load(bytes)
 */
export function withTableStyles(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    for (const t of ws.getTables() as unknown as { table?: { style?: unknown } }[]) {
      if (t.table && (t.table.style === null || t.table.style === undefined)) {
        t.table.style = { showFirstColumn: false, showLastColumn: false, showRowStripes: false, showColumnStripes: false };
      }
    }
  }
}

/**
 * A kind of package part that exceljs would drop on rewriting the file.
 *
 * @example const kind: DroppedPartKind = "pivot-table"; // xl/pivotTables/pivotTable1.xml
 */
export type DroppedPartKind =
  | "chart" | "chartsheet" | "pivot-table" | "vba-project" | "slicer" | "timeline" | "external-link"
  | "drawing-shape" | "header-footer-picture" | "sheet-extension" | "form-control" | "embedded-object" | "threaded-comment"
  | "data-connection" | "data-model" | "other";

/**
 * Why a workbook was not written: it holds parts that exceljs would silently lose, each named by kind and path.
 * Typed data, like `InputError`: `code` and `parts`, the message rendered by the front end.
 *
 * @example if (e instanceof WorkbookWriteError) e.parts // [{ kind: "chart", path: "xl/charts/chart1.xml" }]
 */
export class WorkbookWriteError extends Error {
  readonly code = "dropped-parts";

  constructor(readonly parts: { kind: DroppedPartKind; path: string }[]) {
    super(`dropped-parts: ${parts.map((p) => p.path).join(", ")}`);
    this.name = "WorkbookWriteError";
  }
}

/** Parts exceljs reads and writes back (its reader's own list), and parts it may drop without loss. */
const KEPT = /^(\[Content_Types\]\.xml|_rels\/\.rels|docProps\/(app|core)\.xml|xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|theme\/[^/]+\.xml|media\/[^/]+|worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?|drawings\/(_rels\/)?\w+\.xml(\.rels)?|drawings\/vmlDrawing\d+\.vml|comments\d+\.xml|tables\/table\d+\.xml|calcChain\.xml|printerSettings\/[^/]+))$/;
const KINDS: [RegExp, DroppedPartKind][] = [
  [/^xl\/charts\//, "chart"], [/^xl\/chartsheets\//, "chartsheet"], [/^xl\/pivot(Tables|Cache)\//, "pivot-table"],
  [/vbaProject\.bin$/, "vba-project"], [/^xl\/slicer(s|Caches)\//, "slicer"], [/^xl\/timeline(s|Caches)\//, "timeline"],
  [/^xl\/externalLinks\//, "external-link"], [/^xl\/(ctrlProps|activeX)\//, "form-control"],
  [/^xl\/embeddings\//, "embedded-object"], [/^xl\/threadedComments\//, "threaded-comment"],
  [/^xl\/(connections\.xml|queryTables\/)/, "data-connection"], [/^xl\/model\//, "data-model"],
];

/**
 * Package parts linked from the package or the workbook that need nothing in the sheets or in workbook.xml, so
 * that they can be copied over as they are: custom document properties (sensitivity labels), the thumbnail,
 * custom XML (SharePoint metadata), add-in task panes, the people of comments.
 */
const CARRIED = /\/(custom-properties|metadata\/thumbnail|customXml|webextensiontaskpanes|person)$/;

interface Rel { xml: string; id: string; type: string; target: string; external: boolean }

const relsOf = (xml: string): Rel[] =>
  [...xml.matchAll(/<Relationship\b[^>]*?\/?>/g)].map((m) => {
    const at = (a: string): string => new RegExp(`\\b${a}="([^"]*)"`).exec(m[0])?.[1] ?? "";
    return { xml: m[0], id: at("Id"), type: at("Type"), target: at("Target"), external: at("TargetMode") === "External" };
  });

/** The part a relationship of the rels file `relsPath` points at. */
function resolve(relsPath: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = relsPath.replace(/_rels\/[^/]+$/, "").split("/").filter(Boolean);
  for (const seg of target.split("/")) if (seg === "..") parts.pop(); else if (seg !== ".") parts.push(seg);
  return parts.join("/");
}

const relsPathOf = (part: string): string => part.replace(/([^/]+)$/, "_rels/$1.rels");

async function text(zip: JSZip, path: string): Promise<string> {
  return (await zip.file(path)?.async("string")) ?? "";
}

/** The carried parts of a package: per rels file of the package and workbook, the links to carry and every part they reach. */
async function carriedParts(zip: JSZip): Promise<{ links: { rels: string; rel: Rel }[]; parts: Set<string> }> {
  const links: { rels: string; rel: Rel }[] = [];
  const parts = new Set<string>();
  for (const rels of ["_rels/.rels", "xl/_rels/workbook.xml.rels"]) {
    for (const rel of relsOf(await text(zip, rels))) {
      if (rel.external || !CARRIED.test(rel.type)) continue;
      links.push({ rels, rel });
      const todo = [resolve(rels, rel.target)];
      while (todo.length) {
        const part = todo.pop()!;
        if (parts.has(part) || !zip.file(part)) continue;
        parts.add(part);
        const own = relsPathOf(part);
        if (!zip.file(own)) continue;
        parts.add(own);
        for (const r of relsOf(await text(zip, own))) if (!r.external) todo.push(resolve(own, r.target));
      }
    }
  }
  return { links, parts };
}

/** Copies the carried parts, their links and content types into the written package. */
async function carryOver(from: JSZip, to: JSZip, carried: Awaited<ReturnType<typeof carriedParts>>): Promise<void> {
  let types = await text(to, "[Content_Types].xml");
  const fromTypes = await text(from, "[Content_Types].xml");
  for (const part of carried.parts) {
    if (to.file(part)) continue;
    to.file(part, await from.file(part)!.async("uint8array"));
    // the part's own content type (an Override) if the input had one, else its extension's (a Default)
    const ext = part.split(".").pop()!;
    if (types.includes(`PartName="/${part}"`)) continue;
    const override = new RegExp(`<Override\\b[^>]*PartName="/${escapeRegExp(part)}"[^>]*/>`).exec(fromTypes)?.[0];
    const hasDefault = new RegExp(`<Default\\b[^>]*Extension="${ext}"`, "i").test(types);
    const dflt = hasDefault ? undefined : new RegExp(`<Default\\b[^>]*Extension="${ext}"[^>]*/>`, "i").exec(fromTypes)?.[0];
    if (override ?? dflt) types = types.replace("</Types>", `${override ?? dflt}</Types>`);
  }
  to.file("[Content_Types].xml", types);
  for (const { rels, rel } of carried.links) {
    let xml = await text(to, rels);
    if (relsOf(xml).some((r) => r.type === rel.type && resolve(rels, r.target) === resolve(rels, rel.target))) continue;
    const ids = new Set(relsOf(xml).map((r) => r.id));
    let id = rel.id;
    for (let i = 1; ids.has(id); i++) id = `rIdKpiCheck${i}`;
    xml = xml.replace("</Relationships>", `${rel.xml.replace(/\bId="[^"]*"/, `Id="${id}"`)}</Relationships>`);
    to.file(rels, xml);
  }
}

/** The worksheet part of each sheet of a package, by sheet name (exceljs numbers the parts it writes anew). */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const rels = "xl/_rels/workbook.xml.rels";
  const targets = new Map(relsOf(await text(zip, rels)).map((r) => [r.id, resolve(rels, r.target)]));
  const sheets = [...(await text(zip, "xl/workbook.xml")).matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]);
  return new Map(sheets.map((sheet) => [sheetOrder(sheet)[0], targets.get(/\s[\w.-]+:id="([^"]*)"/.exec(sheet)?.[1] ?? "") ?? ""]));
}

type CarriedSheets = Map<string, { part: string; carried: CarriedSheetXml }>;

/** Each sheet's part and what of it is carried over as XML (`carriedSheetXml`), by sheet name. */
async function carriedSheets(zip: JSZip): Promise<CarriedSheets> {
  const out: CarriedSheets = new Map();
  for (const [name, part] of await sheetParts(zip)) {
    if (zip.file(part)) out.set(name, { part, carried: carriedSheetXml(await text(zip, part)) });
  }
  return out;
}

/** The bytes exceljs is to load: the input, or a copy with the parts that must differ for exceljs (stored, not compressed). */
async function forExceljs(input: Uint8Array, sheets: CarriedSheets): Promise<Uint8Array> {
  const changed = [...sheets.values()].filter((s) => s.carried.forExceljs !== undefined);
  if (changed.length === 0) return input;
  const zip = await JSZip.loadAsync(input);
  for (const { part, carried } of changed) zip.file(part, carried.forExceljs!);
  return zip.generateAsync({ type: "uint8array", compression: "STORE" });
}

/**
 * Puts what was carried over of each sheet into the written package, by sheet name (exceljs numbers the parts it
 * writes anew): its data validations (exceljs does not load them: it would expand them cell by cell — 8 million
 * cells for drop-down lists on 8 whole columns), the elements and extensions exceljs does not write back. The
 * add-in's own sheets, new or replaced, get none.
 */
async function carrySheets(
  from: JSZip,
  to: JSZip,
  written: Map<string, string>,
  sheets: CarriedSheets,
  ours: Set<string>,
  fontId: (inputId: string) => string,
): Promise<void> {
  for (const [name, { part, carried }] of sheets) {
    const target = written.get(name);
    if (ours.has(name) || !target) continue;
    // the user's print settings as they were (exceljs switches page numbering to "start at 1")
    let xml = withPageSetupOf(await text(from, part), await text(to, target));
    if (carried.elements.length + carried.extensions.length > 0) {
      // the furigana settings name a font of styles.xml, which exceljs numbers anew
      const elements = carried.elements.map(([local, e]): [string, typeof e] =>
        local === "phoneticPr" ? [local, { ...e, xml: e.xml.replace(/(\sfontId=")([^"]*)"/, (_, at: string, id: string) => `${at}${fontId(id)}"`) }] : [local, e]);
      xml = withCarriedSheetXml(xml, { ...carried, elements });
    }
    to.file(target, xml);
  }
}

/**
 * Puts the furigana of the input's shared strings back into those exceljs wrote (it drops them): cell by cell of
 * the sheets in both (by name), the string a cell showed in the input, if it has furigana and the same text,
 * replaces the one the cell shows in the output (`withFurigana`). Pairing by cell, not by text alone, gives each
 * string the reading of a cell that showed it (a text may be read two ways, 今日: きょう or こんにち) and leaves
 * strings that only the add-in's cells show as exceljs wrote them. Linear: one pass over each part.
 */
async function carryFurigana(
  from: JSZip,
  to: JSZip,
  written: Map<string, string>,
  sheets: CarriedSheets,
  fontId: (inputId: string) => string,
): Promise<void> {
  const inStrings = await text(from, "xl/sharedStrings.xml");
  const withReadings = withFuriganaIndices(inStrings);
  const outStrings = await text(to, "xl/sharedStrings.xml");
  if (withReadings.size === 0 || !outStrings) return;
  const pairs: [number, number][] = [];
  for (const [name, { part }] of sheets) {
    const target = written.get(name);
    if (!target || !to.file(target)) continue;
    const before = sharedStringCells(await text(from, part), (i) => withReadings.has(i));
    if (before.size === 0) continue;
    for (const [ref, index] of sharedStringCells(await text(to, target))) {
      const was = before.get(ref);
      if (was !== undefined) pairs.push([was, index]);
    }
  }
  const xml = withFurigana(inStrings, outStrings, pairs, fontId);
  if (xml !== outStrings) to.file("xl/sharedStrings.xml", xml);
}

async function droppedParts(zip: JSZip, carried: Set<string>, sheets: CarriedSheets): Promise<{ kind: DroppedPartKind; path: string }[]> {
  const out: { kind: DroppedPartKind; path: string }[] = [];
  const lost = new Map([...sheets.values()].map((s) => [s.part, s.carried.lost]));
  for (const path of Object.keys(zip.files).filter((p) => !zip.files[p].dir && !carried.has(p))) {
    if (!KEPT.test(path)) {
      out.push({ kind: KINDS.find(([re]) => re.test(path))?.[1] ?? "other", path });
    } else if (/^xl\/drawings\/\w+\.xml$/.test(path)) {
      // exceljs keeps pictures only: charts, shapes, text boxes and groups would vanish.
      if (/<(\w+:)?(graphicFrame|sp|grpSp|cxnSp)[\s>]/.test(await text(zip, path))) out.push({ kind: "drawing-shape", path });
    } else {
      // a sheet's extensions that refer to other parts (slicers, timelines, …)
      for (const kind of new Set(lost.get(path))) out.push({ kind, path });
    }
  }
  return out;
}

/** The defined names of the output: the user's exactly as they were, the add-in's (hidden) as exceljs wrote them. */
function mergeNames(inXml: string, outXml: string, owned: Set<string>, ourSheets: Set<string>, replaced: Set<string>): string {
  const inOrder = sheetOrder(inXml);
  const outOrder = sheetOrder(outXml);
  const user = definedNames(inXml).filter(
    (n) => !owned.has(n.name.toLowerCase()) && !(n.localSheetId !== undefined && replaced.has(inOrder[n.localSheetId])),
  );
  const ours = definedNames(outXml)
    .filter((n) => owned.has(n.name.toLowerCase()) || (n.localSheetId !== undefined && ourSheets.has(outOrder[n.localSheetId])))
    .map((n) => (owned.has(n.name.toLowerCase()) ? n.xml.replace("<definedName ", '<definedName hidden="1" ') : n.xml));
  const all = [...user.map((n) => n.xml), ...ours];
  const block = all.length ? `<definedNames>${all.join("")}</definedNames>` : "";
  const stripped = outXml.replace(/<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/, "");
  return stripped.replace(/<\/sheets>/, `</sheets>${block}`);
}

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
 * The add-in's markers are hidden names. Bytes that are no workbook throw the reader's `InputError` (`encrypted`,
 * `legacy-xls`, …).
 *
 * @example
 * const bytes = await writeCheckedWorkbook(readFileSync("kpi.xlsx"), result, { labels: writebackLabels("ja"), findingsSheet: true });
 */
export async function writeCheckedWorkbook(
  input: Uint8Array,
  result: CheckResult,
  options: Omit<WriteOptions, "existing">,
): Promise<Uint8Array> {
  const container = sniffContainer(input);
  if (container !== "zip") {
    const code = { empty: "empty", "ole-encrypted": "encrypted", ole: "legacy-xls", other: "corrupt" } as const;
    throw new InputError(code[container]);
  }
  const zip = await JSZip.loadAsync(input);
  const carried = await carriedParts(zip);
  const sheets = await carriedSheets(zip);
  const dropped = await droppedParts(zip, carried.parts, sheets);
  if (dropped.length > 0) throw new WorkbookWriteError(dropped);
  const inXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";

  const wb = new ExcelJS.Workbook();
  // data validations are carried over as XML (carrySheets); column definitions are loaded (cut at XFD), widths kept
  const bytes = await forExceljs(input, sheets);
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0], { ignoreNodes: ["dataValidations"] });
  keepNoteInsets(wb);
  withTableStyles(wb);
  const kpiWs = wb.getWorksheet(result.sheetName);
  const existing: ExistingWorkbook = {
    sheetNames: wb.worksheets.map((ws) => ws.name),
    definedNames: Object.fromEntries(definedNames(inXml).filter((n) => n.localSheetId === undefined).map((n) => [n.name, n.text])),
    tables: wb.worksheets.flatMap((ws) => ws.getTables().map((t) => ({ name: (t as unknown as { table: { name: string } }).table.name, sheet: ws.name }))),
    ...(kpiWs ? { kpiSheet: worksheetSnapshot(kpiWs, Boolean(wb.properties?.date1904)) } : {}),
  };
  const patch = buildWorkbookPatch(result, { ...options, existing });
  applyPatch(wb, patch);

  const out = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const owned = new Set([...patch.sheets.map((s) => s.ownerName), ...(patch.column ? [patch.column.ownerName] : [])].map((n) => n.toLowerCase()));
  const replaced = new Set(patch.sheets.flatMap((s) => (s.replaces ? [s.replaces] : [])));
  const ourSheets = new Set(patch.sheets.map((s) => s.name));
  const outXml = await out.file("xl/workbook.xml")!.async("string");
  out.file("xl/workbook.xml", mergeNames(inXml, outXml, owned, ourSheets, replaced));
  await carryOver(zip, out, carried);
  const fonts = fontIds(await text(zip, "xl/styles.xml"), await text(out, "xl/styles.xml"));
  const written = await sheetParts(out); // by sheet name: exceljs numbers the parts it writes anew
  await carrySheets(zip, out, written, sheets, new Set([...ourSheets, ...replaced]), fonts.id);
  await carryFurigana(zip, out, written, sheets, fonts.id);
  const styles = fonts.styles();
  if (styles !== undefined) out.file("xl/styles.xml", styles);
  return out.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
