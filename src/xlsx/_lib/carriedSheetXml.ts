/* What of a worksheet's XML the write-back carries over itself, because exceljs would lose it, expand it or choke on
   it: the data validations, the extensions exceljs does not write back, and the part as exceljs is to load it. */
import {
  childElements, contentOf, elementOf, extensionsOf, fragmentOf, refersToParts, sameUri, startTag, withElement, withExtensions,
  worksheetChildren, type SheetFragment, type XmlElement,
} from "./sheetXml";

/**
 * Excel 2010's conditional formats (`x14:conditionalFormattings`): the only worksheet extension exceljs reads and
 * writes back, and then only some of the rules that Excel ties by an `x14:id` to a rule of the sheet's own
 * `<conditionalFormatting>` (a data bar's or icon set's settings of Excel 2010). A rule that stands alone there — a
 * condition that refers to another sheet, an icon set of Excel 2010 — it half-reads and then fails to write; and it
 * writes a gradient data bar's own rule with its `x14:id` but not the rule that id points to.
 */
const CONDITIONAL_FORMATS = "{78C0D931-6437-407d-A8EE-F0AAD7539E65}";

/** Extensions that refer to other parts (which exceljs drops), by what they are; any other such is `sheet-extension`. */
const PART_KINDS: [string, "slicer" | "timeline"][] = [
  ["{A8765BA9-456A-4dab-B4F3-ACF838C121DE}", "slicer"], // x14:slicerList
  ["{3A4CF648-6AED-40f4-86FF-DC5316D8AED3}", "slicer"], // x15:slicerList (slicers of tables)
  ["{F7C9EE02-42E1-4005-9D12-6889AFFD525C}", "timeline"], // x15:timelineRefs
];

/**
 * The worksheet's own elements carried over as they were: the data validations (exceljs is told not to load them:
 * it expands them cell by cell), and what exceljs neither reads nor writes and that needs nothing else of the
 * package — errors the user chose to ignore (no green triangles on numbers kept as text), ranges others may edit in
 * a protected sheet, manual page breaks between columns — and the sheet's furigana settings (`phoneticPr`), whose
 * font id the write-back makes the output's.
 */
const ELEMENTS = ["dataValidations", "ignoredErrors", "protectedRanges", "colBreaks", "phoneticPr"];

/** The last column of a sheet (XFD). */
const MAX_COLUMN = 16384;

/** What of one worksheet part is carried over as XML, and what cannot be. */
export interface CarriedSheetXml {
  /** The worksheet's own elements of `ELEMENTS` it has (the data validations, if any validation), by local name. */
  elements: [string, SheetFragment][];
  /**
   * The extensions exceljs does not write back and that need nothing else of the package, as they were: drop-down
   * lists and conditions that refer to other sheets (x14), sparklines, protected ranges, ignored errors, add-in
   * bindings, … — and the conditional formats extension, whose rules are carried where exceljs did not write them.
   */
  extensions: SheetFragment[];
  /** The ids by which the sheet's own conditional formats refer to rules of the conditional formats extension. */
  tied: Set<string>;
  /** The kinds of the extensions that refer to other parts (slicers, timelines): they cannot be carried over. */
  lost: ("slicer" | "timeline" | "sheet-extension" | "header-footer-picture")[];
  /**
   * The part as exceljs is to load it, where that differs: without the conditional formats that stand alone in the
   * extension, and with column definitions past the last column (XFD) cut there — exceljs makes an object for each
   * column it defines.
   */
  forExceljs?: string;
}

const attribute = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** `xml` without `elements` (sorted, of `xml`). */
const without = (xml: string, elements: XmlElement[]): string =>
  elements.reduceRight((x, e) => x.slice(0, e.start) + x.slice(e.end), xml);

