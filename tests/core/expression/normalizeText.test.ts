import fc from "fast-check";
import { normalizeText } from "../../../src/core/normalizeText";
import { readJson } from "./_lib/fixtures";

/** The character ranges normalizeText's fast path returns unchanged (see ALREADY_NORMAL there). */
const FAST_PATH_RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0x3001, 0x3003],
  [0x3005, 0x3011],
  [0x3014, 0x301b],
  [0x3041, 0x3096],
  [0x30a1, 0x30fe],
  [0x4e00, 0x9fff],
];

interface Case {
  rule: string;
  in: string;
  out: string;
}

describe("normalizeText", () => {
  it.each(readJson<Case[]>("normalize-text.json").map((c): [string, Case] => [c.rule, c]))("%s", (_, c) => {
    expect(normalizeText(c.in)).toBe(c.out);
  });

  /** Characters the rules act on, mixed with ordinary text, so that random strings hit the rules often. */
  const tricky = fc.constantFrom(
    ..."０１９％：（）　\n\t\r \u00a0\u200b\u200d\ufeff▲△−〜～①⑥⑳㌽ｱﾎﾟ-~.,/:()件回%pt自動車火新ー―á\u0301\u0308¨",
  );
  const text = fc.oneof(
    fc.string(),
    fc.string({ unit: "grapheme" }),
    fc.string({ unit: "binary" }),
    fc.array(fc.oneof(tricky, fc.string({ maxLength: 2 })), { maxLength: 30 }).map((parts) => parts.join("")),
  );

  it("is idempotent", () => {
    fc.assert(
      fc.property(text, (s) => normalizeText(normalizeText(s)) === normalizeText(s)),
      { seed: 20241129, numRuns: 1000 },
    );
  });

  it("leaves no white space but single inner spaces, and no zero-width characters", () => {
    fc.assert(
      fc.property(text, (s) => {
        const n = normalizeText(s);
        return !/\s\s|^\s|\s$|[^\S ]|[\u200b-\u200d\ufeff]/.test(n);
      }),
      { seed: 20241129, numRuns: 1000 },
    );
  });

  it("trusts only characters NFKC keeps (every one of its ranges, checked one by one)", () => {
    const changed: string[] = [];
    for (const [min, max] of FAST_PATH_RANGES) {
      for (let c = min; c <= max; c++) {
        const ch = String.fromCharCode(c);
        if (ch.normalize("NFKC") !== ch) changed.push(`U+${c.toString(16)}`);
      }
    }
    expect(changed).toEqual([]);
  });

  it("gives the same result on the fast path as on the full path", () => {
    // Text made only of the ranges the fast path trusts (ASCII, kana, CJK punctuation and brackets, kanji) is
    // returned as it is; it must agree with NFKC + folding.
    const char = fc.oneof(
      ...FAST_PATH_RANGES.map(([min, max]) => fc.integer({ min, max }).map((c) => String.fromCharCode(c))),
    );
    const plain = fc.array(char, { maxLength: 30 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(plain, (s) => normalizeText(s) === s.normalize("NFKC").replace(/\s+/g, " ").trim()),
      { seed: 20241129, numRuns: 1000 },
    );
  });
});
