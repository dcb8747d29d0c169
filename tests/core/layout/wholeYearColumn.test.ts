import { checkSheet } from "../../../src/core/checkSheet";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";

const AS_OF = "2026-11-29";

const check = (rows: (string | number)[][]) => checkSheet(snapshotFromRows("2025年度", rows), { asOf: AS_OF });

describe("one header row naming the parts of the year and their whole without a field: the whole is the result", () => {
  const QUARTERS = ["90件", "110件", "100件", "120件", "420件"];
  it.each([
    [["No", "KPI", "目標", "第1Q", "第2Q", "第3Q", "第4Q", "累計"], QUARTERS, "H"],
    [["No", "KPI", "目標", "第1四半期", "第2四半期", "第3四半期", "第4四半期", "通期"], QUARTERS, "H"],
    [["No", "KPI", "目標", "上期", "下期", "年間"], ["200件", "220件", "420件"], "F"],
    [["No", "KPI", "目標", "上期", "下期", "年間累計"], ["200件", "220件", "420件"], "F"],
  ])("%p: the whole-year column is the result (420件), met", (header, figures, column) => {
    const r = check([header, [1, "契約件数", "400件以上", ...figures]]);
    expect(r.fields?.result).toEqual([column]);
    expect(r.kpis.map((k) => [k.result, k.status])).toEqual([["420件", "met"]]);
  });

  it.each([
    ["a result column of its own wins", ["No", "KPI", "目標", "上期", "下期", "実績"], ["F"]],
    ["a whole-year column without parts is not read", ["No", "KPI", "目標", "通期"], undefined],
  ])("%s", (_, header, expected) => {
    const r = check([header, [1, "契約件数", "400件以上", "200件", "220件", "420件"].slice(0, header.length)]);
    expect(r.fields?.result).toEqual(expected);
  });
});

describe("result columns naming parts of the year and no whole (目標 | 上期実績 | 下期実績): the parts are the year's result together", () => {
  it.each<[string, string[], string[], string, string]>([
    ["two halves reaching the year's target", ["上期実績", "下期実績"], ["200件", "220件"], "上期 200件 下期 220件", "met"],
    ["two halves short of it", ["上期実績", "下期実績"], ["180件", "190件"], "上期 180件 下期 190件", "not_met"],
    ["the part in brackets after the field", ["実績(上期)", "実績(下期)"], ["200件", "220件"], "上期 200件 下期 220件", "met"],
    ["four quarters", ["第1四半期実績", "第2四半期実績", "第3四半期実績", "第4四半期実績"], ["90件", "110件", "100件", "120件"], "第1四半期 90件 第2四半期 110件 第3四半期 100件 第4四半期 120件", "met"],
    ["quarters written 第1Q, two of four: a part of the year, not judged", ["第1Q実績", "第2Q実績"], ["200件", "220件"], "第1Q 200件 第2Q 220件", "unevaluable"],
    ["bare period words (目標 | 上期 | 下期)", ["上期", "下期"], ["200件", "220件"], "上期 200件 下期 220件", "met"],
    ["bare quarters (第1Q … 第4Q)", ["第1Q", "第2Q", "第3Q", "第4Q"], ["90件", "110件", "100件", "90件"], "第1Q 90件 第2Q 110件 第3Q 100件 第4Q 90件", "not_met"],
    ["the second half not yet written: a part of the year, not judged", ["上期実績", "下期実績"], ["200件", ""], "上期 200件", "unevaluable"],
  ])("%s", (_, parts, figures, result, status) => {
    const r = check([["No", "KPI", "目標", ...parts], [1, "契約件数", "400件以上", ...figures]]);
    expect(r.kpis.map((k) => [k.result, k.status])).toEqual([[result, status]]);
    expect(r.findings.map((f) => f.code)).not.toContain("duplicate-column");
  });

  it("a column of the whole year beside the parts is the result alone", () => {
    const r = check([["No", "KPI", "目標", "上期実績", "下期実績", "通期実績"], [1, "契約件数", "400件以上", "200件", "220件", "420件"]]);
    expect(r.kpis.map((k) => [k.result, k.status])).toEqual([["420件", "met"]]);
  });
});
