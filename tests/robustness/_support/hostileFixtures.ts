/**
 * The small hostile workbooks of issue 6, committed under tests/fixtures/hostile/ by
 * scripts/make-hostile-fixtures.ts (the big ones are in bigWorkbooks.ts, generated at test time).
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { columnLetters } from "../../../src/core/cellAddress";
import { minimalWorkbook } from "./minimalWorkbook";
import { HEADER, HEADER_XML, KPI_XML, SEED_KPIS, seedRow } from "./seedRows";
import { bombStream, readZipParts, writeZip, type ZipPart } from "./zip";

const FIXTURES = join(__dirname, "../../fixtures");
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = wb.lastModifiedBy = "KPI Check tests";
  wb.created = wb.modified = FIXED_DATE;
  return wb;
}

/** exceljs's bytes re-packed with fixed timestamps (byte-for-byte reproducible), parts edited on the way. */
async function repack(wb: ExcelJS.Workbook, edit: (parts: Map<string, Uint8Array>) => void = () => undefined): Promise<Uint8Array> {
  const parts = readZipParts(new Uint8Array(await wb.xlsx.writeBuffer()));
  edit(parts);
  return writeZip([...parts].map(([name, data]): ZipPart => ({ name, data })));
}

const text = (parts: Map<string, Uint8Array>, name: string) => new TextDecoder().decode(parts.get(name));
const put = (parts: Map<string, Uint8Array>, name: string, xml: string) => parts.set(name, new TextEncoder().encode(xml));
/** Inserts `xml` before the first of the given tags (or before the closing tag) of a part. */
function insertBefore(parts: Map<string, Uint8Array>, name: string, tags: string[], xml: string): void {
  const source = text(parts, name);
  const at = tags.map((t) => source.indexOf(t)).filter((i) => i >= 0).sort((a, b) => a - b)[0];
  if (at === undefined) throw new Error(`none of ${tags.join(", ")} in ${name}`);
  put(parts, name, source.slice(0, at) + xml + source.slice(at));
}

/**
 * The seed's KPIs whose 2023 results come from another workbook through external links: formulas such as
 * `[1]実績!$B$2` with their cached values, an `externalLink` part pointing at a file share and at a web address,
 * and a defined name over the linked range. The reader must use the cached values and never follow the links.
 */
export async function externalLinks(): Promise<Uint8Array> {
  const wb = workbook();
  const ws = wb.addWorksheet("KPI");
  ws.addRow(HEADER);
  SEED_KPIS.forEach((k, i) => {
    const row = ws.addRow(seedRow(k));
    if (k.fiscalYear === "2023年度" && k.result) row.getCell(7).value = { formula: `[1]実績!$B$${i + 2}`, result: k.result };
    if (k.fiscalYear === "2022年度" && k.result) row.getCell(7).value = { formula: `'https://example.com/kpi/[実績.xlsx]2022'!$B$${i + 2}`, result: k.result };
  });
  return repack(wb, (parts) => {
    const cells = SEED_KPIS.map((k, i) => (k.result ? `<row r="${i + 2}"><cell r="B${i + 2}" t="str"><v>${k.result}</v></cell></row>` : "")).join("");
    put(
      parts,
      "xl/externalLinks/externalLink1.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><externalBook r:id="rId1"><sheetNames><sheetName val="実績"/></sheetNames><sheetDataSet><sheetData sheetId="0">${cells}</sheetData></sheetDataSet></externalBook></externalLink>`,
    );
    put(
      parts,
      "xl/externalLinks/_rels/externalLink1.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/externalLinkPath" Target="file:///\\\\fileserver\\kpi\\実績集計.xlsx" TargetMode="External"/></Relationships>`,
    );
    put(
      parts,
      "xl/externalLinks/externalLink2.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><externalBook r:id="rId1"><sheetNames><sheetName val="2022"/></sheetNames></externalBook></externalLink>`,
    );
    put(
      parts,
      "xl/externalLinks/_rels/externalLink2.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/externalLinkPath" Target="https://example.com/kpi/実績.xlsx" TargetMode="External"/></Relationships>`,
    );
    insertBefore(parts, "xl/workbook.xml", ["<definedNames", "<calcPr", "</workbook>"], '<externalReferences><externalReference r:id="rIdExt1"/><externalReference r:id="rIdExt2"/></externalReferences>');
    if (!text(parts, "xl/workbook.xml").includes("<definedNames")) {
      insertBefore(parts, "xl/workbook.xml", ["<calcPr", "</workbook>"], '<definedNames><definedName name="実績値">[1]実績!$B$2:$B$25</definedName></definedNames>');
    }
    insertBefore(
      parts,
      "xl/_rels/workbook.xml.rels",
      ["</Relationships>"],
      `<Relationship Id="rIdExt1" Type="${REL}/externalLink" Target="externalLinks/externalLink1.xml"/><Relationship Id="rIdExt2" Type="${REL}/externalLink" Target="externalLinks/externalLink2.xml"/>`,
    );
    insertBefore(
      parts,
      "[Content_Types].xml",
      ["</Types>"],
      [1, 2].map((n) => `<Override PartName="/xl/externalLinks/externalLink${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>`).join(""),
    );
  });
}

