import { lowerCase } from "../../src/core/lowerCase";

describe("lowerCase", () => {
  it.each([
    ["KPI", "kpi"],
    ["回答数", "回答数"],
    ["NPS(事故対応)", "nps(事故対応)"],
    ["ＫＰＩ", "ｋｐｉ"],
    ["Ⅲ期", "ⅲ期"],
    ["Ⓐ評価", "ⓐ評価"],
    ["ΑΒ", "αβ"],
    ["ÀÉ", "àé"],
    ["", ""],
  ])("lowers %j to %j", (text, lower) => {
    expect(lowerCase(text)).toBe(lower);
  });

  it("gives every character of the Basic Multilingual Plane the lower case toLowerCase gives", () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (lowerCase(ch) !== ch.toLowerCase()) differ.push(`U+${c.toString(16)}`);
    }
    expect(differ).toEqual([]);
  });
});
