import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import type { CheckResult } from "../../../src/core/CheckResult";
import { InputError } from "../../../src/xlsx/InputError";
import { WorkbookWriteError, writeCheckedWorkbook } from "../../../src/xlsx/writeCheckedWorkbook";
import { expectUserContentKept, ownedIn } from "./_support/expectKept";
import { kpiWorkbook, type WorkbookSpec } from "./_support/kpiWorkbook";
import { definedNameFacts, workbookFacts } from "./_support/workbookFacts";

jest.setTimeout(60_000);

const OPTIONS = { lang: "ja", findingsSheet: true } as const;

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
    expect(facts.sheets.map((s) => s.name)).toEqual(["KPI", "開示用", "検証結果"]);
    const kpi = facts.sheets[0];
    expect(kpi.cells.I1.value).toBe("達成状況");
    expect(kpi.cells.I2.value).toBe("! 結果未入力");
    expect(kpi.cells.I8.value).toBe("◯ 達成"); // 2023 No 1
    expect(kpi.tables[0]).toMatchObject({ name: "KpiTable", ref: "A1:I25", columns: expect.arrayContaining(["達成状況"]) });
    const markers = facts.names.filter((n) => n.name.startsWith("KpiCheck_"));
    expect(markers.map((n) => [n.name, n.text, n.hidden])).toEqual([
      ["KpiCheck_Status", "KPI!$I$1:$I$25", true],
      ["KpiCheck_Disclosure", "'開示用'!$A$1", true],
      ["KpiCheck_Findings", "'検証結果'!$A$1", true],
    ]);
  });

  it("leaves a user sheet 開示用 and a user column 達成状況 alone and picks other names", async () => {
    const { bytes, result } = await kpiWorkbook({ userDisclosureSheet: true, userStatusColumn: true });
    const once = await writeCheckedWorkbook(bytes, result, OPTIONS);
    const twice = await workbookFacts(await writeCheckedWorkbook(once, result, OPTIONS));
    expect(twice.sheets.map((s) => s.name)).toEqual(["KPI", "開示用", "開示用 (2)", "検証結果"]);
    expect(twice.sheets[1].cells.A1.value).toBe("ユーザーの開示用メモ");
    expect(twice.sheets[0].cells.I1.value).toBe("達成状況");
    expect(twice.sheets[0].cells.I2.value).toBe("達成");
    expect(twice.sheets[0].cells.J1.value).toBe("達成状況 (2)");
    expect(ownedIn(twice).sheets).toEqual(new Set(["開示用 (2)", "検証結果"]));
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

  it("sparklines in a sheet", async () => {
    const { bytes, result } = await withParts({}, async (zip) => {
      const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
      const ext = '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}"><x14:sparklineGroups xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"/></ext></extLst>';
      zip.file("xl/worksheets/sheet1.xml", xml.replace("</worksheet>", `${ext}</worksheet>`));
    });
    const error = (await writeCheckedWorkbook(bytes, result, OPTIONS).catch((e: unknown) => e)) as WorkbookWriteError;
    expect(error.parts).toEqual([{ kind: "sparkline", path: "xl/worksheets/sheet1.xml" }]);
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
    expect(again.worksheets.map((w) => w.name)).toEqual(["KPI", "開示用", "検証結果"]);
  });
});

/** A sheet's part in a package, found by name through xl/workbook.xml and its rels. */
async function sheetXml(zip: JSZip, name: string): Promise<string> {
  const sheet = [...(await zip.file("xl/workbook.xml")!.async("string")).matchAll(/<sheet\b[^>]*>/g)].find((m) => m[0].includes(`name="${name}"`))!;
  const id = /r:id="([^"]+)"/.exec(sheet[0])![1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(await zip.file("xl/_rels/workbook.xml.rels")!.async("string"))![1];
  return zip.file(`xl/${target.replace(/^\/?xl\//, "")}`)!.async("string");
}

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
    for (const name of ["開示用", "検証結果"]) expect(await sheetXml(zipOut, name)).not.toContain("dataValidation");
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
    const XR = "http://schemas.microsoft.com/office/spreadsheetml/2014/revision";
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
