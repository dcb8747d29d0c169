/* --out leaves the user's own sheets as they were, part by part: every worksheet part of the input compared with
   the output's as canonical XML (attributes in order, shared strings and styles resolved), outside what the
   add-in owns (its status column). */
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { checkSheet } from "../../../src/core/checkSheet";
import { parseCellAddress } from "../../../src/core/cellAddress";
import { isStatusRuleFormula } from "../../../src/core/writeback/statusConditionalFormat";
import { writebackLabels } from "../../../src/i18n/writeback";
import { readWorkbookBytes } from "../../../src/xlsx/readWorkbookBytes";
import { writeCheckedWorkbook } from "../../../src/xlsx/writeCheckedWorkbook";
import { canonicalSheet, sheetPartsOf, type XmlNode } from "./_support/canonicalSheet";

jest.setTimeout(60_000);

const SAMPLE = join(__dirname, "../../../assets/sample-kpi.xlsx");
const OPTIONS = { labels: writebackLabels("ja"), findingsSheet: true } as const;

/** The column of the add-in's status column in the output (its defined name), 0 when none. */
async function ownedColumn(out: JSZip): Promise<number> {
  const wb = await out.file("xl/workbook.xml")!.async("string");
  const ref = />[^<]*!\$([A-Z]+)\$\d+:\$[A-Z]+\$\d+</.exec(/<definedName[^>]*name="KpiCheck_Status"[^>]*(>[^<]*<)/.exec(wb)?.[1] ?? "")?.[1];
  return ref ? parseCellAddress(`${ref}1`)!.col : 0;
}

/**
 * A row's `spans` is a reader's hint that ECMA-376 calls optional (the columns the row has cells in, which a writer
 * recomputes from the cells it holds): not part of what a sheet says, on any sheet.
 */
const HINTS = { attributes: (n: XmlNode): string[] => (n.name === "row" ? ["spans"] : []) };

/** Whether a node is a conditional format whose every rule is one of the add-in's status rules over column `col`. */
const ownedFormat = (n: XmlNode, col: number): boolean => {
  const rules = n.children.filter((c): c is XmlNode => typeof c !== "string" && c.name === "cfRule");
  const formula = (r: XmlNode): string =>
    r.children.flatMap((c) => (typeof c !== "string" && c.name === "formula" ? c.children.filter((t) => typeof t === "string") : [])).join("");
  return n.name === "conditionalFormatting" && rules.length > 0 && rules.every((r) => isStatusRuleFormula(formula(r), col));
};

/**
 * The add-in's part of the KPI sheet: its column's cells and width, the sheet's dimension, which grows with it, and
 * its conditional formats colouring the result cells by status.
 */
const ownedBy = (col: number) => ({
  node: (n: XmlNode): boolean =>
    n.name === "dimension" ||
    ownedFormat(n, col) ||
    (n.name === "c" && parseCellAddress(n.attrs.r)?.col === col) ||
    (n.name === "col" && Number(n.attrs.min) <= col && col <= Number(n.attrs.max)),
  ...HINTS,
});

async function expectUserSheetsUnchanged(input: Uint8Array, kpiSheet: string) {
  const [sheet] = (await readWorkbookBytes(input, "in.xlsx")).filter((s) => s.sheetName === kpiSheet);
  const result = checkSheet(sheet, { asOf: "2026-11-29" });
  const output = await writeCheckedWorkbook(input, result, OPTIONS);
  const [before, after] = await Promise.all([JSZip.loadAsync(input), JSZip.loadAsync(output)]);
  const col = await ownedColumn(after);
  expect(col).toBeGreaterThan(0);
  const partsBefore = await sheetPartsOf(before);
  const partsAfter = await sheetPartsOf(after);
  for (const [name, part] of partsBefore) {
    const drop = name === kpiSheet ? ownedBy(col) : HINTS;
    expect({ name, xml: await canonicalSheet(after, partsAfter.get(name)!, drop) }).toEqual({ name, xml: await canonicalSheet(before, part, drop) });
  }
  return after;
}

/** A workbook as Excel leaves one: notes without a text-box inset, print settings, automatic and fixed page numbers. */
async function printedWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("KPI");
  ws.addRows([
    ["年度", "No", "取組項目", "目標", "結果"],
    ["2023年度", 1, "回答数", "回答数:200件", "208件"],
    ["2023年度", 2, "対面募集率", "75%以上", "60%"],
  ]);
  ws.getCell("C2").note = "担当：営業部";
  ws.pageSetup = { paperSize: 8 as ExcelJS.PaperSize, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printArea: "A1:E3", printTitlesRow: "1:1" };
  ws.pageSetup.margins = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.2, footer: 0.2 };
  ws.headerFooter = { oddHeader: "&C&A", oddFooter: "&P / &N" };
  const memo = wb.addWorksheet("メモ");
  memo.getCell("A1").value = "印刷は5ページ目から";
  memo.getCell("A1").note = "ページ番号は5から";
  memo.pageSetup = { paperSize: 9 as ExcelJS.PaperSize, orientation: "portrait", firstPageNumber: 5 };
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  // as Excel writes them: a note's text box without an inset; on the KPI sheet, page numbers automatic
  for (const path of Object.keys(zip.files).filter((p) => /vmlDrawing\d*\.vml$/.test(p))) {
    zip.file(path, (await zip.file(path)!.async("string")).replace(/\sinset="[^"]*"/g, ""));
  }
  const kpiPart = (await sheetPartsOf(zip)).get("KPI")!;
  zip.file(kpiPart, (await zip.file(kpiPart)!.async("string")).replace(/\s(firstPageNumber|useFirstPageNumber|copies)="[^"]*"/g, ""));
  return zip.generateAsync({ type: "uint8array" });
}

describe("--out leaves every user sheet part as it was (canonical XML), outside what the add-in owns", () => {
  it("on the sample", async () => {
    await expectUserSheetsUnchanged(new Uint8Array(readFileSync(SAMPLE)), "KPI");
  });

  it("on a workbook with notes, print settings and page numbering", async () => {
    const input = await printedWorkbook();
    const before = await JSZip.loadAsync(input);
    expect(await before.file((await sheetPartsOf(before)).get("KPI")!)!.async("string")).not.toContain("firstPageNumber");
    const after = await expectUserSheetsUnchanged(input, "KPI");
    const kpi = await after.file((await sheetPartsOf(after)).get("KPI")!)!.async("string");
    expect(kpi).not.toMatch(/firstPageNumber|useFirstPageNumber/); // page numbers stay automatic
    const memo = await after.file((await sheetPartsOf(after)).get("メモ")!)!.async("string");
    expect(memo).toMatch(/firstPageNumber="5"/);
    for (const path of Object.keys(after.files).filter((p) => /\.vml$/.test(p))) {
      expect(await after.file(path)!.async("string")).not.toContain("NaN");
    }
  });
});
