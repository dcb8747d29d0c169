/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { snapshotFromRows } from "../../src/core/snapshotFromRows";
import { workbookError } from "../../src/excel/toWorkbookError";
import { App } from "../../src/ui/components/App";
import { Results } from "../../src/ui/components/Results";
import type { CopyEnv } from "../../src/ui/_lib/copyHtml";
import { ENGINE } from "../../src/app/pipeline/engine";
import { KPI_STATUSES } from "../../src/core/KpiStatus";
import { statusLabel, statusMarkLabel } from "../../src/i18n/statusLabel";
import { memorySettingsStore } from "../../src/app/settings/CheckSettings";
import { memoryPort, seedSnapshot } from "./_lib/memoryPort";
import { installResizeObserver } from "../_helpers/installResizeObserver";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import type { WorkbookPort } from "../../src/core/WorkbookPort";
import { FakeBook } from "../excel/_lib/FakeBook";
import { fakeExcel } from "../excel/_lib/fakeExcel";
import { SEED_HEADER, SEED_ROWS } from "../excel/_lib/seedBook";

const today = () => "2026-11-29";

jest.setTimeout(30_000);
beforeAll(installResizeObserver);
// rendering the seed's results through Fluent in jsdom takes 3–7 s on a loaded two-core machine
jest.setTimeout(30_000);

/** How many of the seed's KPIs the engine gives each status, as of `asOf`. */
function seedCounts(asOf = "2026-11-29") {
  const result = ENGINE.checkSheet(seedSnapshot(), { asOf });
  return KPI_STATUSES.map((status) => ({ status, n: result.kpis.filter((k) => k.status === status).length })).filter((c) => c.n > 0);
}

function renderPane(port: WorkbookPort, extra: { lang?: "ja" | "en"; copyEnv?: CopyEnv; Results?: typeof Results; store?: ReturnType<typeof memorySettingsStore> } = {}) {
  const store = extra.store ?? memorySettingsStore();
  const utils = render(
    <App lang={extra.lang ?? "ja"} backend={{ port, engine: ENGINE, Results: extra.Results ?? Results }} store={store} today={today} copyEnv={extra.copyEnv} />,
  );
  return { ...utils, store };
}

async function runCheck(name = "チェックを実行") {
  await userEvent.click(screen.getByRole("button", { name }));
}

/** The section headed `name`. */
function section(name: string | RegExp): HTMLElement {
  return screen.getByRole("heading", { name, level: 2 }).closest("section")!;
}

