/** One `<definedName>` of `xl/workbook.xml`: its XML, name, sheet scope and reference text. */
export interface RawName { xml: string; name: string; localSheetId?: number; text: string }

/**
 * An XML text or attribute value with its character and entity references resolved.
 *
 * @example unescapeXml("R&amp;D &#x4E00;") // "R&D 一"
 */
export const unescapeXml = (s: string): string =>
  s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, e: string) =>
    e[0] === "#" ? String.fromCodePoint(parseInt(e.slice(e[1].toLowerCase() === "x" ? 2 : 1), e[1].toLowerCase() === "x" ? 16 : 10))
      : ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" } as Record<string, string>)[e.toLowerCase()]);

/**
 * The `<definedName>`s of a workbook part, in document order.
 *
 * @example definedNames('<definedName name="KpiCheck_Status">\'KPI\'!$J$1:$J$25</definedName>')[0].text // "'KPI'!$J$1:$J$25"
 */
export function definedNames(workbookXml: string): RawName[] {
  return [...workbookXml.matchAll(/<definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/definedName>)/g)].map((m) => {
    const attr = (a: string): string | undefined => new RegExp(`\\b${a}="([^"]*)"`).exec(m[1])?.[1];
    const local = attr("localSheetId");
    return { xml: m[0], name: unescapeXml(attr("name") ?? ""), localSheetId: local === undefined ? undefined : Number(local), text: unescapeXml(m[2] ?? "") };
  });
}

/**
 * The sheet names of a workbook part, in workbook order.
 *
 * @example sheetOrder('<sheet name="KPI" sheetId="1"/>') // ["KPI"]
 */
export const sheetOrder = (workbookXml: string): string[] =>
  [...workbookXml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => unescapeXml(m[1]));

