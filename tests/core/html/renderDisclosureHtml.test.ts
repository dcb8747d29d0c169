import { KPI_STATUSES, type KpiStatus } from "../../../src/core/KpiStatus";
import { renderDisclosureHtml } from "../../../src/core/html/renderDisclosureHtml";
import { DISCLOSURE_CSS } from "../../../src/core/html/disclosureCss";
import { statusText, writebackLabels } from "../../../src/i18n/writeback";
import { pageRows } from "../writeback/_support/rowTexts";
import { judged, seedHeadings, seedJudged, seedPage } from "../writeback/_support/seedJudged";
import { elements, hasClass, startParse5, textOf, type HtmlNode, type Parse5 } from "./_support/parse5";

let parse5: Parse5;
beforeAll(() => (parse5 = startParse5()));
afterAll(() => parse5.stop());

type Element = Extract<HtmlNode, { tag: string }>;

/** The texts a person reads in a part of the page, in order: headings, paragraphs and cells (the caption is hidden). */
function readingOrder(nodes: HtmlNode[], skip: (e: Element) => boolean = () => false): string[] {
  return elements(nodes)
    .filter((e) => ["h2", "h3", "p", "th", "td"].includes(e.tag))
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
  it("has the seed's texts in the seed's order — No and title as the first row — and parses without errors", async () => {
    const html = renderDisclosureHtml(seedJudged(), { labels: writebackLabels("ja"), years: [2023], heading: false });
    const parsed = await parse5.parse(html);
    expect(parsed.errors).toEqual([]);
    const section = elements(parsed.nodes).find((e) => e.tag === "section")!;
    expect(readingOrder([section])).toEqual(seedSection("2023年度"));
  });

  it("opens with the seed's heading, KPI explanation and NPS notes, word for word", async () => {
    const parsed = await parse5.parse(renderDisclosureHtml(seedJudged(), { labels: writebackLabels("ja") }));
    const top = elements(parsed.nodes).filter((e) => e.tag === "h2" || e.tag === "p").map(textOf);
    // The seed's first heading line is the site's section name ("運営方針"), not part of the disclosure.
    expect(top).toEqual(seedHeadings.slice(1));
  });
});

describe("renderDisclosureHtml: the as-of line (asOf), as agencies' pages date their figures", () => {
  /** The texts of the page's opening paragraphs and heading, in order, with the class of each. */
  async function opening(options: Partial<Parameters<typeof renderDisclosureHtml>[1]>, lang: "ja" | "en" = "ja") {
    const parsed = await parse5.parse(renderDisclosureHtml(seedJudged(), { labels: writebackLabels(lang), ...options }));
    expect(parsed.errors).toEqual([]);
    return elements(parsed.nodes).filter((e) => e.tag === "h2" || e.tag === "p").map((e) => [e.attrs.class, textOf(e)]);
  }

  it.each<[string, Partial<Parameters<typeof renderDisclosureHtml>[1]>, "ja" | "en", string[][]]>([
    ["under the heading, before the lead", { asOf: "2026-11-29" }, "ja", [["kpi-disclosure__heading", "お客さま本位の業務運営方針と重要業績評価指数(KPI)"], ["kpi-disclosure__date", "2026年11月29日現在"]]],
    ["a month and day without leading zeros", { asOf: "2025-07-01" }, "ja", [["kpi-disclosure__heading", "お客さま本位の業務運営方針と重要業績評価指数(KPI)"], ["kpi-disclosure__date", "2025年7月1日現在"]]],
    ["in English", { asOf: "2026-11-29" }, "en", [["kpi-disclosure__heading", "Customer-oriented business conduct policy and key performance indicators (KPI)"], ["kpi-disclosure__date", "As of November 29, 2026"]]],
    ["first, on a page without a heading", { asOf: "2026-11-29", heading: false }, "ja", [["kpi-disclosure__date", "2026年11月29日現在"]]],
    ["none without a date", {}, "ja", [["kpi-disclosure__heading", "お客さま本位の業務運営方針と重要業績評価指数(KPI)"], ["kpi-disclosure__lead", expect.stringMatching(/^KPIとは/)]]],
    ["none for a date that does not exist", { asOf: "2026-02-30" }, "ja", [["kpi-disclosure__heading", "お客さま本位の業務運営方針と重要業績評価指数(KPI)"], ["kpi-disclosure__lead", expect.stringMatching(/^KPIとは/)]]],
  ])("%s", async (_, options, lang, expected) => {
    expect((await opening(options, lang)).slice(0, expected.length)).toEqual(expected);
  });

  it("stands right-aligned, in the inline style and in class mode's stylesheet", async () => {
    const parsed = await parse5.parse(renderDisclosureHtml(seedJudged(), { labels: writebackLabels("ja"), asOf: "2026-11-29" }));
    const line = elements(parsed.nodes).find((e) => hasClass(e, "kpi-disclosure__date"))!;
    expect(line.attrs.style).toContain("text-align:right");
    expect(DISCLOSURE_CSS).toContain(".kpi-disclosure__date{margin:0 0 0.5em;text-align:right}");
  });
});

