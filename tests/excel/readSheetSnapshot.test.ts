import { chooseSheetByOutline } from "../../src/core/layout/chooseSheetByOutline";
import type { SheetOutline } from "../../src/core/WorkbookPort";
import { OTHER_SHEET_MAX_CELLS, OTHER_SHEET_WINDOW, readSheetSnapshot } from "../../src/excel/readSheetSnapshot";
import { isWorkbookError } from "../../src/excel/toWorkbookError";
import { FakeBook } from "./_lib/FakeBook";
import { fakeExcel } from "./_lib/fakeExcel";
import { SEED_HEADER, SEED_ROWS, seedBook, yearSheetsBook } from "./_lib/seedBook";

describe("readSheetSnapshot: the used range's address first, then only the block that holds the table", () => {
  it("reads the active sheet's used range into a snapshot with two context.sync() calls", async () => {
    const excel = fakeExcel(seedBook());
    const { snapshot } = await excel.run((context) => readSheetSnapshot(context));
    expect(excel.syncs()).toBe(2);
    expect(snapshot.sheetName).toBe("KPI");
    expect(snapshot.origin).toEqual({ row: 1, col: 1 });
    expect(snapshot.values[0]).toEqual(SEED_HEADER);
    expect(snapshot.values).toHaveLength(SEED_ROWS.length + 1);
    expect(snapshot.values[1]).toEqual(SEED_ROWS[0].map((v) => (v === "" ? null : v)));
  });

  it("keeps what Excel shows next to what the cell holds (0.6 formatted 0.00% shows 60.00%)", async () => {
    const excel = fakeExcel(seedBook({ percentCell: true }));
    const { snapshot } = await excel.run((context) => readSheetSnapshot(context));
    const r = snapshot.values.findIndex((row) => row[0] === "2023年度" && row[1] === 2);
    expect(snapshot.values[r][6]).toBe(0.6);
    expect(snapshot.texts[r][6]).toBe("60.00%");
    expect(snapshot.numberFormats[r][6]).toBe("0.00%");
  });

  it("reads a cell holding a data type (a linked entity, a picture in the cell) as the text it shows, not #VALUE!", async () => {
    // Range.values gives such a cell's basic value, #VALUE! (EntityCellValue.basicValue, "Excel JavaScript API data
    // types core concepts", https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-concepts)
    const book = seedBook();
    Object.assign(book.sheet("KPI").cell(2, 3), { value: "#VALUE!", text: "お客さまアンケート" });
    const excel = fakeExcel(book);
    const { snapshot } = await excel.run((context) => readSheetSnapshot(context));
    expect(snapshot.values[1][2]).toBe("お客さまアンケート");
  });

  it.each([
    ["typed with an apostrophe", { quotePrefix: true }],
    ["in a cell formatted as text", { numberFormat: "@" }],
  ])("reads a text cell holding #N/A (%s) as that text, and an error value (=NA()) as an error", async (_how, asText) => {
    const book = seedBook();
    Object.assign(book.sheet("KPI").cell(2, 6), { value: "#N/A", ...asText });
    Object.assign(book.sheet("KPI").cell(3, 6), { value: "#N/A", formula: "=NA()" });
    const excel = fakeExcel(book);
    const { snapshot } = await excel.run((context) => readSheetSnapshot(context));
    expect(snapshot.values[1][5]).toBe("#N/A");
    expect(snapshot.values[2][5]).toEqual({ error: "#N/A" });
    // Range.values gives both as "#N/A": their valueTypes come in one more sync, for that column only
    expect(excel.syncs()).toBe(3);
  });

  it.each([
    ["an error whose column is too narrow to show it (=NA(), shown ####)", { value: "#N/A", formula: "=NA()", text: "####" }, { error: "#N/A" }],
    ["a text cell holding #N/A under a text format that adds to it (@\"件\", shown #N/A件)", { value: "#N/A", numberFormat: '@"件"', text: "#N/A件", valueType: "String" }, "#N/A"],
  ])("reads %s by its Range.valueTypes, not by whether its shown text is the code", async (_what, cell, expected) => {
    const book = seedBook();
    Object.assign(book.sheet("KPI").cell(2, 6), cell);
    const excel = fakeExcel(book);
    const { snapshot } = await excel.run((context) => readSheetSnapshot(context));
    expect(snapshot.values[1][5]).toEqual(expected);
  });

  it.each([
    ["a block that starts at C4", { row: 4, col: 3 }],
    ["a block in A1", { row: 1, col: 1 }],
  ])("gives sheet coordinates for %s", async (_name, origin) => {
    const book = new FakeBook();
    book.addSheet("KPI", [["年度", "No"], ["2023年度", 1]], origin);
    const excel = fakeExcel(book);
    const { snapshot } = await excel.run((context) => readSheetSnapshot(context));
    expect(snapshot.origin).toEqual(origin);
    expect(snapshot.values).toEqual([["年度", "No"], ["2023年度", 1]]);
  });

  it("reads a named sheet rather than the active one", async () => {
    const book = seedBook();
    book.addSheet("メモ", [["memo"]]);
    book.active = "メモ";
    const excel = fakeExcel(book);
    const { snapshot, workbook } = await excel.run((context) => readSheetSnapshot(context, { sheet: "KPI" }));
    expect(snapshot.sheetName).toBe("KPI");
    expect(workbook.activeSheet).toBe("メモ");
  });

  it("turns error values into { error } and empty cells into null", async () => {
    const book = new FakeBook();
    const sheet = book.addSheet("KPI", [["年度", "結果", "備考"]]);
    Object.assign(sheet.cell(2, 1), { value: "2023年度" });
    Object.assign(sheet.cell(2, 2), { value: "#DIV/0!" });
    const { snapshot } = await fakeExcel(book).run((context) => readSheetSnapshot(context));
    expect(snapshot.values[1]).toEqual(["2023年度", { error: "#DIV/0!" }, null]);
    expect(snapshot.texts[1]).toEqual(["2023年度", "#DIV/0!", ""]);
  });

  it("returns an empty snapshot for an empty sheet", async () => {
    const book = new FakeBook();
    book.addSheet("KPI");
    const { snapshot } = await fakeExcel(book).run((context) => readSheetSnapshot(context));
    expect(snapshot.values).toEqual([]);
  });

  it("locates the Excel Table holding the KPI range, in the same two syncs", async () => {
    const excel = fakeExcel(seedBook({ table: true }));
    const { snapshot, workbook } = await excel.run((context) => readSheetSnapshot(context));
    expect(excel.syncs()).toBe(2);
    expect(snapshot.table).toEqual({ name: "KpiTable", top: 1, left: 1, bottom: SEED_ROWS.length + 1, right: SEED_HEADER.length });
    expect(workbook.tables).toEqual([{ name: "KpiTable", sheet: "KPI" }]);
  });

  describe("Excel Tables located by their address (Table.getRange() in the block's sync), not by their header alone", () => {
    // Excel keeps column names unique within a table, not across tables: one table per year stacked on a sheet has
    // the same header twice, and a table may hide its header row (Table Design › Header Row).
    function stackedYears(second: { showHeaders: boolean }) {
      const book = new FakeBook();
      const width = SEED_HEADER.length;
      const rows = [SEED_HEADER, ...SEED_ROWS.slice(0, 3), [], second.showHeaders ? SEED_HEADER : SEED_ROWS[3], ...SEED_ROWS.slice(4, 7), ["合計"]];
      book.addSheet("KPI", rows);
      book.tables.push({ name: "KPI2023", sheet: "KPI", rect: { top: 1, left: 1, bottom: 4, right: width }, showHeaders: true, showTotals: false });
      book.tables.push({ name: "KPI2024", sheet: "KPI", rect: { top: 6, left: 1, bottom: 10, right: width }, showHeaders: second.showHeaders, showTotals: true });
      return book;
    }

    it("finds two tables with the same column names, each with its total row, in the same two syncs", async () => {
      const excel = fakeExcel(stackedYears({ showHeaders: true }));
      const reading = await excel.run((context) => readSheetSnapshot(context));
      expect(excel.syncs()).toBe(2);
      expect(reading.snapshot.table).toEqual({ name: "KPI2024", top: 6, left: 1, bottom: 10, right: SEED_HEADER.length, totalsRow: true });
      expect(reading.totalsRows).toEqual([10]);
    });

    it("knows the total row of a table whose header row is hidden", async () => {
      const excel = fakeExcel(stackedYears({ showHeaders: false }));
      const reading = await excel.run((context) => readSheetSnapshot(context));
      expect(reading.totalsRows).toEqual([10]);
    });
  });

  it("reads merged areas when asked (ExcelApi 1.13)", async () => {
    const book = seedBook();
    book.sheet("KPI").merges.push({ top: 2, left: 3, bottom: 2, right: 4 });
    const excel = fakeExcel(book);
    const { snapshot } = await excel.run((context) => readSheetSnapshot(context, { mergedAreas: true }));
    expect(excel.syncs()).toBe(2);
    expect(snapshot.merges).toEqual([{ top: 2, left: 3, bottom: 2, right: 4 }]);
  });

  it("reads a merged cell of the table's last column that reaches into the column right of it (where the status would go)", async () => {
    // getMergedAreasOrNullObject gives only the merged areas whose top-left cell lies in the range (office-js #3611):
    // the read asks over the block, where such a merged note (備考 over H5:I5) starts, so the engine sees it cover I5.
    const book = seedBook();
    const last = SEED_HEADER.length;
    book.sheet("KPI").merges.push({ top: 5, left: last, bottom: 5, right: last + 1 });
    const excel = fakeExcel(book);
    const { snapshot } = await excel.run((context) => readSheetSnapshot(context, { mergedAreas: true }));
    expect(snapshot.values[0]).toHaveLength(last);
    expect(snapshot.merges).toEqual([{ top: 5, left: last, bottom: 5, right: last + 1 }]);
  });

  it("reports the workbook around the sheet: sheets, defined names, protection", async () => {
    const book = seedBook();
    book.addSheet("開示用", [["2024年度"]]);
    book.names.set("KpiCheck.Disclosure", { formula: "='開示用'!$A$1", visible: false });
    book.sheet("KPI").protected = true;
    const { workbook } = await fakeExcel(book).run((context) => readSheetSnapshot(context));
    expect(workbook).toEqual({
      sheets: ["KPI", "開示用"],
      activeSheet: "KPI",
      names: [{ name: "KpiCheck.Disclosure", ref: "='開示用'!$A$1" }],
      tables: [],
      sheetProtected: true,
      structureProtected: false,
    });
  });

  it("says the user is editing a cell, as a typed error", async () => {
    const excel = fakeExcel(seedBook(), { editMode: true });
    const error = await excel.run((context) => readSheetSnapshot(context)).catch((e: unknown) => e);
    expect(isWorkbookError(error) && error.kind).toBe("cell-edit-mode");
  });

  it("refuses a used range larger than the cell limit as too-large", async () => {
    const excel = fakeExcel(seedBook({ kpis: 100 }));
    const error = await excel.run((context) => readSheetSnapshot(context, { maxCells: 500 })).catch((e: unknown) => e);
    expect(isWorkbookError(error) && error.kind).toBe("too-large");
  });

  it("loads no cell before it knows the used range's size: the first sync asks for addresses only", async () => {
    const excel = fakeExcel(seedBook({ kpis: 1_000 }));
    await excel.run((context) => readSheetSnapshot(context));
    expect(excel.rec.stats[0].responseBytes).toBeLessThan(2_000);
  });

  it.each([
    ["a stray value far away (XFD1048576)", 1048576, 16384],
    ["a stray value past column CV", 5, 200],
  ])("reads the KPI table despite %s: only the used part of the top-left window", async (_name, row, col) => {
    const book = seedBook();
    book.sheet("KPI").cell(row, col).value = "メモ";
    const excel = fakeExcel(book);
    const { snapshot } = await excel.run((context) => readSheetSnapshot(context, { maxCells: 1_000 }));
    expect(snapshot.origin).toEqual({ row: 1, col: 1 });
    expect(snapshot.values[0]).toEqual(SEED_HEADER);
    expect(snapshot.values).toHaveLength(SEED_ROWS.length + 1);
    expect(excel.syncs()).toBe(2);
  });

  it("says too-large, never crashes, when Excel on the web answers a load of over five million cells with null", async () => {
    const book = new FakeBook();
    const sheet = book.addSheet("KPI", [["年度", "No"]]);
    sheet.cell(60_000, 100).value = "x"; // 6,000,000 cells, all inside the window
    const excel = fakeExcel(book);
    const error = await excel.run((context) => readSheetSnapshot(context, { maxCells: 10_000_000 })).catch((e: unknown) => e);
    expect(isWorkbookError(error) && error.kind).toBe("too-large");
  });

  it("falls back to row blocks when Excel on the web refuses an answer over 5 MB, and reads the same cells", async () => {
    const big = seedBook({ kpis: 10_000 });
    const excel = fakeExcel(big);
    const { snapshot } = await excel.run((context) => readSheetSnapshot(context));
    const desktop = fakeExcel(seedBook({ kpis: 10_000 }), { web: false });
    const { snapshot: whole } = await desktop.run((context) => readSheetSnapshot(context));
    expect(desktop.syncs()).toBe(2);
    expect(excel.syncs()).toBeGreaterThan(2);
    expect(excel.rec.stats.filter((s) => !s.refused).every((s) => s.responseBytes < 5 * 1024 * 1024)).toBe(true);
    expect(snapshot.values).toEqual(whole.values);
    expect(snapshot.texts).toEqual(whole.texts);
  }, 60_000);
});

