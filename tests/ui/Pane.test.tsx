/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, render, screen, within } from "@testing-library/react";
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
import { memoryPort, seedSnapshot, type MemoryPort } from "./_lib/memoryPort";
import { installResizeObserver } from "../_helpers/installResizeObserver";

const today = () => "2026-11-29";

beforeAll(installResizeObserver);
// rendering the seed's results through Fluent in jsdom takes 3–7 s on a loaded two-core machine
jest.setTimeout(30_000);

/** How many of the seed's KPIs the engine gives each status, as of `asOf`. */
function seedCounts(asOf = "2026-11-29") {
  const result = ENGINE.checkSheet(seedSnapshot(), { asOf });
  return KPI_STATUSES.map((status) => ({ status, n: result.kpis.filter((k) => k.status === status).length })).filter((c) => c.n > 0);
}

function renderPane(port: MemoryPort, extra: { lang?: "ja" | "en"; copyEnv?: CopyEnv; Results?: typeof Results; store?: ReturnType<typeof memorySettingsStore> } = {}) {
  const store = extra.store ?? memorySettingsStore();
  const utils = render(
    <App lang={extra.lang ?? "ja"} backend={{ port, engine: ENGINE, Results: extra.Results ?? Results }} store={store} today={today} copyEnv={extra.copyEnv} />,
  );
  return { ...utils, store };
}

async function runCheck(name = "チェックして書き込む") {
  await userEvent.click(screen.getByRole("button", { name }));
}

