import { escapeForTerminal, escapeJsonForTerminal } from "../../../src/cli/_lib/escapeForTerminal";

describe("escapeForTerminal", () => {
  it.each([
    ["an OSC title sequence ended by BEL", "\u001b]0;pwned\u0007KPI", "\\x1B]0;pwned\\x07KPI"],
    ["an SGR colour", "\u001b[31m未達成\u001b[0m", "\\x1B[31m未達成\\x1B[0m"],
    ["a cursor move and screen clear", "\u001b[2J\u001b[H", "\\x1B[2J\\x1B[H"],
    ["carriage return and backspace that overwrite", "達成\r未達成\b", "達成\\x0D未達成\\x08"],
    ["NUL and DEL", "a\u0000b\u007f", "a\\x00b\\x7F"],
    ["C1 CSI and NEL", "\u009b31m\u0085", "\\x9B31m\\x85"],
    ["a right-to-left override", "結果\u202e%08", "結果\\u202E%08"],
    ["bidi isolates and marks", "\u2066a\u2069\u200f\u061c", "\\u2066a\\u2069\\u200F\\u061C"],
    ["line and paragraph separators", "a\u2028b\u2029", "a\\u2028b\\u2029"],
    ["a tab and a line break", "a\tb\nc", "a\\x09b\\x0Ac"],
  ])("shows %s as visible escapes", (_name, text, shown) => {
    expect(escapeForTerminal(text)).toBe(shown);
  });

  it.each([
    ["Japanese and full-width forms", "お客さま本位の業務運営方針（ＫＰＩ）：80.6％"],
    ["emoji joined by ZWJ", "👩‍💼 達成"],
    ["Latin with accents and symbols", "Café ≥ 85% → ◯ △ ×"],
    ["a backslash", "C:\\data\\kpi.xlsx"],
  ])("leaves %s as it is", (_name, text) => {
    expect(escapeForTerminal(text)).toBe(text);
  });

  it("changes nothing when applied twice", () => {
    const once = escapeForTerminal("\u001b[31m\u202e\u009b");
    expect(escapeForTerminal(once)).toBe(once);
  });
});

describe("escapeJsonForTerminal", () => {
  const value = { title: "\u001b]0;x\u0007", result: "208件\u202e\u009b2J\u007f", lines: "a\u2028b", plain: "達成" };

  it("keeps the JSON exact: it parses to the same value", () => {
    const json = escapeJsonForTerminal(JSON.stringify(value, null, 2));
    expect(JSON.parse(json)).toEqual(value);
  });

  it("leaves no character a terminal acts on but the layout's line breaks", () => {
    const json = escapeJsonForTerminal(JSON.stringify(value, null, 2));
    expect(json.replace(/\n/g, "")).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(json).toContain('"result": "208件\\u202e\\u009b2J\\u007f"');
  });
});
