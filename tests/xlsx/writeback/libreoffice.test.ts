/* A real spreadsheet opens what the add-in writes: LibreOffice converts an output workbook (every sheet to CSV,
   the disclosure sheet to PDF) without complaint and shows the texts. Skipped, loudly, without LibreOffice. */
import ExcelJS from "exceljs";
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeCheckedWorkbook } from "../../../src/xlsx/writeCheckedWorkbook";
import { convert, CSV_ALL_SHEETS, hasLibreOffice, LIBREOFFICE } from "../../../scripts/libreoffice";
import { seedKpis } from "../../core/writeback/_support/seedJudged";
import { expectUserContentKept } from "./_support/expectKept";
import { kpiWorkbook } from "./_support/kpiWorkbook";
import { workbookFacts } from "./_support/workbookFacts";

const available = hasLibreOffice();
if (!available) console.warn(`!!! ${LIBREOFFICE} is missing: the LibreOffice checks of the write-back are SKIPPED !!!`);
const describeLo = available ? describe : describe.skip;

jest.setTimeout(300_000);

describeLo("LibreOffice opens the written workbook", () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kpi-lo-test-"));
    const { bytes, result } = await kpiWorkbook({ asTable: true, decorations: true, userDisclosureSheet: true, userStatusColumn: true });
    file = join(dir, "checked.xlsx");
    writeFileSync(file, await writeCheckedWorkbook(bytes, result, { lang: "ja", findingsSheet: true }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("converts every sheet to CSV without an error, with the texts in place", () => {
    const out = join(dir, "csv");
    const run = convert(file, CSV_ALL_SHEETS, out);
    expect(run.errors).toEqual([]);
    expect(run.status).toBe(0);
    const csv = (sheet: string) => readFileSync(join(out, `checked-${sheet}.csv`), "utf8");
    for (const sheet of ["KPI", "集計", "非表示", "開示用", "開示用 (2)", "検証結果"]) expect(existsSync(join(out, `checked-${sheet}.csv`))).toBe(true);
    expect(csv("KPI").split("\n")[0]).toContain("達成状況 (2)");
    expect(csv("KPI")).toContain("△ 一部達成");
    expect(csv("開示用")).toContain("ユーザーの開示用メモ");
    const disclosure = csv("開示用 (2)");
    for (const k of seedKpis) expect(disclosure).toContain(k.title);
    expect(disclosure).toContain("結果(2023年度)");
    expect(disclosure).toContain("◯ 達成");
    expect(csv("検証結果")).toContain("label-mismatch");
    for (const sheet of ["KPI", "開示用 (2)", "検証結果"]) expect(csv(sheet)).not.toMatch(/###/);
  });

  it("prints the disclosure sheet to a PDF with Japanese text, no #### and every KPI", async () => {
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

  it("and a workbook LibreOffice saved keeps everything through the write-back", async () => {
    const { bytes, result } = await kpiWorkbook({ decorations: true, userStatusColumn: true });
    const input = join(dir, "user.xlsx");
    writeFileSync(input, bytes);
    const saved = convert(input, "xlsx", join(dir, "lo"));
    expect(saved.errors).toEqual([]);
    const loBytes = new Uint8Array(readFileSync(join(dir, "lo", "user.xlsx")));
    const out = await writeCheckedWorkbook(loBytes, result, { lang: "ja", findingsSheet: true });
    expectUserContentKept(await workbookFacts(loBytes), await workbookFacts(out));
  });
});
