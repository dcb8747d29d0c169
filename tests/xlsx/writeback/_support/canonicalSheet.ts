/* A worksheet part as canonical XML, so that two writings of the same sheet compare equal: attributes in name order,
   namespace declarations dropped, shared-string indices replaced by the strings, style indices by what the style is
   (number format, font, fill, border, alignment, protection), entities decoded. A small parser for the XML an
   .xlsx holds (no DTD, no CDATA in sheet parts). */
import type JSZip from "jszip";

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: (XmlNode | string)[];
}

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITY[e] ?? m),
  );

/** Parses an XML document into elements and texts (whitespace-only texts between elements dropped). */
export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: "#document", attrs: {}, children: [] };
  const stack = [root];
  const re = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const top = stack[stack.length - 1];
    if (m[1]) stack.pop();
    else if (m[2]) {
      const attrs: Record<string, string> = {};
      for (const a of m[3].matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]] = decode(a[2] ?? a[3]);
      const node: XmlNode = { name: m[2], attrs, children: [] };
      top.children.push(node);
      if (!m[4]) stack.push(node);
    } else if (m[5] && m[5].trim() !== "") top.children.push(decode(m[5]));
  }
  return root;
}

const elements = (n: XmlNode, name: string) => n.children.filter((c): c is XmlNode => typeof c !== "string" && c.name === name);
const textOf = (n: XmlNode): string => n.children.map((c) => (typeof c === "string" ? c : c.name === "rPh" ? "" : textOf(c))).join("");

/** A canonical text of an element: name, sorted attributes (no xmlns), children in order. */
export function canonical(n: XmlNode | string, indent = ""): string {
  if (typeof n === "string") return `${indent}${JSON.stringify(n)}`;
  const attrs = Object.entries(n.attrs)
    .filter(([k]) => k !== "xmlns" && !k.startsWith("xmlns:") && k !== "mc:Ignorable")
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => ` ${k}=${JSON.stringify(v)}`)
    .join("");
  return [`${indent}<${n.name}${attrs}>`, ...n.children.map((c) => canonical(c, indent + "  "))].join("\n");
}

/** What each style index of styles.xml stands for, as a canonical text. */
function styleTable(stylesXml: string): (i: string) => string {
  const doc = parseXml(stylesXml).children[0] as XmlNode;
  const list = (name: string, child: string) => {
    const holder = elements(doc, name)[0];
    return holder ? elements(holder, child) : [];
  };
  const fonts = list("fonts", "font");
  const fills = list("fills", "fill");
  const borders = list("borders", "border");
  const numFmts = new Map(list("numFmts", "numFmt").map((f) => [f.attrs.numFmtId, f.attrs.formatCode]));
  const xfs = list("cellXfs", "xf");
  return (i) => {
    const xf = xfs[Number(i)];
    if (!xf) return `missing style ${i}`;
    const id = xf.attrs.numFmtId ?? "0";
    const parts = {
      numFmt: numFmts.get(id) ?? `builtin ${id}`,
      font: fonts[Number(xf.attrs.fontId ?? 0)],
      fill: fills[Number(xf.attrs.fillId ?? 0)],
      border: borders[Number(xf.attrs.borderId ?? 0)],
      xf: { ...xf, attrs: Object.fromEntries(Object.entries(xf.attrs).filter(([k]) => !/Id$|^apply/.test(k))) },
    };
    return Object.entries(parts)
      .map(([k, v]) => `${k}: ${typeof v === "string" ? v : v ? canonical(v).replace(/\n\s*/g, " ") : "none"}`)
      .join(" | ");
  };
}

/**
 * The worksheet part `part` of `zip` as canonical XML, with shared strings and styles resolved; `owned` leaves out
 * the elements the add-in owns (its status column's cells, say) and the attributes derived from them (a row's
 * `spans`, the columns it has cells in). An element left empty by that (`<cols>`) is left out too.
 */
export async function canonicalSheet(
  zip: JSZip,
  part: string,
  owned: { node?: (n: XmlNode) => boolean; attributes?: (n: XmlNode) => string[] } = {},
): Promise<string> {
  const drop = owned.node ?? (() => false);
  const read = async (p: string) => (await zip.file(p)?.async("string")) ?? "";
  const sst = parseXml(await read("xl/sharedStrings.xml")).children[0] as XmlNode | undefined;
  const strings = sst ? elements(sst, "si").map(textOf) : [];
  const style = styleTable(await read("xl/styles.xml"));
  const resolve = (n: XmlNode): XmlNode | undefined => {
    if (drop(n)) return undefined;
    const attrs = { ...n.attrs };
    for (const a of owned.attributes?.(n) ?? []) delete attrs[a];
    let children = n.children;
    if ("s" in attrs && ["c", "row", "col"].includes(n.name)) attrs.s = style(attrs.s);
    if (n.name === "c" && attrs.t === "s") {
      const v = elements(n, "v")[0];
      attrs.t = "shared string";
      children = [{ name: "v", attrs: {}, children: [strings[Number(v ? textOf(v) : -1)] ?? "missing string"] }];
    }
    const kept: (XmlNode | string)[] = [];
    for (const c of children) {
      const r = typeof c === "string" ? c : resolve(c);
      if (r !== undefined) kept.push(r);
    }
    if (n.children.length > 0 && kept.length === 0 && n.name === "cols") return undefined;
    return { name: n.name, attrs, children: kept };
  };
  const ws = parseXml(await read(part)).children[0] as XmlNode;
  return canonical(resolve(ws)!);
}

/** Each sheet's part, by sheet name (from workbook.xml and its rels). */
export async function sheetPartsOf(zip: JSZip): Promise<Map<string, string>> {
  const wb = parseXml((await zip.file("xl/workbook.xml")!.async("string")));
  const rels = parseXml((await zip.file("xl/_rels/workbook.xml.rels")!.async("string")));
  const target = new Map((rels.children[0] as XmlNode).children.filter((c): c is XmlNode => typeof c !== "string").map((r) => [r.attrs.Id, r.attrs.Target]));
  const sheets = elements(elements(wb.children[0] as XmlNode, "sheets")[0], "sheet");
  return new Map(sheets.map((s) => [s.attrs.name, `xl/${target.get(s.attrs["r:id"])!.replace(/^\/?xl\//, "")}`]));
}