describe("readSheetSnapshot with choose: the KPI sheet picked among many, only its cells loaded", () => {
  /** 開示用 (the add-in's, active), メモ (empty), KPI, 旧KPI (hidden). */
  function manySheets(): FakeBook {
    const book = new FakeBook();
    book.addSheet("開示用", [["2024年度"]]);
    book.addSheet("メモ");
    book.sheets.push(seedBook().sheet("KPI"));
    const hidden = book.addSheet("旧KPI", [["年度", "No"], ["2020年度", 1]]);
    hidden.visibility = "Hidden";
    book.names.set("KpiCheck_Disclosure", { formula: "='開示用'!$A$1", visible: false });
    book.active = "開示用";
    return book;
  }

  it("asks with the active sheet first, then with every sheet's outline — and loads cells of the chosen sheet only", async () => {
    const excel = fakeExcel(manySheets());
    const asked: unknown[][] = [];
    const { snapshot } = await excel.run((context) =>
      readSheetSnapshot(context, {
        choose: (outlines, active, names) => {
          asked.push(outlines.map((o) => o.name));
          return chooseSheetByOutline(outlines, active, names);
        },
      }),
    );
    expect(asked).toEqual([["開示用"], ["開示用", "メモ", "KPI", "旧KPI"]]);
    expect(snapshot.sheetName).toBe("KPI");
    expect(snapshot.values[0]).toEqual(SEED_HEADER);
    expect(excel.syncs()).toBe(3);
    // Only the last sync answers with cells: the outlines are addresses.
    expect(excel.rec.stats[0].responseBytes + excel.rec.stats[1].responseBytes).toBeLessThan(3_000);
  });

  it("gives the chooser each sheet's visibility and used range", async () => {
    const seen: SheetOutline[][] = [];
    await fakeExcel(manySheets()).run((context) => readSheetSnapshot(context, {
        choose: (o) => {
          seen.push(o);
          return undefined;
        },
      }),
    );
    expect(seen[1]).toEqual([
      { name: "開示用", visible: true, usedRange: "'開示用'!A1", tables: [] },
      { name: "メモ", visible: true, usedRange: null, tables: [] },
      { name: "KPI", visible: true, usedRange: `KPI!A1:H${SEED_ROWS.length + 1}`, tables: [] },
      { name: "旧KPI", visible: false, usedRange: null, tables: [] },
    ]);
  });

  it("takes the active sheet in two syncs when it may hold the table (the common click)", async () => {
    const book = manySheets();
    book.active = "KPI";
    const excel = fakeExcel(book);
    const { snapshot } = await excel.run((context) => readSheetSnapshot(context, { choose: chooseSheetByOutline }));
    expect(snapshot.sheetName).toBe("KPI");
    expect(excel.syncs()).toBe(2);
  });
});

