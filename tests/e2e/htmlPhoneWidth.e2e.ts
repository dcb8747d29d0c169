/**
 * The published HTML on a phone: the sample's fragment (inline styles by default, and class names with the
 * stylesheet) laid out by Debian's Chromium 375 px wide — an iPhone's width, where most visitors of an agency's
 * page read it. The labels stay words (「対象」 and 「目標」 on one line, 「結果」 and 「(2023年度)」 on two), no text
 * spills out of its cell or makes the page scroll sideways, and the target and result keep room to be read.
 */
import type { Browser, Page } from "playwright-core";
import { DISCLOSURE_CSS } from "../../src/core/html/disclosureCss";
import { renderDisclosureHtml } from "../../src/core/html/renderDisclosureHtml";
import { renderTrendHtml } from "../../src/core/html/renderTrendHtml";
import { checkSheet } from "../../src/core/checkSheet";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookBytes";
import { trendLabels, writebackLabels } from "../../src/i18n/writeback";
import { readFileSync } from "node:fs";
import { SAMPLE } from "./_lib/paths";
import { judged } from "../core/writeback/_support/seedJudged";
import { launchChromium } from "./_lib/pane";
import { sampleHtml } from "./_lib/visualPages";

const PHONE = 375;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** A fragment on a bare page `width` px wide (a phone's by default; the sample's FY2023 by default). */
async function phonePage(style: "inline" | "class", fragment?: string, width = PHONE): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
  const css = style === "class" ? DISCLOSURE_CSS : "";
  await page.setContent(
    `<!doctype html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><style>body{margin:16px;font-family:sans-serif}${css}</style></head><body>${fragment ?? (await sampleHtml(style))}</body></html>`,
  );
  return page;
}

/** What the page shows of each label cell and text cell, measured in the browser. */
interface Layout {
  pageWidth: number;
  /** Each label's text, the number of lines it takes (its text's distinct line boxes), and whether its text is wider than the cell's padded box. */
  labels: { text: string; lines: number; keptLines: number[]; cramped: boolean }[];
  /** Cells whose content is wider than the cell. */
  spilling: string[];
  /** The narrowest target or result cell, in px. */
  narrowestText: number;
}

function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    /** The lines a node's text takes: its boxes' middles, those within 4 px of each other on one line (an inline-block's box is taller than its text). */
    const lines = (node: Node): number => {
      const range = document.createRange();
      range.selectNodeContents(node);
      const middles = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top + r.height / 2).sort((a, b) => a - b);
      return middles.filter((m, i) => i === 0 || m - middles[i - 1] > 4).length;
    };
    const textWidth = (node: Node): number => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return Math.max(0, ...[...range.getClientRects()].map((r) => r.width));
    };
    const labels = [...document.querySelectorAll<HTMLElement>("th.kpi-item__label, th.kpi-item__no")].map((th) => {
      const style = getComputedStyle(th);
      const box = th.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return {
        text: th.textContent ?? "",
        lines: lines(th),
        keptLines: [...th.querySelectorAll(".kpi-item__keep")].map(lines),
        cramped: textWidth(th) > box + 0.5,
      };
    });
    const spilling = [...document.querySelectorAll<HTMLElement>("th, td")].filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent ?? "");
    const texts = [...document.querySelectorAll<HTMLElement>("td.kpi-item__target, td.kpi-item__result")];
    return {
      pageWidth: document.documentElement.scrollWidth,
      labels,
      spilling,
      narrowestText: Math.min(...texts.map((c) => c.getBoundingClientRect().width)),
    };
  });
}

/** The layout of a fragment on a bare page (`phonePage`), measured and the page closed. */
async function layoutOf(style: "inline" | "class", fragment?: string, width = PHONE): Promise<Layout> {
  const page = await phonePage(style, fragment, width);
  try {
    return await measure(page);
  } finally {
    await page.close();
  }
}

describe.each(["inline", "class"] as const)("the sample's HTML 375 px wide (%s)", (style) => {
  let layout: Layout;
  beforeAll(async () => {
    layout = await layoutOf(style);
  });

  it("does not scroll sideways, and no text spills out of its cell", () => {
    expect(layout.pageWidth).toBeLessThanOrEqual(PHONE);
    expect(layout.spilling).toEqual([]);
  });

  it.each(["対象", "目標", "1", "6"])("shows the label %s on one line", (text) => {
    const found = layout.labels.filter((l) => l.text === text);
    expect(found.length).toBeGreaterThan(0);
    for (const l of found) expect(l.lines).toBe(1);
  });

  it("breaks 結果(2023年度) before the bracket only: two lines, the bracketed year on one", () => {
    const results = layout.labels.filter((l) => l.text === "結果(2023年度)");
    expect(results.length).toBeGreaterThan(0);
    for (const l of results) expect(l).toMatchObject({ lines: 2, keptLines: [1] });
  });

  it("leaves the target and result at least five characters a line", () => {
    expect(layout.narrowestText).toBeGreaterThanOrEqual(5 * 16);
  });
});

