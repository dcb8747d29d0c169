/**
 * XmlTally counts, in XML streamed in chunks, the elements and merged cells exceljs would create — the same counts
 * however the stream is cut, equal to counting over the whole text at once.
 */
import fc from "fast-check";
import { InputError } from "../../../src/core/InputError";
import { XmlTally } from "../../../src/xlsx/_lib/XmlTally";
import { definedNameCells } from "../../../src/xlsx/_lib/definedNameCells";
import { rangeArea } from "../../../src/xlsx/_lib/rangeArea";

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Counts over the whole text with regular expressions: the oracle the streaming count must agree with. */
function oracle(xml: string): { elements: number; mergedCells: number } {
  const elements = (xml.match(/<(?![/?!])/g) ?? []).length;
  let mergedCells = 0;
  for (const [, tag] of xml.matchAll(/<mergeCell([\s/>][^>]*)>/g)) {
    const ref = /\sref\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(tag);
    if (ref) mergedCells += rangeArea(ref[1] ?? ref[2]);
  }
  return { elements, mergedCells };
}

function tally(chunks: Uint8Array[], merges = true): { elements: number; mergedCells: number } {
  const t = new XmlTally({ merges });
  chunks.forEach((c) => t.feed(c));
  t.end();
  return { elements: t.elements, mergedCells: t.mergedCells };
}

/** Splits bytes at the given cut points (any byte, also inside a multi-byte character or a tag). */
function cut(bytes: Uint8Array, points: number[]): Uint8Array[] {
  const at = [...new Set(points.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  return [...at, bytes.length].map((end, i) => bytes.subarray(i === 0 ? 0 : at[i - 1], end));
}

const piece = fc.constantFrom(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
  "<!-- a comment <c> -->",
  '<sheetData><row r="1">',
  '<c r="A1" t="s"><v>0</v></c>',
  '<c r="B1"/>',
  "<c\n r='C1'>",
  "</row></sheetData>",
  '<mergeCells count="2">',
  '<mergeCell ref="A1:C2"/>',
  "<mergeCell ref='$B$3:$B$1048576'/>",
  '<mergeCell\tref="D4"></mergeCell>',
  '<mergeCell s="1"  ref="XFD1:A1"/>',
  "<mergeCell/>",
  "</mergeCells>",
  "<x:c/>",
  "自動車:60.0pt 火新:70.0pt",
  "&lt;c&gt;",
  " ",
);
const xml = fc.array(piece, { maxLength: 40 }).map((p) => p.join(""));

describe("XmlTally", () => {
  it("counts what a count over the whole text counts, however the stream is cut", () => {
    fc.assert(
      fc.property(xml, fc.array(fc.nat(), { maxLength: 12 }), (text, points) => {
        expect(tally(cut(utf8(text), points))).toEqual(oracle(text));
      }),
      { seed: 7, numRuns: 2000 },
    );
  });

  it("cut into single bytes, still counts the same", () => {
    const text = '<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="C3:C5"/></mergeCells><c r="A1"><v>1</v></c>';
    const bytes = utf8(text);
    expect(tally(Array.from(bytes, (_, i) => bytes.subarray(i, i + 1)))).toEqual(oracle(text));
    expect(oracle(text)).toEqual({ elements: 5, mergedCells: 7 });
  });

  it("counts merged cells only when asked (worksheets)", () => {
    expect(tally([utf8('<mergeCell ref="A1:B2"/>')], false)).toEqual({ elements: 1, mergedCells: 0 });
  });

  it("refuses a <mergeCell> tag that never ends, instead of carrying it forever", () => {
    const t = new XmlTally({ merges: true });
    expect(() => {
      t.feed(utf8('<mergeCell ref="A1:B2" '));
      for (let i = 0; i < 10; i++) t.feed(utf8(" x".repeat(500)));
    }).toThrow(InputError);
  });

  it("counts 30 MB of sheet XML in 64 KB chunks in well under a few seconds", () => {
    const row = '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1"><v>2</v></c></row>';
    const bytes = utf8(row.repeat(Math.ceil(30e6 / row.length)));
    const chunks = Array.from({ length: Math.ceil(bytes.length / 65536) }, (_, i) => bytes.subarray(i * 65536, (i + 1) * 65536));
    const started = performance.now();
    expect(tally(chunks).elements).toBe(5 * Math.ceil(30e6 / row.length));
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe("rangeArea: the cells exceljs creates for a range, without clamping to the grid", () => {
  it.each([
    ["A1", 1],
    ["A1:C2", 6],
    ["C2:A1", 6],
    ["$B$3:$B$1048576", 1048574],
    ["A1:XFD1048576", 16384 * 1048576],
    ["A1:A99999999", 99999999],
    ["A1:AAAA1", 18279],
    ["$A:$A", 0],
    ["KPI", 0],
    ["A1:B2:C3", 0],
    ["", 0],
  ])("%s → %d", (ref, area) => {
    expect(rangeArea(ref)).toBe(area);
  });
});

describe("definedNameCells: the cells exceljs expands defined names into", () => {
  const wb = (...names: string[]) => `<workbook><sheets/><definedNames>${names.join("")}</definedNames></workbook>`;
  it.each([
    ["no names", 0, wb()],
    ["a filter range over a table", 200, wb('<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">KPI!$A$1:$H$25</definedName>')],
    ["a name over whole columns written as A1 ranges", 5 * 1048576, wb('<definedName name="data">KPI!$A$1:$E$1048576</definedName>')],
    ["whole-column references (exceljs does not expand them)", 0, wb('<definedName name="cols">KPI!$A:$E</definedName>')],
    ["several ranges and quoted sheet names", 14, wb("<definedName name='x'>&apos;KPI 2024&apos;!$A$1:$A$10,KPI!$B$2:$C$3</definedName>")],
    [
      "print areas and titles (turned into page setup, not expanded)",
      0,
      wb(
        '<definedName name="_xlnm.Print_Area" localSheetId="0">KPI!$A$1:$XFD$1048576</definedName>',
        '<definedName name="_xlnm.Print_Titles" localSheetId="0">KPI!$1:$1</definedName>',
      ),
    ],
    ["a formula", 0, wb('<definedName name="n">OFFSET(KPI!$A$1,0,0,COUNTA(KPI!$A:$A),8)</definedName>')],
  ])("%s → %d", (_, cells, workbookXml) => {
    expect(definedNameCells(workbookXml)).toBe(cells);
  });
});
