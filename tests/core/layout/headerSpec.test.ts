/**
 * headerSpec on the texts of KPI rows: a bare number (a No, a figure) is a year of four digits in 1900–2999 or
 * nothing — the same answer as the full reading, taken without it.
 */
import { BUILT_IN_SCHEMA, type KpiSchema } from "../../../src/core/KpiSchema";
import { findFiscalYearIn } from "../../../src/core/fiscalYear/findFiscalYearIn";
import { headerSpec } from "../../../src/core/layout/_lib/headerSpec";

describe("a bare number in a header position", () => {
  it.each([
    ["1", {}],
    ["12", {}],
    ["1234", {}],
    ["1899", {}],
    ["1900", { year: 1900 }],
    ["2023", { year: 2023 }],
    ["2999", { year: 2999 }],
    ["3000", {}],
    ["20230", {}],
    [" 2023 ", { year: 2023 }],
    ["２０２３", { year: 2023 }],
  ])("「%s」 → %j", (text, spec) => {
    expect(headerSpec(text, BUILT_IN_SCHEMA, 4)).toEqual(spec);
  });

  it.each([
    ["2023", { year: 2023, rest: "", written: "2023", dated: false }],
    ["1234", undefined],
    ["123", undefined],
  ])("findFiscalYearIn(「%s」) → %j", (text, found) => {
    expect(findFiscalYearIn(text, BUILT_IN_SCHEMA, 4)).toEqual(found);
  });

  it("names a field where the schema has a number as an alias", () => {
    const schema: KpiSchema = {
      ...BUILT_IN_SCHEMA,
      fields: BUILT_IN_SCHEMA.fields.map((f) => (f.name === "no" ? { ...f, aliases: [...f.aliases, "100"] } : f)),
    };
    expect(headerSpec("100", schema, 4)).toEqual({ field: "no" });
    expect(headerSpec("100", BUILT_IN_SCHEMA, 4)).toEqual({});
  });
});

describe("a header naming a part of the year (read only beside no column of its field for the whole year)", () => {
  it.each([
    ["上期実績", { field: "result", part: true, partWord: "上期" }],
    ["下半期実績", { field: "result", part: true, partWord: "下半期" }],
    ["実績(下期)", { field: "result", part: true, partWord: "下期" }],
    ["実績（上期累計）", { field: "result", part: true, partWord: "上期累計" }],
    ["第1四半期実績", { field: "result", part: true, partWord: "第1四半期" }],
    ["1Q実績", { field: "result", part: true, partWord: "1q" }],
    ["4～9月実績", { field: "result", part: true, partWord: "4~9月" }],
    ["上期目標", { field: "target", part: true, partWord: "上期" }],
    ["2024年度上期実績", { field: "result", year: 2024, part: true, partWord: "上期" }],
    ["通期実績", { field: "result", affix: true }], // ends with 実績: a column headed 実績 itself would win
    ["実績", { field: "result" }],
    ["実績（2024年12月末）", { field: "result", year: 2024, part: true }],
    ["実績（2025年3月末）", { field: "result", year: 2024 }],
    ["上期", { period: "part" }],
    ["第1四半期", { period: "part" }],
    ["通期", { period: "whole" }],
    ["年間", { period: "whole" }],
    ["上期メモ", {}],
  ])("「%s」 → %j", (text, spec) => {
    expect(headerSpec(text, BUILT_IN_SCHEMA, 4)).toEqual(spec);
  });
});

describe("the words of the parts and the whole of a year in a header are the schema's (yearParts, wholeYearWords)", () => {
  it.each([
    ["通年", { period: "whole" }],
    ["全期", { period: "whole" }],
    ["年度計", { period: "whole" }],
    ["年度累計", { period: "whole" }],
    ["累計", { period: "whole" }],
    ["年度", { field: "fiscalYear" }], // a whole-year word that is a field's alias names the field: the year column
    ["前半期実績", { field: "result", part: true, partWord: "前半期" }],
    ["後半期", { period: "part" }],
    ["第1Q実績", { field: "result", part: true, partWord: "第1q" }],
    ["実績(第3Q)", { field: "result", part: true, partWord: "第3q" }],
  ])("built-in: 「%s」 → %j", (text, spec) => {
    expect(headerSpec(text, BUILT_IN_SCHEMA, 4)).toEqual(spec);
  });

  const own: KpiSchema = { ...BUILT_IN_SCHEMA, yearParts: [["春期", "秋期"]], wholeYearWords: ["年度合計"] };
  it.each([
    ["春期実績", { field: "result", part: true, partWord: "春期" }],
    ["秋期", { period: "part" }],
    ["年度合計", { period: "whole" }],
    ["4～9月実績", { field: "result", part: true, partWord: "4~9月" }], // a range of months is a part whatever the words
    ["上期", {}],
  ])("an agency's own words: 「%s」 → %j", (text, spec) => {
    expect(headerSpec(text, own, 4)).toEqual(spec);
  });
});
