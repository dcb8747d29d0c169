/** A worksheet's `<dataValidations>` element as its part holds it, and the namespaces it borrows from the part's root. */
export interface DataValidationsXml {
  xml: string;
  /** The root's namespace declarations of the prefixes used in `xml` (such as Excel's `xr:uid`), with whether the root's `mc:Ignorable` lists them. */
  namespaces: { prefix: string; uri: string; ignorable: boolean }[];
}

/** The elements CT_Worksheet puts after `<dataValidations>`, in schema order. */
const AFTER = [
  "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties",
  "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "picture", "oleObjects",
  "controls", "webPublishItems", "tableParts", "extLst",
];
const FOLLOWER = new RegExp(`<(?:${AFTER.join("|")})(?=[\\s/>])`);
const ELEMENT = /<([\w.-]+:)?dataValidations\b[^>]*?(?:\/>|>[\s\S]*?<\/\1dataValidations>)/;
const ROOT = /<([\w.-]+:)?worksheet\b[^>]*>/;

/** The worksheet's own elements: all before `<extLst>`, whose `<x14:dataValidations>` are not the element's. */
function ownPart(sheetXml: string): string {
  const ext = sheetXml.search(/<([\w.-]+:)?extLst[\s>]/);
  return ext < 0 ? sheetXml : sheetXml.slice(0, ext);
}

/**
 * The `<dataValidations>` element of a worksheet part, if it holds any validation, with the namespace declarations
 * of the part's root that it needs elsewhere (a prefixed main namespace, Excel's `xr` revision ids).
 *
 * @example dataValidationsOf('<worksheet><sheetData/><dataValidations count="1"><dataValidation sqref="B1"/></dataValidations></worksheet>')?.xml
 * // '<dataValidations count="1"><dataValidation sqref="B1"/></dataValidations>'
 */
export function dataValidationsOf(sheetXml: string): DataValidationsXml | undefined {
  const m = ELEMENT.exec(ownPart(sheetXml));
  if (!m || !new RegExp(`<${m[1] ?? ""}dataValidation\\b`).test(m[0])) return undefined;
  const root = ROOT.exec(sheetXml)?.[0] ?? "";
  const ignorable = new Set((/\s[\w.-]+:Ignorable="([^"]*)"/.exec(root)?.[1] ?? "").split(/\s+/));
  const used = new Set([...m[0].matchAll(/<\/?([\w.-]+):|\s([\w.-]+):[\w.-]+=/g)].map((u) => u[1] ?? u[2]));
  const namespaces = [...root.matchAll(/\sxmlns:([\w.-]+)="([^"]*)"/g)]
    .filter(([, prefix]) => used.has(prefix))
    .map(([, prefix, uri]) => ({ prefix, uri, ignorable: ignorable.has(prefix) }));
  return { xml: m[0], namespaces };
}

/**
 * A worksheet part with `validations` in place of its own `<dataValidations>` (if any), where CT_Worksheet puts it:
 * after the sheet data, merges and conditional formats, before hyperlinks, page margins, drawings, tables and
 * extensions. The root declares the namespaces the element needs (and lists as ignorable those that were).
 *
 * @example withDataValidations('<worksheet><sheetData/><pageMargins/></worksheet>', { xml: "<dataValidations/>", namespaces: [] })
 * // "<worksheet><sheetData/><dataValidations/><pageMargins/></worksheet>"
 */
export function withDataValidations(sheetXml: string, validations: DataValidationsXml): string {
  const own = ownPart(sheetXml);
  const xml = own.replace(ELEMENT, "") + sheetXml.slice(own.length);
  const dataEnd = Math.max(xml.indexOf("</sheetData>"), xml.indexOf("<sheetData/>"), 0);
  const next = FOLLOWER.exec(xml.slice(dataEnd));
  const at = next ? dataEnd + next.index : xml.lastIndexOf("</worksheet>");
  return declared(xml.slice(0, at), validations.namespaces) + validations.xml + xml.slice(at);
}

/** The head of a worksheet part with its root declaring `namespaces` (those it lacks). */
function declared(head: string, namespaces: DataValidationsXml["namespaces"]): string {
  return head.replace(ROOT, (root) => {
    let out = root;
    for (const ns of namespaces) {
      if (out.includes(` xmlns:${ns.prefix}=`)) continue;
      out = out.replace(/>$/, ` xmlns:${ns.prefix}="${ns.uri}">`);
      if (ns.ignorable) out = out.replace(/(\s[\w.-]+:Ignorable="[^"]*)"/, `$1 ${ns.prefix}"`);
    }
    return out;
  });
}
