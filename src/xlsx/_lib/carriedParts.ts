import type JSZip from "jszip";
import { escapeRegExp } from "../../core/escapeRegExp";
import { relsOf, relsPathOf, resolve, text, type Rel } from "./packageParts";

/**
 * Package parts linked from the package or the workbook that need nothing in the sheets or in workbook.xml, so
 * that they can be copied over as they are: custom document properties (sensitivity labels), the thumbnail,
 * custom XML (SharePoint metadata), add-in task panes, the people of comments.
 */
const CARRIED = /\/(custom-properties|metadata\/thumbnail|customXml|webextensiontaskpanes|person)$/;

/**
 * The carried parts of a package: per rels file of the package and workbook, the links to carry and every part they reach.
 */
export async function carriedParts(zip: JSZip): Promise<{ links: { rels: string; rel: Rel }[]; parts: Set<string> }> {
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
export async function carryOver(from: JSZip, to: JSZip, carried: Awaited<ReturnType<typeof carriedParts>>): Promise<void> {
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
