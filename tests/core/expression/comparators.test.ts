import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import { parseExpression } from "../../../src/core/expression/parseExpression";
import { cases, readTsv } from "./_lib/fixtures";

describe("a target's comparator: written as a word, or implied from the metric", () => {
  it.each(cases(readTsv("comparators.tsv")))("%s", (_, row) => {
    const e = parseExpression(row.text, "target", BUILT_IN_SCHEMA);
    expect(e.kind).toBe("expression");
    for (const c of e.components) {
      expect(c.comparator).toBe(row.comparator);
      expect(c.impliedComparator === true).toBe(row.implied === "yes");
    }
  });
});

describe("a result gets no default comparator", () => {
  it.each(["208件", "自動車:38.4pt 火新:36.0pt", "解約率 2.1%"])("%s", (text) => {
    const e = parseExpression(text, "result", BUILT_IN_SCHEMA);
    expect(e.components.length).toBeGreaterThan(0);
    for (const c of e.components) {
      expect(c.comparator).toBeUndefined();
      expect(c.impliedComparator).toBeUndefined();
    }
  });
});

describe("comparator words come from the schema", () => {
  it("a suffix the schema adds is read", () => {
    const schema = {
      ...BUILT_IN_SCHEMA,
      comparators: {
        ...BUILT_IN_SCHEMA.comparators,
        suffix: { ...BUILT_IN_SCHEMA.comparators.suffix, をクリア: ">=" as const },
      },
    };
    const c = parseExpression("解約率 3%をクリア", "target", schema).components[0];
    expect([c.comparator, c.impliedComparator]).toEqual([">=", undefined]);
  });

  it("a lower-is-better word the schema adds turns the default to <=", () => {
    const schema = { ...BUILT_IN_SCHEMA, lowerIsBetter: [...BUILT_IN_SCHEMA.lowerIsBetter, "事故率"] };
    expect(parseExpression("事故率 2%", "target", schema).components[0].comparator).toBe("<=");
    expect(parseExpression("事故率 2%", "target", BUILT_IN_SCHEMA).components[0].comparator).toBe(">=");
  });
});
