import type JSZip from "jszip";
import type { CarriedSheets } from "./carriedSheets";
import { sharedStringCells, withFurigana, withFuriganaIndices } from "./furigana";
import { text } from "./packageParts";

/**
 * Puts the furigana of the input's shared strings back into those exceljs wrote (it drops them): cell by cell of
 * the sheets in both (by name), the string a cell showed in the input, if it has furigana and the same text,
 * replaces the one the cell shows in the output (`withFurigana`). Pairing by cell, not by text alone, gives each
 * string the reading of a cell that showed it (a text may be read two ways, 今日: きょう or こんにち) and leaves
 * strings that only the add-in's cells show as exceljs wrote them. Linear: one pass over each part.
 */
export async function carryFurigana(
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