describe("renderDisclosureHtml: the defaults are what gets published", () => {
  let all: Element[];
  beforeAll(async () => {
    const parsed = await parse5.parse(renderDisclosureHtml(seedJudged(), { labels: writebackLabels("ja") }));
    expect(parsed.errors).toEqual([]);
    all = elements(parsed.nodes);
  });

  it("carries no status column and none of the checker's words", () => {
    expect(all.filter((e) => hasClass(e, "kpi-status"))).toEqual([]);
    const texts = all.map(textOf).join("\n");
    for (const status of KPI_STATUSES) expect(texts).not.toContain(statusText(status, "ja"));
  });

  it("puts the look in style attributes (inline is the default)", () => {
    for (const e of all.filter((e) => ["th", "td"].includes(e.tag))) expect(e.attrs.style).toMatch(/border:1px solid/);
    expect(all.find((e) => e.tag === "table")!.attrs.style).toMatch(/table-layout:fixed/);
  });

  it("gives a KPI without a target no 目標/結果 row, but its title, description and commitment", async () => {
    const kpi = judged(2, { fiscalYear: "2023年度", no: 5, title: "顧客情報の管理", description: "説明", target: "", result: "", commitment: "約束" }, "no_target");
    const parsed = await parse5.parse(renderDisclosureHtml([kpi], { labels: writebackLabels("ja"), heading: false }));
    const texts = elements(parsed.nodes).filter((e) => e.tag === "th" || e.tag === "td").map(textOf);
    expect(texts).toEqual(["5", "顧客情報の管理", "説明", "約束"]);
  });

  it("gives a KPI of a sheet without Nos its title over the whole width, with no empty No cell", async () => {
    const kpi = judged(2, { fiscalYear: "2024年度", title: "苦情件数", target: "10件以下", result: "8件" }, "met");
    const parsed = await parse5.parse(renderDisclosureHtml([kpi], { labels: writebackLabels("ja"), heading: false }));
    expect(parsed.errors).toEqual([]);
    const table = elements(parsed.nodes).find((e) => e.tag === "table")!;
    const head = elements(elements(table.children).find((e) => e.tag === "thead")!.children).filter((e) => e.tag === "th");
    expect(head.map((th) => [textOf(th), th.attrs.colspan])).toEqual([["苦情件数", String(elements(table.children).filter((e) => e.tag === "col").length)]]);
    expect(textOf(elements(table.children).find((e) => e.tag === "caption")!)).toBe("苦情件数");
  });
});

