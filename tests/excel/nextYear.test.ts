/**
 * 新年度の準備 through the Office.js adapter, on the fake Excel host: every layout fixture of kpi-rules.md §1 gets
 * the next year's rows, columns or sheet as the plan says, no earlier cell's value moves anywhere but where the
 * inserted lines push it, the copy reads back cleanly with the new year, and it all takes few syncs.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { errorMessage } from "../../src/app/errorMessage";
import { ENGINE } from "../../src/app/pipeline/engine";
import { existingWorkbook, runKpiCheck } from "../../src/app/pipeline/runKpiCheck";
import { DEFAULT_SETTINGS } from "../../src/app/settings/CheckSettings";
import { checkSheet } from "../../src/core/checkSheet";
import { afterInserts } from "../../src/core/nextYear/afterInserts";
import type { NextYearRefusal, NextYearRows } from "../../src/core/nextYear/NextYearRows";
import { planNextYear } from "../../src/core/nextYear/planNextYear";
import type { SheetSnapshot } from "../../src/core/SheetSnapshot";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { uiStrings } from "../../src/i18n/ui";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookBytes";
import { FakeBook, type FakeSheet, type Rect } from "./_lib/FakeBook";
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

/**
 * What 新年度の準備 does on a KPI sheet: adds the next year (`writes`, when given, names it; on a new sheet
 * `newSheet`, else on the sheet itself), or refuses for the reason given.
 */
type Outcome = { writes?: number; newSheet?: string } | { refuses: Partial<NextYearRefusal> };

/**
 * The KPI sheets of the layout fixtures and what 新年度の準備 does there. Refused: a table with no empty rows
 * below it (footnotes, a totals row, a second table), and a sheet whose next year already has its own sheet. A
 * fixture added later and not listed here is expected to get its next year on every KPI sheet.
 */
const OUTCOMES: { file: string; sheet: string; outcome: Outcome }[] = [
  { file: "blocks-inline-labels.xlsx", sheet: "ホームページ", outcome: { writes: 2025 } },
  { file: "blocks-mini-tables.xlsx", sheet: "HP", outcome: { writes: 2025 } },
  { file: "blocks-one-year.xlsx", sheet: "HP掲載用", outcome: { writes: 2025 } },
  { file: "blocks-variants.xlsx", sheet: "貼付", outcome: { writes: 2024 } },
  { file: "blocks.xlsx", sheet: "Webサイト貼付", outcome: { writes: 2025 } },
  { file: "date-era-column.xlsx", sheet: "実績管理", outcome: { writes: 2025 } },
  { file: "description-named-dated-results.xlsx", sheet: "令和6年度", outcome: { writes: 2025, newSheet: "令和7年度" } },
  { file: "era-date-line.xlsx", sheet: "KPI", outcome: { writes: 2024, newSheet: "2024年度" } },
  { file: "half-year-two-row-header.xlsx", sheet: "2024年度", outcome: { writes: 2025, newSheet: "2025年度" } },
  { file: "half-year-columns.xlsx", sheet: "進捗管理", outcome: { writes: 2025, newSheet: "2025年度" } },
  { file: "kpi-group-header.xlsx", sheet: "R6", outcome: { writes: 2025, newSheet: "R7" } },
  { file: "next-target-title-year.xlsx", sheet: "KPI", outcome: { writes: 2024, newSheet: "2024年度" } },
  { file: "next-target.xlsx", sheet: "KPI", outcome: { writes: 2024 } },
  { file: "period-column.xlsx", sheet: "KPI一覧", outcome: { writes: 2025 } },
  { file: "plan-actual-wide.xlsx", sheet: "KPI", outcome: { writes: 2025 } },
  { file: "policy-text-above.xlsx", sheet: "FD宣言", outcome: { writes: 2025, newSheet: "2025年度" } },
  { file: "principles-merged-b3.xlsx", sheet: "KPI", outcome: { writes: 2024, newSheet: "2024年度" } },
  { file: "progress-result.xlsx", sheet: "取組状況", outcome: { writes: 2025, newSheet: "2025年度" } },
  { file: "row-labels-wide.xlsx", sheet: "KPI推移", outcome: { writes: 2025 } },
  { file: "sheet-per-year-relative.xlsx", sheet: "2023年度", outcome: { refuses: { code: "next-year-exists", fiscalYear: 2024 } } },
  { file: "sheet-per-year-relative.xlsx", sheet: "2024年度", outcome: { writes: 2025, newSheet: "2025年度" } },
  { file: "sheet-per-year.xlsx", sheet: "2023年度", outcome: { refuses: { code: "next-year-exists", fiscalYear: 2024 } } },
  // the cover's contents (`No | 項目 | 内容`) read as KPIs without a year: nothing to prepare
  { file: "sheets-by-year-name.xlsx", sheet: "表紙", outcome: { refuses: { code: "next-year-no-kpis" } } },
  { file: "sheets-by-year-name.xlsx", sheet: "2023年度実績", outcome: { refuses: { code: "next-year-exists", fiscalYear: 2024 } } },
  { file: "sheets-by-year-name.xlsx", sheet: "2024年度実績", outcome: { writes: 2025, newSheet: "2025年度実績" } },
  { file: "sheet-per-year.xlsx", sheet: "R6", outcome: { writes: 2025, newSheet: "R7" } },
  { file: "table-carried-year.xlsx", sheet: "KPI管理表", outcome: { refuses: { code: "next-year-no-space", range: "A17:F21" } } },
  { file: "table-listobject.xlsx", sheet: "旧KPI", outcome: { writes: 2023 } },
  { file: "table-listobject.xlsx", sheet: "KPI", outcome: { refuses: { code: "next-year-no-space", range: "A4:I13" } } },
  { file: "table-offset-marks.xlsx", sheet: "2023年度実績", outcome: { writes: 2024, newSheet: "2024年度実績" } },
  { file: "table-second-table.xlsx", sheet: "KPI", outcome: { refuses: { code: "next-year-no-space", range: "A8:F11" } } },
  { file: "title-row-era.xlsx", sheet: "KPI", outcome: { writes: 2025, newSheet: "2025年度" } },
  { file: "transposed-era.xlsx", sheet: "KPI(横)", outcome: { writes: 2025 } },
  { file: "transposed-merged-years.xlsx", sheet: "KPI推移", outcome: { writes: 2026 } },
  { file: "transposed-year-written-once.xlsx", sheet: "推移", outcome: { writes: 2025 } },
  { file: "transposed.xlsx", sheet: "KPI", outcome: { writes: 2025 } },
  { file: "two-row-header-rates.xlsx", sheet: "KPI", outcome: { writes: 2025 } },
  { file: "two-row-header-evaluation.xlsx", sheet: "KPI評価", outcome: { writes: 2025 } },
  { file: "two-row-header-year-over.xlsx", sheet: "KPI(R5-R6)", outcome: { writes: 2025 } },
  { file: "two-row-header.xlsx", sheet: "KPI", outcome: { writes: 2025 } },
  { file: "units-column.xlsx", sheet: "KPI", outcome: { writes: 2025, newSheet: "2025年度" } },
  { file: "wide-era.xlsx", sheet: "KPI", outcome: { writes: 2025 } },
  { file: "wide-listobject.xlsx", sheet: "KPI", outcome: { writes: 2025 } },
  { file: "wide-results-history.xlsx", sheet: "KPI推移", outcome: { writes: 2025 } },
  { file: "wide.xlsx", sheet: "KPI推移", outcome: { writes: 2025 } },
  { file: "years-side-by-side.xlsx", sheet: "KPI", outcome: { writes: 2025 } },
];

