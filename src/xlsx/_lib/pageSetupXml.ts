/* A user sheet's views and print settings as the user left them: exceljs rewrites them (it adds firstPageNumber="1"
   useFirstPageNumber="1" copies="1" to every pageSetup, which switches page numbering from automatic to 1, and
   zoomScale="100" zoomScaleNormal="100" to every sheet view). */
import { elementOf, withElement } from "./sheetXml";

/** The worksheet elements that hold a sheet's views and print settings, in the order CT_Worksheet puts them. */
const PAGE_ELEMENTS = ["sheetViews", "printOptions", "pageMargins", "pageSetup", "headerFooter"];

/**
 * The worksheet part exceljs wrote (`output`) with the views and print settings of the part it was read from
 * (`input`): each of `sheetViews`, `printOptions`, `pageMargins`, `pageSetup` and `headerFooter` as the input had
 * it, or none where the input had none. A `pageSetup`'s link to the printer's own settings (`r:id`, a binary part exceljs does not write back) is
 * left out: Excel then uses the default printer's, as for a sheet that never had any.
 *
 * @example withPageSetupOf(inputXml, outputXml) // outputXml with the input's <pageSetup …/> (no firstPageNumber added)
 */
export function withPageSetupOf(input: string, output: string): string {
  let xml = output;
  for (const local of PAGE_ELEMENTS) {
    const own = elementOf(input, local);
    const fragment = own && local === "pageSetup" ? { ...own, xml: own.xml.replace(/\s[\w]+:id="[^"]*"/, "") } : own;
    xml = withElement(xml, local, fragment ?? { xml: "", namespaces: [] });
  }
  return xml;
}
