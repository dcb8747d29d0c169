/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
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

/**
 * A long group (tests/fixtures/pane/forty-warnings.json: forty warnings, one per branch) shows its first lines and a
 * button for the rest, so that the KPIs, the HTML and the settings below stay in reach.
 */
describe("a long group of findings", () => {
  const FORTY = snapshotFromRows("KPI", JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "pane", "forty-warnings.json"), "utf8")).rows as CellValue[][]);

  async function checkForty(lang: Lang) {
    render(<App lang={lang} backend={{ port: memoryPort(FORTY), engine: ENGINE, Results }} store={memorySettingsStore()} today={() => AS_OF} />);
    const t = uiStrings(lang);
    await userEvent.click(screen.getByRole("button", { name: t.run }));
    await screen.findByTestId("verdict");
    const result = ENGINE.checkSheet(FORTY, { asOf: AS_OF });
    const warnings = result.findings.filter((f) => f.severity === "warning");
    const review = screen.getByRole("group", { name: t.reviewGroup(warnings.length) });
    return { t, warnings, review };
  }

  it.each<[Lang, string, string]>([
    ["ja", "ほか30件を表示", "表示を減らす"],
    ["en", "Show 30 more", "Show fewer"],
  ])("(%s) shows ten lines, then a button %j naming how many findings are behind it; unfolded, all forty, and %j folds them again", async (lang, more, fewer) => {
    const { warnings, review } = await checkForty(lang);
    expect(warnings).toHaveLength(40);
    expect(within(review).getAllByTestId("fix-entry")).toHaveLength(10);
    const button = within(review).getByRole("button", { name: more });
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(document.getElementById(button.getAttribute("aria-controls")!)).toBe(within(review).getByRole("list"));
    await userEvent.click(button);
    expect(within(review).getAllByTestId("fix-entry")).toHaveLength(40);
    expect(within(review).getByRole("button", { name: fewer })).toHaveAttribute("aria-expanded", "true");
    await userEvent.click(within(review).getByRole("button", { name: fewer }));
    expect(within(review).getAllByTestId("fix-entry")).toHaveLength(10);
  });

  it("shows first the newest year's lines, by No, as the whole list orders them", async () => {
    const { review } = await checkForty("ja");
    expect(within(review).getAllByTestId("fix-entry").map((e) => [e.getAttribute("data-year"), e.getAttribute("data-no")])).toEqual(
      Array.from({ length: 10 }, (_, i) => ["2026", String(i + 1)]),
    );
  });

  it("by keyboard: Enter on the button shows the rest and moves the focus to the first line it showed; Enter again folds and keeps the focus on the button", async () => {
    const { review } = await checkForty("ja");
    const button = within(review).getByRole("button", { name: "ほか30件を表示" });
    button.focus();
    await userEvent.keyboard("{Enter}");
    const entries = within(review).getAllByTestId("fix-entry");
    expect(entries[10]).toHaveFocus();
    expect(entries[10]).toHaveAttribute("data-no", "11");
    const fewer = within(review).getByRole("button", { name: "表示を減らす" });
    fewer.focus();
    await userEvent.keyboard("{Enter}");
    expect(within(review).getByRole("button", { name: "ほか30件を表示" })).toHaveFocus();
  });

  it("has no axe-core violations folded, nor unfolded", async () => {
    const { review } = await checkForty("ja");
    const violations = async () => (await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(await violations()).toEqual([]);
    await userEvent.click(within(review).getByRole("button", { name: "ほか30件を表示" }));
    expect(await violations()).toEqual([]);
  });

  it("a group of a few lines more than ten shows them all, without a button", async () => {
    render(<App lang="ja" backend={{ port: memoryPort(snapshotFromRows("KPI", [...FORTY.values.slice(0, 12), ...FORTY.values.slice(41, 52)] as CellValue[][])), engine: ENGINE, Results }} store={memorySettingsStore()} today={() => AS_OF} />);
    await userEvent.click(screen.getByRole("button", { name: "チェックを実行" }));
    await screen.findByTestId("verdict");
    const review = screen.getByRole("group", { name: "確認したほうがよい箇所（11件）" });
    expect(within(review).getAllByTestId("fix-entry")).toHaveLength(11);
    expect(screen.queryByTestId("fix-more")).not.toBeInTheDocument();
  });
});
