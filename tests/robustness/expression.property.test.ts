/**
 * The expression parser on any text (issue 6): it never throws and never hangs, whatever the characters — every
 * Unicode digit alphabet, every numeric character, lone surrogates, control characters, 100 KB strings — and
 * normalisation is idempotent on every code point. Widens tests/core/expression/robustness.test.ts (random strings
 * of up to 60 characters, 100 KB repetitions of grammar pieces) and normalizeText.test.ts (random strings). The
 * properties are in _support/properties.ts, shared with `npm run fuzz`.
 */
import fc from "fast-check";
import { BUILT_IN_SCHEMA } from "../../src/core/KpiSchema";
import { normalizeText } from "../../src/core/normalizeText";
import { parseExpression, type ExpressionRole } from "../../src/core/expression/parseExpression";
import { DIGIT_ALPHABETS, HOSTILE_CHARACTERS, KPI_TEXTS, NUMERIC_CHARACTERS, foldsToAscii, inAlphabet } from "./_support/texts";
import { PROPERTIES } from "./_support/properties";
import { expressionViolations } from "./_support/wellFormed";

const ROLES: ExpressionRole[] = ["target", "result"];
const parse = (s: string, role: ExpressionRole) => parseExpression(s, role, BUILT_IN_SCHEMA);
const WITH_DIGITS = KPI_TEXTS.filter((t) => /[0-9]/.test(t));

describe("every Unicode digit alphabet", () => {
  it("is known: Unicode 15 has over 60 of them, among them full-width and mathematical digits", () => {
    expect(DIGIT_ALPHABETS.length).toBeGreaterThan(60);
    expect(DIGIT_ALPHABETS.every((a) => a.length === 10 && a.every((d, i) => new RegExp(`^\\p{Nd}$`, "u").test(d) && (i === 0 || d.codePointAt(0) === a[i - 1].codePointAt(0)! + 1)))).toBe(true);
    expect(DIGIT_ALPHABETS.filter(foldsToAscii).map((a) => a[0])).toEqual(expect.arrayContaining(["0", "０", "𝟎", "𝟘", "𝟢", "𝟬", "𝟶"]));
  });

  describe.each(DIGIT_ALPHABETS.map((a) => [`${a[0]}…${a[9]} (U+${a[0].codePointAt(0)!.toString(16).toUpperCase()})`, a] as const))("%s", (_, alphabet) => {
    const folds = foldsToAscii(alphabet);
    it(folds ? "real KPI texts written in it read exactly as in ASCII digits (NFKC folds it)" : "real KPI texts written in it are read without error", () => {
      for (const text of WITH_DIGITS) {
        for (const role of ROLES) {
          const mapped = inAlphabet(text, alphabet);
          const e = parse(mapped, role);
          expect(expressionViolations(e, mapped, role)).toEqual([]);
          if (folds) expect(e).toEqual(parse(text, role));
        }
      }
    });
  });
});

describe("any numeric character (circled, parenthesised, superscript, fractions, Roman, CJK, …)", () => {
  it(`all ${NUMERIC_CHARACTERS.length} of them, in place of the digits of real KPI texts, are read without error`, () => {
    fc.assert(PROPERTIES["parser-numeric-characters"](), { seed: 6, numRuns: 3000 });
  });
});

describe("hostile characters", () => {
  it("lone surrogates, controls, bidi marks, non-characters and combining marks anywhere in any text are read without error", () => {
    fc.assert(PROPERTIES["parser-any-text"](), { seed: 6, numRuns: 3000 });
  });
});

describe("100 KB texts are read in linear time: the parser never hangs", () => {
  const KB100 = 100_000;
  /** A hang (catastrophic backtracking, quadratic work) takes minutes; speed itself is measured by npm run bench. */
  const HANG_MS = 10_000;
  const sized = (parts: string[]) => parts.join("").repeat(Math.ceil(KB100 / Math.max(1, parts.join("").length))).slice(0, KB100);
  const big = fc.oneof(
    fc.string({ unit: "binary", minLength: KB100, maxLength: KB100 }),
    fc.string({ unit: "grapheme-ascii", minLength: KB100, maxLength: KB100 }),
    fc.array(fc.constantFrom(...KPI_TEXTS, " ", "、", "/"), { minLength: 1, maxLength: 50 }).map(sized),
    fc.array(fc.constantFrom(...NUMERIC_CHARACTERS.slice(0, 400), ".", ",", ":", "%", "件", "pt"), { minLength: 1, maxLength: 30 }).map(sized),
    fc.array(fc.constantFrom(...HOSTILE_CHARACTERS), { minLength: 1, maxLength: 30 }).map(sized),
  );

  it("random 100 KB texts of five kinds do not hang", () => {
    fc.assert(
      fc.property(big, fc.constantFrom(...ROLES), (text, role) => {
        const started = performance.now();
        const e = parse(text, role);
        expect(performance.now() - started).toBeLessThan(HANG_MS);
        expect(expressionViolations(e, text, role)).toEqual([]);
      }),
      { seed: 6, numRuns: 12 },
    );
  });

  it.each([
    ["a 100 KB number", "9".repeat(KB100)],
    ["100 KB of a decimal point run", "1.".repeat(KB100 / 2)],
    ["100 KB of full-width digits (the NFKC path)", "１２３，４５６．７％".repeat(KB100 / 10)],
    ["100 KB of lone surrogates", "\ud800".repeat(KB100)],
    ["100 KB of opening brackets", "（(【『「".repeat(KB100 / 5)],
    ["100 KB of one combining mark", `回答数:200件${"\u0301".repeat(KB100)}`],
  ])("%s does not hang", (_, text) => {
    for (const role of ROLES) {
      const started = performance.now();
      const e = parse(text, role);
      expect(performance.now() - started).toBeLessThan(HANG_MS);
      expect(expressionViolations(e, text, role)).toEqual([]);
    }
  });

  // V8's NFKC is quadratic on a run of combining marks of different classes (canonical reordering): normalizeText
  // normalises long texts in pieces, so 1 MB of them (a crafted cell) no longer takes minutes.
  it("1 MB of alternating combining marks does not hang", () => {
    const text = `回答数:200件${"\u0301\u0316".repeat((10 * KB100) / 2)}`;
    const started = performance.now();
    parse(text, "target");
    expect(performance.now() - started).toBeLessThan(HANG_MS);
  });
});

describe("normalizeText is idempotent", () => {
  it("on every single code point, lone surrogates included", () => {
    const unstable: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const once = normalizeText(String.fromCodePoint(cp));
      if (normalizeText(once) !== once) unstable.push(`U+${cp.toString(16)}`);
    }
    expect(unstable).toEqual([]);
  });

  it("next to the characters its rules act on, and around every numeric character", () => {
    fc.assert(PROPERTIES["normalize-idempotent"](), { seed: 6, numRuns: 20_000 });
  });
});
