import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import { parseExpression, type ExpressionRole } from "../../../src/core/expression/parseExpression";
import { cases, readTsv, showComponents } from "./_lib/fixtures";

describe("judgement words of results", () => {
  it.each(cases(readTsv("judgement-words.tsv")))("%s", (_, row) => {
    const e = parseExpression(row.text, row.role as ExpressionRole, BUILT_IN_SCHEMA);
    expect(e.kind).toBe(row.kind);
    expect(e.judgement ?? "").toBe(row.judgement);
    expect(showComponents(e)).toBe(row.components);
  });
});

describe("a bracket holding only a judgement word is the word, not a qualifier", () => {
  it.each([
    ["80.2%（達成）", []],
    ["未達（32.30%）", []],
    ["一部達成（自動車のみ）", ["自動車のみ"]],
  ])("%s → qualifiers %j", (text, qualifiers) => {
    expect(parseExpression(text, "result", BUILT_IN_SCHEMA).qualifiers).toEqual(qualifiers);
  });
});

describe("judgement words come from the schema", () => {
  it("a word the schema adds is read", () => {
    const schema = { ...BUILT_IN_SCHEMA, judgementWords: { ...BUILT_IN_SCHEMA.judgementWords, met: ["クリア"] } };
    expect(parseExpression("クリア", "result", schema)).toMatchObject({ kind: "judgement", judgement: "met" });
    expect(parseExpression("クリア", "result", BUILT_IN_SCHEMA).kind).toBe("unreadable");
  });
});
