import { CLI_OPTIONS } from "../../src/i18n/cliOptions";
import { cliLang, parseCliArgs, UsageError } from "../../src/cli/parseCliArgs";

const TODAY = "2026-11-29";

describe("parseCliArgs", () => {
  it("applies the documented defaults", () => {
    expect(parseCliArgs(["kpi.xlsx"], TODAY)).toEqual({
      kind: "check", file: "kpi.xlsx", json: false, asOf: TODAY, lang: "ja",
      sheet: undefined, html: undefined, out: undefined, fiscalYearStart: undefined, years: undefined, schema: undefined,
      htmlStyle: "inline", htmlCss: undefined, htmlDate: TODAY, htmlStatus: false, htmlTrend: false, layout: undefined, allSheets: false,
      nextYear: undefined, trendSheet: false,
    });
  });

  it("reads every option", () => {
    const argv = ["k.csv", "--sheet", "KPI", "--json", "--html", "a.html", "--out", "o.xlsx", "--as-of", "2025-03-31",
      "--fiscal-year-start", "10", "--years", "2023,2024", "--lang", "en", "--schema", "s.json",
      "--html-style", "class", "--html-status", "--layout", "wide", "--all-sheets", "--html-trend", "--next-year", "n.xlsx", "--trend-sheet",
      "--html-css", "kpi.css", "--html-date", "2025-04-15"];
    expect(parseCliArgs(argv, TODAY)).toEqual({
      kind: "check", file: "k.csv", sheet: "KPI", json: true, html: "a.html", out: "o.xlsx", asOf: "2025-03-31",
      fiscalYearStart: 10, years: [2023, 2024], lang: "en", schema: "s.json", htmlStyle: "class", htmlCss: "kpi.css", htmlDate: "2025-04-15", htmlStatus: true,
      layout: "wide", allSheets: true, htmlTrend: true, nextYear: "n.xlsx", trendSheet: true,
    });
  });

  it.each([
    [["kpi.xlsx", "--as-of", "2025-03-31"], "2025-03-31"],
    [["kpi.xlsx", "--html-date", "none"], null],
  ])("dates the HTML by --as-of unless --html-date says otherwise: %p", (argv, htmlDate) => {
    expect(parseCliArgs(argv, TODAY)).toMatchObject({ htmlDate });
  });

  it("takes the language of the environment when --lang is not given, and --lang over it", () => {
    expect(parseCliArgs(["kpi.xlsx"], TODAY, "en")).toMatchObject({ lang: "en" });
    expect(parseCliArgs(["kpi.xlsx", "--lang", "ja"], TODAY, "en")).toMatchObject({ lang: "ja" });
  });

  it.each([
    [["--help"], { kind: "help", lang: "ja" }],
    [["-h"], { kind: "help", lang: "ja" }],
    [["-h", "--lang", "en"], { kind: "help", lang: "en" }],
    [["kpi.xlsx", "--json", "--help"], { kind: "help", lang: "ja" }],
    [["--version"], { kind: "version" }],
    [["kpi.xlsx", "--version"], { kind: "version" }],
  ])("%p asks for %p, without a file", (argv, request) => {
    expect(parseCliArgs(argv, TODAY)).toEqual(request);
  });

  it.each([
    [[], "missingFile", {}],
    [["a.xlsx", "b.xlsx"], "tooManyFiles", { files: "a.xlsx b.xlsx" }],
    [["a.xlsx", "--verbose"], "unknownOption", { option: "--verbose" }],
    [["a.xlsx", "-x"], "unknownOption", { option: "-x" }],
    [["a.xlsx", "--out"], "missingValue", { option: "--out" }],
    [["a.xlsx", "--sheet", "--json"], "missingValue", { option: "--sheet" }],
    [["a.xlsx", "--json=yes"], "unexpectedValue", { option: "--json" }],
    [["a.xlsx", "--as-of", "2026-02-30"], "badAsOf", { value: "2026-02-30" }],
    [["a.xlsx", "--layout", "grid"], "badLayout", { value: "grid", layouts: "table, two-row-header, wide, next-target, transposed, blocks" }],
    [["a.xlsx", "--as-of", "29/11/2026"], "badAsOf", { value: "29/11/2026" }],
    [["a.xlsx", "--fiscal-year-start", "13"], "badStartMonth", { value: "13" }],
    [["a.xlsx", "--fiscal-year-start", "0"], "badStartMonth", { value: "0" }],
    [["a.xlsx", "--fiscal-year-start", "April"], "badStartMonth", { value: "April" }],
    [["a.xlsx", "--years", "2023,令和5"], "badYears", { value: "2023,令和5" }],
    [["a.xlsx", "--lang", "fr"], "badLang", { value: "fr" }],
    [["a.xlsx", "--out", "o.csv"], "badOutExtension", { value: "o.csv" }],
    [["a.csv", "--out", "o.xlsx.html"], "badOutExtension", { value: "o.xlsx.html" }],
    [["a.xlsx", "--out", "checked"], "badOutExtension", { value: "checked" }],
    [["a.xlsx", "--html-style", "css"], "badHtmlStyle", { value: "css" }],
    [["a.xlsx", "--html-date", "2026/11/29"], "badHtmlDate", { value: "2026/11/29" }],
    [["a.xlsx", "--html-date", "2026-02-30"], "badHtmlDate", { value: "2026-02-30" }],
  ])("rejects %p with %s %p", (argv, key, params) => {
    expect(() => parseCliArgs(argv, TODAY)).toThrow(UsageError);
    expect(() => parseCliArgs(argv, TODAY)).toThrow(expect.objectContaining({ key, params }));
  });

  it("accepts --out with .XLSX in capitals", () => {
    expect(parseCliArgs(["a.csv", "--out", "OUT.XLSX"], TODAY)).toMatchObject({ out: "OUT.XLSX" });
  });

  it("knows every option of the definitions table (one entry is all an option needs to be read)", () => {
    for (const o of CLI_OPTIONS) {
      const argv = o.type === "boolean" ? [`--${o.name}`] : [`--${o.name}=x`];
      let error: unknown;
      try {
        parseCliArgs(["kpi.xlsx", ...argv], TODAY);
      } catch (e) {
        error = e;
      }
      expect(error).not.toEqual(expect.objectContaining({ key: "unknownOption" }));
    }
  });
});

