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
    expect(screen.getByRole("button", { name: "チェックして書き込む" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    expect(await screen.findByRole("heading", { name: "判定の内訳" })).toBeInTheDocument();
  });

  it("selects a finding's cell with the keyboard", async () => {
    const port = renderPane();
    await userEvent.click(screen.getByRole("button", { name: "チェックして書き込む" }));
    const finding = (await screen.findAllByTitle(/^セル .+ を選択$/))[0];
    finding.focus();
    await userEvent.keyboard("{Enter}");
    expect(port.selections).toHaveLength(1);
  });

  it("has no axe-core violations once results are shown (colour contrast is left to the Fluent theme)", async () => {
    renderPane();
    await userEvent.click(screen.getByRole("button", { name: "チェックして書き込む" }));
    await screen.findByRole("heading", { name: "Webサイト用HTML" });
    await screen.findByRole("combobox", { name: "年度の開始月" });
    const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }, 20_000); // axe over the whole pane takes ~5 s on a loaded two-core machine
});
