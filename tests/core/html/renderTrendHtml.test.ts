/**
 * The optional 推移 section of the HTML: a table per series of the last years and an inline SVG chart with a text
 * alternative, every text escaped.
 */
import { checkSheet } from "../../../src/core/checkSheet";
import { renderDisclosureHtml } from "../../../src/core/html/renderDisclosureHtml";
import { renderTrendHtml } from "../../../src/core/html/renderTrendHtml";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";
import { trendLabels, writebackLabels } from "../../../src/i18n/writeback";
import { elements, startParse5, textOf, type Parse5 } from "./_support/parse5";

const HEADER = ["年度", "No", "取組項目", "目標", "結果"];
const check = (rows: (string | number)[][]) => checkSheet(snapshotFromRows("KPI", [HEADER, ...rows]), { asOf: "2026-11-29" });

const SURVEY = [
  ["2021年度", 1, "お客様アンケート(契約募集)の収集", "回答数:120件", "91件"],
  ["2022年度", 1, "お客様アンケート(契約募集)の収集", "回答数:200件", "196件"],
  ["2023年度", 1, "お客様アンケート(契約募集)の収集", "回答数:200件", "208件"],
];

describe("renderTrendHtml", () => {
  const html = renderTrendHtml(check(SURVEY).series, { labels: trendLabels("ja") });

  it("tables the series' years with target, result and the public status word", () => {
    expect(html).toContain("<caption");
    expect(html).toContain("お客様アンケート(契約募集)の収集（回答数）</caption>");
    const nowrap = ' style="white-space:nowrap"';
    expect(html).toContain(`<tr><th class="kpi-trend__year" scope="row"${nowrap}>2021年度</th><td>回答数:120件</td><td>91件</td><td class="kpi-trend__status"${nowrap}>未達成</td></tr>`);
    expect(html).toContain(`<tr><th class="kpi-trend__year" scope="row"${nowrap}>2023年度</th><td>回答数:200件</td><td>208件</td><td class="kpi-trend__status"${nowrap}>達成</td></tr>`);
  });

  it("draws a named chart with the same figures as its text alternative: 91 → 196 → 208件", () => {
    const [, title, desc] = /<svg class="kpi-trend__chart" role="img" aria-labelledby="(\S+) (\S+)"/.exec(html)!;
    expect(html).toContain(`<title id="${title}">お客様アンケート(契約募集)の収集の推移</title>`);
    expect(html).toContain(
      `<desc id="${desc}">2021年度 目標120件、結果91件（未達成）。 2022年度 目標200件、結果196件（未達成）。 2023年度 目標200件、結果208件（達成）。</desc>`,
    );
    expect(html.match(/<polyline /g)).toHaveLength(1); // the targets
    expect(html.match(/<path d=/g)).toHaveLength(2); // two crosses: not met
    expect(html.match(/<circle [^>]*r="5"/g)).toHaveLength(1); // one circle: met
  });

  it("shows only the last N years", () => {
    const two = renderTrendHtml(check(SURVEY).series, { labels: trendLabels("ja"), lastYears: 2 });
    expect(two).not.toContain("2021年度");
    expect(two).toContain("2022年度");
  });

  it("escapes every text, in the table and in the chart", () => {
    const evil = '<img src=x onerror="alert(1)">&';
    const rows = SURVEY.map((r) => [r[0], r[1], evil, r[3], r[4]]);
    const out = renderTrendHtml(check(rows).series, { labels: trendLabels("ja") });
    expect(out).not.toContain("<img");
    expect(out).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;");
    expect(out.match(/<(\w+)/g)!.map((t) => t.slice(1)).filter((t) => !["section", "h3", "div", "table", "caption", "thead", "tbody", "tr", "th", "td", "svg", "title", "desc", "line", "polyline", "circle", "polygon", "path", "text"].includes(t))).toEqual([]);
  });

  it("leaves out its own heading where the host names the section (the pane's 推移 fold)", () => {
    expect(html).toContain(">推移</h3>");
    const bare = renderTrendHtml(check(SURVEY).series, { labels: trendLabels("ja"), heading: false });
    expect(bare).not.toContain("<h3");
    expect(bare).toContain("<svg");
  });

  it("draws no chart for a series without a result figure in any year (its table says it all: 目標 and 「―」)", () => {
    const targetsOnly = SURVEY.map((r) => [r[0], r[1], r[2], r[3], ""]);
    const out = renderTrendHtml(check(targetsOnly).series, { labels: trendLabels("ja") });
    expect(out).toContain("<table");
    expect(out).not.toContain("<svg");
  });

  it("gives nothing where no series has two years", () => {
    expect(renderTrendHtml(check([SURVEY[0]]).series, { labels: trendLabels("ja") })).toBe("");
  });

  it("in English", () => {
    const en = renderTrendHtml(check(SURVEY).series, { labels: trendLabels("en") });
    expect(en).toContain("FY2023: target 200件, result 208件 (Met).");
  });
});

