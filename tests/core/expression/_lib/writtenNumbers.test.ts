import { digitsForWords } from "../../../../src/core/expression/_lib/writtenNumbers";

// What the grammar reads as figures once numbers written in words are digits (the engine's scripts hold no regex
// lookbehind, so each "not after" rule is stated here by its cases).
describe("digitsForWords", () => {
  it.each([
    ["苦情件数ゼロ", "苦情件数0"],
    ["ゼロ件", "0件"],
    ["ゼロエミッション車 10件", "ゼロエミッション車 10件"],
    ["ノーゼロ", "ノーゼロ"],
    ["ーゼロ", "ーゼロ"],
    ["研修 年二回以上", "研修 年2回以上"],
    ["平均 2分40秒", "平均 160秒"],
    ["1時間30分", "90分"],
    ["1時間5分30秒", "3930秒"],
    ["2分", "2分"],
    ["1.2分30秒", "1.2分30秒"],
    ["12分30秒と3分10秒", "750秒と190秒"],
  ])("%s → %s", (text, digits) => {
    expect(digitsForWords(text)).toBe(digits);
  });
});