describe("the task pane", () => {
  it("says before copying what would be published wrong: the verdict counts it, the list puts it first under the verdict's words, each with a link that selects its cell", async () => {
    const port = memoryPort(seedSnapshot());
    renderPane(port);
    await runCheck();
    const expected = ENGINE.checkSheet(seedSnapshot(), { asOf: "2026-11-29" }).findings.filter((f) => f.code === "term-misspelling" || f.code === "result-missing");
    expect(await screen.findByTestId("verdict")).toHaveTextContent(`公開前に直す箇所：${expected.length}件`);
    const fix = section("指摘");
    const must = within(fix).getByRole("group", { name: `公開前に直す箇所（${expected.length}件）` });
    // unfold the shared messages, so that every finding to fix is listed with its cell
    for (const toggle of within(must).queryAllByRole("button", { expanded: false })) await userEvent.click(toggle);
    // each misspelt cell has its link, in an entry of the group to fix before publishing
    for (const f of expected.filter((x) => x.code === "term-misspelling")) {
      const entry = within(must).getAllByTitle(`セル${f.cell}を選択`)[0].closest("li")!;
      expect(entry).toHaveTextContent(/「NSP」は「NPS」の誤記ではありませんか。/);
    }
    const first = expected.find((f) => f.code === "term-misspelling")!;
    await userEvent.click(within(fix).getAllByTitle(`セル${first.cell}を選択`)[0]);
    expect(port.selections.at(-1)).toEqual(expect.objectContaining({ cell: first.cell }));
  }, 30_000);

  it("says no KPI table was found, and writes nothing, on a sheet without one", async () => {
    const port = memoryPort(snapshotFromRows("メモ", [["買い物リスト"], ["牛乳"]]));
    renderPane(port);
    await runCheck();
    expect(await screen.findByText("KPIの表が見つかりません", { selector: "[data-testid=verdict]" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "年度別のKPI" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "シートに書き込む" })).toHaveAttribute("aria-disabled", "true");
    expect(port.patches).toHaveLength(0);
  });

  it("checks without writing; the verdict counts the errors and warnings; Write to sheet writes", async () => {
    const port = memoryPort(seedSnapshot());
    renderPane(port);
    await runCheck();
    const result = ENGINE.checkSheet(seedSnapshot(), { asOf: "2026-11-29" });
    const toFix = ENGINE.publishCheck(result).length;
    expect(toFix).toBeGreaterThan(0);
    expect(toFix).toBeLessThan(result.findings.filter((f) => f.severity !== "info").length);
    expect(await screen.findByTestId("verdict")).toHaveTextContent(`公開前に直す箇所：${toFix}件`);
    expect(port.patches).toHaveLength(0);
    expect(screen.getByRole("status")).toHaveTextContent(`24件のKPIをチェックしました（指摘：${result.findings.length}件）。`);
    await userEvent.click(screen.getByRole("button", { name: "シートに書き込む" }));
    await waitFor(() => expect(port.patches).toHaveLength(1));
    expect(await screen.findByText(/達成状況と1枚のシートを書き込みました。/)).toBeInTheDocument();
  });

  it("checks the sheet again at once after 新年度の準備 adds the rows in Excel, and says what was added", async () => {
    const book = new FakeBook();
    book.addSheet("KPI", [SEED_HEADER, ...SEED_ROWS.map((r) => r.map((v) => (v === "" ? null : v)))] as (string | number | null)[][]);
    const port = new ExcelWorkbookPort(fakeExcel(book).run, { mergedAreas: true });
    const before = ENGINE.checkSheet(seedSnapshot(), { asOf: "2026-11-29" });
    const latest = Math.max(...before.kpis.map((k) => k.fiscalYear ?? 0));
    const added = before.kpis.filter((k) => k.fiscalYear === latest).length;
    renderPane(port);
    await runCheck();
    await screen.findByText(`${before.kpis.length}件のKPIをチェックしました`, { exact: false }, { timeout: 15_000 });
    await userEvent.click(screen.getByRole("button", { name: "新年度の準備" }));
    await userEvent.click(await screen.findByRole("button", { name: "新年度の行を追加" }, { timeout: 15_000 }));
    // no click on チェックを実行: the pane reads the sheet with the new rows and says both
    const status = await screen.findByText(`${before.kpis.length + added}件のKPIをチェックしました`, { exact: false }, { timeout: 15_000 });
    expect(status.closest("[role=status]")).toHaveTextContent(`${latest + 1}年度の行をシート「KPI」に追加しました。`);
    expect(screen.getByTestId("verdict")).toBeInTheDocument();
    expect(section(/年度別のKPI/)).toHaveTextContent(`${latest + 1}年度`);
  });

  it("says the sheet is ready to publish when nothing is left to fix", async () => {
    const rows = [
      ["年度", "No", "取組項目", "目標", "結果"],
      ["2023年度", 1, "アンケートの実施", "回答数200件以上", "回答数210件"],
      ["2023年度", 2, "研修の実施", "研修12回以上", "研修12回"],
    ];
    renderPane(memoryPort(snapshotFromRows("KPI", rows)));
    await runCheck();
    expect(await screen.findByTestId("verdict")).toHaveTextContent("公開できます");
    expect(within(section("指摘")).getByText("指摘はありません。")).toBeInTheDocument();
  });

  it.each([
    ["ja", "2026年度", "集計中のKPIが1件あります。ホームページの結果には「集計中」と表示されます。"],
    ["en", "2026年度", '1 KPI is still being compiled. The page shows "Being compiled" as the result.'],
    ["ja", "2025年度", null],
  ] as const)("under the verdict (%s), says how many KPIs are still being compiled (a year not ended: %s) — %s", async (lang, year, said) => {
    const rows = [
      ["年度", "No", "取組項目", "目標", "結果"],
      [year, 1, "アンケートの実施", "回答数200件以上", ""],
      ["2024年度", 1, "アンケートの実施", "回答数200件以上", "回答数210件"],
    ];
    renderPane(memoryPort(snapshotFromRows("KPI", rows)), { lang });
    await runCheck(lang === "ja" ? "チェックを実行" : "Check");
    await screen.findByTestId("verdict");
    if (said === null) expect(screen.queryByTestId("verdict-pending")).not.toBeInTheDocument();
    else expect(screen.getByTestId("verdict-pending")).toHaveTextContent(said);
  });

  it("shows the summary badges with words and counts, the KPIs by year (folded) and the table read", async () => {
    renderPane(memoryPort(seedSnapshot()));
    await runCheck();
    const kpis = (await screen.findByRole("heading", { name: "年度別のKPI" })).closest("section")!;
    const summary = within(kpis).getByRole("list", { name: "達成状況の内訳" });
    const counts = seedCounts();
    expect(within(summary).getAllByRole("listitem")).toHaveLength(counts.length);
    for (const { status, n } of counts) {
      expect(within(summary).getByLabelText(`${statusLabel(status, "ja")}：${n}件`)).toHaveTextContent(`${statusMarkLabel(status, "ja")}${n}`);
    }
    const years = within(kpis).getAllByRole("heading", { level: 3 }).map((h: HTMLElement) => h.textContent);
    expect(years).toEqual(["2024年度（6件）", "2023年度（6件）", "2022年度（6件）", "2021年度（6件）"]);
    expect(within(kpis).queryAllByTestId("kpi-row")).toHaveLength(0); // folded
    await userEvent.click(screen.getByRole("button", { name: "読み取った表：「KPI」A1:H25" }));
    expect(screen.getByTestId("layout-read")).toHaveTextContent(/^表形式（1行に1つのKPI）（自動で判別）、範囲：A1:H25/);
  });

  it("a KPI row shows its target → result, and unfolds to its components", async () => {
    renderPane(memoryPort(seedSnapshot()));
    await runCheck();
    await userEvent.click(await screen.findByRole("button", { name: "2023年度（6件）" }));
    const rows = screen.getAllByTestId("kpi-row");
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(within(row).getByTestId("target-result")).toHaveTextContent(/ → /);
    const first = within(rows[0]).getByRole("button");
    expect(first).toHaveAttribute("aria-expanded", "false");
    await userEvent.click(first);
    expect(first).toHaveAttribute("aria-expanded", "true");
    const details = within(rows[0]).getByTestId("kpi-details");
    for (const header of ["項目", "条件", "目標", "結果", "判定"]) expect(within(details).getByRole("columnheader", { name: header })).toBeInTheDocument();
  });

  it("lists what to fix by KPI with year, No, 取組項目, the cell and its text; selecting the cell in Excel", async () => {
    const port = memoryPort(seedSnapshot());
    renderPane(port);
    await runCheck();
    const fix = (await screen.findByRole("heading", { name: "指摘", level: 2 })).closest("section")!;
    const kpiLines = within(fix).getAllByTestId("fix-kpi");
    expect(kpiLines.length).toBeGreaterThan(0);
    for (const line of kpiLines) expect(line.textContent).toMatch(/^\d{4}年度のNo\.\d+\S/);
    const cellLink = within(fix).getAllByTitle(/^セル.+を選択$/)[0];
    await userEvent.click(cellLink);
    expect(port.selections).toEqual([{ sheet: "KPI", cell: cellLink.getAttribute("data-cell") }]);
  });

  it("folds the information findings, and a message many KPIs share is one line with a count that unfolds", async () => {
    renderPane(memoryPort(seedSnapshot()));
    await runCheck();
    const fix = (await screen.findByRole("heading", { name: "指摘", level: 2 })).closest("section")!;
    const fold = within(fix).getByRole("button", { name: /^情報（\d+件）$/ });
    expect(fold).toHaveAttribute("aria-expanded", "false");
    expect(within(fix).queryByText(/とみなしました/)).not.toBeInTheDocument();
    await userEvent.click(fold);
    const repeated = within(fix).getByRole("button", { name: /とみなしました.*（\d+件）/ });
    const n = Number(/（(\d+)件）/.exec(repeated.textContent!)![1]);
    expect(n).toBeGreaterThanOrEqual(3);
    await userEvent.click(repeated);
    const entry = repeated.closest("li")!;
    expect(within(entry).getAllByTestId("fix-kpi")).toHaveLength(n);
  });

  it("shows the cell's content in place where cells cannot be selected (the browser preview)", async () => {
    const port = memoryPort(seedSnapshot());
    render(<App lang="ja" backend={{ port, engine: ENGINE, Results }} store={memorySettingsStore()} today={today} showCellsInPlace />);
    await runCheck();
    const fix = (await screen.findByRole("heading", { name: "指摘", level: 2 })).closest("section")!;
    const link = within(fix).getAllByTitle(/^セル.+の内容を表示$/)[0];
    await userEvent.click(link);
    expect(within(fix).getByTestId("cell-content")).toHaveTextContent(`セル${link.getAttribute("data-cell")}の内容`);
    expect(port.selections).toHaveLength(0);
  });

  it("checks another sheet chosen in the table part", async () => {
    const port = memoryPort(seedSnapshot());
    renderPane(port);
    await runCheck();
    await userEvent.click(await screen.findByRole("button", { name: /^読み取った表：/ }));
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "チェックするシート" }), "KPI");
    await waitFor(() => expect(port.reads).toEqual([undefined, "KPI"]));
  });

  it("reads with the layout chosen in the table part at once, keeps it in the workbook's settings, and names it as set", async () => {
    const port = memoryPort(seedSnapshot());
    const layouts: (string | undefined)[] = [];
    const engine = { ...ENGINE, checkSheet: ((snapshot, options) => (layouts.push(options.layout), ENGINE.checkSheet(snapshot, options))) as typeof ENGINE.checkSheet };
    const store = memorySettingsStore();
    render(<App lang="ja" backend={{ port, engine, Results }} store={store} today={today} />);
    await runCheck();
    await userEvent.click(await screen.findByRole("button", { name: /^読み取った表：/ }));
    expect(screen.getByTestId("layout-read")).toHaveTextContent("表形式（1行に1つのKPI）（自動で判別）");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "表の形" }), "表形式（1行に1つのKPI）");
    await waitFor(() => expect(layouts).toEqual([undefined, "table"]));
    expect(port.reads).toEqual([undefined, "KPI"]);
    expect(store.load().layout).toBe("table");
    await userEvent.click(await screen.findByRole("button", { name: /^読み取った表：/ }));
    expect(screen.getByTestId("layout-read")).toHaveTextContent("表形式（1行に1つのKPI）（指定）");
    // back to detection
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "表の形" }), "自動で判別");
    await waitFor(() => expect(layouts).toEqual([undefined, "table", undefined]));
    expect(store.load().layout).toBeNull();
  });

  it("reads with the layout the workbook's settings name from the first check on", async () => {
    const layouts: (string | undefined)[] = [];
    const engine = { ...ENGINE, checkSheet: ((snapshot, options) => (layouts.push(options.layout), ENGINE.checkSheet(snapshot, options))) as typeof ENGINE.checkSheet };
    render(<App lang="ja" backend={{ port: memoryPort(seedSnapshot()), engine, Results }} store={memorySettingsStore({ layout: "blocks" })} today={today} />);
    await runCheck();
    await screen.findByTestId("verdict");
    expect(layouts).toEqual(["blocks"]);
  });

  it("copies the HTML source as text for an HTML block, and says which copy to use where", async () => {
    const written: Record<string, Blob>[] = [];
    const copyEnv: CopyEnv = {
      navigator: { clipboard: { write: async (items: { types: Record<string, Blob> }[]) => void written.push(...items.map((i) => i.types)) } } as unknown as CopyEnv["navigator"],
      ClipboardItem: class {
        constructor(public types: Record<string, Blob>) {}
      } as unknown as typeof ClipboardItem,
      document: { addEventListener: () => undefined, removeEventListener: () => undefined, execCommand: () => false } as unknown as CopyEnv["document"],
    };
    renderPane(memoryPort(seedSnapshot()), { copyEnv });
    await runCheck();
    expect(await screen.findByText(/［HTMLソースをコピー］/)).toBeInTheDocument();
    await userEvent.click(await screen.findByRole("button", { name: "HTMLソースをコピー" }));
    expect(await screen.findByText(/コピーしました/)).toBeInTheDocument();
    expect(Object.keys(written[0])).toEqual(["text/plain"]);
    const source = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(written[0]["text/plain"]);
    });
    expect(source).toMatch(/^<div class="kpi-disclosure" lang="ja" style="/);
  });

  it("falls back to execCommand('copy') with both types when the clipboard API is blocked", async () => {
    const data: Record<string, string> = {};
    const listeners: ((e: Event) => void)[] = [];
    const copyEnv: CopyEnv = {
      navigator: { clipboard: { write: () => Promise.reject(new DOMException("blocked", "NotAllowedError")) } as unknown as Clipboard },
      ClipboardItem: class {
        constructor(public items: Record<string, Blob>) {}
      } as unknown as typeof ClipboardItem,
      document: {
        addEventListener: (_: string, l: (e: Event) => void) => listeners.push(l),
        removeEventListener: () => undefined,
        execCommand: () => {
          const event = Object.assign(new Event("copy"), { clipboardData: { setData: (type: string, value: string) => (data[type] = value) } });
          listeners.forEach((l) => l(event));
          return true;
        },
      } as unknown as CopyEnv["document"],
    };
    renderPane(memoryPort(seedSnapshot()), { copyEnv });
    await runCheck();
    await screen.findByTestId("verdict");
    await userEvent.click(screen.getByRole("button", { name: "HTMLをコピー" }));
    expect(await screen.findByText(/コピーしました/)).toBeInTheDocument();
    expect(data["text/html"]).toContain('<div class="kpi-disclosure"');
    expect(data["text/plain"]).toContain("回答数:200件");
    // the page is dated as of the check's date (the pane's today here, no 基準日 set), in both copies
    expect(data["text/html"]).toMatch(/<p class="kpi-disclosure__date"[^>]*>2026年11月29日現在<\/p>/);
    expect(data["text/plain"].split("\n")).toContain("2026年11月29日現在");
  });

  it("opens the HTML source, selected, when no way of copying works", async () => {
    const copyEnv: CopyEnv = {
      navigator: {},
      document: { addEventListener: () => undefined, removeEventListener: () => undefined, execCommand: () => false } as unknown as CopyEnv["document"],
    };
    renderPane(memoryPort(seedSnapshot()), { copyEnv });
    await runCheck();
    await screen.findByTestId("verdict");
    await userEvent.click(screen.getByRole("button", { name: "HTMLをコピー" }));
    expect(await screen.findByText(/クリップボードにコピーできませんでした/)).toBeInTheDocument();
    const box = screen.getByRole("textbox", { name: "HTMLソース" }) as HTMLTextAreaElement;
    expect(box).toHaveAttribute("readonly");
    expect(box.value).toContain("kpi-disclosure");
    await userEvent.click(screen.getByRole("button", { name: "すべて選択" }));
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
  });

  it("speaks English when Office's display language is English", async () => {
    renderPane(memoryPort(seedSnapshot()), { lang: "en" });
    await runCheck("Check");
    expect(await screen.findByTestId("verdict")).toHaveTextContent(/^To fix before publishing: \d+$/);
    for (const { status, n } of seedCounts()) expect(screen.getByLabelText(`${statusLabel(status, "en")}: ${n}`)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "KPIs by fiscal year" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "FY2023 (6)" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Findings", level: 2 })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: /^Fix before publishing \(\d+\)$/ })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: /^Worth checking \(\d+\)$/ })).toBeInTheDocument();
  });

  it("shows progress while it runs", async () => {
    let release!: () => void;
    const readDelay = new Promise<void>((resolve) => (release = resolve));
    renderPane(memoryPort(seedSnapshot(), { readDelay }));
    await runCheck();
    expect(screen.getByRole("status")).toHaveTextContent("シートを読み取っています…");
    expect(screen.getByRole("button", { name: "チェック中…" })).toHaveAttribute("aria-disabled", "true");
    await act(async () => release());
    expect(await screen.findByTestId("verdict")).toBeInTheDocument();
  });

  it.each([
    ["cell-edit-mode", /EnterキーかEscキー/],
    ["protected", /保護されているため/],
    ["too-large", /大きすぎて/],
  ] as const)("says what to do when Excel refuses (%s)", async (kind, message) => {
    renderPane(memoryPort(seedSnapshot(), { fail: workbookError(kind) }));
    await runCheck();
    expect(await screen.findByRole("alert")).toHaveTextContent(message);
  });

  it("shows a message, not a blank pane, when rendering the results fails", async () => {
    const Broken = () => {
      throw new Error("boom");
    };
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    renderPane(memoryPort(seedSnapshot()), { Results: Broken as unknown as typeof Results });
    await runCheck();
    expect(await screen.findByRole("alert")).toHaveTextContent("表示中にエラーが発生しました");
    expect(screen.getByRole("button", { name: "開き直す" })).toBeInTheDocument();
  });

  it("keeps the settings in the workbook's store as they change", async () => {
    const { store } = renderPane(memoryPort(seedSnapshot()));
    await userEvent.click(await screen.findByRole("button", { name: "設定（このブックに保存）" }));
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "年度の開始月" }), "10");
    await userEvent.click(screen.getByRole("checkbox", { name: "「指摘一覧」シート" }));
    expect(store.load().fiscalYearStartMonth).toBe(10);
    expect(store.load().write.findingsSheet).toBe(true);
  });

  it("uses the saved settings for the next check", async () => {
    const store = memorySettingsStore({ asOf: "2024-06-30", write: { statusColumn: true, disclosureSheet: false, findingsSheet: false } });
    const port = memoryPort(seedSnapshot());
    renderPane(port, { store });
    await runCheck();
    await screen.findByTestId("verdict");
    await userEvent.click(screen.getByRole("button", { name: "シートに書き込む" }));
    await waitFor(() => expect(port.patches).toHaveLength(1));
    expect(port.patches[0].sheets).toHaveLength(0);
    // As of 2024-06-30 fiscal 2024 has not ended: its KPIs are pending, not missing their result.
    const pending = seedCounts("2024-06-30").find((c) => c.status === "pending");
    expect(pending?.n).toBeGreaterThan(0);
    expect(screen.getByLabelText(`集計中：${pending!.n}件`)).toBeInTheDocument();
  });
});