describe("renderTrendHtml: what a published 推移 table shows in its cells", () => {
  let parse5: Parse5;
  beforeAll(() => (parse5 = startParse5()));
  afterAll(() => parse5.stop());

  /** The body rows of each series' table, as texts, by the series' caption. */
  async function tables(rows: (string | number)[][], lang: "ja" | "en" = "ja"): Promise<Record<string, string[][]>> {
    const parsed = await parse5.parse(renderTrendHtml(check(rows).series, { labels: trendLabels(lang) }));
    expect(parsed.errors).toEqual([]);
    return Object.fromEntries(
      elements(parsed.nodes)
        .filter((e) => e.tag === "table")
        .map((t) => [
          textOf(elements(t.children).find((e) => e.tag === "caption")!),
          elements(t.children)
            .filter((e) => e.tag === "tbody")
            .flatMap((b) => elements(b.children).filter((e) => e.tag === "tr"))
            .map((tr) => elements(tr.children).map(textOf)),
        ]),
    );
  }

  const VISITS = [
    ["2024年度", 2, "満期前訪問", "訪問率90%以上", ""],
    ["2025年度", 2, "満期前訪問", "", "91%"],
    ["2026年度", 2, "満期前訪問", "訪問率90%以上", ""],
  ];

  it.each([
    { year: "2024年度", rule: "an ended year without a result", cells: ["訪問率90%以上", "―", ""] },
    { year: "2025年度", rule: "a year with a result but no target", cells: ["―", "91%", ""] },
    { year: "2026年度", rule: "a year not yet ended (as of 2026-11-29)", cells: ["訪問率90%以上", "集計中", ""] },
  ])("$rule: $cells", async ({ year, cells }) => {
    const [rows] = Object.values(await tables(VISITS));
    expect(rows.find((r) => r[0] === year)!.slice(1)).toEqual(cells);
  });

  it("says it in English on the English page", async () => {
    const [rows] = Object.values(await tables(VISITS, "en"));
    expect(rows.map((r) => r.slice(1, 3))).toEqual([["訪問率90%以上", "—"], ["—", "91%"], ["訪問率90%以上", "Being compiled"]]);
  });

  it("leaves out a series with neither a target nor a result in the years shown (a table of empty rows)", async () => {
    // a KPI of the sample's kind: an initiative described each year, with no figure to reach (no_target)
    const header = ["年度", "No", "取組項目", "取組内容", "目標", "結果"];
    const rows = [
      ["2022年度", 1, "お客様アンケートの収集", "声を活かします", "回答数:200件", "196件"],
      ["2023年度", 1, "お客様アンケートの収集", "声を活かします", "回答数:200件", "208件"],
      ["2022年度", 6, "人事評価制度の導入", "面談を通して評価します", "", ""],
      ["2023年度", 6, "人事評価制度の導入", "面談を通して評価します", "", ""],
    ];
    const { series } = checkSheet(snapshotFromRows("KPI", [header, ...rows]), { asOf: "2026-11-29" });
    expect(series.map((s) => s.title)).toEqual(["お客様アンケートの収集", "人事評価制度の導入"]);
    const parsed = await parse5.parse(renderTrendHtml(series, { labels: trendLabels("ja") }));
    const captions = elements(parsed.nodes).filter((e) => e.tag === "caption").map(textOf);
    expect(captions).toEqual(["お客様アンケートの収集（回答数）"]);
  });
});

