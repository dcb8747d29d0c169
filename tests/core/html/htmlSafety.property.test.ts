import { writebackLabels } from "../../../src/i18n/writeback";
import fc from "fast-check";
import { readFileSync } from "fs";
import { join } from "path";
import { renderDisclosureHtml } from "../../../src/core/html/renderDisclosureHtml";
import type { KpiField } from "../../../src/core/KpiRecord";
import { judged } from "../writeback/_support/seedJudged";
import { elements, hasClass, startParse5, textOf, type Parse5 } from "./_support/parse5";

let parse5: Parse5;
beforeAll(() => (parse5 = startParse5()));
afterAll(() => parse5.stop());

/** What the renderer writes, and nothing else may appear (disclosure-output §3). */
const ELEMENTS = new Set(["div", "section", "h2", "h3", "p", "table", "caption", "colgroup", "col", "thead", "tbody", "tr", "th", "td", "span", "br"]);
const ATTRIBUTES: Record<string, RegExp> = {
  class: /^kpi-[a-z_-]+( kpi-[a-z_-]+)*$/,
  lang: /^(ja|en)$/,
  scope: /^(row|col)$/,
  colspan: /^[2-5]$/,
  border: /^1$/,
  cellpadding: /^\d+$/,
  cellspacing: /^0$/,
  width: /^\d+%?$/,
  bgcolor: /^#[0-9A-F]{6}$/,
  style: /^[a-z-]+:[^;:]+(;[a-z-]+:[^;:]+)*$/,
};

/**
 * The text a cell shows for a text the sheet holds. HTML and workbooks cannot carry every UTF-16 string, so the
 * renderer states what it does (src/core/writeback/cleanText.ts): CR LF and CR become LF (shown as `<br>`), and
 * each code point a page cannot carry — a control other than TAB and LF, a lone surrogate (no UTF-8 encoding
 * exists for it), a noncharacter (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF) — is replaced by U+FFFD.
 */
function shown(text: string): string {
  const s = text.replace(/\r\n?/g, "\n");
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    const next = s.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      const cp = s.codePointAt(i)!;
      out += (cp & 0xfffe) === 0xfffe ? "\uFFFD" : s.slice(i, i + 2);
      i++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) out += "\uFFFD";
    else if ((unit < 0x20 && unit !== 0x09 && unit !== 0x0a) || (unit >= 0x7f && unit <= 0x9f)) out += "\uFFFD";
    else if ((unit >= 0xfdd0 && unit <= 0xfdef) || unit === 0xfffe || unit === 0xffff) out += "\uFFFD";
    else out += s[i];
  }
  return out;
}

const hostile = readFileSync(join(__dirname, "../../fixtures/writeback/html-cell-texts.txt"), "utf8")
  .split("\n")
  .filter((l) => l !== "")
  .map((l) => l.replace(/\\n/g, "\n"));

/** Any UTF-16 string: code units at random (lone surrogates, controls, noncharacters included), full code points, markup. */
const cellText = fc.oneof(
  fc.constantFrom(...hostile),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.array(fc.constantFrom(...hostile, "<", ">", "&", '"', "'", "\r\n", "\r", "\u0000", "\uD800", "\uDFFF", "\uFFFE", "😀"), { maxLength: 8 }).map((a) => a.join("")),
);

/** The cell of each field in the rendered table. */
const PART: Partial<Record<KpiField, string>> = {
  title: "kpi-item__name",
  description: "kpi-item__description",
  scope: "kpi-item__scope",
  principles: "kpi-item__principles",
  target: "kpi-item__target",
  result: "kpi-item__result",
  commitment: "kpi-item__commitment",
};
const FIELDS = Object.keys(PART) as KpiField[];

describe("renderDisclosureHtml is safe for any cell text", () => {
  it("parses without errors, holds only its own elements and attributes, and shows each text exactly", async () => {
    await fc.assert(
      fc.asyncProperty(fc.tuple(...FIELDS.map(() => cellText)), fc.constantFrom("inline" as const, "class" as const), fc.boolean(), cellText, async (texts, style, showStatus, heading) => {
        const fields = Object.fromEntries(FIELDS.map((f, i) => [f, texts[i]]));
        const kpi = judged(2, { fiscalYear: "2023年度", no: 1, ...fields }, "partial");
        const parsed = await parse5.parse(renderDisclosureHtml([kpi], { labels: writebackLabels("ja"), style, showStatus, heading, lead: heading }));
        expect(parsed.errors).toEqual([]);
        const all = elements(parsed.nodes);
        for (const e of all) {
          expect(ELEMENTS).toContain(e.tag);
          for (const [name, value] of Object.entries(e.attrs)) expect(value).toMatch(ATTRIBUTES[name] ?? /^(?!)/);
        }
        for (const f of FIELDS) {
          const cell = all.find((e) => hasClass(e, PART[f]!));
          const text = texts[FIELDS.indexOf(f)];
          // A text of only white space counts as empty, and an empty optional field is left out — but the title is
          // always shown (empty when it is), and the target row (target and result cells) whenever the target or the
          // result holds a text, an empty one of its cells as 「―」 (the KPI is judged, so its year has ended).
          const blank = (g: KpiField) => texts[FIELDS.indexOf(g)].trim() === "";
          const targetRow = (f === "target" || f === "result") && !(blank("target") && blank("result"));
          if (text.trim() === "") expect(cell && textOf(cell)).toBe(f === "title" ? "" : targetRow ? "―" : undefined);
          else expect(cell && textOf(cell)).toBe(shown(text));
        }
        const h2 = all.find((e) => e.tag === "h2");
        if (heading.trim() === "") expect(h2).toBeUndefined();
        else expect(h2 && textOf(h2)).toBe(shown(heading));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
