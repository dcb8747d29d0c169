/**
 * The robustness properties of issue 6, written once with plain assertions (node:assert) so that the test suite runs
 * them with fixed seeds and `npm run fuzz` (scripts/fuzz.ts) runs them a million times with a fresh seed.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import { normalizeText } from "../../../src/core/normalizeText";
import { parseExpression, type ExpressionRole } from "../../../src/core/expression/parseExpression";
import { XmlTally } from "../../../src/xlsx/_lib/XmlTally";
import { readZipDirectory } from "../../../src/xlsx/_lib/readZipDirectory";
import { readXlsx } from "../../../src/xlsx/readXlsx";
import { RANK, judge, kpiPair, resultText, targetText, type KpiPair } from "./kpiPairs";
import { pipelineViolations } from "./pipeline";
import { sheetModel } from "./randomSheet";
import { toSnapshot, toXlsx } from "./renderSheet";
import { HOSTILE_CHARACTERS, KPI_TEXTS, NUMERIC_CHARACTERS, anyText, inAlphabet } from "./texts";
import { expressionViolations } from "./wellFormed";
import { writeZip } from "./zip";

const role = fc.constantFrom<ExpressionRole>("target", "result");
const parse = (s: string, r: ExpressionRole) => parseExpression(s, r, BUILT_IN_SCHEMA);
/** A parse slower than this is a hang in the making (the texts here are at most a few hundred characters). */
const SLOW_MS = 1000;

function parsesWell(text: string, r: ExpressionRole): void {
  const started = performance.now();
  const e = parse(text, r);
  const ms = performance.now() - started;
  assert.deepEqual(expressionViolations(e, text, r), []);
  assert.ok(ms < SLOW_MS, `parsing ${JSON.stringify(text.slice(0, 80))} took ${Math.round(ms)} ms`);
}

/** Every component's result moved by its own non-negative step in the direction its comparator prefers. */
const improved = (p: KpiPair, steps: number[]): KpiPair => ({
  ...p,
  components: p.components.map((c, i) => ({ ...c, result: c.result + (c.word === "以上" ? 1 : -1) * steps[i % steps.length] })),
});

const permutation = <T>(items: T[]) => fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length });

/** Random XML made of the tags the tally treats specially, cut anywhere. */
const xmlPiece = fc.constantFrom(
  '<?xml version="1.0"?>', "<!-- <c> -->", '<row r="1">', '<c r="A1" t="s"><v>0</v></c>', '<c r="B1"/>', "</row>", '<mergeCell ref="A1:C2"/>',
  "<mergeCell ref='$B$3:$B$99'/>", '<mergeCell\tref="D4"></mergeCell>', "<mergeCells>", "<mergeCell/>", "自動車:60.0pt", "&lt;c&gt;", " ",
);