describe("the as-of date field, in the pane's language", () => {
  it.each([
    ["ja", "2024/06/30", "2024-06-30"],
    ["ja", "２０２４年６月３０日", "2024-06-30"],
    ["en", "2024-06-30", "2024-06-30"],
  ] as const)("%s: typing %s keeps %s", async (lang, typed, iso) => {
    const { store } = renderPane(memoryPort(seedSnapshot()), { lang });
    await userEvent.click(await screen.findByRole("button", { name: lang === "ja" ? "設定（このブックに保存）" : "Settings (saved in this workbook)" }));
    const field = screen.getByRole("textbox", { name: lang === "ja" ? "判定の基準日" : "As-of date" });
    expect(field).toHaveAttribute("placeholder", lang === "ja" ? "2026/11/29" : "2026-11-29");
    await userEvent.type(field, `${typed}{Enter}`);
    expect(store.load().asOf).toBe(iso);
  });

  it("says so at once, and keeps nothing, for a date it cannot read", async () => {
    const { store } = renderPane(memoryPort(seedSnapshot()));
    await userEvent.click(await screen.findByRole("button", { name: "設定（このブックに保存）" }));
    await userEvent.type(screen.getByRole("textbox", { name: "判定の基準日" }), "2024/02/30{Enter}");
    expect(screen.getByText("日付を「2026/11/29」の形で入力してください。")).toBeInTheDocument();
    expect(store.load().asOf).toBe("");
  });
});
