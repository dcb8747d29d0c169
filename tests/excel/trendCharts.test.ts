/**
 * The 推移 sheet in Excel: the task pane's click with the setting on draws a native line chart per KPI series on
 * the add-in's 推移 sheet (fake Excel host, tests/excel/_lib/fakeCharts.ts), in the same syncs as without, and a
 * second click replaces the charts instead of adding more.
 */
import { ENGINE } from "../../src/app/pipeline/engine";
import { runKpiCheck } from "../../src/app/pipeline/runKpiCheck";
import { DEFAULT_SETTINGS, type CheckSettings } from "../../src/app/settings/CheckSettings";
import { STATUS_STYLES } from "../../src/core/writeback/statusStyle";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { fakeExcel } from "./_lib/fakeExcel";
import { seedBook } from "./_lib/seedBook";

const SETTINGS: CheckSettings = { ...DEFAULT_SETTINGS, asOf: "2026-11-29", write: { ...DEFAULT_SETTINGS.write, trendSheet: true } };

async function click(book = seedBook(), settings = SETTINGS) {
  const excel = fakeExcel(book);
  const before = excel.syncs();
  const outcome = await runKpiCheck(new ExcelWorkbookPort(excel.run), ENGINE, settings, { lang: "ja", today: "2026-11-29" });
  return { book, outcome, syncs: excel.syncs() - before };
}

describe("the 推移 sheet's charts in Excel", () => {
  it("draws each planned chart: a line chart by columns over the block's years, 目標 and 結果, titled, beside the block", async () => {
    const { book, outcome } = await click();
    const planned = outcome.patch!.sheets.find((s) => s.ownerName === "KpiCheck_Trend")!.charts!;
    const sheet = book.sheet("推移");
    expect(planned.length).toBeGreaterThan(0);
    expect(sheet.charts.map((c) => c.name)).toEqual(planned.map((c) => c.name));
    for (const [i, c] of sheet.charts.entries()) {
      const p = planned[i];
      expect(c).toMatchObject({ type: "Line", seriesBy: "Columns", source: p.source, title: p.title, legendPosition: "Bottom" });
      expect(c.position?.start).toMatch(/^H\d+$/);
      expect(c.series).toHaveLength(2);
      expect(sheet.peek(c.source.top, 1)?.value).toBe("年度");
      expect([sheet.peek(c.source.top, 2)?.value, sheet.peek(c.source.top, 3)?.value]).toEqual(["目標", "結果"]);
      expect(c.series[0]).toMatchObject({ lineStyle: "Dash", markerStyle: "Circle" });
      expect(c.series[1]).toMatchObject({ lineStyle: "None" });
    }
  });

  it("marks each result by its status: × 未達成 red, ● 達成 green", async () => {
    const { book } = await click();
    const sheet = book.sheet("推移");
    const rate = sheet.charts.find((c) => sheet.peek(c.source.top + 1, 5)?.value === "対面募集率:40.0%")!;
    expect(rate.valueAxisTitle).toBe("%");
    expect(rate.series[1].points.get(0)).toMatchObject({ markerStyle: "X", markerForegroundColor: STATUS_STYLES.not_met.color });
    const met = sheet.charts.flatMap((c) => [...c.series[1].points.values()]).filter((p) => p.markerStyle === "Circle" && p.markerBackgroundColor === STATUS_STYLES.met.color);
    expect(met.length).toBeGreaterThan(0);
  });

  it("takes no more syncs than the click without it: 3 (2 to read, 1 to write)", async () => {
    const { syncs } = await click();
    expect(syncs).toBe(3);
  });

  it("a second click replaces the charts (the old ones deleted by name), never doubling them", async () => {
    const { book } = await click();
    const first = book.sheet("推移").charts.length;
    const again = await click(book);
    expect(book.sheet("推移").charts).toHaveLength(first);
    expect(again.syncs).toBe(3);
    expect(book.sheets.filter((s) => s.name.startsWith("推移"))).toHaveLength(1);
  });

  it("off by default: no 推移 sheet, no chart", async () => {
    const { book } = await click(seedBook(), { ...SETTINGS, write: DEFAULT_SETTINGS.write });
    expect(book.has("推移")).toBe(false);
    expect(book.sheets.flatMap((s) => s.charts)).toEqual([]);
  });
});
