/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ENGINE } from "../../src/app/pipeline/engine";
import type { Layout } from "../../src/core/KpiRecord";
import type { WorkbookReading } from "../../src/core/WorkbookPort";
import type { Lang } from "../../src/i18n/Lang";
import { uiStrings } from "../../src/i18n/ui";
import { TableSection } from "../../src/ui/components/TableSection";
import { UiContext } from "../../src/ui/components/UiContext";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { installResizeObserver } from "../_helpers/installResizeObserver";
import { fakeExcel } from "../excel/_lib/fakeExcel";
import { seedBook } from "../excel/_lib/seedBook";
import { seedSnapshot } from "./_lib/memoryPort";

jest.setTimeout(30_000);
beforeAll(installResizeObserver);

/** The table part after checking the seed's table (one header row: the table layout), unfolded. */
async function renderTable(lang: Lang, layout: Layout | null, options: { forced?: Layout } = {}) {
  const snapshot = seedSnapshot();
  const result = ENGINE.checkSheet(snapshot, { asOf: "2026-11-29", ...(options.forced ? { layout: options.forced } : {}) });
  const reading = { snapshot, workbook: { sheets: ["KPI", "メモ"], activeSheet: "KPI", names: [], tables: [], sheetProtected: false, structureProtected: false } } as WorkbookReading;
  const chosen: (Layout | null)[] = [];
  const t = uiStrings(lang);
  render(
    <UiContext.Provider value={{ lang, t }}>
      <TableSection result={result} reading={reading} onChooseSheet={() => undefined} layout={layout} onChooseLayout={(l) => chosen.push(l)} />
    </UiContext.Provider>,
  );
  await userEvent.click(screen.getByRole("button", { name: t.tableSummary("KPI", result.range ?? "") }));
  return { chosen, layoutBox: screen.getByRole("combobox", { name: t.layout }) };
}

describe("the table part's layout chooser (the pane's --layout)", () => {
  it.each<[Lang, string[]]>([
    ["ja", ["自動で判別", "表形式（1行に1つのKPI）", "2段見出しの表", "年度を横に並べた表", "次期目標のある表", "行と列を入れ替えた表", "ホームページ形式（年度ごとのブロック）"]],
    ["en", ["Detect", "Table (one KPI per row)", "Table with a two-row header", "Years across columns", "Table with next targets", "Transposed table", "Website layout (blocks per fiscal year)"]],
  ])("offers detection first, then the contract's six layouts in its order (%s)", async (lang, names) => {
    const { layoutBox } = await renderTable(lang, null);
    expect([...(layoutBox as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(names);
    expect([...(layoutBox as HTMLSelectElement).options].map((o) => o.value)).toEqual(["", "table", "two-row-header", "wide", "next-target", "transposed", "blocks"]);
  });

  it.each<[string, Lang, Layout | null, string]>([
    ["detected", "ja", null, "表形式（1行に1つのKPI）（自動で判別）"],
    ["as set", "ja", "table", "表形式（1行に1つのKPI）（指定）"],
    ["detected", "en", null, "Table (one KPI per row) (detected)"],
    ["as set", "en", "table", "Table (one KPI per row) (as set)"],
  ])("names the layout the engine read, %s (%s)", async (_, lang, layout, shown) => {
    const { layoutBox } = await renderTable(lang, layout, { forced: layout ?? undefined });
    expect(layoutBox).toHaveValue(layout ?? "");
    expect(screen.getByTestId("layout-read").textContent!.startsWith(shown)).toBe(true);
  });

  it("hands up the layout chosen, and null for detection", async () => {
    const { chosen, layoutBox } = await renderTable("ja", "table", { forced: "table" });
    await userEvent.selectOptions(layoutBox, "年度を横に並べた表");
    await userEvent.selectOptions(layoutBox, "自動で判別");
    expect(chosen).toEqual(["wide", null]);
  });
});

describe("Excel before ExcelApi 1.13 (no getMergedAreasOrNullObject): read without merged areas, and said", () => {
  /** The table part after a read through the Office.js port on the fake host, with or without merged areas. */
  async function renderRead(lang: Lang, mergedAreas: boolean) {
    const book = seedBook();
    // a 取組項目 merged over two rows: what a reading without merged areas cannot see
    book.sheet("KPI").merges.push({ top: 2, left: 3, bottom: 3, right: 3 });
    const excel = fakeExcel(book);
    const reading = await new ExcelWorkbookPort(excel.run, { mergedAreas }).readSnapshot();
    const result = ENGINE.checkSheet(reading.snapshot, { asOf: "2026-11-29" });
    const t = uiStrings(lang);
    render(
      <UiContext.Provider value={{ lang, t }}>
        <TableSection result={result} reading={reading} onChooseSheet={() => undefined} layout={null} onChooseLayout={() => undefined} />
      </UiContext.Provider>,
    );
    await userEvent.click(screen.getByRole("button", { name: t.tableSummary(result.sheetName, result.range ?? "") }));
    return { reading, excel };
  }

  it.each<[Lang, RegExp]>([
    ["ja", /^このバージョンのExcelでは結合セルを読み取れないため、.+もう一度チェックしてください。$/],
    ["en", /^This version of Excel cannot tell which cells are merged, .+ then check again\.$/],
  ])("says in the table part that merged cells were read as their top-left cell, and what to do (%s)", async (lang, note) => {
    const { reading } = await renderRead(lang, false);
    expect(reading.snapshot.merges).toBeUndefined();
    expect(screen.getByTestId("merges-unread").textContent).toMatch(note);
  });

  it("where merged areas are read, says nothing of them", async () => {
    const { reading } = await renderRead("ja", true);
    expect(reading.snapshot.merges).toEqual([{ top: 2, left: 3, bottom: 3, right: 3 }]);
    expect(screen.queryByTestId("merges-unread")).not.toBeInTheDocument();
  });
});
