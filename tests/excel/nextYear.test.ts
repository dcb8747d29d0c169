/**
 * 新年度の準備 through the Office.js adapter, on the fake Excel host: every layout fixture of kpi-rules.md §1 gets
 * the next year's rows, columns or sheet as the plan says, no earlier cell's value moves anywhere but where the
 * inserted lines push it, the copy reads back cleanly with the new year, and it all takes few syncs.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ENGINE } from "../../src/app/pipeline/engine";
import { existingWorkbook, runKpiCheck } from "../../src/app/pipeline/runKpiCheck";
import { DEFAULT_SETTINGS } from "../../src/app/settings/CheckSettings";
import { checkSheet } from "../../src/core/checkSheet";
import { afterInserts } from "../../src/core/nextYear/afterInserts";
import type { NextYearRows } from "../../src/core/nextYear/NextYearRows";
import { planNextYear } from "../../src/core/nextYear/planNextYear";
import type { SheetSnapshot } from "../../src/core/SheetSnapshot";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookBytes";
import { FakeBook } from "./_lib/FakeBook";
import { fakeExcel } from "./_lib/fakeExcel";

const DIR = join(__dirname, "../fixtures/layouts/workbooks");
const AS_OF = "2026-11-29";

/** A fake workbook holding what the xlsx holds: values, shown texts, number formats, merges, tables. */
function bookOf(sheets: SheetSnapshot[]): FakeBook {
  const book = new FakeBook();
  for (const s of sheets) {
    const fake = book.addSheet(s.sheetName);
    s.values.forEach((line, i) =>
      line.forEach((v, j) => {
        if (v === null || v === "") return;
        const c = fake.cell(s.origin.row + i, s.origin.col + j);
        c.value = typeof v === "object" ? v.error : v;
        c.text = s.texts[i][j];
        c.numberFormat = s.numberFormats[i][j];
      }),
    );
    fake.merges = (s.merges ?? []).map((m) => ({ ...m }));
    if (s.table) book.tables.push({ name: s.table.name, sheet: s.sheetName, rect: { top: s.table.top, left: s.table.left, bottom: s.table.bottom, right: s.table.right }, showHeaders: true, showTotals: s.table.totalsRow ?? false });
  }
  return book;
}

const CASES = readdirSync(DIR)
  .filter((f) => f.endsWith(".xlsx"))
  .map((f) => [f] as [string]);

describe.each(CASES)("新年度の準備 in Excel on %s", (file) => {
  it("adds the plan's cells, moves earlier cells only by the inserted lines, reads back with the new year, in 2 syncs", async () => {
    const sheets = await readWorkbookBytes(readFileSync(join(DIR, file)), file);
    for (const sheet of sheets) {
      if (checkSheet(sheet, { asOf: AS_OF }).kpis.length === 0) continue;
      const book = bookOf(sheets);
      const excel = fakeExcel(book);
      const port = new ExcelWorkbookPort(excel.run, { mergedAreas: true, resizeTables: true });
      const { snapshot, workbook } = await port.readSnapshot({ sheet: sheet.sheetName });
      const before = checkSheet(snapshot, { asOf: AS_OF });
      const plan = planNextYear(before, snapshot, { sheets: workbook.sheets });
      if (!("cells" in plan)) {
        expect(["next-year-no-space", "next-year-exists"]).toContain(plan.code);
        continue;
      }
      const old = book.sheet(sheet.sheetName);
      const oldCells = [...old.cells].filter(([, c]) => c.value !== null).map(([key, c]) => [key.split(",").map(Number), c.value] as const);
      const syncs = excel.syncs();
      const report = await port.applyPatch({ sheets: [], rows: plan });
      // the sizes read, then one request
      expect(excel.syncs() - syncs).toBe(2);
      expect(report.cells).toBe(plan.cells.length);

      const moved = (r: number, c: number) => (plan.newSheet ? [r, c] : [afterInserts(r, plan.insertRows ?? []), afterInserts(c, plan.insertColumns ?? [])]);
      for (const [[r, c], v] of oldCells) {
        const [r2, c2] = moved(r, c);
        expect([r, c, book.sheet(sheet.sheetName).peek(r2, c2)?.value]).toEqual([r, c, v]);
      }
      const target = book.sheet(plan.sheet);
      for (const cell of plan.cells) {
        const got = target.peek(cell.row, cell.col);
        expect([cell.row, cell.col, got?.value ?? null]).toEqual([cell.row, cell.col, typeof cell.value === "object" && cell.value !== null ? cell.value.error : cell.value]);
      }
      expectFormatsCopied(book, plan);

      const again = checkSheet((await port.readSnapshot({ sheet: plan.sheet })).snapshot, { asOf: AS_OF });
      expect(again.layout).toBe(before.layout);
      expect(again.findings.filter((f) => f.severity === "error").map((f) => f.code)).toEqual([]);
      const added = again.kpis.filter((k) => k.fiscalYear === plan.fiscalYear && (plan.newSheet || ["wide", "two-row-header", "transposed"].includes(before.layout ?? "") || k.row >= plan.rows.top));
      expect(added).toHaveLength(plan.kpis);
      expect(added.every((k) => k.result === "")).toBe(true);
      if (plan.extendTable) expect(book.tables.find((t) => t.name === plan.extendTable!.name)!.rect).toEqual(plan.extendTable.ref);
    }
  });
});

