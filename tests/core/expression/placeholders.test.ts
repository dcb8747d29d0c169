import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import { parseExpression, type ExpressionRole } from "../../../src/core/expression/parseExpression";
import { cases, readTsv } from "./_lib/fixtures";

describe("placeholders, not-applicable words and texts without a figure", () => {
  it.each(cases(readTsv("placeholders.tsv")))("%s", (_, row) => {
    const e = parseExpression(row.text, row.role as ExpressionRole, BUILT_IN_SCHEMA);
    expect(e.kind).toBe(row.kind);
    expect(e.components).toEqual([]);
  });
});

describe("placeholders come from the schema", () => {
  it("a placeholder the schema adds means empty", () => {
    const schema = { ...BUILT_IN_SCHEMA, missingValues: [...BUILT_IN_SCHEMA.missingValues, "公表予定"] };
    expect(parseExpression("公表予定", "result", schema).kind).toBe("empty");
    expect(parseExpression("公表予定", "result", BUILT_IN_SCHEMA).kind).toBe("unreadable");
  });

  it("a not-applicable word the schema adds means not applicable", () => {
    const schema = { ...BUILT_IN_SCHEMA, notApplicableValues: [...BUILT_IN_SCHEMA.notApplicableValues, "調査休止"] };
    expect(parseExpression("調査休止", "result", schema).kind).toBe("not_applicable");
    expect(parseExpression("調査休止", "result", BUILT_IN_SCHEMA).kind).toBe("unreadable");
  });
});
