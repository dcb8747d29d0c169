import type { FakeBook } from "./_lib/FakeBook";
import { FakeBook as Book } from "./_lib/FakeBook";
import { fakeExcel } from "./_lib/fakeExcel";

/** The fake's conditional formats must behave as Office.js documents them, or the adapter's tests prove nothing. */
describe("the fake Excel's conditional formats (Range.conditionalFormats, ExcelApi 1.6)", () => {
  function book(): FakeBook {
    const b = new Book();
    b.addSheet("KPI", [["結果", "達成状況"], [80, "◯ 達成"], [60, "× 未達成"]]);
    b.addConditionalFormat("KPI", { type: "ColorScale", rects: [{ top: 2, left: 1, bottom: 3, right: 1 }] });
    b.addConditionalFormat("KPI", { type: "Custom", rects: [{ top: 2, left: 1, bottom: 3, right: 1 }], formula: '=LEFT($B2,1)="×"', fill: "#FFC7CE" });
    return b;
  }

  it("gives office-addin-mock's error strings for items before load and sync", async () => {
    await fakeExcel(book()).run(async (context) => {
      const formats = context.workbook.worksheets.getItem("KPI").getRange().conditionalFormats;
      expect(formats.items).toBe("Error, property was not loaded");
      formats.load("items/type");
      expect(formats.items).toBe("Error, context.sync() was not called");
      await context.sync();
      expect(formats.items.map((f) => f.type)).toEqual(["ColorScale", "Custom"]);
      expect(formats.items[1].id).toBe("Error, property was not loaded");
    });
  });

  it("refuses a load of items/custom/… when a format of another type is there (office-js #2180), answers customOrNullObject", async () => {
    const excel = fakeExcel(book());
    const code = await excel
      .run(async (context) => {
        context.workbook.worksheets.getItem("KPI").getRange().conditionalFormats.load("items/custom/rule/formula");
        await context.sync();
      })
      .catch((e: { code?: string }) => e.code);
    expect(code).toBe("InvalidOperation");
    await excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("KPI").getRange().conditionalFormats;
      formats.load("items/customOrNullObject/rule/formula");
      await context.sync();
      expect(formats.items.map((f) => f.customOrNullObject.isNullObject)).toEqual([true, false]);
      expect(formats.items[1].customOrNullObject.rule.formula).toBe('=LEFT($B2,1)="×"');
    });
  });

  it("lists only the formats overlapping the range", async () => {
    await fakeExcel(book()).run(async (context) => {
      const formats = context.workbook.worksheets.getItem("KPI").getRange("B1:B3").conditionalFormats;
      formats.load("items/id");
      await context.sync();
      expect(formats.items).toEqual([]);
    });
  });

  it("adds a format at the top priority, relative to the range it is added through; a priority past the end moves it last", async () => {
    const b = book();
    await fakeExcel(b).run(async (context) => {
      const cf = context.workbook.worksheets.getItem("KPI").getRange("A2:A3").conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=LEFT($B2,1)="◯"';
      cf.custom.format.fill.color = "#C6EFCE";
      expect(b.sheet("KPI").conditionalFormats).toHaveLength(2);
      await context.sync();
      expect(b.sheet("KPI").conditionalFormats[0].formula).toBe('=LEFT($B2,1)="◯"');
      cf.priority = 99;
      await context.sync();
    });
    const kpi = b.sheet("KPI");
    expect(kpi.conditionalFormats.map((f) => f.formula)).toEqual([undefined, '=LEFT($B2,1)="×"', '=LEFT($B2,1)="◯"']);
    expect([kpi.conditionalFill(2, 1), kpi.conditionalFill(3, 1)]).toEqual(["#C6EFCE", "#FFC7CE"]);
  });

  it("deletes a format by id, and fails the request on an id it does not know", async () => {
    const b = book();
    const id = b.sheet("KPI").conditionalFormats[1].id;
    const excel = fakeExcel(b);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("KPI").getRange().conditionalFormats.getItem(id).delete();
      await context.sync();
    });
    expect(b.sheet("KPI").conditionalFormats.map((f) => f.type)).toEqual(["ColorScale"]);
    const code = await excel
      .run(async (context) => {
        context.workbook.worksheets.getItem("KPI").getRange().conditionalFormats.getItem(id).delete();
        await context.sync();
      })
      .catch((e: { code?: string }) => e.code);
    expect(code).toBe("ItemNotFound");
  });
});
