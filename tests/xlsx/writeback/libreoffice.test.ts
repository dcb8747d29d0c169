/* A real spreadsheet opens what the add-in writes: LibreOffice converts an output workbook (every sheet to CSV,
   the disclosure sheet to PDF, the workbook to .xlsx) without complaint, shows the texts and reads the drop-down
   lists, conditions and sparklines carried over as XML. Skipped, loudly, without LibreOffice. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeCheckedWorkbook } from "../../../src/xlsx/writeCheckedWorkbook";
import { convert, CSV_ALL_SHEETS, hasLibreOffice, LIBREOFFICE, printedPages } from "../../../scripts/libreoffice";
import { seedJudged, seedKpis } from "../../core/writeback/_support/seedJudged";
import { buildDisclosureSheet } from "../../../src/core/writeback/buildDisclosureSheet";
import { applyPatch } from "../../../src/xlsx/applyPatch";
import { sheetExtensions, sheetPart, withExcelExtensions } from "./_support/excelExtensions";
import { expectUserContentKept } from "./_support/expectKept";
import { kpiWorkbook } from "./_support/kpiWorkbook";
import { workbookFacts } from "./_support/workbookFacts";
import { xmllintErrors } from "./_support/xmllint";
import { writebackLabels } from "../../../src/i18n/writeback";

const available = hasLibreOffice();
if (!available) console.warn(`!!! ${LIBREOFFICE} is missing: the LibreOffice checks of the write-back are SKIPPED !!!`);
const describeLo = available ? describe : describe.skip;
const hasPoppler = spawnSync("pdftotext", ["-v"]).error === undefined;
if (available && !hasPoppler) console.warn("!!! pdftotext (poppler-utils) is missing: the PDF check of the disclosure sheet is SKIPPED !!!");
const itPdf = hasPoppler ? it : it.skip;

jest.setTimeout(300_000);

describeLo("LibreOffice opens the written workbook", () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kpi-lo-test-"));
    const { bytes, result } = await kpiWorkbook({ asTable: true, decorations: true, userDisclosureSheet: true, userStatusColumn: true });
    file = join(dir, "checked.xlsx");
    writeFileSync(file, await writeCheckedWorkbook(await withExcelExtensions(bytes), result, { labels: writebackLabels("ja"), findingsSheet: true }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("converts every sheet to CSV without an error, with the texts in place", () => {
    const out = join(dir, "csv");
    const run = convert(file, CSV_ALL_SHEETS, out);
    expect(run.errors).toEqual([]);
    expect(run.status).toBe(0);
    const csv = (sheet: string) => readFileSync(join(out, `checked-${sheet}.csv`), "utf8");
    for (const sheet of ["KPI", "集計", "非表示", "開示用", "開示用 (2)", "指摘一覧"]) expect(existsSync(join(out, `checked-${sheet}.csv`))).toBe(true);
    expect(csv("KPI").split("\n")[0]).toContain("達成状況 (2)");
    expect(csv("KPI")).toContain("△ 一部達成");
    expect(csv("開示用")).toContain("ユーザーの開示用メモ");
    const disclosure = csv("開示用 (2)");
    for (const k of seedKpis) expect(disclosure).toContain(k.title);
    expect(disclosure).toContain("結果(2023年度)");
    expect(disclosure).not.toContain("結果未入力"); // what gets printed carries no checker marks by default
    expect(csv("指摘一覧")).toContain("label-mismatch");
    for (const sheet of ["KPI", "開示用 (2)", "指摘一覧"]) expect(csv(sheet)).not.toMatch(/###/);
  });

  itPdf("prints the disclosure sheet to a PDF with Japanese text, no #### and every KPI", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
    for (const ws of [...wb.worksheets]) if (ws.name !== "開示用 (2)") wb.removeWorksheet(ws.id);
    const only = join(dir, "disclosure.xlsx");
    await wb.xlsx.writeFile(only);
    const run = convert(only, "pdf", dir);
    expect(run.errors).toEqual([]);
    const pdf = join(dir, "disclosure.pdf");
    expect(existsSync(pdf)).toBe(true);
    const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
    expect(text).toContain("お客さま本位の業務運営方針と重要業績評価指数(KPI)");
    for (const year of ["2024年度", "2023年度", "2022年度", "2021年度"]) expect(text).toContain(year);
    expect(text).not.toContain("###");
    const png = spawnSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", pdf, join(dir, "page")]);
    expect(png.status).toBe(0);
  });

  itPdf("breaks the disclosure sheet's pages only where the page plan did: each page starts with a year's heading", async () => {
    // the sheet as the write-back builds it (a workbook exceljs loaded and saved again loses its page breaks)
    const wb = new ExcelJS.Workbook();
    const labels = writebackLabels("ja");
    const sheet = buildDisclosureSheet(seedJudged(), { labels, existing: { sheetNames: [], definedNames: {} } });
    applyPatch(wb, { sheets: [sheet] });
    const only = join(dir, "planned.xlsx");
    writeFileSync(only, new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(convert(only, "pdf", dir).errors).toEqual([]);
    const pages = printedPages(join(dir, "planned.pdf"));
    expect(sheet.pageBreaks!.length).toBeGreaterThan(0);
    expect(pages.length).toBe(sheet.pageBreaks!.length + 1);
    expect(pages[0].firstLine).toBe(labels.pageHeading);
    // its own heading or 「（続き）」: no block was split by a break of LibreOffice's own
    for (const page of pages.slice(1)) expect(page.firstLine).toMatch(/^\d{4}年度(（続き）)?$/);
  });

  it("reads the cross-sheet drop-down list and condition and the sparklines of Excel 2010+ carried over as XML", async () => {
    const saved = convert(file, "xlsx", join(dir, "xlsx"));
    expect(saved.errors).toEqual([]);
    const zip = await JSZip.loadAsync(readFileSync(join(dir, "xlsx", "checked.xlsx")));
    const sheet = async (name: string) => zip.file(await sheetPart(zip, name))!.async("string");
    const kpi = await sheet("KPI");
    expect(kpi).toMatch(/<dataValidation [^>]*sqref="E2:E25" type="list"><formula1>'?集計'?!\$A\$1:\$A\$2<\/formula1>/);
    expect(kpi).toMatch(/<x14:cfRule type="expression"[^>]*><xm:f>\$B2&gt;'?集計'?!\$A\$2<\/xm:f>/);
    expect(await sheet("集計")).toMatch(/<x14:sparkline><xm:f>'?集計'?!A1:A2<\/xm:f><xm:sqref>C1<\/xm:sqref>/);
  });

  it("and a workbook LibreOffice saved keeps everything through the write-back", async () => {
    const { bytes, result } = await kpiWorkbook({ decorations: true, userStatusColumn: true });
    const input = join(dir, "user.xlsx");
    writeFileSync(input, await withExcelExtensions(bytes));
    const saved = convert(input, "xlsx", join(dir, "lo"));
    expect(saved.errors).toEqual([]);
    const loBytes = new Uint8Array(readFileSync(join(dir, "lo", "user.xlsx")));
    const out = await writeCheckedWorkbook(loBytes, result, { labels: writebackLabels("ja"), findingsSheet: true });
    expectUserContentKept(await workbookFacts(loBytes), await workbookFacts(out));
    // LibreOffice's own extensions (its sparklines carry xr2:uid, declared on its root) come through as it wrote them
    const summary = async (b: Uint8Array) => sheetExtensions(await (await JSZip.loadAsync(b)).file(await sheetPart(await JSZip.loadAsync(b), "集計"))!.async("string"));
    expect(await summary(loBytes)).toContain("<x14:sparkline>");
    expect(await summary(out)).toBe(await summary(loBytes));
    expect(await xmllintErrors(out)).toBe("");
  });
});