describe("cliLang: one language rule for all the command's output", () => {
  it.each<[string[], Record<string, string>, string]>([
    [["kpi.xlsx"], {}, "ja"],
    [["kpi.xlsx"], { LANG: "ja_JP.UTF-8" }, "ja"],
    [["kpi.xlsx"], { LANG: "en_US.UTF-8" }, "en"],
    [["kpi.xlsx"], { LANG: "en" }, "en"],
    [["kpi.xlsx"], { LANG: "C.UTF-8" }, "ja"],
    [["kpi.xlsx"], { LANG: "eng" }, "ja"],
    [["kpi.xlsx"], { LANG: "ja_JP.UTF-8", LC_ALL: "en_GB.UTF-8" }, "en"],
    [["kpi.xlsx"], { LANG: "en_US.UTF-8", LC_MESSAGES: "ja_JP.UTF-8" }, "ja"],
    [["kpi.xlsx", "--lang", "en"], {}, "en"],
    [["kpi.xlsx", "--lang=en"], {}, "en"],
    [["kpi.xlsx", "--lang", "ja"], { LANG: "en_US.UTF-8" }, "ja"],
    [["kpi.xlsx", "--lang", "fr"], { LANG: "en_US.UTF-8" }, "en"],
    [["--", "--lang", "en"], {}, "ja"],
  ])("%p with %p speaks %s", (argv, env, lang) => {
    expect(cliLang(argv, env)).toBe(lang);
  });
});

describe("--next-year", () => {
  it("takes an .xlsx file name", () => {
    expect(parseCliArgs(["kpi.xlsx", "--next-year", "next.xlsx"], "2026-11-29")).toMatchObject({ nextYear: "next.xlsx" });
  });

  it("refuses another extension", () => {
    expect(() => parseCliArgs(["kpi.xlsx", "--next-year", "next.csv"], "2026-11-29")).toThrow("badNextYearExtension");
  });
});
