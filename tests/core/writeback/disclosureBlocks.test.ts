import { disclosureBlocks } from "../../../src/core/writeback/disclosureBlocks";
import { judged, seedJudged } from "./_support/seedJudged";

describe("disclosureBlocks: what each KPI's block shows", () => {
  it.each([
    { rule: "the seed's 2024 No 1: every row, an empty result cell", fy: 2024, no: 1, rows: { scope: true, targetRow: { result: "" }, commitment: true } },
    { rule: "the seed's 2023 No 5: no result cell", fy: 2023, no: 5, rows: { scope: true, targetRow: { result: undefined }, commitment: true } },
    { rule: "the seed's 2023 No 6: no 対象 or 目標 row", fy: 2023, no: 6, rows: { scope: false, targetRow: undefined, commitment: true } },
  ])("$rule", ({ fy, no, rows }) => {
    const item = disclosureBlocks(seedJudged()).years.find((y) => y.fiscalYear === fy)!.items.find((i) => i.no === no)!;
    expect(item.scope !== undefined).toBe(rows.scope);
    if (rows.targetRow) expect(item.targetRow).toMatchObject(rows.targetRow);
    else expect(item.targetRow).toBeUndefined();
    expect(item.commitment !== undefined).toBe(rows.commitment);
  });

  it.each([
    { rule: "an empty optional field is left out", fields: { description: "" }, key: "description", value: undefined },
    { rule: "a field of only white space is left out", fields: { scope: " \u3000\n" }, key: "scope", value: undefined },
    { rule: "a result of only white space is an empty result cell", fields: { target: "80%", result: "  " }, key: "targetRow", value: { target: "80%", result: "" } },
    { rule: "a target without a result cell gets no result cell", fields: { target: "80%" }, key: "targetRow", value: { target: "80%", result: undefined } },
    { rule: "a result without a target keeps the target row", fields: { result: "85%" }, key: "targetRow", value: { target: "", result: "85%" } },
    { rule: "texts are cleaned (CR LF → LF)", fields: { commitment: "a\r\nb" }, key: "commitment", value: "a\nb" },
  ])("$rule", ({ fields, key, value }) => {
    const kpi = judged(2, { fiscalYear: "2023年度", no: 1, title: "t", ...fields }, "pending");
    expect(disclosureBlocks([kpi]).years[0].items[0][key as "targetRow"]).toEqual(value);
  });

  it("orders fiscal years newest first and KPIs by No, sheet order among equal Nos, and leaves out KPIs without a year", () => {
    const kpis = [
      judged(2, { fiscalYear: "2022年度", no: 2, title: "a" }, "met"),
      judged(3, { fiscalYear: "2024年度", no: 1, title: "b" }, "met"),
      judged(4, { fiscalYear: "2022年度", no: 1, title: "c" }, "met"),
      judged(5, { fiscalYear: "2022年度", no: 1, title: "d" }, "met"),
      judged(6, { fiscalYear: "不明", no: 1, title: "e" }, "met", null),
    ];
    const years = disclosureBlocks(kpis).years;
    expect(years.map((y) => [y.fiscalYear, y.items.map((i) => i.title)])).toEqual([
      [2024, ["b"]],
      [2022, ["c", "d", "a"]],
    ]);
  });
});
