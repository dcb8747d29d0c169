import { readFileSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..", "..");
export const OFFICE = "http://schemas.microsoft.com/office/appforoffice/1.1";
export const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

/** Parses a manifest with the DOMParser of the jsdom test environment. */
export function parseManifest(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`manifest is not well-formed XML: ${error.textContent}`);
  return doc;
}

export function readManifest(path = join(ROOT, "manifest.xml")): Document {
  return parseManifest(readFileSync(path, "utf8"));
}

/** Every element in the document, in order. */
export function allElements(doc: Document): Element[] {
  return Array.from(doc.getElementsByTagName("*"));
}

/** The resource ids defined under <Resources>, by kind (Images, Urls, ShortStrings, LongStrings). */
export function resources(doc: Document): Map<string, { kind: string; el: Element }> {
  const out = new Map<string, { kind: string; el: Element }>();
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    for (const group of Array.from(doc.getElementsByTagNameNS(BT, kind))) {
      for (const el of Array.from(group.children)) out.set(el.getAttribute("id") ?? "", { kind, el });
    }
  }
  return out;
}

/** Every URL the manifest names: DefaultValue of URL settings and of url/image resources. */
export function manifestUrls(doc: Document): string[] {
  return allElements(doc)
    .map((el) => el.getAttribute("DefaultValue") ?? "")
    .filter((v) => /^https?:\/\//.test(v));
}
