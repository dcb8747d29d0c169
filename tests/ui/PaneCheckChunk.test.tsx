/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/ui/components/App";
import { Results } from "../../src/ui/components/Results";
import { ENGINE } from "../../src/app/pipeline/engine";
import { memorySettingsStore } from "../../src/app/settings/CheckSettings";
import { CHECK_RUNNER } from "../../src/ui/_lib/checkRunner";
import { loadCheckRunner } from "../../src/ui/_lib/loadCheckRunner";
import { memoryPort, seedSnapshot } from "./_lib/memoryPort";
import { installResizeObserver } from "../_helpers/installResizeObserver";

// The check's chunk as the network gives it: the load as the pane mounts fails (a dropped connection in Office's
// web view), the next one, on the click, succeeds.
jest.mock("../../src/ui/_lib/loadCheckRunner", () => ({ loadCheckRunner: jest.fn() }));
const load = loadCheckRunner as jest.MockedFunction<typeof loadCheckRunner>;

jest.setTimeout(30_000);
beforeAll(installResizeObserver);

describe("the pane when its check chunk loads late", () => {
  it.each(["ja", "en"] as const)("offers the HTML of a check whose chunk failed to load as the pane mounted and loaded on the click (%s)", async (lang) => {
    load.mockReset();
    load.mockRejectedValueOnce(new Error("ChunkLoadError: Loading chunk check failed.")).mockResolvedValue(CHECK_RUNNER);
    const port = memoryPort(seedSnapshot());
    render(<App lang={lang} backend={{ port, engine: ENGINE, Results }} store={memorySettingsStore()} today={() => "2026-11-29"} />);
    await waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await userEvent.click(screen.getByRole("button", { name: lang === "ja" ? "チェックを実行" : "Check" }));
    await screen.findByTestId("verdict");
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.getByRole("button", { name: lang === "ja" ? "HTMLをコピー" : "Copy HTML" })).not.toHaveAttribute("aria-disabled", "true");
  });
});