describe("renderDisclosureHtml: no cell of the 目標/結果 row is left blank on the page", () => {
  /** The texts of the KPI's 目標 row: label, target, result label, result. */
  async function targetRow(fields: { target: string; result?: string }, status: KpiStatus, lang: "ja" | "en" = "ja"): Promise<string[]> {
    const kpi = judged(2, { fiscalYear: "2024年度", no: 1, title: "早期更改", ...fields }, status);
    const parsed = await parse5.parse(renderDisclosureHtml([kpi], { labels: writebackLabels(lang), heading: false }));
    expect(parsed.errors).toEqual([]);
    const cells = (tr: Element) => tr.children.filter((c): c is Element => "tag" in c && (c.tag === "th" || c.tag === "td"));
    const rows = elements(parsed.nodes).filter((e) => e.tag === "tr").map((tr) => cells(tr).map(textOf));
    return rows.find((r) => r[0] === writebackLabels(lang).targetLabel) ?? [];
  }

  it.each([
    { rule: "a result not yet in, the year still running", target: "80%以上", result: "", status: "pending", shown: ["80%以上", "集計中"] },
    { rule: "a result missing for an ended year", target: "80%以上", result: "", status: "missing_result", shown: ["80%以上", "―"] },
    { rule: "a result of white space only", target: "80%以上", result: "  ", status: "missing_result", shown: ["80%以上", "―"] },
    { rule: "a result with no target (a past year's figure)", target: "", result: "587件", status: "no_target", shown: ["―", "587件"] },
    { rule: "the result as the sheet has it", target: "80%以上", result: "82.1%", status: "met", shown: ["80%以上", "82.1%"] },
    { rule: "the agency's own wording of a pending result", target: "80%以上", result: "2025年6月公表予定", status: "pending", shown: ["80%以上", "2025年6月公表予定"] },
  ] as const)("$rule: $shown", async ({ target, result, status, shown }) => {
    const row = await targetRow({ target, result }, status);
    expect([row[1], row[3]]).toEqual(shown);
  });

  it("says it in English on the English page", async () => {
    expect(await targetRow({ target: "80%", result: "" }, "pending", "en")).toEqual(["Target", "80%", "Result (FY2024)", "Being compiled"]);
    expect(await targetRow({ target: "", result: "587" }, "no_target", "en")).toEqual(["Target", "—", "Result (FY2024)", "587"]);
  });

  it("still leaves out the row of a KPI with neither target nor result", async () => {
    expect(await targetRow({ target: "", result: "" }, "no_target")).toEqual([]);
  });
});

