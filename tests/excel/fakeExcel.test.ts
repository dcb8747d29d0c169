import { FakeBook } from "./_lib/FakeBook";
import { fakeExcel } from "./_lib/fakeExcel";

/** The fake host must be strict where Office.js is, or the adapter's tests would prove nothing. */
describe("the fake Excel behind the adapter tests", () => {
  function book(): FakeBook {
    const b = new FakeBook();
    b.addSheet("KPI", [["年度", "No"], ["2023年度", 1]]);
    return b;
  }

  it("gives office-addin-mock's error string for a property read before load and sync", async () => {
    await fakeExcel(book()).run(async (context) => {
      const used = context.workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject(true);
      expect(used.values).toBe("Error, property was not loaded");
      used.load("values");
      expect(used.values).toBe("Error, context.sync() was not called");
      await context.sync();
      expect(used.values).toEqual([["年度", "No"], ["2023年度", 1]]);
      expect(used.text).toBe("Error, property was not loaded");
    });
  });

  it("gives the error string for a collection's items before sync", async () => {
    await fakeExcel(book()).run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(sheets.items).toBe("Error, property was not loaded");
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["KPI"]);
    });
  });

  it("changes the workbook only when context.sync() is called", async () => {
    const b = book();
    await fakeExcel(b).run(async (context) => {
      context.workbook.worksheets.getItem("KPI").getRange("C1").values = [["'x"]];
      expect(b.grid("KPI", "C1")).toEqual([[null]]);
      await context.sync();
      expect(b.grid("KPI", "C1")).toEqual([["x"]]);
    });
  });

  it("refuses a values array that does not match its range, as Excel does", async () => {
    const excel = fakeExcel(book());
    const error = await excel
      .run(async (context) => {
        context.workbook.worksheets.getItem("KPI").getRange("A1:B1").values = [["only one"]];
        await context.sync();
      })
      .catch((e: { code?: string }) => e.code);
    expect(error).toBe("InvalidArgument");
  });

  it("measures each request in UTF-8 bytes and refuses one over 5 MB like Excel on the web", async () => {
    const excel = fakeExcel(book());
    const big = "達".repeat(2_000_000);
    const code = await excel
      .run(async (context) => {
        context.workbook.worksheets.getItem("KPI").getRange("A1").values = [[big]];
        await context.sync();
      })
      .catch((e: { code?: string }) => e.code);
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(excel.rec.stats[0].requestBytes).toBeGreaterThan(6_000_000);
  });

  it.each<[string, string, string | number, string | undefined]>([
    ["keeps an apostrophe in a cell formatted as text", "'x", "'x", undefined],
    ["shows a formula as its text in a cell formatted as text", "=1+1", "=1+1", undefined],
    ["stores 80% as text in a cell formatted as text", "80%", "80%", undefined],
  ])("%s", async (_name, input, value, formula) => {
    const b = book();
    await fakeExcel(b).run(async (context) => {
      const cell = context.workbook.worksheets.getItem("KPI").getRange("C1");
      cell.numberFormat = [["@"]];
      cell.values = [[input]];
      await context.sync();
    });
    expect([b.sheet("KPI").peek(1, 3)?.value, b.sheet("KPI").peek(1, 3)?.formula]).toEqual([value, formula]);
  });

  it.each<[string, (ws: Excel.Worksheet) => void]>([
    ["deleting a sheet", (ws) => ws.delete()],
    ["setting a sheet's position", (ws) => void (ws.position = 0)],
  ])("empties the undo log on %s, as Excel's undo stack", async (_name, act) => {
    const b = book();
    b.addSheet("メモ", [["x"]]);
    b.undoLog = ["the user's typing"];
    await fakeExcel(b).run(async (context) => {
      act(context.workbook.worksheets.getItem("メモ"));
      await context.sync();
    });
    expect(b.undoLog).not.toContain("the user's typing");
  });

  it("applies a request's steps in order and leaves those before a failing one applied", async () => {
    const b = book();
    const code = await fakeExcel(b)
      .run(async (context) => {
        const ws = context.workbook.worksheets.getItem("KPI");
        ws.getRange("C1").values = [["first"]];
        context.workbook.worksheets.add("KPI"); // exists: fails
        ws.getRange("D1").values = [["never"]];
        await context.sync();
      })
      .catch((e: { code?: string }) => e.code);
    expect(code).toBe("ItemAlreadyExists");
    expect(b.grid("KPI", "C1:D1")).toEqual([["first", null]]);
  });

  it("moves what stands right of a table one column right when a column is added to it", async () => {
    const b = book();
    b.tables.push({ name: "T", sheet: "KPI", rect: { top: 1, left: 1, bottom: 2, right: 2 }, showHeaders: true, showTotals: false });
    b.sheet("KPI").cell(2, 4).value = "note";
    await fakeExcel(b).run(async (context) => {
      context.workbook.tables.getItem("T").columns.add(undefined, undefined, "達成状況");
      await context.sync();
    });
    expect(b.grid("KPI", "A1:E2")).toEqual([["年度", "No", "達成状況", null, null], ["2023年度", 1, null, null, "note"]]);
  });

  it.each([
    ["a column", "C:C", "Right", 1, 16384],
    ["a row", "3:3", "Down", 1048576, 1],
  ] as const)("refuses to insert %s that would push a value off the end of the sheet (NonBlankCellOffSheet)", async (_what, address, shift, row, col) => {
    const b = book();
    b.sheet("KPI").cell(row, col).value = "x";
    const code = await fakeExcel(b)
      .run(async (context) => {
        context.workbook.worksheets.getItem("KPI").getRange(address).insert(shift);
        await context.sync();
      })
      .catch((e: { code?: string }) => e.code);
    expect(code).toBe("NonBlankCellOffSheet");
    expect(b.sheet("KPI").peek(row, col)?.value).toBe("x");
  });

  it("answers a load of more than five million cells with null on the web", async () => {
    await fakeExcel(book()).run(async (context) => {
      const big = context.workbook.worksheets.getItem("KPI").getRange("A1:CV60000");
      big.load("values");
      await context.sync();
      expect(big.values).toBeNull();
    });
  });
});
