import { byPlace, sortByPlace } from "../../src/core/byPlace";
import { finding, type Finding } from "../../src/core/Finding";

const at = (row: number | null, field: "no" | "target" | "result" | "seriesId" | null, text: string): Finding =>
  finding("target-unreadable", { row, field }, { text });
const texts = (fs: readonly Finding[]) => fs.map((f) => (f.code === "target-unreadable" ? f.params.text : ""));

describe("sortByPlace: table-wide findings first, then by row, then by field in the record's order", () => {
  it.each([
    ["rows before fields", [at(3, "no", "a"), at(2, "result", "b")], ["b", "a"]],
    ["fields in the record's order within a row", [at(2, "result", "a"), at(2, "target", "b"), at(2, "no", "c")], ["c", "b", "a"]],
    ["table-wide first", [at(2, "no", "a"), at(null, null, "b")], ["b", "a"]],
    ["a field outside the order sits with the row's own findings", [at(2, "no", "a"), at(2, "seriesId", "b")], ["b", "a"]],
    ["one place keeps its order", [at(2, "target", "a"), at(2, "target", "b"), at(1, "target", "c"), at(2, "target", "d")], ["c", "a", "b", "d"]],
  ])("%s", (_rule, findings, expected) => {
    expect(texts(sortByPlace(findings))).toEqual(expected);
    expect(texts([...findings].sort(byPlace))).toEqual(expected);
  });

  it("returns an empty list for none", () => {
    expect(sortByPlace([])).toEqual([]);
  });

  it("orders places spread far apart (few findings on rows far from each other)", () => {
    const findings = [at(1_000_000, "no", "a"), at(2, "result", "b"), at(null, null, "c"), at(2, "result", "d"), at(500_000, "target", "e")];
    expect(texts(sortByPlace(findings))).toEqual(["c", "b", "d", "e", "a"]);
  });

  it("returns a new list and leaves the given one as it was", () => {
    const findings = [at(3, "no", "a"), at(2, "no", "b")];
    expect(sortByPlace(findings)).not.toBe(findings);
    expect(texts(findings)).toEqual(["a", "b"]);
  });
});