describe("readSheetSnapshot with all: every sheet that may hold a KPI table, their cells in the chosen sheet's sync", () => {
  /** The year sheets, with the add-in's 開示用, an empty メモ and a hidden 旧KPI among them. */
  function yearsAndMore(kpis?: number): FakeBook {
    const book = yearSheetsBook({ kpis });
    book.addSheet("開示用", [["2024年度"]]);
    book.addSheet("メモ");
    book.addSheet("旧KPI", [["年度", "No"], ["2020年度", 1]]).visibility = "Hidden";
    book.names.set("KpiCheck_Disclosure", { formula: "='開示用'!$A$1", visible: false });
    book.active = "2023年度";
    return book;
  }

  it("reads the other visible sheets in workbook order, never the add-in's own, an empty or a hidden one", async () => {
    const { snapshot, others } = await fakeExcel(yearsAndMore()).run((context) => readSheetSnapshot(context, { choose: chooseSheetByOutline, all: true }));
    expect(snapshot.sheetName).toBe("2023年度");
    expect(others?.map((s) => s.sheetName)).toEqual(["2021年度", "2022年度", "2024年度"]);
    for (const other of others ?? []) expect(other.values[0]).toEqual(SEED_HEADER.slice(1));
  });

  it("takes two syncs, as a one-sheet read: the active sheet's outline, then its block with the other sheets' outlines and cells", async () => {
    const excel = fakeExcel(yearsAndMore());
    await excel.run((context) => readSheetSnapshot(context, { choose: chooseSheetByOutline, all: true }));
    expect(excel.syncs()).toBe(2);
    expect(excel.rec.stats[0].responseBytes).toBeLessThan(2_000);
  });

  it(`reads a sheet used beyond its top-left ${OTHER_SHEET_WINDOW} in one more sync, whole`, async () => {
    const book = yearsAndMore();
    book.sheet("2022年度").cell(250, 3).value = "注記";
    const excel = fakeExcel(book);
    const { others } = await excel.run((context) => readSheetSnapshot(context, { choose: chooseSheetByOutline, all: true }));
    expect(excel.syncs()).toBe(3);
    const sheet = others?.find((s) => s.sheetName === "2022年度");
    expect(sheet?.values).toHaveLength(250);
    expect(sheet?.values[249][2]).toBe("注記");
    expect(sheet?.values[0]).toEqual(SEED_HEADER.slice(1));
  });

  it("needs no sync of its own for the outlines when the chooser already outlined every sheet", async () => {
    const book = yearsAndMore();
    book.active = "開示用";
    const excel = fakeExcel(book);
    const { snapshot, others } = await excel.run((context) => readSheetSnapshot(context, { choose: chooseSheetByOutline, all: true }));
    expect(snapshot.sheetName).toBe("2021年度");
    expect(others?.map((s) => s.sheetName)).toEqual(["2022年度", "2023年度", "2024年度"]);
    expect(excel.syncs()).toBe(3);
  });

  it("adds no sync to a workbook of one sheet", async () => {
    const excel = fakeExcel(seedBook());
    const { others } = await excel.run((context) => readSheetSnapshot(context, { choose: chooseSheetByOutline, all: true }));
    expect(others).toEqual([]);
    expect(excel.syncs()).toBe(2);
  });

  it("reads the sheets in halves, then in row bands, when Excel on the web refuses the answer of all of them, and reads the same cells", async () => {
    // 10,000 KPIs one sheet per year: 1,667 sheets
    const web = fakeExcel(yearSheetsBook({ kpis: 10_000 }));
    const desktop = fakeExcel(yearSheetsBook({ kpis: 10_000 }), { web: false });
    const read = (excel: typeof web) => excel.run((context) => readSheetSnapshot(context, { all: true }));
    const [onWeb, onDesktop] = [await read(web), await read(desktop)];
    expect(desktop.syncs()).toBe(2);
    expect(web.syncs()).toBeLessThan(10);
    expect(web.rec.stats.some((s) => s.refused)).toBe(true);
    expect(web.rec.stats.filter((s) => !s.refused).every((s) => s.responseBytes < 5 * 1024 * 1024)).toBe(true);
    expect(onWeb.others?.map((s) => s.values)).toEqual(onDesktop.others?.map((s) => s.values));
    expect(onWeb.snapshot.values).toEqual(onDesktop.snapshot.values);
  }, 120_000);

  it("leaves out another sheet too large to read, rather than failing the check of the others", async () => {
    const book = yearSheetsBook();
    book.addSheet("データ", [["x"]]).cell(300, 20).value = "y";
    const { others } = await fakeExcel(book).run((context) => readSheetSnapshot(context, { all: true, maxCells: 1_000 }));
    expect(others?.map((s) => s.sheetName)).toEqual(["2022年度", "2023年度", "2024年度"]);
  });

  it(`leaves out, unread, another sheet larger than ${OTHER_SHEET_MAX_CELLS.toLocaleString("en")} cells (a data sheet beside the years), in the two syncs of a one-sheet read`, async () => {
    const book = yearsAndMore();
    book.addSheet("顧客一覧", [["顧客", "契約"]]).cell(20_000, 20).value = "末尾";
    const excel = fakeExcel(book);
    const { snapshot, others } = await excel.run((context) => readSheetSnapshot(context, { choose: chooseSheetByOutline, all: true }));
    expect(snapshot.sheetName).toBe("2023年度");
    expect(others?.map((s) => s.sheetName)).toEqual(["2021年度", "2022年度", "2024年度"]);
    expect(excel.syncs()).toBe(2);
  });

  it("still reads the sheet the check starts from however large, up to maxCells", async () => {
    const book = yearsAndMore();
    book.sheet("2023年度").cell(20_000, 20).value = "末尾";
    const { snapshot, others } = await fakeExcel(book).run((context) => readSheetSnapshot(context, { sheet: "2023年度", all: true }));
    expect(snapshot.values).toHaveLength(20_000);
    expect(others?.map((s) => s.sheetName)).toEqual(["2021年度", "2022年度", "2024年度"]);
  });

  it("marks a hidden sheet read by name as hidden", async () => {
    const book = yearsAndMore();
    const { snapshot } = await fakeExcel(book).run((context) => readSheetSnapshot(context, { sheet: "旧KPI", all: true }));
    expect(snapshot.visibility).toBe("hidden");
  });
});