/** The ids by which the own conditional formats of a worksheet part (its root's children) refer to Excel 2010 rules. */
function tiedIds(xml: string, own: XmlElement[]): Set<string> {
  return new Set(
    own.filter((e) => e.local === "conditionalFormatting")
      .flatMap((e) => [...xml.slice(e.start, e.end).matchAll(/<([\w.-]+:)?id>\s*([^<\s]+)\s*<\/\1?id>/g)].map((m) => m[2].toUpperCase())),
  );
}

/** The conditional formats `ext` of `xml` holding only the rules whose id is `wanted` (undefined if none is). */
function conditionalFormatsOf(xml: string, ext: XmlElement, wanted: (id: string) => boolean): string | undefined {
  const list = childElements(xml, ...contentOf(xml, ext)).find((e) => e.local === "conditionalFormattings");
  if (!list) return undefined;
  const formats = childElements(xml, ...contentOf(xml, list)).filter((e) => e.local === "conditionalFormatting").flatMap((cf) => {
    const rules = childElements(xml, ...contentOf(xml, cf)).filter((e) => e.local === "cfRule");
    const unwanted = rules.filter((r) => !wanted((attribute(startTag(xml, r), "id") ?? "").toUpperCase()));
    return unwanted.length === rules.length ? [] : [without(xml.slice(0, cf.end), unwanted).slice(cf.start)];
  });
  const [from, to] = contentOf(xml, list);
  return formats.length ? xml.slice(ext.start, from) + formats.join("") + xml.slice(to, ext.end) : undefined;
}

