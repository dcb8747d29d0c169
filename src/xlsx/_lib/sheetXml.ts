/* Surgery on worksheet parts as text: find the worksheet's own elements and its extensions, and put pieces of one
   sheet's XML into another sheet's part, where the schema wants them, with the namespaces they use declared. */
import { escapeRegExp } from "../../core/escapeRegExp";

/** A namespace declaration, and whether the worksheet root's `mc:Ignorable` listed its prefix. */
export interface Namespace {
  prefix: string;
  uri: string;
  ignorable: boolean;
}

/** A piece of a worksheet part, as the part holds it, with the declarations of its enclosing elements that it uses. */
export interface SheetFragment {
  xml: string;
  namespaces: Namespace[];
}

/** An element of a part: its qualified and local name, where it starts, where its start tag ends and where it ends. */
export interface XmlElement {
  name: string;
  local: string;
  start: number;
  openEnd: number;
  end: number;
}

/** The children of CT_Worksheet, in schema order. */
const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
  "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells",
  "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup",
  "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
  "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts",
  "extLst",
];
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const localName = (name: string): string => name.slice(name.indexOf(":") + 1);

/**
 * The child elements of the element whose content spans `from`–`to` of `xml` (a whole part: its root element).
 * Each child's end is found by its own name, so large children (the sheet data) are skipped without reading
 * their tags one by one. Processing instructions, comments and text between the children are passed over.
 *
 * @example childElements('<a><b/><c>x</c></a>', 3, 15).map((e) => e.name) // ["b", "c"]
 */
export function childElements(xml: string, from: number, to: number): XmlElement[] {
  const out: XmlElement[] = [];
  let at = from;
  for (;;) {
    const lt = xml.indexOf("<", at);
    if (lt < 0 || lt >= to || xml[lt + 1] === "/") return out;
    if (xml[lt + 1] === "?" || xml[lt + 1] === "!") {
      const close = xml.startsWith("<!--", lt) ? "-->" : xml.startsWith("<![CDATA[", lt) ? "]]>" : xml[lt + 1] === "?" ? "?>" : ">";
      const closed = xml.indexOf(close, lt + 2);
      if (closed < 0) return out;
      at = closed + close.length;
      continue;
    }
    const gt = xml.indexOf(">", lt);
    if (gt < 0) return out;
    const name = /^<([^\s/>]+)/.exec(xml.slice(lt, gt + 1))?.[1] ?? "";
    if (!name) return out;
    let end = gt + 1;
    if (xml[gt - 1] !== "/") {
      const tag = new RegExp(`<(/?)${escapeRegExp(name)}(?=[\\s/>])`, "g");
      tag.lastIndex = end;
      for (let depth = 1; depth > 0;) {
        const m = tag.exec(xml);
        if (!m) return out;
        const tagEnd = xml.indexOf(">", m.index);
        if (m[1]) depth--;
        else if (xml[tagEnd - 1] !== "/") depth++;
        tag.lastIndex = end = tagEnd + 1;
      }
    }
    out.push({ name, local: localName(name), start: lt, openEnd: gt + 1, end });
    at = end;
  }
}

/** Where the content of an element starts and ends (between its start and end tags; empty if it has none). */
export const contentOf = (xml: string, e: XmlElement): [number, number] =>
  e.openEnd === e.end ? [e.end, e.end] : [e.openEnd, xml.lastIndexOf("</", e.end - 1)];

/** The start tag of an element. */
export const startTag = (xml: string, e: XmlElement): string => xml.slice(e.start, e.openEnd);

/**
 * A part's root element (the first element after the XML declaration), its end taken to be the part's last end
 * tag: found without reading the part through.
 */
function rootOf(xml: string): XmlElement | undefined {
  const start = /<[^?!]/.exec(xml)?.index ?? -1;
  const gt = xml.indexOf(">", start);
  const name = /^<([^\s/>]+)/.exec(xml.slice(start, gt + 1))?.[1];
  if (start < 0 || gt < 0 || !name) return undefined;
  const close = xml.lastIndexOf(`</${name}`);
  const end = xml[gt - 1] === "/" || close < gt ? gt + 1 : xml.indexOf(">", close) + 1;
  return { name, local: localName(name), start, openEnd: gt + 1, end };
}