describe("renderDisclosureHtml: accessible markup that survives editors", () => {
  let tree: HtmlNode[];
  let tables: Element[];
  beforeAll(async () => {
    const parsed = await parse5.parse(renderDisclosureHtml(seedJudged(), { labels: writebackLabels("ja") }));
    expect(parsed.errors).toEqual([]);
    tree = parsed.nodes;
    tables = elements(tree).filter((e) => e.tag === "table");
  });

  it("wraps everything in div.kpi-disclosure with the page's language", () => {
    expect(tree.filter((n) => "tag" in n)).toEqual([expect.objectContaining({ tag: "div", attrs: expect.objectContaining({ class: "kpi-disclosure", lang: "ja" }) })]);
  });

  it("has one section.kpi-year with an h3 per fiscal year, newest first", () => {
    const sections = elements(tree).filter((e) => e.tag === "section");
    expect(sections.every((s) => hasClass(s, "kpi-year"))).toBe(true);
    expect(sections.map((s) => textOf(elements(s.children).find((e) => e.tag === "h3")!))).toEqual(["2024年度", "2023年度", "2022年度", "2021年度"]);
  });

  it("has one table.kpi-item per KPI whose first row is No | 取組項目, repeated in a visually hidden caption", () => {
    expect(tables).toHaveLength(24);
    for (const t of tables) {
      expect(hasClass(t, "kpi-item")).toBe(true);
      const caption = elements(t.children).find((e) => e.tag === "caption")!;
      expect(caption.attrs.style).toMatch(/clip:rect\(0,0,0,0\)/);
      const firstRow = elements(t.children).find((e) => e.tag === "tr")!;
      const cells = elements(firstRow.children).map(textOf);
      expect(textOf(caption)).toBe(cells.join(" "));
    }
    const first = elements(tables[0].children).find((e) => e.tag === "tr")!;
    expect(elements(first.children).map(textOf)).toEqual(["1", "お客様アンケートの収集"]);
  });

  it("marks the title row's cells scope=col and every label scope=row", () => {
    const ths = elements(tree).filter((e) => e.tag === "th");
    const labels = ths.filter((th) => hasClass(th, "kpi-item__label"));
    for (const th of labels) expect(th.attrs.scope).toBe("row");
    for (const th of ths.filter((th) => !labels.includes(th))) expect(th.attrs.scope).toBe("col");
    expect(new Set(labels.map(textOf))).toEqual(new Set(["対象", "目標", "結果(2024年度)", "結果(2023年度)", "結果(2022年度)", "結果(2021年度)"]));
  });

  it("keeps every row of a table as wide as the shared column grid", () => {
    for (const table of tables) {
      const cols = elements(table.children).filter((e) => e.tag === "col");
      const widths = elements(table.children)
        .filter((e) => e.tag === "tr")
        .map((tr) => elements(tr.children).filter((c) => c.tag === "th" || c.tag === "td").reduce((n, c) => n + Number(c.attrs.colspan ?? 1), 0));
      expect(new Set(widths)).toEqual(new Set([cols.length]));
    }
  });

  it("gives every table the same column grid, so 目標 and 結果 line up from block to block", () => {
    const grids = tables.map((t) => JSON.stringify(elements(t.children).filter((e) => e.tag === "col").map((c) => c.attrs)));
    expect(new Set(grids).size).toBe(1);
  });

  it("sizes the label columns by their words (em, and pixels for editors that strip style) and lets target and result share the rest", () => {
    const cols = elements(tables[0].children).filter((e) => e.tag === "col").map((c) => c.attrs);
    expect(cols).toEqual([
      { width: "64", style: "width:4em" },
      {},
      { width: "104", style: "width:6.5em" },
      {},
    ]);
  });

  it.each<[string, "ja" | "en", Record<string, string>, { width: string; style: string }[]]>([
    ["the Japanese page: 対象, 目標 and 結果(2024年度) as they were", "ja", {}, [{ width: "64", style: "width:4em" }, { width: "104", style: "width:6.5em" }]],
    ["the English page: Target and Scope whole (3.7 em in bold)", "en", {}, [{ width: "80", style: "width:5em" }, { width: "104", style: "width:6.5em" }]],
    ["a Japanese page with 対応原則 (four characters)", "ja", { principles: "原則2、原則6" }, [{ width: "84", style: "width:5.25em" }, { width: "104", style: "width:6.5em" }]],
    ["an English page with Principles", "en", { principles: "Principles 2, 6" }, [{ width: "108", style: "width:6.75em" }, { width: "104", style: "width:6.5em" }]],
  ])("sizes the label columns to the words the page shows: %s", async (_, lang, more, expected) => {
    const kpi = judged(2, { fiscalYear: "2024年度", no: 1, title: "お客様アンケート", scope: "全種目", target: "200件以上", result: "208件", ...more }, "met");
    const parsed = await parse5.parse(renderDisclosureHtml([kpi], { labels: writebackLabels(lang) }));
    const cols = elements(parsed.nodes).filter((e) => e.tag === "col").map((c) => c.attrs);
    expect(cols.filter((c) => c.width !== undefined)).toEqual(expected);
  });

  it("keeps a result label's bracketed year on one line (it breaks before the bracket, not after the digits)", () => {
    const label = elements(tables[0].children).find((e) => e.tag === "th" && textOf(e).startsWith("結果"))!;
    const kept = elements(label.children).filter((e) => e.tag === "span");
    expect(kept.map((e) => [textOf(e), e.attrs.class, e.attrs.style])).toEqual([["(2024年度)", "kpi-item__keep", "display:inline-block"]]);
    expect(textOf(label)).toBe("結果(2024年度)");
  });

  it("carries a minimum look in the plain attributes editors keep when they strip style and class", () => {
    for (const t of tables) expect(t.attrs).toMatchObject({ border: "1", cellpadding: expect.stringMatching(/^\d+$/), cellspacing: "0", width: "100%" });
    const shaded = elements(tree).filter((e) => e.tag === "th");
    for (const th of shaded) expect(th.attrs.bgcolor).toMatch(/^#[0-9A-F]{6}$/);
  });
});

describe("renderDisclosureHtml: the status column (showStatus)", () => {
  const publicWord: Record<KpiStatus, string> = {
    met: statusText("met", "ja"),
    partial: statusText("partial", "ja"),
    not_met: statusText("not_met", "ja"),
    pending: "",
    missing_result: "",
    no_target: "",
    unevaluable: "",
  };
  it.each(KPI_STATUSES.map((s) => ({ status: s, shown: publicWord[s] })))("$status shows «$shown»", async ({ status, shown }) => {
    const kpi = judged(2, { fiscalYear: "2023年度", no: 1, title: "t", target: "80%", result: "" }, status);
    const parsed = await parse5.parse(renderDisclosureHtml([kpi], { labels: writebackLabels("ja"), heading: false, showStatus: true }));
    const cell = elements(parsed.nodes).find((e) => hasClass(e, "kpi-status"))!;
    expect(textOf(cell)).toBe(shown);
    expect(cell.attrs.class).toBe(shown ? `kpi-status kpi-status--${status.replace(/_/g, "-")}` : "kpi-status");
  });

  it("widens the shared grid by one column, and every row with it", async () => {
    const parsed = await parse5.parse(renderDisclosureHtml(seedJudged(), { labels: writebackLabels("ja"), showStatus: true }));
    for (const table of elements(parsed.nodes).filter((e) => e.tag === "table")) {
      expect(elements(table.children).filter((e) => e.tag === "col")).toHaveLength(5);
      const first = elements(table.children).find((e) => e.tag === "tr")!;
      expect(elements(first.children).reduce((n, c) => n + Number(c.attrs.colspan ?? 1), 0)).toBe(5);
    }
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

  it("writes class names only with style: class — the same texts and plain attributes, no style", async () => {
    const kpis = seedJudged().filter((k) => k.fiscalYear === 2021);
    const styled = elements((await parse5.parse(renderDisclosureHtml(kpis, { labels: writebackLabels("ja"), showStatus: true }))).nodes);
    const plain = elements((await parse5.parse(renderDisclosureHtml(kpis, { labels: writebackLabels("ja"), showStatus: true, style: "class" }))).nodes);
    expect(plain.filter((e) => "style" in e.attrs)).toEqual([]);
    const partial = styled.find((e) => hasClass(e, "kpi-status--partial"))!;
    expect(partial.attrs.style).toMatch(/background:#[0-9A-F]{6}/i);
    expect(styled.map(textOf)).toEqual(plain.map(textOf));
    const withoutStyle = (e: Element) => ({ tag: e.tag, ...Object.fromEntries(Object.entries(e.attrs).filter(([k]) => k !== "style")) });
    expect(plain.map(withoutStyle)).toEqual(styled.map(withoutStyle));
  });

  it("shows English labels in English", async () => {
    const parsed = await parse5.parse(renderDisclosureHtml(seedJudged(), { labels: writebackLabels("en"), years: [2023] }));
    const all = elements(parsed.nodes);
    expect(textOf(all.find((e) => e.tag === "h3")!)).toBe("FY2023");
    expect(new Set(all.filter((e) => hasClass(e, "kpi-item__label")).map(textOf))).toEqual(new Set(["Scope", "Target", "Result (FY2023)"]));
  });
});
