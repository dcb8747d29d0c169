import { KPI_STATUSES } from "../../../src/core/KpiStatus";
import { renderDisclosureHtml } from "../../../src/core/html/renderDisclosureHtml";
import { statusText, writebackLabels } from "../../../src/i18n/writeback";
import { pageRows } from "../writeback/_support/rowTexts";
import { judged, seedHeadings, seedJudged, seedPage } from "../writeback/_support/seedJudged";
import { elements, hasClass, startParse5, textOf, type HtmlNode, type Parse5 } from "./_support/parse5";

let parse5: Parse5;
beforeAll(() => (parse5 = startParse5()));
afterAll(() => parse5.stop());

type Element = Extract<HtmlNode, { tag: string }>;

/** The texts a person reads in a part of the page, in order: headings, paragraphs, caption parts and cells. */
function readingOrder(nodes: HtmlNode[], skip: (e: Element) => boolean = () => false): string[] {
  return elements(nodes)
    .filter((e) => ["h2", "h3", "p", "th", "td"].includes(e.tag) || (e.tag === "span" && e.attrs.class?.startsWith("kpi-item__")))
    .filter((e) => !skip(e))
    .map(textOf)
    .filter((t) => t !== "");
}

/** The seed page's section of one fiscal year, as the texts of its cells in page order. */
function seedSection(year: string): string[] {
  const rows = pageRows(seedPage);
  const start = rows.findIndex((r) => r[0] === year);
  const end = rows.findIndex((r, i) => i > start && /^\d{4}年度$/.test(r[0]));
  return rows.slice(start, end < 0 ? undefined : end).flat();
}

describe("renderDisclosureHtml: the seed's 2023 section (golden)", () => {
  it("has the seed's texts in the seed's order, and parses without errors", async () => {
    const html = renderDisclosureHtml(seedJudged(), { labels: writebackLabels("ja"), years: [2023], heading: false });
    const parsed = await parse5.parse(html);
    expect(parsed.errors).toEqual([]);
    const section = elements(parsed.nodes).find((e) => e.tag === "section")!;
    const texts = readingOrder([section], (e) => hasClass(e, "kpi-status"));
    expect(texts).toEqual(seedSection("2023年度"));
  });

  it("shows each KPI's status as text in its target row", async () => {
    const kpis = seedJudged().filter((k) => k.fiscalYear === 2023);
    const parsed = await parse5.parse(renderDisclosureHtml(kpis, { labels: writebackLabels("ja"), heading: false }));
    const statuses = elements(parsed.nodes).filter((e) => hasClass(e, "kpi-status")).map(textOf);
    const withTargetRow = kpis.filter((k) => k.record.fields.target);
    expect(statuses).toEqual(withTargetRow.map((k) => statusText(k.status, "ja")));
  });

  it("opens with the seed's heading, KPI explanation and NPS notes, word for word", async () => {
    const parsed = await parse5.parse(renderDisclosureHtml(seedJudged(), { labels: writebackLabels("ja") }));
    const top = elements(parsed.nodes).filter((e) => e.tag === "h2" || e.tag === "p").map(textOf);
    // The seed's first heading line is the site's section name ("運営方針"), not part of the disclosure.
    expect(top).toEqual(seedHeadings.slice(1));
  });
});

describe("renderDisclosureHtml: accessible, stable markup", () => {
  let tree: HtmlNode[];
  beforeAll(async () => {
    const parsed = await parse5.parse(renderDisclosureHtml(seedJudged(), { labels: writebackLabels("ja") }));
    expect(parsed.errors).toEqual([]);
    tree = parsed.nodes;
  });

  it("wraps everything in div.kpi-disclosure with the page's language", () => {
    expect(tree.filter((n) => "tag" in n)).toEqual([expect.objectContaining({ tag: "div", attrs: { class: "kpi-disclosure", lang: "ja" } })]);
  });

  it("has one section.kpi-year with an h3 per fiscal year, newest first", () => {
    const sections = elements(tree).filter((e) => e.tag === "section");
    expect(sections.every((s) => hasClass(s, "kpi-year"))).toBe(true);
    expect(sections.map((s) => textOf(elements(s.children).find((e) => e.tag === "h3")!))).toEqual(["2024年度", "2023年度", "2022年度", "2021年度"]);
  });

  it("has one table.kpi-item per KPI, each with a caption holding its No and title", () => {
    const tables = elements(tree).filter((e) => e.tag === "table");
    expect(tables).toHaveLength(24);
    for (const t of tables) {
      expect(hasClass(t, "kpi-item")).toBe(true);
      expect(t.children.filter((c) => "tag" in c)[0]).toMatchObject({ tag: "caption" });
    }
    expect(textOf(elements(tables[0].children).find((e) => e.tag === "caption")!)).toBe("1 お客様アンケートの収集");
  });

  it("marks every header cell with scope=row", () => {
    const ths = elements(tree).filter((e) => e.tag === "th");
    expect(ths.length).toBeGreaterThan(0);
    for (const th of ths) expect(th.attrs.scope).toBe("row");
    expect(new Set(ths.map(textOf))).toEqual(new Set(["対象", "目標", "結果(2024年度)", "結果(2023年度)", "結果(2022年度)", "結果(2021年度)"]));
  });

  it("keeps every row of a table as wide as the table", () => {
    for (const table of elements(tree).filter((e) => e.tag === "table")) {
      const widths = elements(table.children)
        .filter((e) => e.tag === "tr")
        .map((tr) => elements(tr.children).filter((c) => c.tag === "th" || c.tag === "td").reduce((n, c) => n + Number(c.attrs.colspan ?? 1), 0));
      expect(new Set(widths)).toEqual(new Set([5]));
    }
  });
});