/** The `<cols>` of a part with the column definitions past XFD cut there (undefined if none is). */
function clampedColumns(sheetXml: string, cols: XmlElement): string | undefined {
  let changed = false;
  const xml = sheetXml.slice(cols.start, cols.end).replace(/<([\w.-]+:)?col\b[^>]*?(?:\/>|>\s*<\/\1?col>)/g, (col) => {
    const min = Number(attribute(col, "min"));
    const max = Number(attribute(col, "max"));
    if (!(min > MAX_COLUMN) && !(max > MAX_COLUMN)) return col;
    changed = true;
    return min > MAX_COLUMN ? "" : col.replace(/(\smax=")[^"]*"/, `$1${MAX_COLUMN}"`);
  });
  return changed ? xml : undefined;
}

/**
 * What of a worksheet part the write-back carries over as XML (see `CarriedSheetXml`).
 *
 * @example carriedSheetXml(sheet).extensions.map((e) => e.xml) // ['<ext uri="{CCE6A557-…}" …><x14:dataValidations …', …]
 */
export function carriedSheetXml(sheetXml: string): CarriedSheetXml {
  const own = worksheetChildren(sheetXml);
  const out: CarriedSheetXml = {
    elements: ELEMENTS.flatMap((name): [string, SheetFragment][] => {
      const element = elementOf(sheetXml, name);
      return element && (name !== "dataValidations" || /<([\w.-]+:)?dataValidation\b/.test(element.xml)) ? [[name, element]] : [];
    }),
    extensions: [],
    tied: tiedIds(sheetXml, own),
    lost: [],
  };
  const edits: { element: XmlElement; xml: string }[] = [];
  for (const { uri, element } of extensionsOf(sheetXml)) {
    const fragment = fragmentOf(sheetXml, sheetXml.slice(element.start, element.end));
    if (sameUri(uri, CONDITIONAL_FORMATS)) {
      out.extensions.push(fragment);
      // exceljs is to see only the rules tied to the sheet's own: it fails to write the others
      if (conditionalFormatsOf(sheetXml, element, (id) => !out.tied.has(id))) {
        edits.push({ element, xml: conditionalFormatsOf(sheetXml, element, (id) => out.tied.has(id)) ?? "" });
      }
    } else if (refersToParts(fragment)) {
      out.lost.push(PART_KINDS.find(([u]) => sameUri(u, uri))?.[1] ?? "sheet-extension");
    } else {
      out.extensions.push(fragment);
    }
  }
  // pictures in the page header or footer: exceljs drops the reference to their drawing
  if (own.some((e) => e.local === "legacyDrawingHF" || e.local === "drawingHF")) out.lost.push("header-footer-picture");
  const cols = own.find((e) => e.local === "cols");
  const clamped = cols && clampedColumns(sheetXml, cols);
  if (cols && clamped !== undefined) edits.push({ element: cols, xml: clamped });
  if (edits.length) {
    edits.sort((a, b) => a.element.start - b.element.start);
    out.forExceljs = edits.reduceRight((x, e) => x.slice(0, e.element.start) + e.xml + x.slice(e.element.end), sheetXml);
  }
  return out;
}

/** The declarations of a start tag. */
const declarations = (tag: string): string[] => [...tag.matchAll(/\sxmlns:[\w.-]+="[^"]*"/g)].map((m) => m[0]);

/** The first element of `xml` and its conditional formats list, if it is the conditional formats extension. */
function conditionalFormatsList(xml: string): { ext: XmlElement; list: XmlElement } | undefined {
  const ext = childElements(xml, 0, xml.length)[0];
  if (!ext || !sameUri(attribute(startTag(xml, ext), "uri") ?? "", CONDITIONAL_FORMATS)) return undefined;
  const list = childElements(xml, ...contentOf(xml, ext)).find((e) => e.local === "conditionalFormattings");
  return list && { ext, list };
}

/**
 * The conditional formats extension exceljs wrote with the carried one's formats added to its list. Each carried
 * format declares what its extension and list declared that exceljs's do not (they may use other prefixes).
 */
function mergeConditionalFormats(own: string, carried: SheetFragment): string | undefined {
  const mine = conditionalFormatsList(own);
  const theirs = conditionalFormatsList(carried.xml);
  if (!mine || !theirs || mine.list.openEnd === mine.list.end) return undefined;
  const xml = carried.xml;
  const inScope = new Set([...declarations(startTag(own, mine.ext)), ...declarations(startTag(own, mine.list))]);
  const scope = [...declarations(startTag(xml, theirs.ext)), ...declarations(startTag(xml, theirs.list))].filter((d) => !inScope.has(d));
  const formats = childElements(xml, ...contentOf(xml, theirs.list)).map((cf) => {
    const tag = startTag(xml, cf);
    const add = scope.filter((d) => !tag.includes(`${d.split("=")[0]}=`));
    return tag.replace(/\s*(\/?)>$/, `${add.join("")}$1>`) + xml.slice(cf.openEnd, cf.end);
  });
  const at = contentOf(own, mine.list)[1];
  return own.slice(0, at) + formats.join("") + own.slice(at);
}

/**
 * A worksheet part exceljs wrote with what was carried over from the sheet's part in the input: its own elements
 * (the data validations, …) where the schema puts them, the extensions in its `<extLst>`. Of the conditional formats extension,
 * the rules exceljs did not write are added to the one it wrote (or as the extension, if it wrote none): those
 * that stood alone, and those its own rules still point to.
 */
export function withCarriedSheetXml(sheetXml: string, carried: CarriedSheetXml): string {
  const xml = carried.elements.reduce((x, [name, element]) => withElement(x, name, element), sheetXml);
  const written = extensionsOf(xml).find((e) => sameUri(e.uri, CONDITIONAL_FORMATS));
  const writtenIds = new Set(written ? [...xml.slice(written.element.start, written.element.end).matchAll(/<([\w.-]+:)?cfRule\b[^>]*?\sid="([^"]*)"/g)].map((m) => m[2].toUpperCase()) : []);
  const pointedTo = tiedIds(xml, worksheetChildren(xml));
  const missing = (id: string) => !writtenIds.has(id) && (!carried.tied.has(id) || pointedTo.has(id));
  const extensions = carried.extensions.flatMap((e) => {
    const cf = conditionalFormatsList(e.xml);
    if (!cf) return [e];
    const rules = conditionalFormatsOf(e.xml, cf.ext, missing);
    return rules ? [{ ...e, xml: rules }] : [];
  });
  return withExtensions(xml, extensions, mergeConditionalFormats);
}
