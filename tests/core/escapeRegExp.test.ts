import { escapeRegExp } from "../../src/core/escapeRegExp";

describe("escapeRegExp", () => {
  it.each(["No.1", "(新規)", "[注]", "A+B", "1*2", "?", "^$", "{3}", "a|b", "C:\\path", "xl/worksheets/sheet1.xml", "火新-種"])(
    "%p matches itself and nothing looser",
    (text) => {
      const re = new RegExp(`^${escapeRegExp(text)}$`);
      expect(re.test(text)).toBe(true);
      expect(re.test(`${text}x`)).toBe(false);
    },
  );
});
