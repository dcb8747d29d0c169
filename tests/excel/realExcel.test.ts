import type { ColumnWrite, SheetWrite, WorkbookPatch } from "../../src/core/WorkbookPatch";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { isWorkbookError } from "../../src/excel/toWorkbookError";
import { FakeBook } from "./_lib/FakeBook";
import { fakeExcel, type FakeExcel } from "./_lib/fakeExcel";
import type { HostLimits } from "./_lib/Recorder";
import { ENGINE } from "../../src/app/pipeline/engine";
import { runKpiCheck } from "../../src/app/pipeline/runKpiCheck";
import { DEFAULT_SETTINGS, type CheckSettings } from "../../src/app/settings/CheckSettings";
import { SEED_HEADER, SEED_ROWS, seedBook } from "./_lib/seedBook";

/**
 * Where real Excel differs from a naive fake (issue #15): the fake host behaves as Excel documents it — text
 * cells keep an apostrophe and show formulas as text, deleting or repositioning a sheet clears the undo stack,
 * a request's steps apply in order and a failure leaves the earlier ones, `columns.add` shifts the cells right
 * of a table — and the add-in's writes are checked against that behaviour.
 */

const STATUS_COL = SEED_HEADER.length + 1;
const LAST = SEED_ROWS.length + 1;

function statusColumn(extra: Partial<ColumnWrite> = {}): ColumnWrite {
  return {
    kind: "owned-column",
    sheet: "KPI",
    col: STATUS_COL,
    header: { row: 1, col: STATUS_COL, value: "達成状況", format: { numberFormat: "@", font: { bold: true } } },
    cells: SEED_ROWS.map((_, i) => ({ row: i + 2, col: STATUS_COL, value: i % 2 ? "◯ 達成" : "× 未達成", format: { numberFormat: "@" } })),
    ownerName: "KpiCheck_Status",
    ownerRef: `'KPI'!$I$1:$I$${LAST}`,
    ...extra,
  };
}

function disclosure(extra: Partial<SheetWrite> = {}): SheetWrite {
  return {
    kind: "replace-sheet",
    name: "開示用",
    cells: [
      { row: 1, col: 1, value: "2024年度", format: { numberFormat: "@" } },
      { row: 2, col: 1, value: "'引用'の取組", format: { numberFormat: "@" } },
      { row: 3, col: 1, value: "=1+1", format: { numberFormat: "@" } },
    ],
    merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
    columnWidths: {},
    rowHeights: {},
    ownerName: "KpiCheck_Disclosure",
    ownerRef: "'開示用'!$A$1",
    ...extra,
  };
}

async function click(book: FakeBook, patch: WorkbookPatch, options: ConstructorParameters<typeof ExcelWorkbookPort>[1] = {}) {
  const excel = fakeExcel(book);
  const port = new ExcelWorkbookPort(excel.run, options);
  await port.readSnapshot();
  await port.applyPatch(patch);
  return excel;
}

describe("1–2. text written once: text cells formatted as text, no apostrophe; links in General cells", () => {
  it("writes the status column's words without a visible apostrophe (the cells are formatted as text)", async () => {
    const book = seedBook();
    await click(book, { sheets: [], statusLines: [statusColumn()] });
    const kpi = book.sheet("KPI");
    expect(kpi.peek(1, STATUS_COL)?.value).toBe("達成状況");
    expect(kpi.peek(2, STATUS_COL)?.value).toBe("× 未達成");
    expect(kpi.peek(2, STATUS_COL)?.numberFormat).toBe("@");
  });

  it.each(["2024年度", "'引用'の取組", "=1+1"])("stores %j on 開示用 exactly as given, never a formula", async (text) => {
    const book = seedBook();
    await click(book, { sheets: [disclosure()] });
    const s = book.sheet("開示用");
    const cells = [1, 2, 3].map((row) => s.peek(row, 1));
    const cell = cells.find((c) => c?.value === text);
    expect(cell).toBeDefined();
    expect(cell?.formula).toBeUndefined();
  });

  it("stores text the plan gives no number format as text too (a leading apostrophe would stay visible)", async () => {
    const book = seedBook();
    await click(book, { sheets: [disclosure({ cells: [{ row: 1, col: 1, value: "80%" }, { row: 2, col: 1, value: "TRUE" }] })] });
    expect(book.grid("開示用", "A1:A2")).toEqual([["80%"], ["TRUE"]]);
  });

  it("makes 検証結果's link cells working links, though the plan formats them as text", async () => {
    const book = seedBook();
    const findings = disclosure({
      name: "検証結果",
      ownerName: "KpiCheck_Findings",
      ownerRef: "'検証結果'!$A$1",
      merges: [],
      cells: [{ row: 2, col: 5, value: "G27", hyperlink: "#'KPI'!G27", format: { numberFormat: "@", font: { color: "#0563C1", underline: true } } }],
    });
    await click(book, { sheets: [findings] });
    const cell = book.sheet("検証結果").peek(2, 5);
    expect(cell?.formula).toBe(`=HYPERLINK("#'KPI'!G27","G27")`);
    expect(cell?.value).toBe("G27");
  });
});

