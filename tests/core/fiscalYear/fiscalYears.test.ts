import fc from "fast-check";
import { fiscalYearEnd } from "../../../src/core/fiscalYear/fiscalYearEnd";
import { hasFiscalYearEnded } from "../../../src/core/fiscalYear/hasFiscalYearEnded";
import { findFiscalYearIn } from "../../../src/core/fiscalYear/findFiscalYearIn";
import { parseFiscalYear } from "../../../src/core/fiscalYear/parseFiscalYear";
import { BUILT_IN_SCHEMA, type KpiSchema } from "../../../src/core/KpiSchema";
import type { CellValue } from "../../../src/core/SheetSnapshot";
import { readTsv } from "../layout/_support/readTsv";

const written = readTsv("fiscal-years.tsv").map(([text, year, why]) => ({
  text,
  year: year === "-" ? undefined : Number(year),
  why,
}));

describe("parseFiscalYear: written forms (tests/fixtures/layouts/fiscal-years.tsv)", () => {
  it.each(written)("$text → $year ($why)", ({ text, year }) => {
    expect(parseFiscalYear(text, text, BUILT_IN_SCHEMA)).toBe(year);
  });

  it.each(written)("$text as a displayed text over a string value of the same text → $year", ({ text, year }) => {
    expect(parseFiscalYear(null, text, BUILT_IN_SCHEMA)).toBe(year);
  });
});

describe("parseFiscalYear: number cells", () => {
  it.each<[string, CellValue, string, number | undefined]>([
    ["a number 2023 in General format", 2023, "2023", 2023],
    ['a number 2023 formatted 0"年度"', 2023, "2023年度", 2023],
    ['a number 5 formatted "令和"0"年度"', 5, "令和5年度", 2023],
    ["a fractional number", 2023.5, "2023.5", undefined],
    ["a date serial shown as a date: the fiscal year it falls in", 45017, "2023/4/1", 2023],
    ["a date serial shown as a date in March: the fiscal year before", 45382, "2024/3/31", 2023],
    ["a KPI number", 1, "1", undefined],
    ["an empty cell", null, "", undefined],
    ["a boolean", true, "TRUE", undefined],
    ["an error value", { error: "#N/A" }, "#N/A", undefined],
    ["a string value whose text is missing", "2023年度", "", 2023],
  ])("%s", (_, value, text, year) => {
    expect(parseFiscalYear(value, text, BUILT_IN_SCHEMA)).toBe(year);
  });
});

describe("findFiscalYearIn: an era date in a header is the fiscal year it falls in", () => {
  it.each([
    ["実績(R6.3末)", 2023, true],
    ["実績（R7.3末時点）", 2024, true],
    ["実績(R6.3.31)", 2023, true],
    ["R6年度実績", 2024, false],
  ])("%s → FY%d (a date: %s)", (text, year, dated) => {
    expect(findFiscalYearIn(text, BUILT_IN_SCHEMA, 4)).toMatchObject({ year, dated });
  });
});

describe("findFiscalYearIn: a space parts two digit runs (never one number across it)", () => {
  it.each([
    ["R6 3月", 2023, true, "令和6年3月: March of R6 falls in FY2023 (not R63 = 2081)"],
    ["実績 R6 3月末", 2023, true, "a month after the era year, with a word before"],
    ["R6 3", 2024, false, "the era year R6 and another number"],
    ["令和 6 年度", 2024, false, "spaces inside an era year that part no digits are dropped"],
    ["2024 3月", 2023, true, "March 2024, as R6 3月 is March of R6 (never 20243; review: it was FY2024, not dated)"],
    ["実績 2024 3月末", 2023, true, "a Western year and month, with a word before"],
    ["2024 10月", 2024, true, "October 2024 falls in FY2024"],
    ["FY 2024", 2024, false, "a space after FY"],
  ])("%s → FY%d (a date: %s): %s", (text, year, dated) => {
    expect(findFiscalYearIn(text, BUILT_IN_SCHEMA, 4)).toMatchObject({ year, dated });
  });
});