describe("renderDisclosureHtml: the status cell", () => {
  it.each(KPI_STATUSES.map((s) => ({ status: s, modifier: `kpi-status--${s.replace(/_/g, "-")}` })))(
    "$status: class kpi-status $modifier, its mark and word as text",
    async ({ status, modifier }) => {
      const kpi = judged(2, { fiscalYear: "2023年度", no: 1, title: "t", target: "80%", result: "" }, status);
      const parsed = await parse5.parse(renderDisclosureHtml([kpi], { labels: writebackLabels("ja"), heading: false }));
      const cell = elements(parsed.nodes).find((e) => hasClass(e, "kpi-status"))!;
      expect(cell.attrs.class).toBe(`kpi-status ${modifier}`);
      expect(textOf(cell)).toBe(statusText(status, "ja"));
    },
  );

  it("is left out with showStatus: false, and the rows keep one width", async () => {
    const parsed = await parse5.parse(renderDisclosureHtml(seedJudged(), { labels: writebackLabels("ja"), showStatus: false }));
    expect(elements(parsed.nodes).filter((e) => hasClass(e, "kpi-status"))).toEqual([]);
    const first = elements(parsed.nodes).find((e) => e.tag === "tr")!;
    expect(elements(first.children).reduce((n, c) => n + Number(c.attrs.colspan ?? 1), 0)).toBe(4);
  });
});

describe("renderDisclosureHtml: options", () => {
  it.each([
    { rule: "the default heading and lead", options: {}, top: ["お客さま本位の業務運営方針と重要業績評価指数(KPI)", seedHeadings[2]] },
    { rule: "a heading of one's own", options: { heading: "KPIの状況" }, top: ["KPIの状況", seedHeadings[2]] },
    { rule: "a lead of one's own", options: { lead: "当社の取組です。" }, top: ["お客さま本位の業務運営方針と重要業績評価指数(KPI)", "当社の取組です。"] },
    { rule: "no heading (and so no default lead)", options: { heading: false }, top: [] },
    { rule: "no heading but a lead", options: { heading: false, lead: "当社の取組です。" }, top: ["当社の取組です。"] },
    { rule: "no lead", options: { lead: "" }, top: ["お客さま本位の業務運営方針と重要業績評価指数(KPI)"] },
  ])("$rule", async ({ options, top }) => {
    const kpi = judged(2, { fiscalYear: "2023年度", no: 1, title: "早期更改", target: "80%" }, "pending");
    const parsed = await parse5.parse(renderDisclosureHtml([kpi], { labels: writebackLabels("ja"), ...options }));
    expect(elements(parsed.nodes).filter((e) => e.tag === "h2" || e.tag === "p").map(textOf)).toEqual(top);
  });

  it.each([
    { rule: "NPS in a title", title: "NPSの向上", notes: 2 },
    { rule: "the seed's NSP spelling", title: "NSP(事故対応)の向上", notes: 2 },
    { rule: "no mention", title: "早期更改の実施", notes: 0 },
  ])("adds the NPS explanation and trademark notice for $rule", async ({ title, notes }) => {
    const kpi = judged(2, { fiscalYear: "2023年度", no: 1, title, target: "80%" }, "pending");
    const parsed = await parse5.parse(renderDisclosureHtml([kpi], { labels: writebackLabels("ja"), heading: false }));
    const found = elements(parsed.nodes).filter((e) => hasClass(e, "kpi-disclosure__note")).map(textOf);
    expect(found).toEqual(seedHeadings.slice(3, 3 + notes));
  });

  it("puts the look in style attributes with inlineStyles, and not without", async () => {
    const kpis = seedJudged().filter((k) => k.fiscalYear === 2021);
    const styled = elements((await parse5.parse(renderDisclosureHtml(kpis, { labels: writebackLabels("ja"), inlineStyles: true }))).nodes);
    const plain = elements((await parse5.parse(renderDisclosureHtml(kpis, { labels: writebackLabels("ja") }))).nodes);
    expect(plain.filter((e) => "style" in e.attrs)).toEqual([]);
    for (const e of styled.filter((e) => ["table", "caption", "th", "td"].includes(e.tag))) expect(e.attrs.style).toMatch(/border/);
    const partial = styled.find((e) => hasClass(e, "kpi-status--partial"))!;
    expect(partial.attrs.style).toMatch(/background:#[0-9A-F]{6}/i);
    // the same texts either way
    expect(styled.map(textOf)).toEqual(plain.map(textOf));
  });

  it("shows English labels in English", async () => {
    const parsed = await parse5.parse(renderDisclosureHtml(seedJudged(), { labels: writebackLabels("en"), years: [2023] }));
    const all = elements(parsed.nodes);
    expect(all.find((e) => e.tag === "h3")).toBeDefined();
    expect(textOf(all.find((e) => e.tag === "h3")!)).toBe("FY2023");
    expect(new Set(all.filter((e) => e.tag === "th").map(textOf))).toEqual(new Set(["Scope", "Target", "Result (FY2023)"]));
  });
});