describe("3. undo: the add-in's own sheet is rewritten in place, the user's undo history kept", () => {
  function withOldDisclosure(): FakeBook {
    const book = seedBook();
    const old = book.addSheet("開示用", [["古い開示"], ["2023年度"]]);
    old.merges.push({ top: 1, left: 1, bottom: 1, right: 4 });
    old.frozen = { rows: 1, cols: 0 };
    book.addSheet("メモ", [["user notes"]]);
    book.names.set("KpiCheck_Disclosure", { formula: "='開示用'!$A$1", visible: false });
    book.undoLog = ["the user's typing"];
    return book;
  }

  it("keeps the user's undo history when it writes 開示用 again, and keeps the sheet's place", async () => {
    const book = withOldDisclosure();
    await click(book, { sheets: [disclosure({ replaces: "開示用" })] });
    expect(book.undoLog[0]).toBe("the user's typing");
    expect(book.sheets.map((s) => s.name)).toEqual(["KPI", "開示用", "メモ"]);
  });

  it("leaves nothing of the old sheet: old cells, merges and frozen rows are gone", async () => {
    const book = withOldDisclosure();
    await click(book, { sheets: [disclosure({ replaces: "開示用", merges: [] })] });
    const s = book.sheet("開示用");
    expect(book.grid("開示用", "A1:A3")).toEqual([["2024年度"], ["'引用'の取組"], ["=1+1"]]);
    expect(s.merges).toEqual([]);
    expect(s.frozen).toEqual({ rows: 0, cols: 0 });
    expect(book.names.get("KpiCheck_Disclosure")).toEqual({ formula: "='開示用'!$A$1", visible: false });
  });

  it("makes the whole write one undo step where Excel can group it (ExcelApi 1.20)", async () => {
    const book = withOldDisclosure();
    await click(book, { sheets: [disclosure({ replaces: "開示用" })], statusLines: [statusColumn()] }, { mergeUndoGroup: true, budgetBytes: 2_000 });
    expect(book.undoLog).toEqual(["the user's typing", "add-in"]);
  });
});

describe("4. a write planned from an earlier read checks first that the sheet is as read", () => {
  function staleClick(change: (book: FakeBook) => void) {
    const book = seedBook();
    const excel = fakeExcel(book);
    let now = 0;
    const port = new ExcelWorkbookPort(excel.run, { now: () => now });
    const cellsNow = () => JSON.stringify([...book.sheet("KPI").cells]);
    return {
      book,
      excel,
      run: async (patch: WorkbookPatch) => {
        await port.readSnapshot();
        change(book);
        const before = cellsNow();
        now += 60_000; // the write comes from results read at an earlier click
        const error = await port.applyPatch(patch).catch((e: unknown) => e);
        return { error, untouched: cellsNow() === before };
      },
    };
  }

  it.each([
    ["typed in the chosen empty column", (book: FakeBook) => (book.sheet("KPI").cell(5, STATUS_COL).value = "メモ")],
    ["inserted rows above the KPI table", (book: FakeBook) => book.sheet("KPI").shiftDown(1)],
    ["made a sheet named 開示用", (book: FakeBook) => void book.addSheet("開示用", [["自分の表"]])],
  ])("stops with a 'changed' message and writes nothing when the user %s", async (_what, change) => {
    const { book, run } = staleClick(change);
    const { error, untouched } = await run({ sheets: [disclosure()], statusLines: [statusColumn()] });
    expect(isWorkbookError(error) && error.kind).toBe("changed");
    expect(untouched).toBe(true);
    expect(book.names.has("KpiCheck_Status")).toBe(false);
  });

  it("writes when nothing changed, in one sync more than a click (4 in all)", async () => {
    const { book, excel, run } = staleClick(() => undefined);
    await run({ sheets: [], statusLines: [statusColumn()] });
    expect(book.sheet("KPI").peek(1, STATUS_COL)?.value).toBe("達成状況");
    expect(excel.syncs()).toBe(4);
  });

  it("a request that fails half-way has changed nothing: the steps that can fail come first", async () => {
    const book = seedBook();
    book.names.set("KpiCheck_Disclosure", { formula: "='開示用'!$A$1", visible: false });
    const excel = fakeExcel(book);
    const port = new ExcelWorkbookPort(excel.run);
    await port.readSnapshot();
    book.addSheet("開示用", [["自分の表"]]); // made at once after the read, in the same click
    const error = await port.applyPatch({ sheets: [disclosure()], statusLines: [statusColumn()] }).catch((e: unknown) => e);
    expect(isWorkbookError(error) && error.kind).toBe("changed");
    expect(book.names.get("KpiCheck_Disclosure")).toEqual({ formula: "='開示用'!$A$1", visible: false });
    expect(book.sheet("KPI").peek(1, STATUS_COL)).toBeUndefined();
    expect(book.grid("開示用", "A1")).toEqual([["自分の表"]]);
  });

  it("lets Excel wait for a cell being edited instead of failing, when asked (the ribbon command)", async () => {
    const book = seedBook();
    const excel = fakeExcel(book, { editMode: true });
    const port = new ExcelWorkbookPort(excel.run, { delayForCellEdit: true });
    await port.readSnapshot();
    await port.applyPatch({ sheets: [], statusLines: [statusColumn()] });
    expect(book.sheet("KPI").peek(1, STATUS_COL)?.value).toBe("達成状況");
  });
});

