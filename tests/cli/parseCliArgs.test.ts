import { parseCliArgs, UsageError } from "../../src/cli/parseCliArgs";

const TODAY = "2026-11-29";

describe("parseCliArgs", () => {
  it("applies the documented defaults", () => {
    expect(parseCliArgs(["kpi.xlsx"], TODAY)).toEqual({
      file: "kpi.xlsx", json: false, asOf: TODAY, lang: "ja",
      sheet: undefined, html: undefined, out: undefined, fiscalYearStart: undefined, years: undefined, schema: undefined,
    });
  });

  it("reads every option", () => {
    const argv = ["k.csv", "--sheet", "KPI", "--json", "--html", "a.html", "--out", "o.xlsx", "--as-of", "2025-03-31",
      "--fiscal-year-start", "10", "--years", "2023,2024", "--lang", "en", "--schema", "s.json"];
    expect(parseCliArgs(argv, TODAY)).toEqual({
      file: "k.csv", sheet: "KPI", json: true, html: "a.html", out: "o.xlsx", asOf: "2025-03-31",
      fiscalYearStart: 10, years: [2023, 2024], lang: "en", schema: "s.json",
    });
  });

  it.each([
    [[], "missingFile"],
    [["a.xlsx", "b.xlsx"], "tooManyFiles"],
    [["a.xlsx", "--verbose"], "badOption"],
    [["a.xlsx", "--as-of", "2026-02-30"], "badAsOf"],
    [["a.xlsx", "--as-of", "29/11/2026"], "badAsOf"],
    [["a.xlsx", "--fiscal-year-start", "13"], "badStartMonth"],
    [["a.xlsx", "--fiscal-year-start", "0"], "badStartMonth"],
    [["a.xlsx", "--fiscal-year-start", "April"], "badStartMonth"],
    [["a.xlsx", "--years", "2023,令和5"], "badYears"],
    [["a.xlsx", "--lang", "fr"], "badLang"],
  ])("rejects %p with %s", (argv, key) => {
    expect(() => parseCliArgs(argv, TODAY)).toThrow(expect.objectContaining({ key }));
    expect(() => parseCliArgs(argv, TODAY)).toThrow(UsageError);
  });
});