/** The children of the worksheet root, with the root. */
function worksheet(xml: string): { root: XmlElement; children: XmlElement[] } | undefined {
  const root = rootOf(xml);
  if (!root || root.local !== "worksheet") return undefined;
  return { root, children: childElements(xml, ...contentOf(xml, root)) };
}

/** The worksheet's own elements (the children of a worksheet part's root), none if the part is no worksheet. */
export const worksheetChildren = (xml: string): XmlElement[] => worksheet(xml)?.children ?? [];

/**
 * `xml`, a piece of a worksheet part (a child of its root, or an extension), with the declarations of the part's
 * root of the prefixes it uses (a prefixed main namespace, Excel's `xr` revision ids, `xm` formulas) and whether
 * the root's `mc:Ignorable` listed them.
 *
 * @example fragmentOf('<worksheet xmlns:xr="urn:xr"><sheetData/></worksheet>', '<a xr:uid="1"/>').namespaces
 * // [{ prefix: "xr", uri: "urn:xr", ignorable: false }]
 */
export function fragmentOf(sheetXml: string, xml: string): SheetFragment {
  const root = rootOf(sheetXml);
  const rootTag = root ? startTag(sheetXml, root) : "";
  const ignorable = new Set((/\s[\w.-]+:Ignorable="([^"]*)"/.exec(rootTag)?.[1] ?? "").split(/\s+/));
  const used = new Set([...xml.matchAll(/<\/?([\w.-]+):|\s([\w.-]+):[\w.-]+=/g)].map((u) => u[1] ?? u[2]));
  const namespaces = [...rootTag.matchAll(/\sxmlns:([\w.-]+)="([^"]*)"/g)]
    .filter(([, prefix]) => used.has(prefix))
    .map(([, prefix, uri]) => ({ prefix, uri, ignorable: ignorable.has(prefix) }));
  return { xml, namespaces };
}

/**
 * Whether a fragment refers to other parts of the package (attributes in the relationships namespace, such as
 * `r:id`): it cannot be carried into a package whose relationships are written anew.
 */
export function refersToParts(fragment: SheetFragment): boolean {
  const prefixes = new Set(fragment.namespaces.filter((n) => n.uri === RELATIONSHIPS).map((n) => n.prefix));
  for (const [, prefix] of fragment.xml.matchAll(new RegExp(`\\sxmlns:([\\w.-]+)="${escapeRegExp(RELATIONSHIPS)}"`, "g"))) prefixes.add(prefix);
  return [...prefixes].some((p) => new RegExp(`\\s${escapeRegExp(p)}:[\\w.-]+=`).test(fragment.xml));
}

