import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import type { CheckResult } from "../../../src/core/CheckResult";
import { checkSheet } from "../../../src/core/checkSheet";
import { InputError } from "../../../src/core/InputError";
import { readXlsx } from "../../../src/xlsx/readXlsx";
import { WorkbookWriteError, writeCheckedWorkbook } from "../../../src/xlsx/writeCheckedWorkbook";
import {
  CROSS_SHEET_CONDITION, CROSS_SHEET_LIST, FUTURE, GRADIENT_BAR_X14, SPARKLINES, XR, sheetExtensions, sheetPart, withExcelExtensions,
} from "./_support/excelExtensions";
import { expectUserContentKept, ownedIn } from "./_support/expectKept";
import { kpiWorkbook, type WorkbookSpec } from "./_support/kpiWorkbook";
import { definedNameFacts, workbookFacts } from "./_support/workbookFacts";
import { xmllintErrors } from "./_support/xmllint";
import { writebackLabels } from "../../../src/i18n/writeback";

jest.setTimeout(60_000);

const OPTIONS = { labels: writebackLabels("ja"), findingsSheet: true } as const;

const SPECS: { name: string; spec: WorkbookSpec }[] = [
  { name: "a plain KPI sheet", spec: {} },
  { name: "a KPI Excel Table", spec: { asTable: true } },
  { name: "a sheet full of the user's things", spec: { decorations: true } },
  { name: "a user sheet 開示用 and a user column 達成状況", spec: { userDisclosureSheet: true, userStatusColumn: true } },
  { name: "all of it at once", spec: { asTable: true, decorations: true, userDisclosureSheet: true, userStatusColumn: true } },
];

describe("writeCheckedWorkbook: nothing the user wrote is lost", () => {
  it.each(SPECS)("in $name", async ({ spec }) => {
    const { bytes, result } = await kpiWorkbook(spec);
    const out = await writeCheckedWorkbook(bytes, result, OPTIONS);
    expectUserContentKept(await workbookFacts(bytes), await workbookFacts(out));
  });

  it.each(SPECS)("and running again on the output gives the same workbook, in $name", async ({ spec }) => {
    const { bytes, result } = await kpiWorkbook(spec);
    const once = await writeCheckedWorkbook(bytes, result, OPTIONS);
    const twice = await writeCheckedWorkbook(once, result, OPTIONS);
    expect(await workbookFacts(twice)).toEqual(await workbookFacts(once));
  });
});

describe("writeCheckedWorkbook: what the add-in writes", () => {
  it("adds the status column, the disclosure sheet and the findings sheet, marked by hidden names", async () => {
    const { bytes, result } = await kpiWorkbook({ asTable: true });
    const facts = await workbookFacts(await writeCheckedWorkbook(bytes, result, OPTIONS));
    expect(facts.sheets.map((s) => s.name)).toEqual(["KPI", "開示用", "指摘一覧"]);
    const kpi = facts.sheets[0];
    expect(kpi.cells.I1.value).toBe("達成状況");
    expect(kpi.cells.I2.value).toBe("! 結果未入力");
    expect(kpi.cells.I8.value).toBe("◯ 達成"); // 2023 No 1
    expect(kpi.tables[0]).toMatchObject({ name: "KpiTable", ref: "A1:I25", columns: expect.arrayContaining(["達成状況"]) });
    const markers = facts.names.filter((n) => n.name.startsWith("KpiCheck_"));
    expect(markers.map((n) => [n.name, n.text, n.hidden])).toEqual([
      ["KpiCheck_Status", "KPI!$I$1:$I$25", true],
      ["KpiCheck_Disclosure", "'開示用'!$A$1", true],
      ["KpiCheck_Findings", "'指摘一覧'!$A$1", true],
    ]);
  });

  it("leaves a user sheet 開示用 and a user column 達成状況 alone and picks other names", async () => {
    const { bytes, result } = await kpiWorkbook({ userDisclosureSheet: true, userStatusColumn: true });
    const once = await writeCheckedWorkbook(bytes, result, OPTIONS);
    const twice = await workbookFacts(await writeCheckedWorkbook(once, result, OPTIONS));
    expect(twice.sheets.map((s) => s.name)).toEqual(["KPI", "開示用", "開示用 (2)", "指摘一覧"]);
    expect(twice.sheets[1].cells.A1.value).toBe("ユーザーの開示用メモ");
    expect(twice.sheets[0].cells.I1.value).toBe("達成状況");
    expect(twice.sheets[0].cells.I2.value).toBe("達成");
    expect(twice.sheets[0].cells.J1.value).toBe("達成状況 (2)");
    expect(ownedIn(twice).sheets).toEqual(new Set(["開示用 (2)", "指摘一覧"]));
  });

  it("keeps the user's defined names exactly, also those exceljs cannot model", async () => {
    const { bytes, result } = await kpiWorkbook({ decorations: true });
    const names = await definedNameFacts(await writeCheckedWorkbook(bytes, result, OPTIONS));
    expect(names).toEqual(expect.arrayContaining([
      { name: "税率", hidden: false, text: "0.1" },
      { name: "件数合計", hidden: false, text: "SUM(KPI!$B$2:$B$5)*税率" },
      { name: "ローカル", localSheetId: "1", hidden: false, text: "'集計'!$A$1" },
      { name: "隠し", hidden: true, text: "KPI!$C$2" },
    ]));
  });
});