/** The VBA project of the macro-enabled fixture: an OLE compound file's signature and a recognisable body. */
export const VBA_PROJECT: Uint8Array = (() => {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set(new TextEncoder().encode('Attribute VB_Name = "KpiMacros"\r\nSub 集計()\r\nEnd Sub\r\n'), 512);
  return bytes;
})();

/** The seed's KPIs in a macro-enabled workbook (`.xlsm`): a VBA project the write-back must keep or refuse to drop. */
export async function macroEnabled(): Promise<Uint8Array> {
  const wb = workbook();
  const ws = wb.addWorksheet("KPI");
  ws.addRows([HEADER, ...SEED_KPIS.map(seedRow)]);
  return repack(wb, (parts) => {
    parts.set("xl/vbaProject.bin", VBA_PROJECT);
    insertBefore(parts, "xl/_rels/workbook.xml.rels", ["</Relationships>"], '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>');
    const types = text(parts, "[Content_Types].xml").replace(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    );
    put(parts, "[Content_Types].xml", types.replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'));
  });
}

/**
 * Sheet names with every character Excel allows (all but `\ / ? * [ ] :`, no `'` at either end, at most 31
 * characters): ASCII punctuation, full-width look-alikes of the forbidden ones, emoji, markup, right-to-left
 * scripts, combining marks, names that look like options or values.
 */
export const SHEET_NAMES: readonly string[] = [
  "KPI",
  "2024年度 KPI（お客さま本位）",
  "!\"#$%&()+,-.;<=>@^_`{|}~",
  "it's a 'quoted' name",
  "０１２：／？＊［］＼",
  "📊KPI✅ 絵文字",
  "<img src=x onerror=alert(1)>",
  "ｶﾀｶﾅ ﾊﾝｶｸ",
  "お客さま本位の業務運営方針と重要業績評価指数KPI一覧表",
  "--json",
  "1",
  "#REF!",
  "Sheet\u3000全角スペース",
  "  leading spaces",
  "Ünïcödé — «quotes» ½",
  "عربي עברית",
  "e\u0301\u0316 combining",
];

/** The title of the KPI on the sheet at `index` of {@link SHEET_NAMES}: which sheet was read. */
export const sheetTitle = (index: number): string => `シート${index + 1}の取組`;

/** One small KPI table per name of {@link SHEET_NAMES}, each with its own title. */
export async function sheetNames(): Promise<Uint8Array> {
  const wb = workbook();
  SHEET_NAMES.forEach((name, i) => {
    wb.addWorksheet(name).addRows([
      ["年度", "No", "取組項目", "目標", "結果"],
      ["2023年度", 1, sheetTitle(i), "回答数:200件", `${200 + i}件`],
    ]);
  });
  return repack(wb);
}

/** Cells of {@link failingFormulas}: the formula, its cached result, and the finding code the cell must get. */
export const FAILING_FORMULAS: { cell: string; formula: string; result?: ExcelJS.CellFormulaValue["result"]; code: string | null }[] = [
  { cell: "G2", formula: "F2/0", result: { error: "#DIV/0!" }, code: "cell-error" },
  { cell: "F3", formula: "#REF!+1", result: { error: "#REF!" }, code: "cell-error" },
  { cell: "A4", formula: 'NENDO("2023")', result: { error: "#NAME?" }, code: "cell-error" },
  { cell: "B5", formula: 'VLOOKUP("x",I:J,2,FALSE)', result: { error: "#N/A" }, code: "cell-error" },
  { cell: "G6", formula: 'F6+"件"', result: { error: "#VALUE!" }, code: "cell-error" },
  { cell: "G7", formula: "SQRT(-1)", result: { error: "#NUM!" }, code: "cell-error" },
  { cell: "G8", formula: "A1:A2 C1:C2", result: { error: "#NULL!" }, code: "cell-error" },
  { cell: "G9", formula: "_xlfn.SEQUENCE(3)", result: { error: "#SPILL!" as "#N/A" }, code: "cell-error" },
  { cell: "G10", formula: "F10*2", code: null },
  { cell: "G11", formula: "G11+1", result: 0, code: null },
];

/** A KPI table of 2023 whose cells are formulas that failed (every Excel error), never ran, or refer to themselves. */
export async function failingFormulas(): Promise<Uint8Array> {
  const wb = workbook();
  const ws = wb.addWorksheet("KPI");
  ws.addRow(["年度", "No", "取組項目", "取組内容", "対象", "目標", "結果", "方針"]);
  for (let i = 0; i < FAILING_FORMULAS.length; i++) ws.addRow(["2023年度", i + 1, `取組${i + 1}`, null, "全種目", "回答数:200件", "208件", null]);
  for (const f of FAILING_FORMULAS) ws.getCell(f.cell).value = { formula: f.formula, result: f.result } as ExcelJS.CellFormulaValue;
  return repack(wb);
}

/** A tiny sheet with one merge over the whole grid: exceljs would create 17 billion cells. */
export const mergeBomb = (): Uint8Array =>
  minimalWorkbook([{ name: "KPI", body: `<sheetData>${HEADER_XML}${KPI_XML}</sheetData><mergeCells count="1"><mergeCell ref="J1:XFD1048576"/></mergeCells>` }]);

/** A tiny workbook with a defined name over whole columns written as A1 ranges: exceljs would expand 8 million cells. */
export const definedNameBomb = (): Uint8Array =>
  minimalWorkbook([{ name: "KPI", body: `<sheetData>${HEADER_XML}${KPI_XML}</sheetData>` }], {
    workbookExtra: '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">KPI!$A$1:$H$1048576</definedName></definedNames>',
  });

/** A KPI table and one stray value in XFD1048576: its used block would be 17 billion cells. */
export const farCell = (): Uint8Array =>
  minimalWorkbook([{ name: "KPI", body: `<sheetData>${HEADER_XML}${KPI_XML}<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>メモ</t></is></c></row></sheetData>` }]);

/** A KPI table whose columns have drop-down lists on all 1,048,576 rows: common, and slow for exceljs to expand. */
export const wholeColumnValidation = (): Uint8Array =>
  minimalWorkbook([
    {
      name: "KPI",
      body:
        `<sheetData>${HEADER_XML}${KPI_XML}</sheetData><dataValidations count="8">` +
        HEADER.map((_, i) => `<dataValidation type="list" allowBlank="1" sqref="${columnLetters(i + 1)}1:${columnLetters(i + 1)}1048576"><formula1>"達成,未達,一部達成"</formula1></dataValidation>`).join("") +
        "</dataValidations>",
    },
  ]);

/** A KPI table whose column definition claims two billion columns: exceljs would build a column object for each. */
export const columnDefinitionBomb = (): Uint8Array =>
  minimalWorkbook([{ name: "KPI", body: `<cols><col min="1" max="2000000000" width="12" customWidth="1"/></cols><sheetData>${HEADER_XML}${KPI_XML}</sheetData>` }]);

/** A sheet part whose directory declares 4 KB but inflates to 64 MiB: a zip bomb that lies about its size. */
export const lyingZip = (): Uint8Array =>
  minimalWorkbook([{ name: "KPI", body: { name: "", ...bombStream(`<?xml version="1.0"?><worksheet><sheetData>${HEADER_XML}`, " ".repeat(1 << 20), 64, "</sheetData></worksheet>"), declaredSize: 4096 } }]);

/** An Excel 97-2003 workbook (written by LibreOffice) renamed `.xlsx`. */
export const legacyRenamed = (): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, "files/libreoffice-97.xls")));

/** The committed fixtures of tests/fixtures/hostile/, by file name. */
export const SMALL_FIXTURES: Record<string, () => Uint8Array | Promise<Uint8Array>> = {
  "external-links.xlsx": externalLinks,
  "macro-enabled.xlsm": macroEnabled,
  "sheet-names.xlsx": sheetNames,
  "failing-formulas.xlsx": failingFormulas,
  "legacy-renamed.xlsx": legacyRenamed,
  "merge-bomb.xlsx": mergeBomb,
  "defined-name-bomb.xlsx": definedNameBomb,
  "far-cell.xlsx": farCell,
  "whole-column-validation.xlsx": wholeColumnValidation,
  "column-definition-bomb.xlsx": columnDefinitionBomb,
  "lying-zip.xlsx": lyingZip,
};
