/**
 * The published HTML printed: the page an agency prints for its files, or a visitor prints, as Chromium prints it
 * to A4 (inline styles by default, and class names with the stylesheet). No KPI's table is split across two
 * pages, and a fiscal year's heading is on the page of its first KPI. Thirty KPIs of three years with texts of
 * their own (markers the PDF's text gives back) run over several pages.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { DISCLOSURE_CSS } from "../../src/core/html/disclosureCss";
import { renderDisclosureHtml } from "../../src/core/html/renderDisclosureHtml";
import { writebackLabels } from "../../src/i18n/writeback";
import { judged } from "../core/writeback/_support/seedJudged";
import { launchChromium } from "./_lib/pane";

const YEARS = [2024, 2023, 2022];
const PER_YEAR = 10;
/** A marker of KPI `k` (`part` D for its description, C for its commitment), as ASCII the PDF's text keeps whole. */
const marker = (part: "D" | "C", k: number): string => `${part}${String(k).padStart(3, "0")}X`;

/**
 * Thirty KPIs, their descriptions and commitments of one to four lines, so that tables end all over a page; `shift`
 * lengthens the first one by as many lines, moving every later break (the variants put headings all over a page).
 */
const kpis = (shift: number) => YEARS.flatMap((fy, y) =>
  Array.from({ length: PER_YEAR }, (_, i) => {
    const k = y * PER_YEAR + i;
    const long = "お客様の声を業務改善に活かし、品質の向上に努めてまいります。".repeat(1 + ((k * 7) % 4) + (k === 0 ? shift : 0));
    return judged(
      k + 2,
      {
        fiscalYear: `${fy}年度`, no: i + 1, title: `取組${k}`, description: `${marker("D", k)} ${long}`, scope: "お客様",
        target: "回答数200件以上", result: "208件", commitment: `${marker("C", k)} ${long}`,
      },
      "met",
    );
  }),
);

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), "kpi-print-"));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The text of each printed page of the fragment (A4, Chromium's default margins). */
async function printedPages(style: "inline" | "class", shift: number): Promise<string[]> {
  const page = await browser.newPage();
  try {
    const css = style === "class" ? DISCLOSURE_CSS : "";
    const fragment = renderDisclosureHtml(kpis(shift), { labels: writebackLabels("ja"), style });
    await page.setContent(`<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>${css}</style></head><body>${fragment}</body></html>`);
    const pdf = join(dir, `${style}-${shift}.pdf`);
    writeFileSync(pdf, await page.pdf({ format: "A4" }));
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
    return Array.from({ length: count }, (_, i) =>
      execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), pdf, "-"], { encoding: "utf8" }),
    );
  } finally {
    await page.close();
  }
}

/** The 0-based pages whose text holds `text`. */
const pagesOf = (pages: string[], text: string): number[] => pages.flatMap((p, i) => (p.includes(text) ? [i] : []));

const SHIFTS = [0, 1, 2, 3, 4, 5, 6, 7];

describe.each(["inline", "class"] as const)("the HTML printed (%s)", (style) => {
  let variants: string[][];
  beforeAll(async () => {
    variants = [];
    for (const shift of SHIFTS) variants.push(await printedPages(style, shift));
  });

  it("runs over several pages (so that breaks are tried)", () => {
    for (const pages of variants) expect(pages.length).toBeGreaterThanOrEqual(4);
  });

  it("never splits a KPI's table: its description and its commitment are on the same page", () => {
    const split = variants.flatMap((pages, v) =>
      YEARS.flatMap((_, y) => Array.from({ length: PER_YEAR }, (_, i) => y * PER_YEAR + i))
        .map((k) => ({ shift: SHIFTS[v], k, description: pagesOf(pages, marker("D", k)), commitment: pagesOf(pages, marker("C", k)) }))
        .filter(({ description, commitment }) => description.length !== 1 || commitment.length !== 1 || description[0] !== commitment[0]),
    );
    expect(split).toEqual([]);
  });

  it("prints a year's heading on the page of its first KPI", () => {
    const apart = variants.flatMap((pages, v) =>
      YEARS.map((fy, y) => ({ shift: SHIFTS[v], fy, heading: pagesOf(pages, `${fy}年度\n`), first: pagesOf(pages, marker("D", y * PER_YEAR)) })).filter(
        ({ heading, first }) => heading.length !== 1 || heading[0] !== first[0],
      ),
    );
    expect(apart).toEqual([]);
  });
});