/** The properties by name; each returns a fresh fast-check property. */
export const PROPERTIES = {
  /** parseExpression reads any text — hostile characters, numeric characters, real KPI texts — into a well-formed expression, fast. */
  "parser-any-text": () => fc.property(anyText, role, parsesWell),

  /** Any numeric character (`\p{N}`) in place of the digits of a real KPI text is read without error. */
  "parser-numeric-characters": () =>
    fc.property(
      fc.constantFrom(...KPI_TEXTS.filter((t) => /[0-9]/.test(t))),
      fc.array(fc.constantFrom(...NUMERIC_CHARACTERS), { minLength: 10, maxLength: 10 }),
      role,
      (text, digits, r) => parsesWell(inAlphabet(text, digits), r),
    ),

  /** normalizeText is idempotent on mixtures of the characters its rules act on and numeric characters. */
  "normalize-idempotent": () =>
    fc.property(
      fc.array(fc.oneof(fc.constantFrom(...HOSTILE_CHARACTERS), fc.constantFrom(...NUMERIC_CHARACTERS), fc.constantFrom("1", "0", "-", ".", "a", "か", "カ"), fc.string({ unit: "binary", maxLength: 3 })), { maxLength: 10 }),
      (parts) => {
        const once = normalizeText(parts.join(""));
        assert.equal(normalizeText(once), once);
      },
    ),

  /** A result moved towards its target's comparator (larger for 以上, smaller for 以下) never gets a worse status. */
  "judgement-monotonic": () =>
    fc.property(kpiPair, fc.array(fc.integer({ min: 0, max: 50_000 }), { minLength: 1, maxLength: 4 }), (p, steps) => {
      const better = improved(p, steps);
      const before = judge(targetText(p), resultText(p)).status;
      const after = judge(targetText(better), resultText(better)).status;
      assert.ok(before in RANK && after in RANK, `${targetText(p)} → ${resultText(p)}: ${before}; ${resultText(better)}: ${after}`);
      assert.ok(RANK[after]! >= RANK[before]!, `${targetText(p)}: ${resultText(p)} is ${before}, ${resultText(better)} is ${after}`);
    }),

  /** A component exactly on its target meets it; one hundredth off on the wrong side does not. */
  "judgement-boundary": () =>
    fc.property(kpiPair, fc.boolean(), (p, off) => {
      const q: KpiPair = {
        ...p,
        style: { ...p.style, decimals: 2 },
        components: p.components.map((c) => ({ ...c, missing: false, result: c.target + (off ? (c.word === "以上" ? -1 : 1) : 0) })),
      };
      assert.equal(judge(targetText(q), resultText(q)).status, off ? "not_met" : "met", `${targetText(q)} → ${resultText(q)}`);
    }),

  /** Permuting the result's components, or the target's, gives the same status and component statuses. */
  "judgement-permutation": () =>
    fc.property(
      kpiPair.chain((p) => fc.tuple(fc.constant(p), permutation(p.components), permutation(p.components))),
      ([p, targetOrder, resultOrder]) => {
        assert.deepEqual(judge(targetText(p, targetOrder), resultText(p, resultOrder)), judge(targetText(p), resultText(p)), `${targetText(p)} → ${resultText(p)}`);
      },
    ),

  /** The whole pipeline on a random sheet snapshot never throws, and every cell it points at lies on the sheet. */
  "pipeline-snapshot": () =>
    fc.property(sheetModel, (model) => {
      assert.deepEqual(pipelineViolations(toSnapshot(model)), []);
    }),

  /** The same through real .xlsx bytes written by exceljs and read back by readXlsx. */
  "pipeline-xlsx": () =>
    fc.asyncProperty(fc.array(sheetModel, { minLength: 1, maxLength: 3 }), async (models) => {
      const sheets = await readXlsx(await toXlsx(models));
      assert.equal(sheets.length, models.length);
      for (const sheet of sheets) {
        const width = sheet.values[0]?.length ?? 0;
        for (const grid of [sheet.values, sheet.texts, sheet.numberFormats]) assert.ok(grid.length === sheet.values.length && grid.every((row) => row.length === width));
        assert.deepEqual(pipelineViolations(sheet), []);
      }
    }),

  /** XmlTally counts the same elements and merged cells however the stream is cut. */
  "tally-any-cut": () =>
    fc.property(fc.array(xmlPiece, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 12 }), (pieces, cuts) => {
      const bytes = new TextEncoder().encode(pieces.join(""));
      const count = (chunks: Uint8Array[]) => {
        const t = new XmlTally({ merges: true });
        chunks.forEach((c) => t.feed(c));
        t.end();
        return [t.elements, t.mergedCells];
      };
      const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
      const chunks = [...at, bytes.length].map((end, i) => bytes.subarray(i === 0 ? 0 : at[i - 1], end));
      assert.deepEqual(count(chunks), count([bytes]));
    }),

  /** readZipDirectory reads back the names, sizes and methods of any parts written, in plain and zip64 zips. */
  "zip-directory": () =>
    fc.property(
      fc.uniqueArray(fc.record({ name: fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }), data: fc.string({ unit: "binary", maxLength: 200 }), store: fc.boolean() }), { selector: (p) => p.name, maxLength: 6 }),
      fc.boolean(),
      (parts, zip64) => {
        const entries = readZipDirectory(writeZip(parts, { zip64 }));
        assert.deepEqual(
          entries.map((e) => [e.name, e.uncompressedSize, e.method]),
          parts.map((p) => [p.name, new TextEncoder().encode(p.data).length, p.store ? 0 : 8]),
        );
      },
    ),
};

/** The name of one property. */
export type PropertyName = keyof typeof PROPERTIES;
