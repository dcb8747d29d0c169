/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { ENGINE } from "../../src/app/pipeline/engine";
import { memorySettingsStore } from "../../src/app/settings/CheckSettings";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { App } from "../../src/ui/components/App";
import { Results } from "../../src/ui/components/Results";
import { installResizeObserver } from "../_helpers/installResizeObserver";
import type { FakeBook } from "../excel/_lib/FakeBook";
import { fakeExcel } from "../excel/_lib/fakeExcel";
import { yearSheetsBook } from "../excel/_lib/seedBook";

/**
 * The pane on a workbook of one sheet per fiscal year (kpi-rules.md §1 "Which sheet"): a one-sheet check offers to
 * check them all together, the setting keeps that, and every cell link selects its cell on its own sheet.
 */
const YEARS = ["2021年度", "2022年度", "2023年度", "2024年度"];

jest.setTimeout(60_000);
beforeAll(installResizeObserver);

function renderPane(book: FakeBook, stored: unknown = undefined) {
  const store = memorySettingsStore(stored);
  const port = new ExcelWorkbookPort(fakeExcel(book).run);
  render(<App lang="ja" backend={{ port, engine: ENGINE, Results }} store={store} today={() => "2026-11-29"} />);
  return { store };
}

async function runCheck() {
  await userEvent.click(screen.getByRole("button", { name: "チェックを実行" }));
  return screen.findByTestId("verdict", {}, { timeout: 20_000 });
}

/** Checks every year's sheet from 2024年度 and unfolds all of the findings' section (指摘). */
async function checkAllUnfolded() {
  const book = yearSheetsBook();
  book.active = "2024年度";
  renderPane(book, { allSheets: true });
  await runCheck();
  const fix = screen.getByRole("heading", { name: "指摘", level: 2 }).closest("section")!;
  for (const toggle of within(fix).queryAllByRole("button", { expanded: false })) await userEvent.click(toggle);
  return { book, fix };
}

const kpisSection = () => screen.getByRole("heading", { name: "年度別のKPI", level: 2 }).closest("section")!;