describe("the task pane", () => {
  it("says before copying what would be published wrong, each with a link that selects its cell", async () => {
    const port = memoryPort(seedSnapshot());
    renderPane(port);
    await runCheck();
    const html = (await screen.findByRole("heading", { name: "Webサイト用HTML" })).closest("section")!;
    const check = within(html).getByText(/^公開前の確認：/).closest("div")!;
    const items = within(check).getAllByRole("listitem");
    const expected = ENGINE.checkSheet(seedSnapshot(), { asOf: "2026-11-29" }).findings.filter((f) => f.code === "term-misspelling" || f.code === "result-missing");
    expect(items).toHaveLength(expected.length);
    expect(items.filter((li) => li.dataset.code === "term-misspelling").map((li) => li.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining("「NSP」は「NPS」の誤記ではありませんか")]),
    );
    const first = expected.find((f) => f.code === "term-misspelling")!;
    await userEvent.click(within(check).getAllByText(first.cell!)[0]);
    expect(port.selections.at(-1)).toEqual(expect.objectContaining({ cell: first.cell }));
  }, 30_000);

  it("says no KPI table was found, and writes nothing, on a sheet without one", async () => {
    const port = memoryPort(snapshotFromRows("メモ", [["買い物リスト"], ["牛乳"]]));
    renderPane(port);
    await runCheck();
    expect(await screen.findByText("KPIの表が見つかりません")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "判定の内訳" })).not.toBeInTheDocument();
    expect(port.patches).toHaveLength(0);
  });

  it("shows the table found, a summary with badges that carry words, the findings by severity and the KPIs by year", async () => {
    const port = memoryPort(seedSnapshot());
    renderPane(port);
    await runCheck();
    const summary = (await screen.findByRole("heading", { name: "判定の内訳" })).closest("section")!;
    const counts = seedCounts();
    expect(counts.length).toBeGreaterThan(3);
    expect(within(summary).getAllByRole("listitem")).toHaveLength(counts.length);
    for (const { status, n } of counts) {
      expect(within(summary).getByLabelText(`${statusLabel(status, "ja")} ${n}件`)).toHaveTextContent(`${statusMarkLabel(status, "ja")}${n}`);
    }
    const findings = screen.getByRole("heading", { name: "指摘" }).closest("section")!;
    const groups = within(findings).getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(groups[0]).toMatch(/^(エラー|警告) \(\d+\)$/);
    expect(groups.join(" ")).toMatch(/情報 \(\d+\)/);
    const kpis = screen.getByRole("heading", { name: "年度別のKPI" }).closest("section")!;
    expect(within(kpis).getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(["2024年度", "2023年度", "2022年度", "2021年度"]);
    expect(screen.getByText(/表形式（1行に1つのKPI）/)).toHaveTextContent("A1:H25");
    expect(port.patches).toHaveLength(1);
    expect(screen.getByRole("status")).toHaveTextContent("24件のKPIを判定しました");
  });

  it("selects a finding's cell in Excel when the finding is clicked", async () => {
    const port = memoryPort(seedSnapshot());
    renderPane(port);
    await runCheck();
    const findings = (await screen.findByRole("heading", { name: "指摘" })).closest("section")!;
    const first = within(findings).getAllByRole("button")[0];
    const cell = first.querySelector("span")!.textContent!;
    await userEvent.click(first);
    expect(port.selections).toEqual([{ sheet: "KPI", cell }]);
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
    await userEvent.click(await screen.findByRole("button", { name: "HTMLをコピー" }));
    expect(await screen.findByText(/コピーしました/)).toBeInTheDocument();
    expect(data["text/html"]).toContain('<div class="kpi-disclosure"');
    expect(data["text/plain"]).toContain("回答数:200件");
  });

  it("opens the HTML source, selected, when no way of copying works", async () => {
    const copyEnv: CopyEnv = {
      navigator: {},
      document: { addEventListener: () => undefined, removeEventListener: () => undefined, execCommand: () => false } as unknown as CopyEnv["document"],
    };
    renderPane(memoryPort(seedSnapshot()), { copyEnv });
    await runCheck();
    await userEvent.click(await screen.findByRole("button", { name: "HTMLをコピー" }));
    expect(await screen.findByText(/クリップボードにコピーできませんでした/)).toBeInTheDocument();
    const box = screen.getByRole("textbox", { name: "HTMLソース" }) as HTMLTextAreaElement;
    expect(box).toHaveAttribute("readonly");
    expect(box.value).toContain("kpi-disclosure");
    await userEvent.click(screen.getByRole("button", { name: "すべて選択" }));
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
  });

  it("speaks English when Office's display language is English", async () => {
    renderPane(memoryPort(seedSnapshot()), { lang: "en" });
    await runCheck("Check and write back");
    expect(await screen.findByRole("heading", { name: "Summary" })).toBeInTheDocument();
    for (const { status, n } of seedCounts()) expect(screen.getByLabelText(`${statusLabel(status, "en")} ${n}`)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "KPIs by fiscal year" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "FY2023" })).toBeInTheDocument();
  });

  it("shows progress while it runs", async () => {
    let release!: () => void;
    const readDelay = new Promise<void>((resolve) => (release = resolve));
    renderPane(memoryPort(seedSnapshot(), { readDelay }));
    await runCheck();
    expect(screen.getByRole("status")).toHaveTextContent("シートを読み込んでいます…");
    expect(screen.getByRole("button", { name: "チェック中…" })).toHaveAttribute("aria-disabled", "true");
    await act(async () => release());
    expect(await screen.findByRole("heading", { name: "判定の内訳" })).toBeInTheDocument();
  });

  it.each([
    ["cell-edit-mode", /Enter キーか Esc キー/],
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
    expect(await screen.findByRole("alert")).toHaveTextContent("表示中にエラーが起きました");
    expect(screen.getByRole("button", { name: "開き直す" })).toBeInTheDocument();
  });

  it("keeps the settings in the workbook's store as they change", async () => {
    const { store } = renderPane(memoryPort(seedSnapshot()));
    await userEvent.selectOptions(await screen.findByRole("combobox", { name: "年度の開始月" }), "10");
    await userEvent.click(screen.getByRole("checkbox", { name: "「指摘一覧」シート" }));
    expect(store.load().fiscalYearStartMonth).toBe(10);
    expect(store.load().write.findingsSheet).toBe(true);
  });

  it("uses the saved settings for the next check", async () => {
    const store = memorySettingsStore({ asOf: "2024-06-30", write: { statusColumn: true, disclosureSheet: false, findingsSheet: false } });
    const port = memoryPort(seedSnapshot());
    renderPane(port, { store });
    await runCheck();
    await screen.findByRole("heading", { name: "判定の内訳" });
    expect(port.patches[0].sheets).toHaveLength(0);
    // As of 2024-06-30 fiscal 2024 has not ended: its KPIs are pending, not missing their result.
    const pending = seedCounts("2024-06-30").find((c) => c.status === "pending");
    expect(pending?.n).toBeGreaterThan(0);
    expect(screen.getByLabelText(`集計中 ${pending!.n}件`)).toBeInTheDocument();
  });
});
