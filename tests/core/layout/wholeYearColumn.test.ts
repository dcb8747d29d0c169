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