describe("the pane on one sheet per year", () => {
  it("after a one-sheet check, offers in one line to check the other years' sheets too; the button keeps the setting and checks them all", async () => {
    const book = yearSheetsBook();
    book.active = "2024年度";
    const { store } = renderPane(book);
    await runCheck();
    expect(within(kpisSection()).getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([expect.stringMatching(/^2024年度/)]);
    const offer = screen.getByTestId("other-year-sheets");
    expect(offer).toHaveTextContent("ほかの年度のシート（2021年度、2022年度、2023年度）もまとめてチェックできます。");
    await userEvent.click(within(offer).getByRole("button", { name: "まとめてチェック" }));
    await waitFor(() => expect(within(kpisSection()).getAllByRole("heading", { level: 3 })).toHaveLength(4), { timeout: 20_000 });
    expect(store.load().allSheets).toBe(true);
    expect(screen.queryByTestId("other-year-sheets")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^読み取った表：4シートをまとめてチェック/ })).toBeInTheDocument();
  });

  it("has no axe-core violations with the offer shown, nor after a check of all sheets with a year and the table part unfolded", async () => {
    const book = yearSheetsBook();
    book.active = "2024年度";
    renderPane(book);
    await runCheck();
    const violations = async () => (await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(await violations()).toEqual([]);
    await userEvent.click(within(screen.getByTestId("other-year-sheets")).getByRole("button", { name: "まとめてチェック" }));
    await waitFor(() => expect(within(kpisSection()).getAllByRole("heading", { level: 3 })).toHaveLength(4), { timeout: 20_000 });
    await userEvent.click(within(kpisSection()).getAllByRole("button", { expanded: false })[0]);
    await userEvent.click(screen.getByRole("button", { name: /^読み取った表：4シート/ }));
    expect(await violations()).toEqual([]);
  });

  it("with the setting on and an earlier year's sheet protected, writes the others and says which sheet it left as it was", async () => {
    const book = yearSheetsBook();
    book.active = "2024年度";
    book.sheet("2022年度").protected = true;
    renderPane(book, { allSheets: true });
    await runCheck();
    await userEvent.click(screen.getByRole("button", { name: "シートに書き込む" }));
    const note = await screen.findByTestId("not-written", {}, { timeout: 20_000 });
    expect(note).toHaveTextContent("保護されているシート（2022年度）には達成状況を書き込んでいません。");
    expect(book.sheet("2022年度").peek(1, 8)).toBeUndefined();
    expect(book.sheet("2024年度").peek(1, 8)?.value).toBe("達成状況");
  });

  it("with the workbook's structure protected, writes every year's status column and says which sheets it did not add and why", async () => {
    const book = yearSheetsBook();
    book.active = "2024年度";
    book.structureProtected = true;
    renderPane(book, { allSheets: true });
    await runCheck();
    await userEvent.click(screen.getByRole("button", { name: "シートに書き込む" }));
    const note = await screen.findByTestId("not-added", {}, { timeout: 20_000 });
    expect(note).toHaveTextContent("ブックの構成が保護されているため、シート（開示用）を追加していません。");
    expect(screen.queryByText("エラーが発生しました")).not.toBeInTheDocument();
    for (const year of YEARS) expect(book.sheet(year).peek(1, 8)?.value).toBe("達成状況");
    expect(book.sheets.map((s) => s.name)).toEqual(YEARS);
  });

  it("after a check of all sheets, says which years' sheets it left out: hidden, or with no KPI table read", async () => {
    const book = yearSheetsBook();
    book.active = "2024年度";
    book.sheet("2021年度").visibility = "Hidden";
    book.addSheet("2020年度", [["前年度の資料は別ファイルです"]]);
    renderPane(book, { allSheets: true });
    await runCheck();
    await waitFor(() => expect(within(kpisSection()).getAllByRole("heading", { level: 3 })).toHaveLength(3), { timeout: 20_000 });
    expect(screen.getByTestId("year-sheets-left-out")).toHaveTextContent(
      "年度のシート（2020年度）からKPIの表を読み取れないため、チェックしていません。非表示のシート（2021年度）はチェックしていません。",
    );
  });

  it("says nothing left out when every year's sheet was checked", async () => {
    const book = yearSheetsBook();
    renderPane(book, { allSheets: true });
    await runCheck();
    await waitFor(() => expect(within(kpisSection()).getAllByRole("heading", { level: 3 })).toHaveLength(4), { timeout: 20_000 });
    expect(screen.queryByTestId("year-sheets-left-out")).not.toBeInTheDocument();
  });

  it("offers nothing where the checked sheet is not one of a year", async () => {
    const book = yearSheetsBook();
    book.sheet("2024年度").name = "KPI";
    book.active = "KPI";
    renderPane(book);
    await runCheck();
    expect(screen.queryByTestId("other-year-sheets")).not.toBeInTheDocument();
  });

  it("with the setting on, each finding's cell link names its sheet and selects the cell there", async () => {
    const { book, fix } = await checkAllUnfolded();
    const links = within(fix).getAllByTitle(/^セル.+!.+を選択$/);
    const other = links.find((l) => l.getAttribute("data-sheet") !== "2024年度")!;
    const sheet = other.getAttribute("data-sheet")!;
    expect(YEARS).toContain(sheet);
    expect(other).toHaveTextContent(`${sheet}!${other.getAttribute("data-cell")}`);
    await userEvent.click(other);
    await waitFor(() => expect(book.selection).toEqual({ sheet, address: other.getAttribute("data-cell") }));
    expect(book.active).toBe(sheet);
  });

  it.each([
    ["a finding that compares with last year's figure", '[data-code="target-below-last-result"], [data-code="result-declined"]', (sheet: string, row: string) => `シート「${sheet}」の${row}行目：`],
    ["a series finding (a new measure, an unsure join), after last year's KPI,", '[data-code^="series-"]', (sheet: string, row: string) => `」（シート「${sheet}」の${row}行目）`],
  ])("%s on another sheet says that sheet and row, and links to the cell there", async (_what, selector, place) => {
    const { book, fix } = await checkAllUnfolded();
    const items = [...fix.querySelectorAll<HTMLElement>(selector)];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const [own, previous] = within(item).getAllByTitle(/^セル.+!.+を選択$/);
      const sheet = previous.getAttribute("data-sheet")!;
      expect(YEARS.indexOf(sheet)).toBe(YEARS.indexOf(own.getAttribute("data-sheet")!) - 1);
      expect(item).toHaveTextContent(place(sheet, previous.getAttribute("data-cell")!.replace(/^[A-Z]+/, "")));
    }
    const previous = within(items[0]).getAllByTitle(/^セル.+!.+を選択$/)[1];
    await userEvent.click(previous);
    await waitFor(() => expect(book.selection).toEqual({ sheet: previous.getAttribute("data-sheet"), address: previous.getAttribute("data-cell") }));
  });

  it("the settings' switch keeps all sheets in the workbook's settings; choosing one sheet in the table part checks it alone", async () => {
    const { store } = renderPane(yearSheetsBook());
    await userEvent.click(await screen.findByRole("button", { name: "設定（このブックに保存）" }));
    await userEvent.click(await screen.findByRole("checkbox", { name: "すべてのシートをまとめてチェックする" }));
    expect(store.load().allSheets).toBe(true);
    await runCheck();
    await waitFor(() => expect(within(kpisSection()).getAllByRole("heading", { level: 3 })).toHaveLength(4), { timeout: 20_000 });
    await userEvent.click(screen.getByRole("button", { name: /^読み取った表：4シート/ }));
    expect(screen.getByTestId("sheets-together")).toHaveTextContent(`まとめてチェックしたシート：${YEARS.map((y) => `「${y}」A1:G7`).join("、")}`);
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "チェックするシート" }), "2022年度");
    await waitFor(() => expect(within(kpisSection()).getAllByRole("heading", { level: 3 })).toHaveLength(1), { timeout: 20_000 });
    expect(store.load().allSheets).toBe(false);
  });

  it("新年度の準備 after a check of all sheets follows the latest year's sheet, whichever sheet the check started from", async () => {
    const book = yearSheetsBook();
    book.active = "2022年度";
    renderPane(book, { allSheets: true });
    await runCheck();
    await userEvent.click(screen.getByRole("button", { name: "新年度の準備" }));
    await userEvent.click(await screen.findByRole("button", { name: "新年度の行を追加" }, { timeout: 20_000 }));
    await waitFor(() => expect(book.sheets.map((s) => s.name)).toContain("2025年度"), { timeout: 20_000 });
    expect(book.grid("2025年度", "A1:C1")[0]).toEqual(book.grid("2024年度", "A1:C1")[0]);
  });
});
