/* The worksheet extensions Excel 2010+ writes that exceljs does not write back, added to a workbook exceljs wrote:
   a drop-down list drawn from another sheet, a conditional format whose condition refers to another sheet (beside a
   data bar, which exceljs writes in both places), sparklines, and an extension of a later Excel. */
import ExcelJS from "exceljs";
import JSZip from "jszip";

export const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
export const XM = "http://schemas.microsoft.com/office/excel/2006/main";
export const XR = "http://schemas.microsoft.com/office/spreadsheetml/2014/revision";

/** A list validation on KPI!E2:E25 whose items are on 集計, as Excel writes it (an `xr:uid` of the root's `xr`). */
export const CROSS_SHEET_LIST =
  `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}">` +
  '<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" xr:uid="{3F1C2B7A-8D4E-4F60-9A1B-2C3D4E5F6A7B}">' +
  "<x14:formula1><xm:f>'集計'!$A$1:$A$2</xm:f></x14:formula1><xm:sqref>E2:E25</xm:sqref></x14:dataValidation></x14:dataValidations></ext>";

/** A conditional format of KPI!G2:G25 whose condition refers to 集計: Excel 2010+ puts it in the extension alone. */
export const CROSS_SHEET_CONDITION =
  `<x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="expression" priority="3" id="{6E2F8C1D-4B3A-4E5F-8D7C-9A0B1C2D3E4F}">` +
  "<xm:f>$B2&gt;'集計'!$A$2</xm:f><x14:dxf><font><color rgb=\"FF9C0006\"/></font><fill><patternFill><bgColor rgb=\"FFFFC7CE\"/></patternFill></fill></x14:dxf>" +
  "</x14:cfRule><xm:sqref>G2:G25</xm:sqref></x14:conditionalFormatting>";

/** A gradient data bar on KPI!F2:F25 as Excel writes it: in the sheet's conditional formats and, by its id, in the extension. */
const GRADIENT_BAR =
  '<conditionalFormatting sqref="F2:F25"><cfRule type="dataBar" priority="4"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar>' +
  `<extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="${X14}"><x14:id>{0A1B2C3D-4E5F-4A6B-8C7D-8E9FA0B1C2D3}</x14:id></ext></extLst></cfRule></conditionalFormatting>`;
/** The extension's part of {@link GRADIENT_BAR}: its borders, negative bars and axis (Excel 2010). */
export const GRADIENT_BAR_X14 =
  `<x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="dataBar" id="{0A1B2C3D-4E5F-4A6B-8C7D-8E9FA0B1C2D3}">` +
  '<x14:dataBar minLength="0" maxLength="100" border="1" negativeBarBorderColorSameAsPositive="0"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/>' +
  '<x14:borderColor rgb="FF638EC6"/><x14:negativeFillColor rgb="FFFF0000"/><x14:negativeBorderColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar>' +
  "</x14:cfRule><xm:sqref>F2:F25</xm:sqref></x14:conditionalFormatting>";

/** Sparklines on 集計!C1 of its A1:A2, their `xm:` declared on the root (as Excel may). */
export const SPARKLINES =
  `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups>` +
  '<x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/>' +
  "<x14:sparklines><x14:sparkline><xm:f>'集計'!A1:A2</xm:f><xm:sqref>C1</xm:sqref></x14:sparkline></x14:sparklines>" +
  "</x14:sparklineGroup></x14:sparklineGroups></ext>";

/** An extension of a later Excel that needs nothing else in the package. */
export const FUTURE = '<ext uri="{C0FFEE00-1234-4ABC-8DEF-0123456789AB}" xmlns:x99="urn:example:future"><x99:setting value="1"/></ext>';

/** A sheet's part in a package, found by name through xl/workbook.xml and its rels. */
export async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const sheet = [...(await zip.file("xl/workbook.xml")!.async("string")).matchAll(/<sheet\b[^>]*>/g)].find((m) => m[0].includes(`name="${name}"`))!;
  const id = /r:id="([^"]+)"/.exec(sheet[0])![1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(await zip.file("xl/_rels/workbook.xml.rels")!.async("string"))![1];
  return `xl/${target.replace(/^\/?xl\//, "")}`;
}

/** The worksheet's own extension list (its last `<extLst>`: a conditional format's comes before it). */
export const sheetExtensions = (sheet: string): string | undefined => /<extLst>(?![\s\S]*<extLst>)[\s\S]*<\/extLst>/.exec(sheet)?.[0];

/**
 * A workbook exceljs wrote (a KPI workbook) given a solid data bar on KPI!B2:B25 (exceljs writes it in the sheet's
 * conditional formats and in the extension, tied by an id) and then, as Excel would write them, a gradient data bar,
 * the cross-sheet condition and list on KPI, and the sparklines and a later Excel's extension on 集計.
 */
export async function withExcelExtensions(bytes: Uint8Array): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  wb.getWorksheet("KPI")!.addConditionalFormatting({
    ref: "B2:B25",
    rules: [{ type: "dataBar", priority: 2, gradient: false, cfvo: [{ type: "min" }, { type: "max" }], color: { argb: "FF638EC6" } } as unknown as ExcelJS.ConditionalFormattingRule],
  });
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const edit = async (name: string, change: (xml: string) => string) => {
    const part = await sheetPart(zip, name);
    zip.file(part, change(await zip.file(part)!.async("string")));
  };
  await edit("KPI", (xml) => {
    if (!xml.includes("</x14:conditionalFormattings></ext></extLst>")) throw new Error("exceljs wrote no data bar extension");
    const cfs = [...xml.matchAll(/<\/conditionalFormatting>/g)];
    const afterCfs = cfs[cfs.length - 1].index + "</conditionalFormatting>".length;
    return (xml.slice(0, afterCfs) + GRADIENT_BAR + xml.slice(afterCfs))
      .replace('mc:Ignorable="x14ac"', `mc:Ignorable="x14ac xr" xmlns:xr="${XR}"`)
      .replace("</x14:conditionalFormattings></ext></extLst>", `${GRADIENT_BAR_X14}${CROSS_SHEET_CONDITION}</x14:conditionalFormattings></ext>${CROSS_SHEET_LIST}</extLst>`);
  });
  await edit("集計", (xml) => xml.replace("<worksheet ", `<worksheet xmlns:xm="${XM}" `).replace("</worksheet>", `<extLst>${SPARKLINES}${FUTURE}</extLst></worksheet>`));
  return zip.generateAsync({ type: "uint8array" });
}
