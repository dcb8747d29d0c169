import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { checkSheet } from "../../src/core/checkSheet";
import type { Finding } from "../../src/core/Finding";
import { isInputError } from "../../src/core/InputError";
import type { SheetSnapshot } from "../../src/core/SheetSnapshot";
import { snapshotFromRows } from "../../src/core/snapshotFromRows";
import type { Lang } from "../../src/i18n/Lang";
import { renderFinding, renderFindingParts } from "../../src/i18n/renderFinding";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookBytes";
import judgeCases from "../fixtures/judge/cases.json";

// The message of every finding the engine raises on the fixtures and the sample workbook, in both languages,
// must read whole: no empty quotes or brackets, no `{placeholder}` left, no `undefined`/`null`/`NaN`.

const ROOT = join(__dirname, "..", "..");
const FIXTURES = join(ROOT, "tests", "fixtures");
const AS_OF = "2026-11-29";

/** The files the engine reads: the sample, the fixtures' readable workbooks and text tables. */
function files(): string[] {
  const inDir = (dir: string, ext: RegExp) =>
    readdirSync(join(FIXTURES, dir)).filter((f) => ext.test(f)).map((f) => join(FIXTURES, dir, f));
  return [
    join(ROOT, "assets", "sample-kpi.xlsx"),
    ...inDir("i18n", /\.tsv$/),
    ...inDir("layouts/workbooks", /\.xlsx$/),
    ...inDir("files", /\.(xlsx|csv|txt)$/),
    ...inDir("hostile", /\.xlsx$/),
  ];
}

/** The judge's cases as one table sheet, each case a KPI row. */
function judgeSheet(): SheetSnapshot {
  type CellCase = string | number | { value: number; text: string; numberFormat: string };
  const cases = judgeCases as { target: CellCase; result: CellCase }[];
  const value = (c: CellCase) => (typeof c === "object" ? c.value : c === "" ? null : c);
  const text = (c: CellCase) => (typeof c === "object" ? c.text : undefined);
  const format = (c: CellCase) => (typeof c === "object" ? c.numberFormat : undefined);
  const rows = cases.map((c, i) => ["2023年度", i + 1, `取組${i + 1}`, value(c.target), value(c.result)]);
  return snapshotFromRows("judge", [["年度", "No", "取組項目", "目標", "結果"], ...rows], {
    texts: [[], ...cases.map((c) => [undefined, undefined, undefined, text(c.target), text(c.result)])],
    numberFormats: [[], ...cases.map((c) => [undefined, undefined, undefined, format(c.target), format(c.result)])],
  });
}

const BROKEN = [/「」/, /（）/, /\(\)/, /“”/, /\{\w*\}/, /\bundefined\b/, /\bnull\b/, /\bNaN\b/, /:\s*$/, /：$/];

describe("the messages of the findings the engine raises", () => {
  const raised: { source: string; finding: Finding }[] = [];

  beforeAll(async () => {
    const sheets: { source: string; sheet: SheetSnapshot }[] = [{ source: "judge/cases.json", sheet: judgeSheet() }];
    for (const file of files()) {
      try {
        for (const sheet of await readWorkbookBytes(readFileSync(file), file)) sheets.push({ source: file.slice(ROOT.length + 1), sheet });
      } catch (e) {
        if (!isInputError(e)) throw e; // files made to be refused (encrypted, zip bombs, …) raise no findings
      }
    }
    for (const { source, sheet } of sheets) {
      for (const finding of checkSheet(sheet, { asOf: AS_OF }).findings) raised.push({ source, finding });
    }
  }, 60_000);

  it("come from many codes, the sample's and the fixtures' (the test has something to read)", () => {
    const codes = new Set(raised.map((r) => r.finding.code));
    expect([...codes].sort()).toEqual(
      expect.arrayContaining(["table-not-found", "missing-column", "duplicate-column", "cell-error", "component-missing", "component-extra"]),
    );
    expect(codes.size).toBeGreaterThanOrEqual(25);
  });

  it.each(["ja", "en"] as Lang[])("read whole in %s", (lang) => {
    const broken = raised
      .map(({ source, finding }) => ({ source, code: finding.code, cell: finding.cell, message: renderFinding(finding, lang) }))
      .filter(({ message }) => message.trim() === "" || BROKEN.some((re) => re.test(message)));
    expect(broken).toEqual([]);
  });

  it.each([
    ["ja", "「目標」列が2つあります（D1、F1）。最初の列（D1）を使います。"],
    ["en", "The column “Target” appears twice (D1, F1). The first one (D1) is used."],
  ] as [Lang, string][])("name both columns of a duplicate column (%s)", (lang, text) => {
    const duplicate = raised.find((r) => r.source.endsWith("findings.tsv") && r.finding.code === "duplicate-column");
    expect(duplicate && renderFinding(duplicate.finding, lang)).toBe(text);
  });

  // the judge's warnings that leave a KPI unjudged until the sheet is changed say what to change (japanese-style.md)
  it.each(["target-other-year", "change-unit-unclear", "result-not-each", "result-part-of-year", "result-not-cumulative"].flatMap((code) => [[code, "ja"], [code, "en"]]) as [string, Lang][])(
    "%s says what to do next (%s)",
    (code, lang) => {
      const found = raised.find((r) => r.finding.code === code);
      expect(found && renderFindingParts(found.finding, lang).hint).toMatch(/\S/);
    },
  );
});
