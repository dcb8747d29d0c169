import { findTermMisspellings } from "../../../src/core/checks/findTermMisspellings";
import { BUILT_IN_SCHEMA, type KpiSchema } from "../../../src/core/KpiSchema";
import type { KpiField } from "../../../src/core/KpiRecord";
import { makeRecord } from "../../_helpers/makeRecord";

type Fields = Partial<Record<KpiField, string>>;

const misspellings = (rows: Fields[], schema: KpiSchema = BUILT_IN_SCHEMA) =>
  findTermMisspellings(
    rows.map((f, i) => makeRecord(i + 2, { fiscalYear: "2023年度", no: i + 1, title: "t", ...f })),
    schema,
  ).map((f) => ({ field: f.field, severity: f.severity, ...(f.code === "term-misspelling" ? f.params : {}) }));

describe("findTermMisspellings: near misses of the schema's known terms, on every cell that holds one", () => {
  it.each([
    {
      rule: "the seed's NSP in target and result: one warning per cell",
      rows: [{ target: "NSP(事故対応) 自動車:60.0pt", result: "NSP(事故対応) 自動車:38.4pt" }],
      found: [
        { field: "target", text: "NSP", suggestion: "NPS" },
        { field: "result", text: "NSP", suggestion: "NPS" },
      ],
    },
    { rule: "the right spelling", rows: [{ target: "NPS(事故対応) 60pt" }], found: [] },
    { rule: "full-width letters fold first", rows: [{ title: "ＮＳＰの向上" }], found: [{ field: "title", text: "NSP", suggestion: "NPS" }] },
    { rule: "a word merely containing the letters", rows: [{ title: "SNSPの導入" }], found: [] },
    { rule: "another acronym one letter off (NPO)", rows: [{ description: "NPO法人との連携" }], found: [] },
    { rule: "a phrase one letter off", rows: [{ description: "Net Promotor Scoreを測定" }], found: [{ field: "description", text: "Net Promotor Score", suggestion: "Net Promoter Score" }] },
    { rule: "the same slip twice in one cell: once", rows: [{ target: "NSP 60pt、NSP 70pt" }], found: [{ field: "target", text: "NSP", suggestion: "NPS" }] },
    { rule: "a Japanese text without Latin words", rows: [{ target: "お客様アンケート点数80点以上" }], found: [] },
  ])("$rule", ({ rows, found }) => {
    expect(misspellings(rows as Fields[])).toEqual(found.map((f) => ({ severity: "warning", ...f })));
  });

  it("points each finding at the cell that holds the slip", () => {
    const record = makeRecord(11, { fiscalYear: "2023年度", no: 4, title: "満足度", target: "NSP 60pt", result: "NSP 38pt" });
    const found = findTermMisspellings([record], BUILT_IN_SCHEMA);
    expect(found.map((f) => [f.row, f.field])).toEqual([[11, "target"], [11, "result"]]);
    expect(found.map((f) => f.cell)).toEqual([record.fields.target, record.fields.result].map((c) => String.fromCharCode(64 + c!.col) + c!.row));
  });

  it("takes the known terms from the schema: an agency's own term is checked, none when the list is empty", () => {
    const own: KpiSchema = { ...BUILT_IN_SCHEMA, knownTerms: ["MOBILE"] };
    expect(misspellings([{ title: "MOBIEL登録" }], own)).toEqual([{ field: "title", severity: "warning", text: "MOBIEL", suggestion: "MOBILE" }]);
    expect(misspellings([{ title: "NSP" }], { ...BUILT_IN_SCHEMA, knownTerms: [] })).toEqual([]);
  });
});