describe.each([
  ["inline", PHONE],
  ["class", PHONE],
  ["inline", 1280],
  ["class", 1280],
] as const)("the sample's English HTML (%s) %i px wide", (style, width) => {
  let layout: Layout;
  beforeAll(async () => {
    const [sheet] = await readWorkbookBytes(readFileSync(SAMPLE), "sample-kpi.xlsx");
    const { kpis } = checkSheet(sheet, { asOf: "2026-11-29" });
    layout = await layoutOf(style, renderDisclosureHtml(kpis, { labels: writebackLabels("en"), years: [2023], style }), width);
  });

  it("does not scroll sideways, and no text spills out of its cell", () => {
    expect(layout.pageWidth).toBeLessThanOrEqual(width);
    expect(layout.spilling).toEqual([]);
  });

  it.each(["Scope", "Target"])("shows the label %s on one line, inside its cell's padding", (text) => {
    const found = layout.labels.filter((l) => l.text === text);
    expect(found.length).toBeGreaterThan(0);
    for (const l of found) expect(l).toMatchObject({ lines: 1, cramped: false });
  });

  it("breaks Result (FY2023) between its words only, the bracketed year whole and inside the padding", () => {
    const results = layout.labels.filter((l) => l.text === "Result (FY2023)");
    expect(results.length).toBeGreaterThan(0);
    for (const l of results) expect(l).toMatchObject({ lines: width === PHONE ? 2 : expect.any(Number), keptLines: [1], cramped: false });
  });

  it("leaves the target and result about five characters a line (the English labels take an em more than the Japanese)", () => {
    expect(layout.narrowestText).toBeGreaterThanOrEqual(width === PHONE ? 4.75 * 16 : 400);
  });
});

describe.each(["inline", "class"] as const)("long words 375 px wide (%s)", (style) => {
  it("wraps a web address or a long Latin word in any cell, the title too, instead of spilling out of the table", async () => {
    // a word with no break opportunity, as a product code or a web address without slashes can be
    const url = "ＷＷＷ.EXAMPLEAGENCYCOJPFIDUCIARYDUTYKPIRESULTS2024PAGE.HTML".normalize("NFKC");
    const kpi = judged(2, { fiscalYear: "2024年度", no: 1, title: `お客様アンケート（${url}）`, description: url, scope: url, target: `${url} 200件以上`, result: url, commitment: url }, "met");
    const layout = await layoutOf(style, renderDisclosureHtml([kpi], { labels: writebackLabels("ja"), style }));
    expect(layout.pageWidth).toBeLessThanOrEqual(PHONE);
    expect(layout.spilling).toEqual([]);
  });
});

describe.each(["inline", "class"] as const)("the sample's 推移 section 375 px wide (%s)", (style) => {
  let shown: { page: number; words: { text: string; lines: number }[]; yearLabels: { text: string; left: number; right: number; width: number }[] };
  beforeAll(async () => {
    const [sheet] = await readWorkbookBytes(readFileSync(SAMPLE), "sample-kpi.xlsx");
    const { series } = checkSheet(sheet, { asOf: "2026-11-29" });
    const page = await phonePage(style, renderTrendHtml(series, { labels: trendLabels("ja"), style }));
    try {
      shown = await page.evaluate(() => {
        const lines = (node: Node): number => {
          const range = document.createRange();
          range.selectNodeContents(node);
          return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
        };
        return {
          page: document.documentElement.scrollWidth,
          words: [...document.querySelectorAll<HTMLElement>(".kpi-trend__table tr > :first-child, .kpi-trend__table tr > :last-child, .kpi-trend__table thead th")].filter((c) => c.textContent).map((c) => ({ text: c.textContent!, lines: lines(c) })),
          yearLabels: [...document.querySelectorAll<SVGTextElement>("svg text")].map((t) => {
            const box = t.getBBox();
            return { text: t.textContent ?? "", left: box.x, right: box.x + box.width, width: t.ownerSVGElement!.viewBox.baseVal.width };
          }),
        };
      });
    } finally {
      await page.close();
    }
  });

  it("does not scroll sideways", () => {
    expect(shown.page).toBeLessThanOrEqual(PHONE);
  });

  it("shows each year and status word and each header on one line (年度, 2021年度, 目標, 結果, 達成状況, 未達成)", () => {
    expect(shown.words.length).toBeGreaterThan(0);
    expect(shown.words.filter((w) => w.lines !== 1)).toEqual([]);
  });

  it("draws every year label of the charts whole, inside the chart", () => {
    expect(shown.yearLabels.length).toBeGreaterThan(0);
    expect(shown.yearLabels.filter((l) => l.left < 0 || l.right > l.width)).toEqual([]);
  });
});