const describeOutcome = (o: Outcome): string =>
  "refuses" in o ? `refuses: ${o.refuses.code}` : `adds ${o.writes}年度${o.newSheet ? ` on a new sheet ${o.newSheet}` : ""}`;

/** The fixture workbooks with no sheet in {@link OUTCOMES}. */
const UNLISTED = readdirSync(DIR).filter((f) => f.endsWith(".xlsx") && !OUTCOMES.some((o) => o.file === f));

/**
 * 新年度の準備 on one sheet of a fixture, through the port. Added: the plan's cells written in 2 syncs, earlier cells
 * moved only by the inserted lines, formats copied, and the sheet read back with the new year's KPIs, results
 * empty. Refused: nothing planned, for the reason named.
 */
async function expectOutcome(file: string, sheet: string, outcome: Outcome): Promise<void> {
  const sheets = await readWorkbookBytes(readFileSync(join(DIR, file)), file);
  const book = bookOf(sheets);
  const excel = fakeExcel(book);
  const port = new ExcelWorkbookPort(excel.run, { mergedAreas: true, resizeTables: true });
  const { snapshot, workbook } = await port.readSnapshot({ sheet });
  const before = checkSheet(snapshot, { asOf: AS_OF });
  const plan = planNextYear(before, snapshot, { sheets: workbook.sheets });
  if ("refuses" in outcome) {
    expect(plan).toMatchObject(outcome.refuses);
    return;
  }
  if (!("cells" in plan)) throw new Error(`${file} › ${sheet} refused: ${JSON.stringify(plan)}`);
  if (outcome.writes !== undefined) expect({ fiscalYear: plan.fiscalYear, sheet: plan.sheet }).toEqual({ fiscalYear: outcome.writes, sheet: outcome.newSheet ?? sheet });
  expect(plan.cells.length).toBeGreaterThan(0);
  const old = book.sheet(sheet);
  const oldCells = [...old.cells].filter(([, c]) => c.value !== null).map(([key, c]) => [key.split(",").map(Number), c.value] as const);
  const syncs = excel.syncs();
  const report = await port.applyPatch({ sheets: [], rows: plan });
  // the sizes read, then one request
  expect(excel.syncs() - syncs).toBe(2);
  expect(report.cells).toBe(plan.cells.length);

  const moved = (r: number, c: number) => (plan.newSheet ? [r, c] : [afterInserts(r, plan.insertRows ?? []), afterInserts(c, plan.insertColumns ?? [])]);
  for (const [[r, c], v] of oldCells) {
    const [r2, c2] = moved(r, c);
    expect([r, c, book.sheet(sheet).peek(r2, c2)?.value]).toEqual([r, c, v]);
  }
  const target = book.sheet(plan.sheet);
  for (const cell of plan.cells) {
    const got = target.peek(cell.row, cell.col);
    expect([cell.row, cell.col, got?.value ?? null]).toEqual([cell.row, cell.col, typeof cell.value === "object" && cell.value !== null ? cell.value.error : cell.value]);
  }
  expectFormatsCopied(book, plan);

  const again = checkSheet((await port.readSnapshot({ sheet: plan.sheet })).snapshot, { asOf: AS_OF });
  expect([file, again.layout]).toEqual([file, before.layout]);
  expect(again.findings.filter((f) => f.severity === "error").map((f) => f.code)).toEqual([]);
  const added = again.kpis.filter((k) => k.fiscalYear === plan.fiscalYear && (plan.newSheet || ["wide", "two-row-header", "transposed"].includes(before.layout ?? "") || k.row >= plan.rows.top));
  expect(added).toHaveLength(plan.kpis);
  expect(added.every((k) => k.result === "")).toBe(true);
  if (plan.extendTable) expect(book.tables.find((t) => t.name === plan.extendTable!.name)!.rect).toEqual(plan.extendTable.ref);
}

