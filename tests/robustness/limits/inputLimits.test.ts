/**
 * The input limits (README "Limits"): each one refuses its hostile file with its own InputError before exceljs or
 * the CSV parser holds the file's contents, and lets real workbooks through.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import fc from "fast-check";
import { INPUT_ERROR_MESSAGES, inputErrorMessage } from "../../../src/i18n/inputErrors";
import { InputError, type InputErrorCode } from "../../../src/core/InputError";
import { checkCsvLimits } from "../../../src/xlsx/_lib/checkCsvLimits";
import { checkZipLimits } from "../../../src/xlsx/_lib/checkZipLimits";
import { definedNameCells } from "../../../src/xlsx/_lib/definedNameCells";
import { rangeArea } from "../../../src/xlsx/_lib/rangeArea";
import { INPUT_LIMITS } from "../../../src/xlsx/_lib/inputLimits";
import { readZipDirectory } from "../../../src/xlsx/_lib/readZipDirectory";
import { readWorkbookBytes } from "../../../src/xlsx/readWorkbookBytes";
import { readXlsx } from "../../../src/xlsx/readXlsx";
import { minimalWorkbook } from "../_support/minimalWorkbook";
import { bombStream } from "../_support/zip";

const FILES = join(__dirname, "../../fixtures/files");
const SAMPLE = new Uint8Array(readFileSync(join(__dirname, "../../../assets/sample-kpi.xlsx")));
const HEADER = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>年度</t></is></c><c r="B1" t="inlineStr"><is><t>No</t></is></c></row></sheetData>';

async function refusal(read: () => Promise<unknown> | unknown): Promise<InputError> {
  try {
    await read();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("read without an error");
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await run();
  return [value, performance.now() - started];
}

describe("a zip bomb is refused from its directory, before anything is inflated", () => {
  // white space between elements, as the classic bomb's zeros: deflate's best ratio (~1000:1)
  const bomb = bombStream('<?xml version="1.0"?><worksheet><sheetData>', " ".repeat(1 << 20), 2048, "</sheetData></worksheet>");

  it("a 2 GiB sheet in a few megabytes is refused as unpacked-too-large within a second", async () => {
    const zip = minimalWorkbook([{ name: "KPI", body: { name: "", ...bomb } }]);
    expect(zip.length).toBeLessThan(3 * 1024 * 1024);
    const [err, ms] = await timed(() => refusal(() => readXlsx(zip)));
    expect(err.code).toBe("unpacked-too-large");
    const declared = readZipDirectory(zip).reduce((n, e) => n + e.uncompressedSize, 0);
    expect(declared).toBeGreaterThan(2 ** 31);
    expect(err.params).toEqual({ size: Math.ceil(declared / 2 ** 20), limit: 300 });
    expect(ms).toBeLessThan(1000);
  });

  it("a bomb whose directory lies about its size is refused as corrupt once it inflates past the lie", async () => {
    const zip = minimalWorkbook([{ name: "KPI", body: { name: "", ...bomb, declaredSize: 4096 } }]);
    const [err, ms] = await timed(() => refusal(() => readXlsx(zip)));
    expect(err.code).toBe("corrupt");
    expect(err.params.detail).toMatch(/xl\/worksheets\/sheet1\.xml inflates to more than the 4096 bytes/);
    expect(ms).toBeLessThan(2000);
  });
});

describe("each limit refuses its file with its code", () => {
  const small = { ...INPUT_LIMITS, fileBytes: 100_000, unpackedBytes: 50_000, zipParts: 8, xmlElements: 1000 };
  const cells = (n: number) => `<sheetData><row r="1">${'<c r="A1"><v>1</v></c>'.repeat(n)}</row></sheetData>`;

  it.each<[string, () => Uint8Array, InputErrorCode, Record<string, unknown>]>([
    ["a file over the size limit", () => new Uint8Array(100_001).fill(0x50), "file-too-large", { size: 1, limit: 1 }],
    ["parts that unpack past the limit", () => minimalWorkbook([{ name: "KPI", body: `${HEADER}<!--${" ".repeat(60_000)}-->` }]), "unpacked-too-large", { size: 1, limit: 1 }],
    ["more XML elements than the limit", () => minimalWorkbook([{ name: "KPI", body: cells(600) }]), "too-many-cells", { limit: 1000 }],
    ["a merge that covers more cells than the limit", () => minimalWorkbook([{ name: "KPI", body: `${HEADER}<mergeCells count="1"><mergeCell ref="C3:D600"/></mergeCells>` }]), "too-many-cells", { limit: 1000 }],
    [
      "a defined name that covers more cells than the limit",
      () => minimalWorkbook([{ name: "KPI", body: HEADER }], { workbookExtra: '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">KPI!$A$1:$B$600</definedName></definedNames>' }),
      "too-many-cells",
      { limit: 1000 },
    ],
    ["more parts than the limit", () => minimalWorkbook([{ name: "KPI", body: HEADER }], { parts: Array.from({ length: 4 }, (_, i) => ({ name: `x/${i}.bin`, data: "" })) }), "corrupt", { detail: "Corrupted zip: 9 parts in the package (at most 8)" }],
  ])("%s → %s", async (_, zip, code, params) => {
    const err = await refusal(() => checkZipLimits(zip(), small));
    expect(err.code).toBe(code);
    expect(err.params).toMatchObject(params);
  });

  it("too-many-cells gives the count it reached", async () => {
    const err = await refusal(() => checkZipLimits(minimalWorkbook([{ name: "KPI", body: cells(600) }]), small));
    expect(err.params.count).toBeGreaterThan(1000);
  });

  it("measures a real workbook: its elements, merged cells and named cells, as whole-text counts find them", async () => {
    const parts = readZipDirectory(SAMPLE)
      .filter((e) => /\.(xml|rels|vml)$/.test(e.name))
      .map((e) => [e.name, new TextDecoder().decode(inflateRawSync(SAMPLE.subarray(e.dataOffset, e.dataOffset + e.compressedSize)))]);
    const elements = parts.reduce((n, [, xml]) => n + (xml.match(/<(?![/?!])/g) ?? []).length, 0);
    const merged = parts
      .filter(([name]) => name.startsWith("xl/worksheets/sheet"))
      .flatMap(([, xml]) => [...xml.matchAll(/<mergeCell ref="([^"]+)"/g)].map((m) => rangeArea(m[1])))
      .reduce((a, b) => a + b, 0);
    const named = definedNameCells(parts.find(([name]) => name === "xl/workbook.xml")![1]);
    expect(merged).toBeGreaterThan(0); // the sample's website sheet has merged cells
    const measure = await checkZipLimits(SAMPLE);
    expect(measure.xmlElements).toBe(elements + merged + named);
    expect(measure.parts).toBe(readZipDirectory(SAMPLE).length);
  });
});

describe("the used blocks of the sheets are limited before the snapshots are built", () => {
  /** A sheet with 年度 in A1 and one more cell far away (`cell` is its XML). */
  const far = (ref: string, cell: string) =>
    `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>年度</t></is></c></row><row r="${ref.replace(/^[A-Z]+/, "")}">${cell}</row></sheetData>`;

  it("a stray value in XFD1048576 is refused, naming the sheet and its used range", async () => {
    const err = await refusal(() => readXlsx(minimalWorkbook([{ name: "KPI", body: far("XFD1048576", '<c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>') }])));
    expect(err.code).toBe("sheet-too-large");
    expect(err.params).toEqual({ sheet: "KPI", range: "A1:XFD1048576", count: 16384 * 1048576, limit: INPUT_LIMITS.sheetCells });
  });

  it("a cell there that is only formatted does not count (the snapshot leaves it out too)", async () => {
    const [sheet] = await readXlsx(minimalWorkbook([{ name: "KPI", body: far("XFD1048576", '<c r="XFD1048576" s="0"/>') }]));
    expect(sheet.texts).toEqual([["年度"]]);
  });

  it("the limit is over all sheets together: the sheet that passes it is named", async () => {
    const tall = far("C1000000", '<c r="C1000000"><v>1</v></c>'); // 3 million cells each, 6 million together
    const err = await refusal(() => readXlsx(minimalWorkbook([{ name: "A", body: tall }, { name: "B", body: tall }])));
    expect(err.params).toMatchObject({ sheet: "B", range: "A1:C1000000", count: 3_000_000 });
  });
});

