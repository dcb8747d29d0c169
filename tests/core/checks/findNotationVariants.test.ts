import { findNotationVariants } from "../../../src/core/checks/findNotationVariants";
import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import { makeRecord } from "../../_helpers/makeRecord";

const variants = (titles: string[], labels: [string, string][] = []) =>
  findNotationVariants(
    titles.map((title, i) => makeRecord(i + 2, { fiscalYear: "2023年度", no: i + 1, title })),
    BUILT_IN_SCHEMA,
    labels,
  ).map((f) => [f.code === "notation-variant" ? f.params.variants : undefined, f.cell]);

describe("findNotationVariants", () => {
  it.each([
    ["お客様 / お客さま from the schema's groups", ["お客様アンケート", "お客様の声", "お客さまアンケート"], [[["お客様", "お客さま"], "C4"]]],
    ["CSI / CIS: an acronym with its letters swapped", ["CSI(事故対応)の向上", "CIS(事故対応)", "CIS向上"], [[["CIS", "CSI"], "C2"]]],
    ["NPS / NSP: left to the misspelling check, which marks every NSP cell", ["NPS(事故対応)の向上", "NSP(事故対応)", "NSP向上"], []],
    ["full-width letters fold before comparing", ["ＮＰＳの向上", "NPS"], []],
    ["申込 is not counted inside 申込み", ["申込みの電子化", "Web申込み"], []],
    ["one spelling throughout", ["お客様", "お客様の声"], []],
    ["different acronyms are different terms", ["KPI", "NPS", "FP"], []],
  ])("%s", (_name, titles, expected) => {
    expect(variants(titles)).toEqual(expected);
  });

  it("counts every cell of a spelling, also where a column repeats the text above", () => {
    const found = findNotationVariants(
      ["お客様の声", "お客様の声", "お客さまアンケート", "お客様の声"].map((title, i) => makeRecord(i + 2, { fiscalYear: "2023年度", no: i + 1, title })),
      BUILT_IN_SCHEMA,
    );
    expect(found.map((f) => (f.code === "notation-variant" ? [f.params.variants, f.params.counts, f.cell] : undefined))).toEqual([
      [["お客様", "お客さま"], ["3", "1"], "C4"],
    ]);
  });

  it("reports label pairs matched by prefix once per pair", () => {
    expect(variants(["x"], [["火新種", "火新"], ["火新", "火新種"]])).toEqual([[["火新種", "火新"], null]]);
  });
});