describe("parseFiscalYear: eras come from the schema", () => {
  const withShowa: KpiSchema = {
    ...BUILT_IN_SCHEMA,
    fiscalYear: {
      ...BUILT_IN_SCHEMA.fiscalYear,
      eras: [...BUILT_IN_SCHEMA.fiscalYear.eras, { name: "昭和", firstYear: 1926 }],
    },
  };
  it.each([
    ["昭和60年度", withShowa, 1985],
    ["昭和60年度", BUILT_IN_SCHEMA, undefined],
    ["令和5年度", withShowa, 2023],
  ] as const)("%s with %#", (text, schema, year) => {
    expect(parseFiscalYear(text, text, schema)).toBe(year);
  });
});

describe("parseFiscalYear: the parts and the whole of a year after it come from the schema (yearParts, wholeYearWords)", () => {
  const own: KpiSchema = { ...BUILT_IN_SCHEMA, yearParts: [["春期", "秋期"]], wholeYearWords: ["年度合計"] };
  it.each([
    ["2023年度春期", own, 2023],
    ["2023年度春期", BUILT_IN_SCHEMA, undefined],
    ["2023年度年度合計", own, 2023],
    ["2023年度通期", BUILT_IN_SCHEMA, 2023],
    ["2023年度通期", own, undefined], // the agency's own list replaces the built-in one
    ["2023年度", own, 2023],
  ] as const)("%s with %#", (text, schema, year) => {
    expect(parseFiscalYear(text, text, schema)).toBe(year);
  });
});

describe("fiscalYearEnd: FY N ends the day before the start month of year N+1", () => {
  it.each([
    [2023, 1, "2023-12-31", "calendar year"],
    [2023, 4, "2024-03-31", "April–March (the default)"],
    [2023, 7, "2024-06-30", "July–June"],
    [2023, 10, "2024-09-30", "October–September"],
    [2023, 12, "2024-11-30", "December–November"],
    [2023, 3, "2024-02-29", "March start, leap year end"],
    [2022, 3, "2023-02-28", "March start, common year end"],
    [2099, 3, "2100-02-28", "2100 is not a leap year"],
    [1999, 3, "2000-02-29", "2000 is a leap year"],
    [2023, 2, "2024-01-31", "February start ends in January"],
  ])("FY%i starting in month %i ends %s (%s)", (fy, start, end) => {
    expect(fiscalYearEnd(fy, start)).toBe(end);
  });

  it("the day after the end is the first day of the next fiscal year (every month, 1900–2999)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2998 }), fc.integer({ min: 1, max: 12 }), (fy, start) => {
        const [y, m, d] = fiscalYearEnd(fy, start).split("-").map(Number);
        const next = new Date(Date.UTC(y, m - 1, d + 1));
        expect([next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()]).toEqual([fy + 1, start, 1]);
      }),
      { seed: 20231, numRuns: 500 },
    );
  });

  it.each([0, 13, 4.5, Number.NaN])("refuses start month %p", (start) => {
    expect(() => fiscalYearEnd(2023, start)).toThrow(RangeError);
  });
});

describe("hasFiscalYearEnded: true iff the as-of date is after the last day", () => {
  it.each([
    [2023, 1, "2023-12-30", false],
    [2023, 1, "2023-12-31", false],
    [2023, 1, "2024-01-01", true],
    [2023, 4, "2023-04-01", false],
    [2023, 4, "2024-03-30", false],
    [2023, 4, "2024-03-31", false],
    [2023, 4, "2024-04-01", true],
    [2023, 7, "2024-06-30", false],
    [2023, 7, "2024-07-01", true],
    [2023, 10, "2024-09-30", false],
    [2023, 10, "2024-10-01", true],
    [2023, 12, "2024-11-30", false],
    [2023, 12, "2024-12-01", true],
    [2023, 3, "2024-02-29", false],
    [2023, 3, "2024-03-01", true],
    [2024, 4, "2026-11-29", true],
    [2026, 4, "2026-11-29", false],
    [2027, 4, "2026-11-29", false],
  ])("FY%i (start month %i) on %s: %p", (fy, start, asOf, ended) => {
    expect(hasFiscalYearEnded(fy, start, asOf)).toBe(ended);
  });

  it.each([
    "2024/04/01",
    "2024-4-1",
    "2024-13-01",
    "2024-04-32",
    "2023-02-29",
    "2024-00-10",
    "",
    "2024-04-01T00:00:00Z",
  ])("refuses the as-of date %p", (asOf) => {
    expect(() => hasFiscalYearEnded(2023, 4, asOf)).toThrow(RangeError);
  });
});
