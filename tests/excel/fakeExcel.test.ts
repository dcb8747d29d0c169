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
});
