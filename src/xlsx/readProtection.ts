import JSZip from "jszip";
import { text } from "./_lib/packageParts";
import { sheetParts } from "./_lib/carriedSheets";
import { sniffContainer } from "./_lib/sniffContainer";

/** What of an `.xlsx` file is protected, as Excel's Review tab sets it. */
export interface XlsxProtection {
  /** Protect Workbook: `<workbookProtection lockStructure="1">` in `xl/workbook.xml` (sheets cannot be added or renamed). */
  structure: boolean;
  /** Protect Sheet: the sheets whose part has `<sheetProtection sheet="1">`, in workbook order. */
  sheets: string[];
}

/** An XML boolean attribute of an element's attribute text set to true (`1` or `true`). */
const isSet = (attributes: string, name: string): boolean => new RegExp(`\\b${name}="(?:1|true)"`).test(attributes);

/** The attribute text of the first element of that local name (any prefix), undefined when there is none. */
const attributesOf = (xml: string, local: string): string | undefined => new RegExp(`<(?:\\w+:)?${local}\\b([^>]*)>`).exec(xml)?.[1];

/**
 * The protection of an `.xlsx` file (bytes, or the package already opened): whether its structure is locked and which
 * sheets are, read from the XML as Excel writes it (exceljs does not read workbook protection at all). The preview
 * leaves protected sheets out of the write as Excel would refuse them, and the file writer does the same. Anything
 * that is not a zip is protected nowhere.
 *
 * @example await readProtection(bytes) // { structure: true, sheets: ["2022年度"] }
 */
export async function readProtection(input: Uint8Array | JSZip): Promise<XlsxProtection> {
  if (input instanceof Uint8Array && sniffContainer(input) !== "zip") return { structure: false, sheets: [] };
  try {
    const zip = input instanceof Uint8Array ? await JSZip.loadAsync(input) : input;
    const book = attributesOf(await text(zip, "xl/workbook.xml"), "workbookProtection");
    const sheets: string[] = [];
    for (const [name, part] of await sheetParts(zip)) {
      const attributes = attributesOf(await text(zip, part), "sheetProtection");
      if (attributes !== undefined && isSet(attributes, "sheet")) sheets.push(name);
    }
    return { structure: book !== undefined && isSet(book, "lockStructure"), sheets };
  } catch {
    return { structure: false, sheets: [] };
  }
}