/** A worksheet part whose root declares `namespaces` (those it lacks; ignorable ones listed as such). */
function declared(sheetXml: string, namespaces: Namespace[]): string {
  const root = rootOf(sheetXml);
  if (!root) return sheetXml;
  let tag = startTag(sheetXml, root);
  for (const ns of namespaces) {
    if (tag.includes(` xmlns:${ns.prefix}=`)) continue;
    tag = tag.replace(/\s*(\/?)>$/, ` xmlns:${ns.prefix}="${ns.uri}"$1>`);
    if (ns.ignorable) tag = tag.replace(/(\s[\w.-]+:Ignorable="[^"]*)"/, `$1 ${ns.prefix}"`);
  }
  return sheetXml.slice(0, root.start) + tag + sheetXml.slice(root.openEnd);
}

/**
 * The worksheet's own element `local` (such as `dataValidations` or `cols`: a child of the root, never one inside
 * the extensions), as a fragment.
 *
 * @example elementOf('<worksheet><sheetData/><dataValidations count="1"><dataValidation sqref="B1"/></dataValidations></worksheet>', "dataValidations")?.xml
 * // '<dataValidations count="1"><dataValidation sqref="B1"/></dataValidations>'
 */
export function elementOf(sheetXml: string, local: string): SheetFragment | undefined {
  const e = worksheet(sheetXml)?.children.find((c) => c.local === local);
  return e && fragmentOf(sheetXml, sheetXml.slice(e.start, e.end));
}

/**
 * A worksheet part with `fragment` in place of its own element `local` (if any), where CT_Worksheet puts it (before
 * the first element that the schema puts after it), its root declaring the namespaces the fragment uses.
 *
 * @example withElement('<worksheet><sheetData/><pageMargins/></worksheet>', "dataValidations", { xml: "<dataValidations/>", namespaces: [] })
 * // "<worksheet><sheetData/><dataValidations/><pageMargins/></worksheet>"
 */
export function withElement(sheetXml: string, local: string, fragment: SheetFragment): string {
  const own = worksheet(sheetXml)?.children.filter((c) => c.local === local) ?? [];
  const xml = own.reduceRight((x, e) => x.slice(0, e.start) + x.slice(e.end), sheetXml);
  const ws = worksheet(xml);
  if (!ws) return sheetXml;
  const rank = WORKSHEET_ORDER.indexOf(local);
  const next = ws.children.find((c) => WORKSHEET_ORDER.indexOf(c.local) > rank);
  const at = next ? next.start : contentOf(xml, ws.root)[1];
  return declared(xml.slice(0, at) + fragment.xml + xml.slice(at), fragment.namespaces);
}

/** An extension of a worksheet (an `<ext>` of its `<extLst>`): its uri, and the element. */
export interface SheetExtension {
  uri: string;
  element: XmlElement;
}

/** The extensions of a worksheet part (the `<ext>` elements of the worksheet's own `<extLst>`), in order. */
export function extensionsOf(sheetXml: string): SheetExtension[] {
  const list = worksheet(sheetXml)?.children.find((c) => c.local === "extLst");
  if (!list) return [];
  return childElements(sheetXml, ...contentOf(sheetXml, list))
    .filter((e) => e.local === "ext")
    .map((element) => ({ uri: /\suri="([^"]*)"/.exec(startTag(sheetXml, element))?.[1] ?? "", element }));
}

/** Extension uris compared as Excel does: GUIDs, in any case. */
export const sameUri = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();

/**
 * A worksheet part with `extensions` added to its extensions, in one `<extLst>` that is the root's last child (as
 * the schema wants it: exceljs writes comments' `<legacyDrawing>` after it). `merge` may combine an extension with
 * one of the same uri that the part has (its result replaces the part's); one it does not merge is added.
 *
 * @example withExtensions('<worksheet><sheetData/></worksheet>', [{ xml: '<ext uri="{A}"/>', namespaces: [] }])
 * // '<worksheet><sheetData/><extLst><ext uri="{A}"/></extLst></worksheet>'
 */
export function withExtensions(
  sheetXml: string,
  extensions: SheetFragment[],
  merge: (own: string, carried: SheetFragment) => string | undefined = () => undefined,
): string {
  const ws = worksheet(sheetXml);
  if (!ws || extensions.length === 0) return sheetXml;
  const list = ws.children.find((c) => c.local === "extLst");
  const own = extensionsOf(sheetXml).map((e) => ({ uri: e.uri, xml: sheetXml.slice(e.element.start, e.element.end) }));
  const added: string[] = [];
  for (const ext of extensions) {
    const uri = /\suri="([^"]*)"/.exec(ext.xml)?.[1] ?? "";
    const same = own.find((o) => sameUri(o.uri, uri));
    const merged = same && merge(same.xml, ext);
    if (same && merged !== undefined) same.xml = merged;
    else added.push(ext.xml);
  }
  const prefix = (list ?? ws.root).name.replace(/[^:]*$/, "");
  const block = `<${prefix}extLst>${[...own.map((o) => o.xml), ...added].join("")}</${prefix}extLst>`;
  const rest = list ? sheetXml.slice(0, list.start) + sheetXml.slice(list.end) : sheetXml;
  const end = rest.lastIndexOf("</");
  return declared(rest.slice(0, end) + block + rest.slice(end), extensions.flatMap((e) => e.namespaces));
}
