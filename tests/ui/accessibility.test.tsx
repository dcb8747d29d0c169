/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { App } from "../../src/ui/components/App";
import { Results } from "../../src/ui/components/Results";
import { ENGINE } from "../../src/app/pipeline/engine";
import { memorySettingsStore } from "../../src/app/settings/CheckSettings";
import { memoryPort, seedSnapshot } from "./_lib/memoryPort";
import { installResizeObserver } from "../_helpers/installResizeObserver";

jest.setTimeout(60_000);
beforeAll(installResizeObserver);

function renderPane() {
  const port = memoryPort(seedSnapshot());
  render(<App lang="ja" backend={{ port, engine: ENGINE, Results }} store={memorySettingsStore()} today={() => "2026-11-29"} />);
  return port;
}

describe("the task pane for keyboard and screen-reader users", () => {
  it("runs the check from the keyboard alone: Tab to the button, Enter", async () => {
    renderPane();
    await userEvent.tab();
    expect(screen.getByRole("button", { name: "チェックを実行" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    expect(await screen.findByTestId("verdict")).toBeInTheDocument();
  });

  it("speaks the verdict when a check ends: it appears in a live region that was there, empty, before", async () => {
    renderPane();
    const live = screen.getByTestId("verdict-live");
    expect(live).toHaveAttribute("aria-live", "polite");
    expect(live).toBeEmptyDOMElement();
    await userEvent.click(screen.getByRole("button", { name: "チェックを実行" }));
    const verdict = await screen.findByTestId("verdict");
    expect(verdict.closest("[aria-live]")).toBe(live);
    expect(live).toHaveTextContent(/^公開前に直す箇所：\d+件$/);
  });

  it("selects a finding's cell with the keyboard", async () => {
    const port = renderPane();
    await userEvent.click(screen.getByRole("button", { name: "チェックを実行" }));
    const finding = (await screen.findAllByTitle(/^セル.+を選択$/))[0];
    finding.focus();
    await userEvent.keyboard("{Enter}");
    expect(port.selections).toHaveLength(1);
  });

  it("has no axe-core violations once results are shown (colour contrast is left to the Fluent theme)", async () => {
    renderPane();
    await userEvent.click(screen.getByRole("button", { name: "チェックを実行" }));
    await screen.findByRole("heading", { name: "ホームページ用HTML" });
    // everything unfolded: the information findings, a shared message, a year and a KPI, the settings
    await userEvent.click(screen.getByRole("button", { name: /^情報（\d+件）$/ }));
    await userEvent.click(screen.getAllByRole("button", { name: /（\d+件）$/ }).find((b) => b.getAttribute("aria-expanded") === "false" && /とみなしました/.test(b.textContent ?? ""))!);
    await userEvent.click(screen.getByRole("button", { name: "2023年度（6件）" }));
    await userEvent.click(screen.getAllByTestId("kpi-row")[0].querySelector("button")!);
    await userEvent.click(screen.getByRole("button", { name: "設定（このブックに保存）" }));
    await screen.findByRole("combobox", { name: "年度の開始月" });
    const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }, 60_000);
});