describe("5. the user's Excel Table is extended only when no cell stands right of it", () => {
  it("keeps the status column outside the table rather than move the user's cells right of it", async () => {
    const book = seedBook({ table: true });
    book.sheet("KPI").cell(5, STATUS_COL + 3).value = "担当メモ";
    await click(book, { sheets: [], statusLines: [statusColumn({ extendTable: "KpiTable" })] });
    expect(book.sheet("KPI").peek(5, STATUS_COL + 3)?.value).toBe("担当メモ");
    expect(book.sheet("KPI").peek(1, STATUS_COL)?.value).toBe("達成状況");
    expect(book.tables[0].rect.right).toBe(SEED_HEADER.length);
  });

  it("never writes a status into the table's total row", async () => {
    const book = seedBook({ table: true });
    const table = book.tables[0];
    const totals = LAST + 1;
    book.sheet("KPI").cell(totals, 1).value = "合計";
    Object.assign(table, { showTotals: true, rect: { ...table.rect, bottom: totals } });
    const column = statusColumn();
    await click(book, { sheets: [], statusLines: [{ ...column, cells: [...column.cells, { row: totals, col: STATUS_COL, value: "× 未達成" }] }] });
    expect(book.sheet("KPI").peek(LAST, STATUS_COL)?.value).toBe("◯ 達成");
    expect(book.sheet("KPI").peek(totals, STATUS_COL)?.value ?? null).toBeNull();
  });

  it("extends the table when the strip right of it is empty", async () => {
    const book = seedBook({ table: true });
    await click(book, { sheets: [], statusLines: [statusColumn({ extendTable: "KpiTable" })] });
    expect(book.tables[0].rect.right).toBe(STATUS_COL);
    expect(book.sheet("KPI").peek(2, STATUS_COL)?.value).toBe("× 未達成");
  });
});

describe("6. a write Excel cuts off between two requests is taken up again by the next run", () => {
  // Office.js has no transaction across `context.sync()`: the requests before a refused one stay applied ("Error
  // handling with the application-specific JavaScript APIs"). A large write takes several requests (Excel on the
  // web's 5 MB), so a dropped connection can leave it half done; the add-in knows its cells only by its names.
  const settings: CheckSettings = { ...DEFAULT_SETTINGS, write: { statusColumn: true, disclosureSheet: true, findingsSheet: false, trendSheet: false } };
  const run = { lang: "ja", today: "2026-11-29" } as const;

  it.each(["GeneralException", "RequestAborted"])(
    "after a %s in the write's last request, the next click rewrites the same status column and 開示用 in place",
    async (code) => {
      const click = (excel: FakeExcel) => runKpiCheck(new ExcelWorkbookPort(excel.run, { budgetBytes: 20_000 }), ENGINE, settings, run);
      const dry = fakeExcel(seedBook());
      await click(dry);
      const book = seedBook();
      const limits: HostLimits = { refuseSync: { at: dry.syncs(), code } };
      const excel = fakeExcel(book, limits);
      await expect(click(excel)).rejects.toMatchObject({ name: "WorkbookError" });
      expect(book.sheet("KPI").peek(1, STATUS_COL)?.value).toBe("達成状況"); // the requests before went through
      limits.refuseSync = undefined;
      await click(excel);
      const headerRow = book.grid("KPI", "A1:Z1")[0];
      expect(headerRow.filter((v) => v === "達成状況")).toHaveLength(1);
      expect(headerRow[STATUS_COL - 1]).toBe("達成状況");
      expect(book.sheets.map((s) => s.name)).toEqual(["KPI", "開示用"]);
    },
  );
});
