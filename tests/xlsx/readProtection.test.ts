import JSZip from "jszip";
import { withWorkbookProtection } from "../../src/xlsx/_lib/withWorkbookProtection";
import { readProtection } from "../../src/xlsx/readProtection";

/** A package of two sheets as Excel (or another writer, with a namespace prefix) lays it out. */
async function packageOf(workbookXml: string, sheetXml: readonly [string, string]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("xl/workbook.xml", workbookXml);
  zip.file(
    "xl/_rels/workbook.xml.rels",
    '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>',
  );
  zip.file("xl/worksheets/sheet1.xml", sheetXml[0]);
  zip.file("xl/worksheets/sheet2.xml", sheetXml[1]);
  return zip.generateAsync({ type: "uint8array" });
}

const SHEETS = '<sheets><sheet name="2023年度" sheetId="1" r:id="rId1"/><sheet name="2024年度" sheetId="2" r:id="rId2"/></sheets>';

describe("readProtection: what an .xlsx protects, from its XML", () => {
  it.each([
    ["nothing", "<workbook>" + SHEETS + "</workbook>", ["<worksheet><sheetData/></worksheet>", "<worksheet><sheetData/></worksheet>"], false, []],
    ["the structure and one sheet, as Excel writes them", '<workbook><workbookPr/><workbookProtection workbookAlgorithmName="SHA-512" lockStructure="1"/>' + SHEETS + "</workbook>", ['<worksheet><sheetData/><sheetProtection sheet="1" objects="1"/></worksheet>', "<worksheet><sheetData/></worksheet>"], true, ["2023年度"]],
    ["the elements with a namespace prefix, the flags as true", '<workbook><x:workbookProtection lockStructure="true"/>' + SHEETS + "</workbook>", ["<worksheet/>", '<worksheet><x:sheetProtection sheet="true"/></worksheet>'], true, ["2024年度"]],
    ["a protection that locks nothing (windows only, sheet off)", '<workbook><workbookProtection lockWindows="1"/>' + SHEETS + "</workbook>", ['<worksheet><sheetProtection sheet="0"/></worksheet>', "<worksheet/>"], false, []],
  ])("%s", async (_, workbookXml, sheetXml, structure, sheets) => {
    expect(await readProtection(await packageOf(workbookXml, sheetXml as [string, string]))).toEqual({ structure, sheets });
  });

  it("anything that is not a package protects nothing", async () => {
    expect(await readProtection(new TextEncoder().encode("年度,No\n"))).toEqual({ structure: false, sheets: [] });
  });
});

describe("withWorkbookProtection: the written workbook part keeps the input's protection", () => {
  it.each([
    ["before bookViews", '<workbook><workbookPr/><bookViews/><sheets/></workbook>', '<workbook><workbookPr/><workbookProtection lockStructure="1"/><bookViews/><sheets/></workbook>'],
    ["before sheets when there is no bookViews", "<workbook><sheets/></workbook>", '<workbook><workbookProtection lockStructure="1"/><sheets/></workbook>'],
  ])("%s", (_, out, expected) => {
    expect(withWorkbookProtection(out, '<x:workbook><x:workbookProtection lockStructure="1"/></x:workbook>')).toBe(expected);
  });

  it("leaves a part as it is when the input has none, or the part has one", () => {
    expect(withWorkbookProtection("<workbook><sheets/></workbook>", "<workbook/>")).toBe("<workbook><sheets/></workbook>");
    const kept = '<workbook><workbookProtection lockStructure="1"/><sheets/></workbook>';
    expect(withWorkbookProtection(kept, '<workbook><workbookProtection lockWindows="1"/></workbook>')).toBe(kept);
  });
});
