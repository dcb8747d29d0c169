import { cellText, cleanText, MAX_CELL_CHARS } from "../../../src/core/writeback/cleanText";

describe("cleanText: cell text any output can carry", () => {
  it.each([
    { rule: "plain text is unchanged", input: "回答数:200件", output: "回答数:200件" },
    { rule: "emoji and full-width text are unchanged", input: "😀 ＮＰＳ　向上", output: "😀 ＮＰＳ　向上" },
    { rule: "CR LF becomes LF", input: "一行目\r\n二行目", output: "一行目\n二行目" },
    { rule: "a lone CR becomes LF", input: "a\rb", output: "a\nb" },
    { rule: "TAB stays", input: "a\tb", output: "a\tb" },
    { rule: "other controls become U+FFFD", input: "a\u0000b\u0007c\u000bd\u001be\u007ff\u0085g", output: "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg" },
    { rule: "a lone high surrogate becomes U+FFFD", input: "a\uD83Db", output: "a\uFFFDb" },
    { rule: "a lone low surrogate becomes U+FFFD", input: "a\uDE00b", output: "a\uFFFDb" },
    { rule: "a surrogate pair stays", input: "\uD83D\uDE00", output: "😀" },
    { rule: "noncharacters become U+FFFD", input: "\uFFFE\uFDD0\u{1FFFF}", output: "\uFFFD\uFFFD\uFFFD" },
  ])("$rule", ({ input, output }) => {
    expect(cleanText(input)).toBe(output);
  });
});

describe("cellText: at most Excel's 32,767 characters", () => {
  it.each([
    { rule: "a short text is kept whole", input: "お客様".repeat(10), length: 30 },
    { rule: "a long text is cut", input: "あ".repeat(40000), length: MAX_CELL_CHARS },
    { rule: "between two surrogate pairs", input: "a" + "😀".repeat(20000), length: MAX_CELL_CHARS },
    { rule: "never inside a surrogate pair", input: "😀".repeat(20000), length: MAX_CELL_CHARS - 1 },
  ])("$rule", ({ input, length }) => {
    const out = cellText(input);
    expect(out.length).toBe(length);
    expect(out).toBe(cleanText(out));
    expect(input.startsWith(out)).toBe(true);
  });
});