describe("a .csv is limited by its size and separators before it is parsed", () => {
  const csv = (n: number) => new TextEncoder().encode("a,".repeat(n));

  it.each([
    ["exactly the limit of separators passes", INPUT_LIMITS.csvCells, undefined],
    ["one more is refused", INPUT_LIMITS.csvCells + 1, "too-many-cells"],
  ])("%s", async (_, n, code) => {
    const read = () => checkCsvLimits(csv(n));
    if (code === undefined) expect(read).not.toThrow();
    else expect((await refusal(read)).params).toEqual({ count: n, limit: INPUT_LIMITS.csvCells });
  });

  const countIn = async (bytes: Uint8Array) => (await refusal(() => checkCsvLimits(bytes, { ...INPUT_LIMITS, csvCells: -1 }))).params.count;

  it("counts the same separators in a file saved as UTF-8 and as Shift_JIS", async () => {
    const utf8 = await countIn(readFileSync(join(FILES, "kpi-utf8.csv")));
    expect(utf8).toBeGreaterThan(10);
    expect(await countIn(readFileSync(join(FILES, "kpi-sjis.csv")))).toBe(utf8);
  });

  it("counts each comma, tab and line feed of any text once, in UTF-8 and in UTF-16 (LE and BE, with their BOM)", async () => {
    const utf16le = (s: string) => new Uint8Array(Buffer.from(`\ufeff${s}`, "utf16le"));
    const utf16be = (s: string) => utf16le(s).map((_, i, b) => b[i ^ 1]);
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme" }), fc.array(fc.constantFrom(",", "\t", "\n", "\r\n", "年度", "ｶﾅ", "😀", "\u4e2c", "\u0a2c", "\u{1b000}")), async (text, seps) => {
        const s = text + seps.join("");
        const expected = (s.match(/[,\t\n]/g) ?? []).length;
        const counts = [await countIn(new TextEncoder().encode(s)), await countIn(utf16le(s)), await countIn(utf16be(s))];
        expect(counts).toEqual([expected, expected, expected]);
      }),
      { seed: 3, numRuns: 300 },
    );
  });

  it("readWorkbookBytes applies it to .csv files", async () => {
    expect((await refusal(() => readWorkbookBytes(csv(INPUT_LIMITS.csvCells + 1), "kpi.csv"))).code).toBe("too-many-cells");
  });
});