/** Each new cell has the number format, fill and font of the cell it copies (a text cell is stored as text, `@`). */
function expectFormatsCopied(book: FakeBook, plan: NextYearRows): void {
  const from = book.sheet(plan.newSheet?.copyOf ?? plan.sheet);
  const to = book.sheet(plan.sheet);
  for (const c of plan.cells) {
    const a = from.peek(c.formatFrom.row, c.formatFrom.col);
    const b = to.peek(c.row, c.col);
    const look = (x: typeof a) => ({ fill: x?.fill, bold: x?.font.bold ?? undefined });
    expect([c.row, c.col, look(b)]).toEqual([c.row, c.col, look(a)]);
    if (typeof c.value !== "string") expect([c.row, c.col, b?.numberFormat ?? "General"]).toEqual([c.row, c.col, a?.numberFormat ?? "General"]);
  }
}

describe("one step to undo", () => {
  it("with mergeUndoGroup (ExcelApi 1.20) the whole addition is one undo step", async () => {
    const sheets = await readWorkbookBytes(readFileSync(join(DIR, "wide.xlsx")), "wide.xlsx");
    const book = bookOf(sheets);
    book.undoLog = ["user typing"];
    const excel = fakeExcel(book);
    const port = new ExcelWorkbookPort(excel.run, { mergedAreas: true, mergeUndoGroup: true });
    const { snapshot } = await port.readSnapshot();
    const plan = planNextYear(checkSheet(snapshot, { asOf: AS_OF }), snapshot) as NextYearRows;
    await port.applyPatch({ sheets: [], rows: plan });
    expect(book.undoLog).toEqual(["user typing", "add-in"]);
  });
});

describe("applied after the user confirmed (the read is no longer fresh)", () => {
  const setup = async () => {
    const sheets = await readWorkbookBytes(readFileSync(join(DIR, "wide.xlsx")), "wide.xlsx");
    const book = bookOf(sheets);
    const excel = fakeExcel(book);
    let now = 0;
    const port = new ExcelWorkbookPort(excel.run, { mergedAreas: true, now: () => now });
    const { snapshot } = await port.readSnapshot();
    const plan = planNextYear(checkSheet(snapshot, { asOf: AS_OF }), snapshot) as NextYearRows;
    now = 60_000; // a minute looking at the preview
    return { book, port, plan };
  };

  it("checks first that the sheet is as read, then adds the rows", async () => {
    const { book, port, plan } = await setup();
    await port.applyPatch({ sheets: [], rows: plan });
    expect(book.sheet("KPI推移").peek(3, 9)?.value).toBe("2025年度目標");
  });

  it("refuses with `changed` and writes nothing when something was typed where the new columns go", async () => {
    const { book, port, plan } = await setup();
    book.sheet("KPI推移").cell(4, 9).value = "メモ";
    await expect(port.applyPatch({ sheets: [], rows: plan })).rejects.toMatchObject({ kind: "changed" });
    expect(book.sheet("KPI推移").peek(3, 9)?.value ?? null).toBeNull();
  });
});

describe.each([["wide.xlsx"], ["two-row-header.xlsx"], ["transposed.xlsx"], ["blocks.xlsx"]])("新年度の準備 in Excel on %s after the pane wrote its status lines", (file) => {
  it("the status lines' names move with the inserted lines (as Excel moves names), so the next check reads the new year", async () => {
    const sheets = await readWorkbookBytes(readFileSync(join(DIR, file)), file);
    const book = bookOf(sheets);
    const excel = fakeExcel(book);
    const port = new ExcelWorkbookPort(excel.run, { mergedAreas: true, resizeTables: true });
    const settings = { ...DEFAULT_SETTINGS, asOf: AS_OF, write: { ...DEFAULT_SETTINGS.write, statusColumn: true, disclosureSheet: false, findingsSheet: false } };
    const first = await runKpiCheck(port, ENGINE, settings, { lang: "ja", today: AS_OF });
    expect(first.applied).toBeDefined();
    const reading = await port.readSnapshot({ sheet: first.result.sheetName });
    const before = ENGINE.checkSheet(reading.snapshot, { asOf: AS_OF, definedNames: existingWorkbook(reading).definedNames });
    const plan = planNextYear(before, reading.snapshot, { sheets: reading.workbook.sheets }) as NextYearRows;
    await port.applyPatch({ sheets: [], rows: plan });
    const again = await runKpiCheck(port, ENGINE, settings, { lang: "ja", today: AS_OF, sheet: plan.sheet, write: false });
    const added = again.result.kpis.filter((k) => k.fiscalYear === plan.fiscalYear);
    expect(added).toHaveLength(plan.kpis);
    expect(added.every((k) => k.result === "")).toBe(true);
    expect(again.result.kpis).toHaveLength(before.kpis.length + plan.kpis);
  });
});
