/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/ui/components/App";
import { Results } from "../../src/ui/components/Results";
import { ENGINE } from "../../src/app/pipeline/engine";
import { memorySettingsStore } from "../../src/app/settings/CheckSettings";
import { uiStrings } from "../../src/i18n/ui";
import { memoryPort, seedSnapshot } from "./_lib/memoryPort";
import { installResizeObserver } from "../_helpers/installResizeObserver";

jest.setTimeout(30_000);
beforeAll(installResizeObserver);

describe("the pane's line after a write says what was written", () => {
  it.each([
    // lang, status column on, sheets on, the line, what it must not claim
    ["ja", true, true, "達成状況と2枚のシートを書き込みました。", null],
    ["ja", true, false, "達成状況を書き込みました。", "シート"],
    ["ja", false, true, "2枚のシートを書き込みました。", "達成状況"],
    ["en", true, true, "Wrote the statuses and 2 sheet(s).", null],
    ["en", false, true, "Wrote 2 sheet(s).", "statuses"],
  ] as const)("%s, status column %s, sheets %s: %s", async (lang, statusColumn, sheets, line, absent) => {
    const port = memoryPort(seedSnapshot());
    const store = memorySettingsStore({ write: { statusColumn, disclosureSheet: sheets, findingsSheet: sheets, trendSheet: false } });
    render(<App lang={lang} backend={{ port, engine: ENGINE, Results }} store={store} today={() => "2026-11-29"} />);
    const t = uiStrings(lang);
    await userEvent.click(screen.getByRole("button", { name: t.run }));
    await screen.findByTestId("verdict");
    await userEvent.click(screen.getByRole("button", { name: t.write }));
    await waitFor(() => expect(port.patches).toHaveLength(1));
    const status = await screen.findByText(line, { exact: false });
    expect(status).toBeInTheDocument();
    if (absent) expect(status.textContent).not.toContain(absent === "シート" ? "枚のシート" : absent);
  });
});