describe("messages of the limit errors", () => {
  const params = { size: 2048, limit: 1_000_000, count: 17179869184, sheet: "KPI", range: "A1:XFD1048576" };
  const codes: InputErrorCode[] = ["file-too-large", "unpacked-too-large", "too-many-cells", "sheet-too-large"];

  it.each(codes.flatMap((code) => (["ja", "en"] as const).map((lang) => [code, lang] as const)))("%s in %s is one line with its params", (code, lang) => {
    const text = inputErrorMessage(new InputError(code, params), lang);
    expect(text).not.toMatch(/[{}\n]|undefined/);
    for (const [, name] of INPUT_ERROR_MESSAGES[lang][code].matchAll(/\{(\w+)\}/g)) {
      const v = params[name as keyof typeof params];
      expect(text).toContain(typeof v === "number" && v >= 10_000 ? v.toLocaleString("en-US") : String(v));
    }
  });

  it.each([
    ["ja", "セルが多すぎて読み取れません（約1,900,455個、上限1,000,000個）。KPIの表だけを新しいブックにコピーして保存してください。"],
    ["en", "The file has too many cells to read (about 1,900,455; the limit is 1,000,000). Copy the KPI table into a new workbook and save it."],
  ] as const)("write large counts with thousands separators (%s)", (lang, text) => {
    expect(inputErrorMessage(new InputError("too-many-cells", { count: 1_900_455, limit: 1_000_000 }), lang)).toBe(text);
  });
});
