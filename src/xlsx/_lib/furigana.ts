/* Furigana (phonetic guides) of shared strings, which exceljs drops: Excel stores them, as `<rPh>` runs and a
   `<phoneticPr>`, for almost all Japanese text typed with the IME; it sorts by them and PHONETIC() reads them. */
import { unescapeXml } from "./workbookXml";

/** Every `<si>` of a shared strings part, in order (the n-th is string n). */
const SI = /<si\b[^>]*?(?:\/>|>[\s\S]*?<\/si>)/g;

/** A string item with furigana. */
const hasFurigana = (si: string): boolean => /<(rPh|phoneticPr)\b/.test(si);

/**
 * The text of a string item: its own `<t>` or its runs' `<t>`, not the furigana's (in `<rPh>`), entities decoded.
 *
 * @example plainText('<si><t>顧客</t><rPh sb="0" eb="2"><t>コキャク</t></rPh></si>') // "顧客"
 */
export function plainText(si: string): string {
  const own = si.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  return [...own.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)].map((m) => unescapeXml(m[1] ?? "")).join("");
}

/**
 * The shared string each cell of a worksheet part shows (`t="s"`), by the cell's reference, for the strings
 * `wanted` says (all if not given). One pass over the part.
 *
 * @example sharedStringCells('<sheetData><row r="2"><c r="A2" s="1" t="s"><v>7</v></c></row></sheetData>') // Map { "A2" => 7 }
 */
export function sharedStringCells(sheetXml: string, wanted: (index: number) => boolean = () => true): Map<string, number> {
  const out = new Map<string, number>();
  for (const [, attrs, v] of sheetXml.matchAll(/<c\b([^>]*)>\s*<v>\s*(\d+)\s*<\/v>/g)) {
    const ref = /\sr="([^"]*)"/.exec(attrs)?.[1];
    if (ref && /\st="s"/.test(attrs) && wanted(Number(v))) out.set(ref, Number(v));
  }
  return out;
}

/** The indices of the string items of a shared strings part that have furigana. */
export function withFuriganaIndices(sharedStringsXml: string): Set<number> {
  const out = new Set<number>();
  let i = 0;
  for (const [si] of sharedStringsXml.matchAll(SI)) {
    if (hasFurigana(si)) out.add(i);
    i++;
  }
  return out;
}

/**
 * The shared strings part exceljs wrote with the furigana of the input's put back: for each pair (input string,
 * output string) of the same cell, the input's item with furigana replaces the output's, as it was, if both have
 * the same text — its `<phoneticPr>`'s font id made the output's by `fontId`. The first pair for an output string
 * wins: exceljs writes cells of equal text as one string, so two cells of equal text and different readings
 * (rare) get the first one's. Linear in the parts and the pairs.
 *
 * @example withFurigana(inStrings, outStrings, [[3, 0]], (id) => id) // output string 0 is input string 3 again
 */
export function withFurigana(
  inStringsXml: string,
  outStringsXml: string,
  pairs: Iterable<[number, number]>,
  fontId: (inputId: string) => string,
): string {
  const inItems = [...inStringsXml.matchAll(SI)].map((m) => m[0]);
  const outItems = [...outStringsXml.matchAll(SI)];
  const chosen = new Map<number, number>();
  for (const [from, to] of pairs) {
    if (chosen.has(to) || !inItems[from] || !outItems[to] || !hasFurigana(inItems[from])) continue;
    if (plainText(inItems[from]) === plainText(outItems[to][0])) chosen.set(to, from);
  }
  if (chosen.size === 0) return outStringsXml;
  const parts: string[] = [];
  let at = 0;
  for (const [to, from] of [...chosen].sort((a, b) => a[0] - b[0])) {
    const item = outItems[to];
    parts.push(outStringsXml.slice(at, item.index), inItems[from].replace(/(<phoneticPr\b[^>]*?\sfontId=")([^"]*)"/, (_, tag: string, id: string) => `${tag}${fontId(id)}"`));
    at = item.index + item[0].length;
  }
  parts.push(outStringsXml.slice(at));
  return parts.join("");
}