describe("新年度の準備 in Excel on the layout fixtures", () => {
  it.each(OUTCOMES.map((o) => ({ ...o, what: describeOutcome(o.outcome) })))("$file › $sheet: $what", ({ file, sheet, outcome }) => expectOutcome(file, sheet, outcome));

  it(`every KPI sheet of a fixture not listed gets its next year (now: ${UNLISTED.join(", ") || "none"})`, async () => {
    for (const file of UNLISTED) {
      for (const sheet of await readWorkbookBytes(readFileSync(join(DIR, file)), file)) {
        if (checkSheet(sheet, { asOf: AS_OF }).kpis.length > 0) await expectOutcome(file, sheet.sheetName, {});
      }
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

/**
 * wide.xlsx on the fake host with a note right of the table in its rows, so that the next year's columns are inserted
 * (`also` changes the sheet further before it is read); read through the port, and its next year planned.
 */
async function wideWithColumnsToInsert(also: (sheet: FakeSheet, used: Rect) => void = () => undefined) {
  const book = bookOf(await readWorkbookBytes(readFileSync(join(DIR, "wide.xlsx")), "wide.xlsx"));
  const kpi = book.sheet("KPI推移");
  const used = kpi.usedRect()!;
  kpi.cell(used.top + 3, used.right + 1).value = "担当メモ";
  also(kpi, used);
  const port = new ExcelWorkbookPort(fakeExcel(book).run, { mergedAreas: true, resizeTables: true });
  const { snapshot } = await port.readSnapshot({ sheet: "KPI推移" });
  const plan = planNextYear(checkSheet(snapshot, { asOf: AS_OF }), snapshot) as NextYearRows;
  return { book, kpi, used, port, plan };
}

describe("新年度の準備 on a sheet used to its last column (a stray value in XFD)", () => {
  it("refuses with `sheet-full` before writing anything, where Excel would refuse the column insert half-way", async () => {
    const { book, kpi, port, plan } = await wideWithColumnsToInsert((sheet, used) => {
      sheet.cell(used.top, 16384).value = "x"; // a stray value in the last column
    });
    expect(plan.insertColumns?.length).toBeGreaterThan(0);
    const before = JSON.stringify([...kpi.cells]);
    await expect(port.applyPatch({ sheets: [], rows: plan })).rejects.toMatchObject({ kind: "sheet-full" });
    expect(JSON.stringify([...book.sheet("KPI推移").cells])).toBe(before);
  });
});

describe("新年度の準備 where Excel refuses the insert itself", () => {
  it("an array formula across the columns to insert: refused as `insert-conflict`, whose message says what to move or clear", async () => {
    const { book, kpi, port, plan, used } = await wideWithColumnsToInsert();
    const at = plan.insertColumns![0].at;
    // a legacy array formula (Ctrl+Shift+Enter) over two columns, the insert between them
    kpi.lockedAreas.push({ top: used.bottom + 2, left: at - 1, bottom: used.bottom + 2, right: at });
    const before = JSON.stringify([...kpi.cells]);
    const error: unknown = await port.applyPatch({ sheets: [], rows: plan }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "insert-conflict" });
    expect(errorMessage(error, uiStrings("ja")).body).toBe(uiStrings("ja").errors["insert-conflict"]);
    expect(errorMessage(error, uiStrings("ja")).body).toMatch(/配列数式.+解除してから、もう一度実行してください。$/);
    expect(JSON.stringify([...book.sheet("KPI推移").cells])).toBe(before);
  });
});
