import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { WriteNote } from "../../src/xlsx/writeCheckedWorkbook";
import { KPI_STATUSES } from "../../src/core/KpiStatus";
import { statusText, writebackLabels } from "../../src/i18n/writeback";
import { openWorkbookFile } from "../../src/preview/openWorkbookFile";
import { runKpiCheck } from "../../src/app/pipeline/runKpiCheck";
import { planNextYear } from "../../src/core/nextYear/planNextYear";
import { normalizeSettings } from "../../src/app/settings/CheckSettings";

/** The preview's file side in Node: the same exceljs readers and writer the browser chunk bundles. */
const ROOT = join(__dirname, "..", "..");
const seed = JSON.parse(readFileSync(join(ROOT, "tests", "fixtures", "seed", "seed-judged.json"), "utf8")) as { asOf: string; kpis: { status: string }[] };
const settings = normalizeSettings({ asOf: seed.asOf, write: { findingsSheet: true } });
const L = writebackLabels("ja");
const writeOptions = { labels: writebackLabels("ja"), statusColumn: true, disclosureSheet: true, findingsSheet: true };

async function load(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe("openWorkbookFile: a file as the pane's backend", () => {
  it("checks the bundled sample through the pane's pipeline with the seed's statuses (kpi-rules.md §5)", async () => {
    const file = await openWorkbookFile(readFileSync(join(ROOT, "assets", "sample-kpi.xlsx")), "sample-kpi.xlsx", { asOf: seed.asOf });
    const outcome = await runKpiCheck(file.backend.port, file.backend.engine, settings, { lang: "ja", today: "2000-01-01" });
    expect(outcome.result.sheetName).toBe(file.sheet);
    for (const status of KPI_STATUSES) {
      expect(outcome.result.kpis.filter((k) => k.status === status).length).toBe(seed.kpis.filter((k) => k.status === status).length);
    }
    // the patch is kept as the plan; the file itself is untouched until the download
    expect(file.backend.port.lastPatch).toBe(outcome.patch);
    const bytes = await file.checkedWorkbook(outcome.result, writeOptions);
    const wb = await load(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining([file.sheet, L.disclosureSheet, L.findingsSheet]));
    const values: unknown[] = [];
    wb.getWorksheet(file.sheet)!.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    expect(values).toContain(L.statusHeader);
    expect(values.filter((v) => v === statusText("met", "ja")).length).toBe(seed.kpis.filter((k) => k.status === "met").length);
  });

  it("a CSV becomes a one-sheet workbook that the download adds its outputs to", async () => {
    const file = await openWorkbookFile(readFileSync(join(ROOT, "tests", "fixtures", "files", "kpi-utf8.csv")), "kpi-utf8.csv", { asOf: seed.asOf });
    expect(file.sheet).toBe("kpi-utf8");
    const outcome = await runKpiCheck(file.backend.port, file.backend.engine, settings, { lang: "ja", today: seed.asOf });
    expect(outcome.result.kpis.length).toBeGreaterThan(0);
    const wb = await load(await file.checkedWorkbook(outcome.result, writeOptions));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["kpi-utf8", L.disclosureSheet, L.findingsSheet]);
  });

  it("checks a file of one sheet per year as one with all sheets, and the download marks every year's sheet", async () => {
    const table = JSON.parse(readFileSync(join(ROOT, "tests", "fixtures", "excel", "seed-table.json"), "utf8")) as { header: string[]; rows: (string | number)[][] };
    const wb = new ExcelJS.Workbook();
    const years = [...new Set(table.rows.map((r) => String(r[0])))].sort();
    for (const year of years) wb.addWorksheet(year).addRows([table.header.slice(1), ...table.rows.filter((r) => r[0] === year).map((r) => r.slice(1))]);
    wb.addWorksheet("旧", { state: "hidden" }).addRows([table.header, table.rows[0]]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const file = await openWorkbookFile(bytes, "years.xlsx", { asOf: seed.asOf });
    const outcome = await runKpiCheck(file.backend.port, file.backend.engine, { ...settings, allSheets: true }, { lang: "ja", today: seed.asOf });
    expect(outcome.result.sheets).toEqual(years);
    expect(outcome.result.kpis).toHaveLength(table.rows.length);
    const written = await load(await file.checkedWorkbook(outcome.result, writeOptions));
    for (const year of years) expect(written.getWorksheet(year)!.getRow(1).values).toContain(L.statusHeader);
    expect(written.getWorksheet("旧")!.getRow(1).values).not.toContain(L.statusHeader);
  });

  describe("protection in the file counts as in Excel (Review > Protect Sheet, Protect Workbook)", () => {
    /** One sheet per year, the years in `locked` protected, and the workbook's structure locked when asked. */
    async function yearsFile(locked: readonly string[], structure: boolean): Promise<{ bytes: Uint8Array; years: string[] }> {
      const table = JSON.parse(readFileSync(join(ROOT, "tests", "fixtures", "excel", "seed-table.json"), "utf8")) as { header: string[]; rows: (string | number)[][] };
      const wb = new ExcelJS.Workbook();
      const years = [...new Set(table.rows.map((r) => String(r[0])))].sort();
      for (const year of years) {
        const ws = wb.addWorksheet(year);
        ws.addRows([table.header.slice(1), ...table.rows.filter((r) => r[0] === year).map((r) => r.slice(1))]);
        if (locked.includes(year)) await ws.protect("", {});
      }
      const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
      if (structure) {
        const xml = await zip.file("xl/workbook.xml")!.async("string");
        zip.file("xl/workbook.xml", xml.replace(/(<workbookPr\b[^>]*\/>)/, '$1<workbookProtection lockStructure="1"/>'));
      }
      return { bytes: await zip.generateAsync({ type: "uint8array" }), years };
    }

    it("leaves a protected year's sheet out of the write and the download, says so, and keeps the sheet protected", async () => {
      const { bytes, years } = await yearsFile(["2022年度"], false);
      const file = await openWorkbookFile(bytes, "years.xlsx", { asOf: seed.asOf });
      const outcome = await runKpiCheck(file.backend.port, file.backend.engine, { ...settings, allSheets: true }, { lang: "ja", today: seed.asOf });
      expect(outcome.notWritten).toEqual(["2022年度"]);
      const notes: WriteNote[] = [];
      const written = await load(await file.checkedWorkbook(outcome.result, writeOptions, (n) => notes.push(n)));
      for (const year of years) expect((written.getWorksheet(year)!.getRow(1).values as unknown[]).includes(L.statusHeader)).toBe(year !== "2022年度");
      // exceljs keeps a sheet's protection as it read it, untyped
    expect((written.getWorksheet("2022年度") as unknown as { sheetProtection?: unknown }).sheetProtection).toMatchObject({ sheet: true });
      expect(notes).toContainEqual({ kind: "protected-not-written", sheets: ["2022年度"] });
    });

    it("refuses a protected sheet checked alone, naming it, as Excel's port does", async () => {
      const { bytes } = await yearsFile(["2021年度", "2022年度", "2023年度", "2024年度"], false);
      const file = await openWorkbookFile(bytes, "years.xlsx", { asOf: seed.asOf });
      const error = await runKpiCheck(file.backend.port, file.backend.engine, settings, { lang: "ja", today: seed.asOf }).catch((e: unknown) => e);
      expect(error).toMatchObject({ kind: "protected", sheet: file.sheet });
      expect(file.backend.port.lastPatch).toBeNull();
    });

    it("with a protected structure writes the status columns, adds no sheet, and the copy stays protected", async () => {
      const { bytes, years } = await yearsFile([], true);
      const file = await openWorkbookFile(bytes, "years.xlsx", { asOf: seed.asOf });
      const outcome = await runKpiCheck(file.backend.port, file.backend.engine, { ...settings, allSheets: true }, { lang: "ja", today: seed.asOf });
      expect(outcome.notAdded).toEqual([L.disclosureSheet, L.findingsSheet]);
      const notes: WriteNote[] = [];
      const copy = await file.checkedWorkbook(outcome.result, writeOptions, (n) => notes.push(n));
      const written = await load(copy);
      expect(written.worksheets.map((w) => w.name)).toEqual(years);
      for (const year of years) expect(written.getWorksheet(year)!.getRow(1).values).toContain(L.statusHeader);
      expect(notes).toContainEqual({ kind: "structure-not-added", sheets: [L.disclosureSheet, L.findingsSheet] });
      const xml = await (await JSZip.loadAsync(copy)).file("xl/workbook.xml")!.async("string");
      expect(xml).toMatch(/<workbookPr\b[^>]*\/><workbookProtection lockStructure="1"\/>/);
    });

    it("refuses the download of the next year's sheet (新年度の準備) in a protected structure whole, as Excel does", async () => {
      const { bytes, years } = await yearsFile([], true);
      const file = await openWorkbookFile(bytes, "years.xlsx", { asOf: seed.asOf });
      const outcome = await runKpiCheck(file.backend.port, file.backend.engine, settings, { lang: "ja", today: seed.asOf, sheet: years.at(-1) });
      const plan = planNextYear(outcome.result, outcome.reading.snapshot, { sheets: years });
      if (!("cells" in plan)) throw new Error(`no plan: ${plan.code}`);
      expect(plan.newSheet).toBeDefined();
      const error = await file.checkedWorkbook(outcome.result, { ...writeOptions, statusColumn: false, disclosureSheet: false, findingsSheet: false, nextYear: plan }).catch((e: unknown) => e);
      expect(error).toMatchObject({ kind: "protected", structure: true });
    });
  });

  it.each([
    ["truncated.xlsx", "corrupt"],
    ["legacy.xls", "legacy-xls"],
    ["encrypted.xlsx", "encrypted"],
  ])("refuses %s with the reader's InputError (%s)", async (name, code) => {
    await expect(openWorkbookFile(readFileSync(join(ROOT, "tests", "fixtures", "files", name)), name, { asOf: seed.asOf })).rejects.toMatchObject({ name: "InputError", code });
  });

  it("refuses to write a workbook whose parts the writer would lose, naming them", async () => {
    const file = await openWorkbookFile(readFileSync(join(ROOT, "tests", "fixtures", "hostile", "external-links.xlsx")), "external-links.xlsx", { asOf: seed.asOf });
    const outcome = await runKpiCheck(file.backend.port, file.backend.engine, settings, { lang: "ja", today: seed.asOf, write: false });
    await expect(file.checkedWorkbook(outcome.result, writeOptions)).rejects.toMatchObject({ name: "WorkbookWriteError", parts: expect.arrayContaining([expect.objectContaining({ kind: "external-link" })]) });
  });
});
