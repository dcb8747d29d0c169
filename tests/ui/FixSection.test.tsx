/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ENGINE } from "../../src/app/pipeline/engine";
import { memorySettingsStore } from "../../src/app/settings/CheckSettings";
import type { CellValue } from "../../src/core/SheetSnapshot";
import { snapshotFromRows } from "../../src/core/snapshotFromRows";
import type { Lang } from "../../src/i18n/Lang";
import { uiStrings } from "../../src/i18n/ui";
import { App } from "../../src/ui/components/App";
import { Results } from "../../src/ui/components/Results";
import { installResizeObserver } from "../_helpers/installResizeObserver";
import { memoryPort, seedSnapshot } from "./_lib/memoryPort";

/**
 * The findings as staff act on them (src/ui/components/FixSection.tsx): what to fix before publishing first, under
 * the verdict's own words and count; then the other errors and warnings, said not to stop publishing; the
 * information folded — so that many findings never bury the few that stop publishing.
 */
const AS_OF = "2026-11-29";
const MANY: CellValue[][] = JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "pane", "many-findings.json"), "utf8")).rows;
const PENDING: CellValue[][] = [
  ["年度", "No", "取組項目", "目標", "結果"],
  ["2026年度", 1, "お客様アンケートの収集", "回答数300件以上", ""],
  ["2025年度", 1, "お客様アンケートの収集", "回答数280件以上", "回答数312件"],
];
const SHEETS = { seed: seedSnapshot(), many: snapshotFromRows("KPI", MANY), pending: snapshotFromRows("KPI", PENDING) };

jest.setTimeout(30_000);
beforeAll(installResizeObserver);

async function check(sheet: keyof typeof SHEETS, lang: Lang) {
  render(<App lang={lang} backend={{ port: memoryPort(SHEETS[sheet]), engine: ENGINE, Results }} store={memorySettingsStore()} today={() => AS_OF} />);
  await userEvent.click(screen.getByRole("button", { name: uiStrings(lang).run }));
  await screen.findByTestId("verdict");
  const result = ENGINE.checkSheet(SHEETS[sheet], { asOf: AS_OF });
  const mustFix = ENGINE.publishCheck(result);
  const section = screen.getByRole("heading", { name: uiStrings(lang).fixSection, level: 2 }).closest("section")!;
  return { result, mustFix, section, t: uiStrings(lang) };
}

/** The cells a group's entries name, its shared messages unfolded. */
async function cellsIn(group: HTMLElement): Promise<string[]> {
  for (const toggle of within(group).queryAllByRole("button", { expanded: false })) await userEvent.click(toggle);
  return within(group)
    .queryAllByTitle(/^(セル.+を選択|Select cell .+)$/)
    .map((b) => b.getAttribute("data-cell")!);
}

describe.each<[keyof typeof SHEETS, Lang]>([
  ["seed", "ja"],
  ["many", "ja"],
  ["many", "en"],
])("on the %s sheet (%s)", (sheet, lang) => {
  it("puts first, under the verdict's words and count, exactly the findings the verdict counts, each with its cell", async () => {
    const { mustFix, section, t } = await check(sheet, lang);
    expect(mustFix.length).toBeGreaterThan(0);
    const groups = within(section).getAllByTestId("fix-group");
    expect(groups[0]).toHaveAttribute("data-group", "must");
    const must = within(section).getByRole("group", { name: t.mustFixGroup(mustFix.length) });
    expect(must).toBe(groups[0]);
    expect((await cellsIn(must)).sort()).toEqual(mustFix.map((f) => f.cell).sort());
  });

  it("lists the other errors and warnings after them, said not to stop publishing, and folds the information", async () => {
    const { result, mustFix, section, t } = await check(sheet, lang);
    const others = result.findings.filter((f) => f.severity !== "info" && !mustFix.includes(f));
    const review = within(section).getByRole("group", { name: t.reviewGroup(others.length) });
    expect(review).toHaveTextContent(t.reviewHint);
    expect((await cellsIn(review)).sort()).toEqual(others.filter((f) => f.cell !== null).map((f) => f.cell).sort());
    const info = result.findings.filter((f) => f.severity === "info" && !mustFix.includes(f));
    const fold = within(section).getByRole("button", { name: t.infoFold(info.length) });
    expect(fold).toHaveAttribute("aria-expanded", "false");
    // in reading order: to fix before publishing, worth checking, then the information
    const order = [within(section).getByRole("group", { name: t.mustFixGroup(mustFix.length) }), review, fold];
    for (let i = 1; i < order.length; i++) expect(order[i - 1].compareDocumentPosition(order[i]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

it("a sheet ready to publish says nothing is to fix before publishing, and still lists its warnings to check", async () => {
  const { result, section, t } = await check("pending", "ja");
  expect(screen.getByTestId("verdict")).toHaveTextContent(t.verdictReady);
  expect(within(section).getByTestId("no-must-fix")).toHaveTextContent(t.noMustFix);
  expect(within(section).queryByRole("group", { name: /^公開前に直す箇所/ })).not.toBeInTheDocument();
  const warnings = result.findings.filter((f) => f.severity === "warning");
  expect(warnings.length).toBeGreaterThan(0);
  expect(within(section).getByRole("group", { name: t.reviewGroup(warnings.length) })).toBeInTheDocument();
});
