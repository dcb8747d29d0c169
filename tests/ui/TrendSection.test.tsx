/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ENGINE } from "../../src/app/pipeline/engine";
import type { RunOutcome } from "../../src/app/pipeline/runKpiCheck";
import { TrendSection } from "../../src/ui/components/TrendSection";
import { RESULT_SECTIONS } from "../../src/ui/components/resultSections";
import { UiContext } from "../../src/ui/components/UiContext";
import { uiStrings } from "../../src/i18n/ui";
import { snapshotFromRows } from "../../src/core/snapshotFromRows";
import { installResizeObserver } from "../_helpers/installResizeObserver";

jest.setTimeout(30_000);
beforeAll(installResizeObserver);

// the seed's No 1 over its three years with the same measure (its 2024 row measures お客様アンケート点数 instead)
const SURVEY = [
  ["年度", "No", "取組項目", "目標", "結果"],
  ["2021年度", 1, "お客様アンケート(契約募集)の収集", "回答数:120件", "91件"],
  ["2022年度", 1, "お客様アンケート(契約募集)の収集", "回答数:200件", "196件"],
  ["2023年度", 1, "お客様アンケート(契約募集)の収集", "回答数:200件", "208件"],
];

/** The pane's outcome for the sheet, as the pipeline hands it to the result sections. */
function seedOutcome(): RunOutcome {
  const snapshot = snapshotFromRows("KPI", SURVEY);
  const result = ENGINE.checkSheet(snapshot, { asOf: "2026-11-29" });
  return { result, reading: { snapshot } } as unknown as RunOutcome;
}

describe("the pane's 推移 section", () => {
  it("is one of the result sections the pane shows after the KPIs by year", () => {
    expect(RESULT_SECTIONS).toContain(TrendSection);
  });

  it.each([
    { lang: "ja" as const, heading: "推移", year: "2022年度", chart: "お客様アンケート(契約募集)の収集の推移" },
    { lang: "en" as const, heading: "Trends", year: "FY2022", chart: "Trend of お客様アンケート(契約募集)の収集" },
  ])("is folded, and unfolded ($lang) shows the seed's 回答数 series 91 → 196 → 208件 as a table and a named chart", async ({ lang, heading, year, chart }) => {
    render(
      <UiContext.Provider value={{ lang, t: uiStrings(lang) }}>
        <TrendSection outcome={seedOutcome()} />
      </UiContext.Provider>,
    );
    const fold = screen.getByRole("button", { name: heading });
    expect(fold).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    await userEvent.click(fold);
    // the chart's code arrives lazily
    const tables = await screen.findAllByRole("table");
    const answers = tables.find((t) => /回答数/.test(t.querySelector("caption")?.textContent ?? ""))!;
    expect(answers).toBeDefined();
    const results = within(answers)
      .getAllByRole("row")
      .slice(1)
      .map((r) => within(r).getAllByRole("cell")[1].textContent);
    expect(results).toEqual(["91件", "196件", "208件"]);
    expect(within(answers).getByRole("rowheader", { name: year })).toBeInTheDocument();
    const img = answers.parentElement!.querySelector("svg[role=img]")!;
    // named by its title, then its text alternative year by year (aria-labelledby title + desc)
    const name = img.getAttribute("aria-labelledby")!.split(" ").map((id) => document.getElementById(id)!.textContent);
    expect(name[0]).toBe(chart);
    expect(img).toHaveAccessibleName(expect.stringMatching(/91件.*196件.*208件/));
  });
});
