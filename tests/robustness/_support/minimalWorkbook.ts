/**
 * The smallest package exceljs reads as a workbook, with the worksheets' XML given as text, so that a test can put
 * into a sheet what no spreadsheet program writes (a million empty cells, a merge over the whole grid, …).
 */
import { writeZip, type ZipPart } from "./zip";

/** One worksheet: its name and what goes inside `<worksheet>` (`<sheetData>…</sheetData>` and the like). */
export interface SheetXml {
  name: string;
  body: string | ZipPart;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** `&`, `<`, `>`, `"` and `'` escaped for an XML attribute. */
export const xmlEscape = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/** `&`, `<` and `>` escaped for XML text. */
export const xmlText = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The XML of a worksheet part around `body`. */
export const worksheetXml = (body: string): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${NS}>${body}</worksheet>`;

/**
 * A workbook of the given sheets; `workbookExtra` goes into `xl/workbook.xml` after `<sheets>` (defined names),
 * `sharedStrings` become `xl/sharedStrings.xml`, `parts` are added as they are.
 */
export function minimalWorkbook(
  sheets: SheetXml[],
  opts: { workbookExtra?: string; parts?: ZipPart[]; sharedStrings?: string[] } = {},
): Uint8Array {
  const sst = opts.sharedStrings;
  const sheetParts: ZipPart[] = sheets.map((s, i) =>
    typeof s.body === "string" ? { name: `xl/worksheets/sheet${i + 1}.xml`, data: worksheetXml(s.body) } : { ...s.body, name: `xl/worksheets/sheet${i + 1}.xml` },
  );
  return writeZip([
    {
      name: "[Content_Types].xml",
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
        (sst ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : "") +
        "</Types>",
    },
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook ${NS}><sheets>` +
        sheets.map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
        `</sheets>${opts.workbookExtra ?? ""}</workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
        (sst ? `<Relationship Id="rIdSst" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : "") +
        "</Relationships>",
    },
    ...(sst
      ? [
          {
            name: "xl/sharedStrings.xml",
            data:
              `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${sst.length}" uniqueCount="${sst.length}">` +
              sst.map((t) => `<si><t xml:space="preserve">${xmlText(t)}</t></si>`).join("") +
              "</sst>",
          },
        ]
      : []),
    ...sheetParts,
    ...(opts.parts ?? []),
  ]);
}