describe("renderDisclosureHtml with a 推移 section", () => {
  it("adds it after the years, only when asked", () => {
    const result = check(SURVEY);
    const plain = renderDisclosureHtml(result.kpis, { labels: writebackLabels("ja") });
    expect(plain).not.toContain("kpi-trend");
    const withTrend = renderDisclosureHtml(result.kpis, { labels: writebackLabels("ja"), trend: { series: result.series, labels: trendLabels("ja") } });
    expect(withTrend.indexOf('<section class="kpi-trend"')).toBeGreaterThan(withTrend.lastIndexOf('<section class="kpi-year"'));
    expect(withTrend.trimEnd().endsWith("</div>")).toBe(true);
  });
});

describe("the charts' ids, when fragments are pasted on one page", () => {
  let parse5: Parse5;
  beforeAll(() => (parse5 = startParse5()));
  afterAll(() => parse5.stop());

  const VISITS = [
    ["2021年度", 2, "満期前訪問", "訪問率90%以上", "88%"],
    ["2022年度", 2, "満期前訪問", "訪問率90%以上", "91%"],
    ["2023年度", 2, "満期前訪問", "訪問率90%以上", "93%"],
  ];
  const result = check([...SURVEY, ...VISITS]);
  const ja = { labels: writebackLabels("ja"), trend: { series: result.series, labels: trendLabels("ja") } };
  const lastYear = check([...SURVEY, ...VISITS].filter((r) => r[0] !== "2023年度"));

  /** The ids of a page and what its `aria-labelledby` attributes name, each with how often it occurs. */
  async function idsOf(page: string) {
    const parsed = await parse5.parse(page);
    expect(parsed.errors).toEqual([]);
    const all = elements(parsed.nodes);
    const ids = all.map((e) => e.attrs.id).filter((id): id is string => id !== undefined);
    const named = all.flatMap((e) => (e.attrs["aria-labelledby"] ?? "").split(/\s+/).filter(Boolean));
    const count = (list: string[]) => list.reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map<string, number>());
    return { ids, named, counts: count(ids) };
  }

  it.each<[string, () => string[]]>([
    ["two years' fragments, each with the 推移 section", () => [
      renderDisclosureHtml(result.kpis, { ...ja, years: [2023] }),
      renderDisclosureHtml(result.kpis, { ...ja, years: [2022] }),
    ]],
    ["this year's run and last year's run", () => [
      renderDisclosureHtml(result.kpis, ja),
      renderDisclosureHtml(lastYear.kpis, { ...ja, trend: { series: lastYear.series, labels: trendLabels("ja") } }),
    ]],
    ["the 推移 sections alone, of two runs", () => [
      renderTrendHtml(result.series, { labels: trendLabels("ja") }),
      renderTrendHtml(lastYear.series, { labels: trendLabels("ja") }),
    ]],
    ["the Japanese and the English page", () => [
      renderDisclosureHtml(result.kpis, ja),
      renderDisclosureHtml(result.kpis, { labels: writebackLabels("en"), trend: { series: result.series, labels: trendLabels("en") } }),
    ]],
  ])("%s: every id once on the page, every aria-labelledby naming its own chart's title and description", async (_, fragments) => {
    const parts = fragments();
    const { ids, named, counts } = await idsOf(parts.join("\n"));
    expect(ids.length).toBeGreaterThanOrEqual(8); // a title and a description per chart, two charts per fragment
    expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
    expect(named.filter((id) => !counts.has(id))).toEqual([]);
    for (const part of parts) {
      // each fragment names only its own elements
      const own = await idsOf(part);
      expect(own.named.filter((id) => !own.ids.includes(id))).toEqual([]);
    }
  });

  it("are the same for the same input: the same bytes, run after run", () => {
    expect(renderDisclosureHtml(result.kpis, ja)).toBe(renderDisclosureHtml(check([...SURVEY, ...VISITS]).kpis, { ...ja, trend: { ...ja.trend, series: check([...SURVEY, ...VISITS]).series } }));
    expect(renderTrendHtml(result.series, { labels: trendLabels("ja") })).toBe(renderTrendHtml(result.series, { labels: trendLabels("ja") }));
  });
});
