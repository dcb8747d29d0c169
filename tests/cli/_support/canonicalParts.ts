/* A written workbook's parts in a form two runs can be compared by: every zip entry's text, the document
   properties' timestamps left out and the XML's formatting between tags folded. */
import JSZip from "jszip";

/** The workbook's parts by path, canonical (no created/modified timestamps, no white space between tags). */
export async function canonicalParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    let text = await entry.async("string");
    if (/\.(xml|rels|vml)$/.test(name)) {
      text = text
        .replace(/<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g, "")
        .replace(/>\s+</g, "><")
        // `spans` is an optional hint of which columns a row uses (ECMA-376 §18.3.1.73), not content
        .replace(/ spans="[^"]*"/g, "")
        .trim();
    }
    out[name] = text;
  }
  return out;
}

/** Where two workbooks' canonical parts differ: per part, the text around the first difference on each side. */
export function partDifferences(a: Record<string, string>, b: Record<string, string>): { part: string; first?: string; second?: string }[] {
  const out: { part: string; first?: string; second?: string }[] = [];
  for (const part of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const x = a[part];
    const y = b[part];
    if (x === y) continue;
    if (x === undefined || y === undefined) {
      out.push({ part, first: x === undefined ? "(absent)" : "(present)", second: y === undefined ? "(absent)" : "(present)" });
      continue;
    }
    let i = 0;
    while (i < x.length && x[i] === y[i]) i++;
    const around = (s: string) => s.slice(Math.max(0, i - 120), i + 200);
    out.push({ part, first: around(x), second: around(y) });
  }
  return out;
}
