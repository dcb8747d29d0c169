/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ENGINE } from "../../src/app/pipeline/engine";
import type { RunOutcome } from "../../src/app/pipeline/runKpiCheck";
import type { NextYearRows } from "../../src/core/nextYear/NextYearRows";
import type { CellValue } from "../../src/core/SheetSnapshot";
import type { WorkbookPort } from "../../src/core/WorkbookPort";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { uiStrings } from "../../src/i18n/ui";
import { NextYearSection, type NextYearSectionProps } from "../../src/ui/components/NextYearSection";
import { UiContext } from "../../src/ui/components/UiContext";
import { installResizeObserver } from "../_helpers/installResizeObserver";
import { FakeBook } from "../excel/_lib/FakeBook";
import { fakeExcel } from "../excel/_lib/fakeExcel";
import { snapshotFromRows } from "../../src/core/snapshotFromRows";

jest.setTimeout(30_000);
beforeAll(installResizeObserver);

const AS_OF = "2026-11-29";
const TABLE: CellValue[][] = [
  ["年度", "No", "取組項目", "目標", "結果"],
  ["2024年度", 1, "お客様アンケートの収集", "回答数:200件", "208件"],
  ["2024年度", 2, "対面募集の推進", "対面募集率:75%", "76.5%"],
];

function outcomeOf(rows: CellValue[][], sheets = ["KPI"]): RunOutcome {
  const snapshot = snapshotFromRows("KPI", rows);
  const result = ENGINE.checkSheet(snapshot, { asOf: AS_OF });
  return { result, reading: { snapshot, workbook: { sheets } } } as unknown as RunOutcome;
}

function show(props: NextYearSectionProps, lang: "ja" | "en" = "ja") {
  render(
    <UiContext.Provider value={{ lang, t: uiStrings(lang) }}>
      <NextYearSection {...props} />
    </UiContext.Provider>,
  );
}

/** A port that records what it is asked to apply. */
function recordingPort(): WorkbookPort & { applied: unknown[] } {
  const applied: unknown[] = [];
  return {
    applied,
    readSnapshot: () => Promise.reject(new Error("not read here")),
    applyPatch: async (patch) => {
      applied.push(patch);
      return { cells: 0, sheets: 0, requests: 1, largestRequestBytes: 0 };
    },
    selectCell: async () => undefined,
  };
}

describe("the pane's 新年度の準備", () => {
  it("is folded; unfolded it shows exactly the cells to add (row numbers, column letters, the empty results) before anything is written", async () => {
    const port = recordingPort();
    show({ outcome: outcomeOf(TABLE), port });
    const fold = screen.getByRole("button", { name: "新年度の準備" });
    expect(fold).toHaveAttribute("aria-expanded", "false");
    await userEvent.click(fold);
    const table = await screen.findByRole("table", { name: "2025年度に追加するセル" });
    const rows = within(table).getAllByRole("row");
    expect(rows.map((r) => within(r).queryAllByRole("columnheader").map((c) => c.textContent))[0]).toEqual(["行", "A", "B", "C", "D", "E"]);
    expect(rows.slice(1).map((r) => within(r).getAllByRole("cell").map((c) => c.textContent))).toEqual([
      ["2025年度", "1", "お客様アンケートの収集", "回答数:200件", "（空欄）"],
      ["2025年度", "2", "対面募集の推進", "対面募集率:75%", "（空欄）"],
    ]);
    expect(rows.slice(1).map((r) => within(r).getByRole("rowheader").textContent)).toEqual(["4", "5"]);
    expect(screen.getByText(/2024年度のKPI 2件をもとに、2025年度の行を表の下に追加します（シート「KPI」の4〜5行目）/)).toBeInTheDocument();
    expect(port.applied).toEqual([]);
  });

  it("adds them on confirmation, as one plan through the port, and says so", async () => {
    const port = recordingPort();
    show({ outcome: outcomeOf(TABLE), port });
    await userEvent.click(screen.getByRole("button", { name: "新年度の準備" }));
    await userEvent.click(await screen.findByRole("button", { name: "新年度の行を追加" }));
    expect(port.applied).toHaveLength(1);
    const patch = port.applied[0] as { sheets: unknown[]; rows: NextYearRows };
    expect(patch.sheets).toEqual([]);
    expect(patch.rows).toMatchObject({ sheet: "KPI", fiscalYear: 2025, fromYear: 2024, kpis: 2 });
    expect(await screen.findByRole("status")).toHaveTextContent("2025年度の行をシート「KPI」に追加しました。");
    expect(screen.getByRole("button", { name: "新年度の行を追加" })).toHaveAttribute("aria-disabled", "true");
  });

  it("in the browser preview, offers the workbook with the rows as a download instead", async () => {
    const onDownload = jest.fn(async (_plan: NextYearRows) => undefined);
    show({ outcome: outcomeOf(TABLE), onDownload }, "en");
    await userEvent.click(screen.getByRole("button", { name: "Prepare next year" }));
    await userEvent.click(await screen.findByRole("button", { name: "Download the workbook with next year's rows" }));
    expect(onDownload).toHaveBeenCalledTimes(1);
    expect(onDownload.mock.calls[0][0]).toMatchObject({ fiscalYear: 2025 });
    expect(await screen.findByRole("status")).toHaveTextContent("Downloaded the workbook with the rows of FY2025.");
  });

  it("in the browser preview, says after the download what the copy lacks, as the download tells it", async () => {
    const lacks = "「推移」シートは表だけです（ブラウザーのプレビューではグラフを書き出せません。グラフはExcelのアドインで作れます）。";
    show({ outcome: outcomeOf(TABLE), onDownload: async () => lacks });
    await userEvent.click(screen.getByRole("button", { name: "新年度の準備" }));
    await userEvent.click(await screen.findByRole("button", { name: "新年度の行を加えたブックをダウンロード" }));
    expect(await screen.findByRole("status")).toHaveTextContent(`2025年度の行を加えたブックをダウンロードしました。 ${lacks}`);
  });

  it("says why where the space below the table is taken, and offers no button", async () => {
    const port = recordingPort();
    show({ outcome: outcomeOf([...TABLE, ["※ 2024年度の結果は速報値です。"]]), port });
    await userEvent.click(screen.getByRole("button", { name: "新年度の準備" }));
    expect(await screen.findByText("新年度の行を置く場所（A4:E5）が空いていないため、追加しません。その場所の内容を移してから、もう一度お試しください。")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "新年度の行を追加" })).not.toBeInTheDocument();
  });

  it("in Excel (the Office.js adapter on the fake host), the rows land on the sheet and no earlier cell changes", async () => {
    const book = new FakeBook();
    book.addSheet("KPI", TABLE as (string | number | null)[][]);
    const excel = fakeExcel(book);
    const port = new ExcelWorkbookPort(excel.run, { mergedAreas: true });
    const reading = await port.readSnapshot();
    const result = ENGINE.checkSheet(reading.snapshot, { asOf: AS_OF });
    show({ outcome: { result, reading } as unknown as RunOutcome, port });
    await userEvent.click(screen.getByRole("button", { name: "新年度の準備" }));
    await userEvent.click(await screen.findByRole("button", { name: "新年度の行を追加" }));
    await screen.findByText(/追加しました/);
    expect(book.grid("KPI", "A1:E5")).toEqual([...TABLE, ["2025年度", 1, "お客様アンケートの収集", "回答数:200件", null], ["2025年度", 2, "対面募集の推進", "対面募集率:75%", null]]);
  });
});
