import { writebackLabels } from "../../../src/i18n/writeback";
import { renderDisclosureText } from "../../../src/core/html/renderDisclosureText";
import { pageRows } from "../writeback/_support/rowTexts";
import { judged, seedHeadings, seedJudged, seedPage } from "../writeback/_support/seedJudged";

describe("renderDisclosureText: the plain-text copy", () => {
  it("is the seed page, one line per block row, cells separated by tabs — an empty result as 「―」", () => {
    const text = renderDisclosureText(seedJudged(), { labels: writebackLabels("ja"), showStatus: false });
    // without the site's section name 運営方針; the seed's 2024 results, empty on its page, read 「―」 (the year has ended)
    const expected = pageRows(seedPage)
      .slice(1)
      .map((r) => (r[0] === "目標" && r[2] === "結果(2024年度)" && r.length === 3 ? [...r, "―"] : r));
    const lines = text.split("\n").filter((l) => l !== "");
    expect(lines.map((l) => l.split("\t").filter((cell) => cell !== ""))).toEqual(expected);
  });

  it("fills an empty result cell as the HTML does (「―」, read back as no result), so that a paste into Excel gives the blocks layout", () => {
    const lines = renderDisclosureText(seedJudged(), { labels: writebackLabels("ja"), years: [2024], showStatus: false }).split("\n");
    const targetRows = lines.filter((l) => l.startsWith("目標\t"));
    expect(targetRows).toHaveLength(6);
    for (const row of targetRows) expect(row.split("\t")).toEqual(["目標", expect.any(String), "結果(2024年度)", "―"]);
  });

  it.each<["ja" | "en", string]>([
    ["ja", "2026年11月29日現在"],
    ["en", "As of November 29, 2026"],
  ])("says as of when, under the heading, as the HTML does (%s)", (lang, line) => {
    const lines = renderDisclosureText(seedJudged(), { labels: writebackLabels(lang), asOf: "2026-11-29" }).split("\n");
    expect(lines.slice(0, 2)).toEqual([writebackLabels(lang).pageHeading, line]);
  });

  it("puts a blank line before each fiscal year and ends with a line break", () => {
    const text = renderDisclosureText(seedJudged(), { labels: writebackLabels("ja") });
    expect(text.match(/\n\n(\d{4}年度)\n/g)?.map((m) => m.trim())).toEqual(["2024年度", "2023年度", "2022年度", "2021年度"]);
    expect(text.endsWith("\n")).toBe(true);
  });

  it("carries no status by default (what gets published)", () => {
    const lines = renderDisclosureText(seedJudged(), { labels: writebackLabels("ja"), years: [2021] }).split("\n");
    expect(lines.filter((l) => l.startsWith("目標\t")).map((l) => l.split("\t").length)).toEqual([4, 4, 4, 4, 4, 4]);
  });

  it("with showStatus ends each target row with the public status word only", () => {
    const lines = renderDisclosureText(seedJudged(), { labels: writebackLabels("ja"), years: [2021, 2024], showStatus: true }).split("\n");
    expect(lines.filter((l) => l.startsWith("目標\t")).map((l) => l.split("\t").at(-1))).toEqual([
      // 2024: results not yet in — the checker's 結果未入力 and 集計中 are never published
      "", "", "", "", "", "",
      "× 未達成", "× 未達成", "◯ 達成", "◯ 達成", "× 未達成", "△ 一部達成",
    ]);
  });

  it.each([
    { options: { heading: false }, first: "2023年度" },
    { options: { heading: "KPIの状況", lead: "" }, first: "KPIの状況" },
    { options: {}, first: seedHeadings[1] },
  ])("starts with $first for $options", ({ options, first }) => {
    const kpi = judged(2, { fiscalYear: "2023年度", no: 1, title: "早期更改", target: "80%" }, "pending");
    expect(renderDisclosureText([kpi], { labels: writebackLabels("ja"), ...options }).split("\n")[0]).toBe(first);
  });

  it("keeps a cell's own line breaks (CR LF as LF)", () => {
    const kpi = judged(2, { fiscalYear: "2023年度", no: 1, title: "t", description: "一行目\r\n二行目" }, "no_target");
    expect(renderDisclosureText([kpi], { labels: writebackLabels("ja"), heading: false })).toContain("\n一行目\n二行目\n");
  });
});
