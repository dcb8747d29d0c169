import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import { parseExpression, type ExpressionRole } from "../../../src/core/expression/parseExpression";
import { cases, readTsv, showQuantity } from "./_lib/fixtures";

const read = (text: string, role: string) => parseExpression(text, role as ExpressionRole, BUILT_IN_SCHEMA);

describe("quantities: a signed number, its canonical unit (scaled) and its period", () => {
  it.each(cases(readTsv("units.tsv")))("%s", (_, row) => {
    const e = read(row.text, row.role);
    expect(e.kind).toBe("expression");
    expect(e.components).toHaveLength(1);
    expect(showQuantity(e.components[0].quantity)).toBe(row.quantity);
  });
});

describe("numbers inside words, dates, ordinals and note numbers are not the quantity", () => {
  it.each(cases(readTsv("inside-words.tsv")))("%s", (_, row) => {
    const e = read(row.text, row.role);
    expect(e.components.map((c) => showQuantity(c.quantity))).toEqual([row.quantity]);
  });
});

describe("the quantity's text", () => {
  it.each([
    ["年間最低8回", "年間8回"],
    ["毎月5件（年60件）以上", "毎月5件"],
    ["1人1資格以上の取得", "1人1資格"],
    ["NPS ▲10pt以上", "-10pt"],
    ["保有契約件数 1,900件", "1,900件"],
    ["紹介件数 5件/月", "5件/月"],
  ])("%s → %s (period, sign, number and unit; no comparator words)", (text, quantityText) => {
    expect(read(text, "target").components[0].quantity.text).toBe(quantityText);
  });
});

describe("a period word glued to a date or a time word (今年度, 前年, 当月) is no period; 各月 is one", () => {
  it.each([
    ["前年196件", "196件"],
    ["2023年 10件", "10件"],
    ["今月5件", "5件"],
    ["今年度 90%", "90%"],
    ["当月 5件", "5件"],
    ["各月5件", "5件/month"],
  ])("%s → %s", (text, quantity) => {
    expect(showQuantity(read(text, "result").components[0].quantity)).toBe(quantity);
  });
});

describe("units come from the schema", () => {
  const withKuchi = {
    ...BUILT_IN_SCHEMA,
    units: [...BUILT_IN_SCHEMA.units, { unit: "口", aliases: { 口: 1, ユニット: 1 } }],
  };

  it("a unit the schema adds is read, with its aliases", () => {
    expect(parseExpression("加入 30口", "target", withKuchi).components[0].quantity.unit).toBe("口");
    expect(parseExpression("加入 30ユニット", "target", withKuchi).components[0].quantity.unit).toBe("口");
  });

  it("a unit the schema does not know leaves the number bare", () => {
    expect(parseExpression("加入 30口", "target", BUILT_IN_SCHEMA).components[0].quantity.unit).toBeUndefined();
  });

  it("each schema keeps its own grammar when both are used in turn", () => {
    const a = parseExpression("加入 31口", "target", withKuchi);
    const b = parseExpression("加入 31口", "target", BUILT_IN_SCHEMA);
    expect([a.components[0].quantity.unit, b.components[0].quantity.unit]).toEqual(["口", undefined]);
  });
});