/** A workbook with extra package parts (path → content), as Excel would have them. */
async function withParts(parts: Record<string, string>, edit?: (zip: JSZip) => Promise<void>) {
  const { bytes, result } = await kpiWorkbook();
  const zip = await JSZip.loadAsync(bytes);
  for (const [path, content] of Object.entries(parts)) zip.file(path, content);
  if (edit) await edit(zip);
  return { bytes: await zip.generateAsync({ type: "uint8array" }), result };
}

describe("writeCheckedWorkbook: refuses rather than silently losing what exceljs cannot keep", () => {
  const DRAWING = '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:twoCellAnchor>';
  it.each([
    { kind: "chart", path: "xl/charts/chart1.xml", content: "<c:chartSpace/>" },
    { kind: "pivot-table", path: "xl/pivotTables/pivotTable1.xml", content: "<pivotTableDefinition/>" },
    { kind: "pivot-table", path: "xl/pivotCache/pivotCacheDefinition1.xml", content: "<pivotCacheDefinition/>" },
    { kind: "vba-project", path: "xl/vbaProject.bin", content: "binary" },
    { kind: "slicer", path: "xl/slicers/slicer1.xml", content: "<slicers/>" },
    { kind: "timeline", path: "xl/timelines/timeline1.xml", content: "<timelines/>" },
    { kind: "external-link", path: "xl/externalLinks/externalLink1.xml", content: "<externalLink/>" },
    { kind: "drawing-shape", path: "xl/drawings/drawing1.xml", content: `${DRAWING}<xdr:graphicFrame macro=""/></xdr:twoCellAnchor></xdr:wsDr>` },
    { kind: "drawing-shape", path: "xl/drawings/drawing1.xml", content: `${DRAWING}<xdr:sp macro=""/></xdr:twoCellAnchor></xdr:wsDr>` },
    { kind: "form-control", path: "xl/ctrlProps/ctrlProp1.xml", content: "<formControlPr/>" },
    { kind: "embedded-object", path: "xl/embeddings/oleObject1.bin", content: "binary" },
    { kind: "threaded-comment", path: "xl/threadedComments/threadedComment1.xml", content: "<ThreadedComments/>" },
    { kind: "data-connection", path: "xl/connections.xml", content: "<connections/>" },
    { kind: "data-model", path: "xl/model/item.data", content: "binary" },
    { kind: "other", path: "xl/unknownFeature/part1.xml", content: "<x/>" },
  ])("$kind ($path)", async ({ kind, path, content }) => {
    const { bytes, result } = await withParts({ [path]: content });
    const error = await writeCheckedWorkbook(bytes, result, OPTIONS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect((error as WorkbookWriteError).parts).toEqual([{ kind, path }]);
  });

  it.each([
    { kind: "slicer", uri: "{A8765BA9-456A-4dab-B4F3-ACF838C121DE}", content: '<x14:slicerList><x14:slicer r:id="rId9"/></x14:slicerList>' },
    { kind: "slicer", uri: "{3A4CF648-6AED-40f4-86FF-DC5316D8AED3}", content: '<x14:slicerList xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x14:slicer r:id="rId9"/></x14:slicerList>' },
    { kind: "timeline", uri: "{F7C9EE02-42E1-4005-9D12-6889AFFD525C}", content: '<x15:timelineRefs xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:timelineRef r:id="rId9"/></x15:timelineRefs>' },
    { kind: "sheet-extension", uri: "{C0FFEE00-0000-4000-8000-000000000002}", content: '<x99:thing xmlns:x99="urn:example:future" r:id="rId9"/>' },
  ])("a sheet extension that refers to another part: $kind ($uri)", async ({ kind, uri, content }) => {
    const { bytes, result } = await withParts({}, async (zip) => {
      const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
      const ext = `<extLst><ext uri="${uri}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">${content}</ext></extLst>`;
      zip.file("xl/worksheets/sheet1.xml", xml.replace("</worksheet>", `${ext}</worksheet>`));
    });
    const error = (await writeCheckedWorkbook(bytes, result, OPTIONS).catch((e: unknown) => e)) as WorkbookWriteError;
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect(error.parts).toEqual([{ kind, path: "xl/worksheets/sheet1.xml" }]);
  });

  it("a picture in the page header or footer (header-footer-picture)", async () => {
    const { bytes, result } = await withParts({}, async (zip) => {
      const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
      zip.file("xl/worksheets/sheet1.xml", xml.replace("</worksheet>", '<legacyDrawingHF r:id="rId9"/></worksheet>'));
    });
    const error = (await writeCheckedWorkbook(bytes, result, OPTIONS).catch((e: unknown) => e)) as WorkbookWriteError;
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect(error.parts).toEqual([{ kind: "header-footer-picture", path: "xl/worksheets/sheet1.xml" }]);
  });

  it("but keeps a drawing that only holds pictures", async () => {
    const pic = '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:oneCellAnchor><xdr:pic/></xdr:oneCellAnchor></xdr:wsDr>';
    const { bytes, result } = await withParts({ "xl/drawings/drawing1.xml": pic });
    await expect(writeCheckedWorkbook(bytes, result, OPTIONS)).resolves.toBeInstanceOf(Uint8Array);
  });
});

describe("writeCheckedWorkbook: carries over parts that need nothing in the sheets", () => {
  it("custom document properties (e.g. a sensitivity label) and custom XML", async () => {
    const custom = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_Test_Enabled"><vt:lpwstr>true</vt:lpwstr></property></Properties>';
    const item = '<?xml version="1.0"?><root>metadata</root>';
    const props = '<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{1}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>';
    const { bytes, result } = await withParts(
      {
        "docProps/custom.xml": custom,
        "customXml/item1.xml": item,
        "customXml/itemProps1.xml": props,
        "customXml/_rels/item1.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>',
      },
      async (zip) => {
        const add = async (path: string, rel: string) => {
          const xml = await zip.file(path)!.async("string");
          zip.file(path, xml.replace("</Relationships>", `${rel}</Relationships>`));
        };
        await add("_rels/.rels", '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>');
        await add("xl/_rels/workbook.xml.rels", '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/>');
        const types = await zip.file("[Content_Types].xml")!.async("string");
        zip.file("[Content_Types].xml", types.replace("</Types>",
          '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/><Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>'));
      },
    );
    const out = await JSZip.loadAsync(await writeCheckedWorkbook(bytes, result, OPTIONS));
    expect(await out.file("docProps/custom.xml")?.async("string")).toBe(custom);
    expect(await out.file("customXml/item1.xml")?.async("string")).toBe(item);
    expect(await out.file("customXml/itemProps1.xml")?.async("string")).toBe(props);
    expect(await out.file("_rels/.rels")!.async("string")).toMatch(/custom-properties" Target="docProps\/custom.xml"/);
    expect(await out.file("xl/_rels/workbook.xml.rels")!.async("string")).toMatch(/customXml" Target="..\/customXml\/item1.xml"/);
    expect(await out.file("[Content_Types].xml")!.async("string")).toMatch(/PartName="\/docProps\/custom.xml"/);
    const again = new ExcelJS.Workbook();
    await again.xlsx.load((await out.generateAsync({ type: "uint8array" })) as unknown as ExcelJS.Buffer);
    expect(again.worksheets.map((w) => w.name)).toEqual(["KPI", "開示用", "指摘一覧"]);
  });
});

/** A sheet's part in a package, found by name. */
const sheetXml = async (zip: JSZip, name: string): Promise<string> => zip.file(await sheetPart(zip, name))!.async("string");

const validationsIn = (sheet: string): string | undefined => /<dataValidations\b[\s\S]*?<\/dataValidations>/.exec(sheet)?.[0];

/**
 * The KPI workbook with the user's things, a drop-down list and a number check on the KPI sheet and on 集計, and
 * the two sheets' parts swapped (KPI in sheet2.xml), as Excel may number them and exceljs never does.
 */
async function withValidations(): Promise<{ bytes: Uint8Array; result: CheckResult }> {
  const { bytes, result } = await kpiWorkbook({ decorations: true }); // B2:B25 of KPI: whole numbers > 0
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  wb.getWorksheet("KPI")!.getCell("E5").dataValidation = { type: "list", allowBlank: true, formulae: ['"全社,営業部,代理店"'] };
  const summary = wb.getWorksheet("集計")!;
  summary.getCell("B5").dataValidation = { type: "whole", operator: "between", formulae: [1, 100], showErrorMessage: true, errorTitle: "件数", error: "1〜100" };
  summary.getCell("C5").dataValidation = { type: "list", allowBlank: true, formulae: ["KPI!$C$2:$C$25"] };
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const part = (path: string) => zip.file(path)!.async("uint8array");
  const [kpi, other, kpiRels] = await Promise.all(["sheet1.xml", "sheet2.xml", "_rels/sheet1.xml.rels"].map((p) => part(`xl/worksheets/${p}`)));
  zip.file("xl/worksheets/sheet1.xml", other).file("xl/worksheets/sheet2.xml", kpi);
  zip.remove("xl/worksheets/_rels/sheet1.xml.rels").file("xl/worksheets/_rels/sheet2.xml.rels", kpiRels);
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file("xl/_rels/workbook.xml.rels", rels.replace(/sheet([12])\.xml/g, (_, n: string) => `sheet${3 - Number(n)}.xml`));
  return { bytes: await zip.generateAsync({ type: "uint8array" }), result };
}

describe("writeCheckedWorkbook: data validations (not loaded by exceljs, carried over as XML)", () => {
  it("keeps each sheet's validations as they were, where the schema puts them, and gives the add-in's sheets none", async () => {
    const { bytes, result } = await withValidations();
    const out = await writeCheckedWorkbook(bytes, result, OPTIONS);
    const [zipIn, zipOut] = await Promise.all([JSZip.loadAsync(bytes), JSZip.loadAsync(out)]);
    expect(await zipIn.file("xl/worksheets/sheet2.xml")!.async("string")).toBe(await sheetXml(zipIn, "KPI"));
    for (const name of ["KPI", "集計"]) {
      const before = validationsIn(await sheetXml(zipIn, name));
      expect(before).toMatch(/<formula1>/);
      expect(validationsIn(await sheetXml(zipOut, name))).toBe(before);
    }
    for (const name of ["開示用", "指摘一覧"]) expect(await sheetXml(zipOut, name)).not.toContain("dataValidation");
    // CT_Worksheet: merges and conditional formats before the validations, hyperlinks and page margins after them
    const kpi = await sheetXml(zipOut, "KPI");
    const order = ["</sheetData>", "</mergeCells>", "</conditionalFormatting>", "<dataValidations ", "<hyperlinks>", "<pageMargins "].map((t) => kpi.indexOf(t));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const summary = await sheetXml(zipOut, "集計");
    expect(summary.indexOf("</sheetData>")).toBeLessThan(summary.indexOf("<dataValidations "));
    expect(summary.indexOf("<dataValidations ")).toBeLessThan(summary.indexOf("<pageMargins "));

    const [wbIn, wbOut] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await wbIn.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    await wbOut.xlsx.load(out as unknown as ExcelJS.Buffer);
    for (const [sheet, cell] of [["KPI", "B5"], ["KPI", "E5"], ["集計", "B5"], ["集計", "C5"]]) {
      const validation = wbIn.getWorksheet(sheet)!.getCell(cell).dataValidation;
      expect(validation?.formulae?.[0]).toBeDefined();
      expect(wbOut.getWorksheet(sheet)!.getCell(cell).dataValidation).toEqual(validation);
    }
    expectUserContentKept(await workbookFacts(bytes), await workbookFacts(out));
  });

  it("declares the namespaces of Excel's revision ids (xr:uid) on the validations, ignorable as they were", async () => {
    const { bytes, result } = await withParts({}, async (zip) => {
      const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
      zip.file("xl/worksheets/sheet1.xml", xml
        .replace('mc:Ignorable="x14ac"', `mc:Ignorable="x14ac xr" xmlns:xr="${XR}"`)
        .replace("</sheetData>", '</sheetData><dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="E2:E25" xr:uid="{0D5C8A2E-7F1B-4C3A-9E6D-2B4F8A1C3E5D}"><formula1>"全社,営業部"</formula1></dataValidation></dataValidations>'));
    });
    const kpi = await sheetXml(await JSZip.loadAsync(await writeCheckedWorkbook(bytes, result, OPTIONS)), "KPI");
    expect(validationsIn(kpi)).toContain('xr:uid="{0D5C8A2E-7F1B-4C3A-9E6D-2B4F8A1C3E5D}"');
    const root = /<worksheet\b[^>]*>/.exec(kpi)![0];
    expect(root).toContain(`xmlns:xr="${XR}"`);
    expect(/mc:Ignorable="([^"]*)"/.exec(root)![1].split(" ")).toEqual(["x14ac", "xr"]);
  });
});

/** The uris of a worksheet part's own extensions, in order. */
const uris = (sheet: string): string[] => [...(sheetExtensions(sheet) ?? "").matchAll(/<ext uri="([^"]*)"/g)].map((m) => m[1]);
/** The ids of the conditional formats a worksheet part's own rules tie to the extension (`x14:id`), and the extension's rule ids. */
function tiedRules(sheet: string): { tied: string[]; inExtension: string[] } {
  const own = sheet.slice(0, sheet.lastIndexOf("<extLst>"));
  return {
    tied: [...own.matchAll(/<x14:id>([^<]*)<\/x14:id>/g)].map((m) => m[1]),
    inExtension: [...(sheetExtensions(sheet) ?? "").matchAll(/<x14:cfRule\b[^>]*\sid="([^"]*)"/g)].map((m) => m[1]),
  };
}

describe("writeCheckedWorkbook: what of a sheet exceljs does not write back (carried over as XML)", () => {
  const CONDITIONAL_FORMATS = "{78C0D931-6437-407d-A8EE-F0AAD7539E65}";
  const VALIDATIONS = "{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}";

  it("keeps cross-sheet lists and conditions, data bar settings, sparklines and later extensions as Excel wrote them", async () => {
    const { bytes: plain, result } = await kpiWorkbook({ decorations: true });
    const bytes = await withExcelExtensions(plain);
    const out = await writeCheckedWorkbook(bytes, result, OPTIONS);
    const zip = await JSZip.loadAsync(out);

    const kpi = await sheetXml(zip, "KPI");
    // one extension per uri: exceljs's conditional formats with the rules it did not write added to them
    expect(uris(kpi)).toEqual([CONDITIONAL_FORMATS, VALIDATIONS]);
    for (const xml of [CROSS_SHEET_LIST, CROSS_SHEET_CONDITION, GRADIENT_BAR_X14]) expect(sheetExtensions(kpi)).toContain(xml);
    // every rule of the sheet tied to the extension is there: exceljs's solid bar (a new id), the gradient bar's (as it was)
    const { tied, inExtension } = tiedRules(kpi);
    expect(tied).toHaveLength(2);
    expect(inExtension).toEqual(expect.arrayContaining(tied));
    expect(inExtension).toHaveLength(3);
    // the extension list is the sheet's last element (exceljs writes the notes' legacyDrawing after its own)
    expect(kpi).toMatch(/<legacyDrawing [^>]*\/><extLst>(?:(?!<extLst>)[\s\S])*<\/extLst><\/worksheet>$/);
    expect(/<worksheet\b[^>]*>/.exec(kpi)![0]).toContain(`xmlns:xr="${XR}"`);

    const summary = await sheetXml(zip, "集計");
    expect(sheetExtensions(summary)).toBe(`<extLst>${SPARKLINES}${FUTURE}</extLst>`);
    expect(/<worksheet\b[^>]*>/.exec(summary)![0]).toContain('xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"');
    for (const name of ["開示用", "指摘一覧"]) expect(await sheetXml(zip, name)).not.toContain("<extLst>");

    expect(await xmllintErrors(out)).toBe("");
    expectUserContentKept(await workbookFacts(bytes), await workbookFacts(out)); // exceljs opens it, the same
  });

  it("keeps the sheet's own elements exceljs neither reads nor writes: ignored errors, protected ranges, column page breaks", async () => {
    const ELEMENTS = [
      '<protectedRanges><protectedRange sqref="G2:G25" name="結果欄"/></protectedRanges>',
      '<colBreaks count="1" manualBreakCount="1"><brk id="4" max="1048575" man="1"/></colBreaks>',
      '<ignoredErrors><ignoredError sqref="A2:A25" numberStoredAsText="1"/></ignoredErrors>',
    ];
    const { bytes, result } = await withParts({}, async (zip) => {
      const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
      zip.file("xl/worksheets/sheet1.xml", xml.replace("</sheetData>", `</sheetData>${ELEMENTS[0]}`).replace("</worksheet>", `${ELEMENTS[1]}${ELEMENTS[2]}</worksheet>`));
    });
    const out = await writeCheckedWorkbook(bytes, result, OPTIONS);
    const kpi = await sheetXml(await JSZip.loadAsync(out), "KPI");
    const order = ["</sheetData>", ELEMENTS[0], "<pageMargins ", ELEMENTS[1], ELEMENTS[2]].map((t) => kpi.indexOf(t));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(await xmllintErrors(out)).toBe("");
  });

  it("and running again on the output keeps them once, as they were", async () => {
    const { bytes: plain, result } = await kpiWorkbook({ decorations: true });
    const once = await writeCheckedWorkbook(await withExcelExtensions(plain), result, OPTIONS);
    const twice = await JSZip.loadAsync(await writeCheckedWorkbook(once, result, OPTIONS));
    const kpi = await sheetXml(twice, "KPI");
    expect(uris(kpi)).toEqual([CONDITIONAL_FORMATS, VALIDATIONS]);
    for (const xml of [CROSS_SHEET_LIST, CROSS_SHEET_CONDITION, GRADIENT_BAR_X14]) expect(sheetExtensions(kpi)!.split(xml)).toHaveLength(2);
    const { tied, inExtension } = tiedRules(kpi);
    expect([tied.length, inExtension.length]).toEqual([2, 3]);
    expect(inExtension).toEqual(expect.arrayContaining(tied));
    expect(sheetExtensions(await sheetXml(twice, "集計"))).toBe(`<extLst>${SPARKLINES}${FUTURE}</extLst>`);
  });
});

/**
 * The KPI workbook with the user's things and column definitions on KPI and on 集計: widths, a hidden column, a
 * grouped (outline) one, a column format; and, on KPI, a definition past the last column (XFD) and one beyond it.
 */
async function withColumns(): Promise<{ bytes: Uint8Array; result: CheckResult }> {
  const { bytes, result } = await kpiWorkbook({ decorations: true });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const kpi = wb.getWorksheet("KPI")!;
  kpi.getColumn(2).hidden = true;
  kpi.getColumn(4).outlineLevel = 1;
  kpi.getColumn(11).width = 40;
  const summary = wb.getWorksheet("集計")!;
  summary.getColumn(1).width = 30;
  summary.getColumn(3).hidden = true;
  summary.getColumn(4).numFmt = "0.0%";
  summary.getColumn(5).width = 3.5;
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const part = await sheetPart(zip, "KPI");
  const xml = await zip.file(part)!.async("string");
  zip.file(part, xml.replace("</cols>", '<col min="12" max="20000" width="6" customWidth="1"/><col min="20001" max="20002" width="9" customWidth="1"/></cols>'));
  return { bytes: await zip.generateAsync({ type: "uint8array" }), result };
}

/** What exceljs reads of each column of a sheet: width, hidden, outline level, format. */
async function columnFacts(bytes: Uint8Array, sheet: string): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(sheet)!;
  return Array.from({ length: Math.min(ws.columnCount, 16384) }, (_, i) => {
    const { width, hidden, outlineLevel, style } = ws.getColumn(i + 1);
    return { col: i + 1, width, hidden, outlineLevel, style: JSON.parse(JSON.stringify(style ?? {})) as unknown };
  });
}

describe("writeCheckedWorkbook: column definitions", () => {
  it("keeps the user's widths, hidden and grouped columns and column formats; the status column gets its width", async () => {
    const { bytes, result } = await withColumns();
    const out = await writeCheckedWorkbook(bytes, result, OPTIONS);
    const [kpiBefore, kpiAfter] = await Promise.all([columnFacts(bytes, "KPI"), columnFacts(out, "KPI")]);
    expect(kpiAfter[8]).toMatchObject({ col: 9, width: 15, hidden: false }); // I: 達成状況, as the plan says
    expect(kpiAfter.filter((_, i) => i !== 8)).toEqual(kpiBefore.filter((_, i) => i !== 8).slice(0, kpiAfter.length - 1));
    expect(kpiAfter[1]).toMatchObject({ hidden: true });
    expect(await columnFacts(out, "集計")).toEqual(await columnFacts(bytes, "集計"));
    expect((await columnFacts(out, "集計"))[3]).toMatchObject({ style: { numFmt: "0.0%" } });
    expectUserContentKept(await workbookFacts(bytes), await workbookFacts(out));
  });

  it("cuts a column definition past the last column (XFD) there, and drops one beyond it (exceljs makes an object per column)", async () => {
    const { bytes, result } = await withColumns();
    const kpi = await sheetXml(await JSZip.loadAsync(await writeCheckedWorkbook(bytes, result, OPTIONS)), "KPI");
    const cols = [...kpi.matchAll(/<col\b[^>]*>/g)].map((m) => m[0]);
    expect(cols[cols.length - 1]).toMatch(/^<col min="12" max="16384" width="6"/);
    expect(cols.some((c) => /min="9" max="9" width="15"/.test(c))).toBe(true);
  });
});

describe("writeCheckedWorkbook: bytes that are no workbook", () => {
  const FILES = join(__dirname, "../../fixtures/files");
  it.each([
    { file: "legacy.xls", code: "legacy-xls" },
    { file: "encrypted.xlsx", code: "encrypted" },
  ])("$file: InputError $code", async ({ file, code }) => {
    const { result } = await kpiWorkbook();
    const error = await writeCheckedWorkbook(new Uint8Array(readFileSync(join(FILES, file))), result, OPTIONS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe(code);
  });
});

/** The furigana font as Excel adds it to styles.xml (no cell style uses it, so exceljs drops it). */
const FURIGANA_FONT = '<font><sz val="6"/><name val="游ゴシック"/><family val="3"/><charset val="128"/><scheme val="minor"/></font>';

/** Every `<si>` of a shared strings part, in order. */
const stringItems = (xml: string): string[] => [...xml.matchAll(/<si\b[^>]*?(?:\/>|>[\s\S]*?<\/si>)/g)].map((m) => m[0]);

/** The shared string of each `t="s"` cell of a sheet part, by reference. */
const stringCells = (xml: string): Map<string, number> =>
  new Map([...xml.matchAll(/<c\b([^>]*)><v>(\d+)<\/v>/g)].filter((m) => /\st="s"/.test(m[1])).map((m) => [/\sr="([^"]*)"/.exec(m[1])![1], Number(m[2])]));

/** A string item's furigana: its `<rPh>` runs and its `<phoneticPr>`. */
const furiganaOf = (si: string): { runs: string[]; pr: string | undefined } =>
  ({ runs: [...si.matchAll(/<rPh\b[\s\S]*?<\/rPh>/g)].map((m) => m[0]), pr: /<phoneticPr\b[^>]*\/>/.exec(si)?.[0] });

/** The `n`-th `<font>` of a styles part's `<fonts>`. */
const fontAt = (styles: string, n: number): string | undefined =>
  [.../<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)![1].matchAll(/<font\b[^>]*?(?:\/>|>[\s\S]*?<\/font>)/g)][n]?.[0];

/**
 * The KPI workbook with the user's things, as Japanese Excel writes it: furigana on every shared string (the KPI
 * sheet's headers and titles, the rich text, the other sheets' texts), in a font of their own that no cell uses,
 * and the sheets' own furigana settings in that font.
 */
async function withFurigana(): Promise<{ bytes: Uint8Array; plain: Uint8Array; result: CheckResult; fontId: string }> {
  const { bytes: plain, result } = await kpiWorkbook({ decorations: true });
  const zip = await JSZip.loadAsync(plain);
  const styles = await zip.file("xl/styles.xml")!.async("string");
  const fonts = /<fonts count="(\d+)"/.exec(styles)!;
  const fontId = fonts[1];
  zip.file("xl/styles.xml", styles.replace(fonts[0], `<fonts count="${Number(fontId) + 1}"`).replace("</fonts>", `${FURIGANA_FONT}</fonts>`));
  let n = 0;
  const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
  zip.file("xl/sharedStrings.xml", strings.replace(/<\/si>/g, () =>
    `<rPh sb="0" eb="1"><t>ヨミ${n++}</t></rPh><phoneticPr fontId="${fontId}" type="noConversion"/></si>`));
  const pr = `<phoneticPr fontId="${fontId}" type="noConversion"/>`;
  const kpi = await sheetPart(zip, "KPI");
  zip.file(kpi, (await zip.file(kpi)!.async("string")).replace("</mergeCells>", `</mergeCells>${pr}`));
  const summary = await sheetPart(zip, "集計");
  zip.file(summary, (await zip.file(summary)!.async("string")).replace("<pageMargins ", `${pr}<pageMargins `));
  return { bytes: await zip.generateAsync({ type: "uint8array" }), plain, result, fontId };
}

describe("writeCheckedWorkbook: furigana (exceljs drops them)", () => {
  it("keeps each cell's furigana and the sheets' furigana settings, their font the output's", async () => {
    const { bytes, result, fontId } = await withFurigana();
    const out = await writeCheckedWorkbook(bytes, result, OPTIONS);
    const [zipIn, zipOut] = await Promise.all([JSZip.loadAsync(bytes), JSZip.loadAsync(out)]);
    const [itemsIn, itemsOut] = await Promise.all([zipIn, zipOut].map(async (z) => stringItems(await z.file("xl/sharedStrings.xml")!.async("string"))));
    const stylesOut = await zipOut.file("xl/styles.xml")!.async("string");
    const prOut = (si: string) => /<phoneticPr fontId="(\d+)" type="noConversion"\/>/.exec(si)?.[1];
    let cells = 0;
    for (const name of ["KPI", "集計", "非表示"]) {
      const [before, after] = [stringCells(await sheetXml(zipIn, name)), stringCells(await sheetXml(zipOut, name))];
      for (const [ref, index] of before) {
        const [was, is] = [itemsIn[index], itemsOut[after.get(ref)!]];
        expect({ ref, ...furiganaOf(is), pr: undefined }).toEqual({ ref, ...furiganaOf(was), pr: undefined });
        expect(furiganaOf(is).runs).toHaveLength(1);
        expect(fontAt(stylesOut, Number(prOut(is)))).toBe(FURIGANA_FONT);
        cells++;
      }
    }
    const kpi = stringCells(await sheetXml(zipIn, "KPI"));
    for (const ref of ["C1", "C2", "C25", "J5"]) expect(kpi.has(ref)).toBe(true); // the titles and the rich text are among them
    expect(cells).toBeGreaterThan(24 * 6);
    expect(itemsOut[stringCells(await sheetXml(zipOut, "KPI")).get("J5")!]).toMatch(/^<si><r>[\s\S]*<rPh /);
    // the furigana font, which no cell uses, is added once
    expect(stylesOut.split(FURIGANA_FONT)).toHaveLength(2);
    expect(fontId).not.toBe(prOut(itemsOut[0]));
    for (const name of ["KPI", "集計"]) {
      const pr = /<phoneticPr fontId="(\d+)" type="noConversion"\/>/.exec(await sheetXml(zipOut, name));
      expect(fontAt(stylesOut, Number(pr![1]))).toBe(FURIGANA_FONT);
    }
    const count = Number(/<fonts count="(\d+)"/.exec(stylesOut)![1]);
    expect(fontAt(stylesOut, count - 1)).toBeDefined();
    expect(fontAt(stylesOut, count)).toBeUndefined();
    expect(await xmllintErrors(out)).toBe("");
    expectUserContentKept(await workbookFacts(bytes), await workbookFacts(out)); // exceljs opens it, the same
  });

  it("changes nothing of what the engine judges, and running again keeps them once", async () => {
    const { bytes, plain, result } = await withFurigana();
    const judged = async (b: Uint8Array) => {
      const kpi = (await readXlsx(b)).find((s) => s.sheetName === "KPI")!;
      return checkSheet(kpi, { asOf: result.asOf }).kpis.map((k) => [k.fiscalYear, k.no, k.record.fields.title?.text, k.status]);
    };
    expect(await judged(bytes)).toEqual(await judged(plain));
    const once = await writeCheckedWorkbook(bytes, result, OPTIONS);
    const twice = await JSZip.loadAsync(await writeCheckedWorkbook(once, result, OPTIONS));
    const onceStrings = await (await JSZip.loadAsync(once)).file("xl/sharedStrings.xml")!.async("string");
    expect(onceStrings).toContain("<rPh ");
    expect(await twice.file("xl/sharedStrings.xml")!.async("string")).toBe(onceStrings);
    expect((await twice.file("xl/styles.xml")!.async("string")).split(FURIGANA_FONT)).toHaveLength(2);
  });
});
