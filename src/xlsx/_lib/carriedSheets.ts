import JSZip from "jszip";
import { carriedSheetXml, withCarriedSheetXml, type CarriedSheetXml } from "./carriedSheetXml";
import { relsOf, resolve, text } from "./packageParts";
import { withPageSetupOf } from "./pageSetupXml";
import { sheetOrder } from "./workbookXml";

/** The worksheet part of each sheet of a package, by sheet name (exceljs numbers the parts it writes anew). */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const rels = "xl/_rels/workbook.xml.rels";
  const targets = new Map(relsOf(await text(zip, rels)).map((r) => [r.id, resolve(rels, r.target)]));
  const sheets = [...(await text(zip, "xl/workbook.xml")).matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]);
  return new Map(sheets.map((sheet) => [sheetOrder(sheet)[0], targets.get(/\s[\w.-]+:id="([^"]*)"/.exec(sheet)?.[1] ?? "") ?? ""]));
}

/** What of each sheet is carried over as XML, by sheet name. */
export type CarriedSheets = Map<string, { part: string; carried: CarriedSheetXml }>;

/** Each sheet's part and what of it is carried over as XML (`carriedSheetXml`), by sheet name. */
export async function carriedSheets(zip: JSZip): Promise<CarriedSheets> {
  const out: CarriedSheets = new Map();
  for (const [name, part] of await sheetParts(zip)) {
    if (zip.file(part)) out.set(name, { part, carried: carriedSheetXml(await text(zip, part)) });
  }
  return out;
}

/** The bytes exceljs is to load: the input, or a copy with the parts that must differ for exceljs (stored, not compressed). */
export async function forExceljs(input: Uint8Array, sheets: CarriedSheets): Promise<Uint8Array> {
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
export async function carrySheets(
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
