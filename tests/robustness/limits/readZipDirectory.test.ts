/**
 * readZipDirectory: the declared sizes of every part of a package, read from the central directory without
 * inflating anything — the same entries JSZip (and so exceljs) would read, or `corrupt` when it cannot be read.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import fc from "fast-check";
import { InputError } from "../../../src/core/InputError";
import { readZipDirectory } from "../../../src/xlsx/_lib/readZipDirectory";
import { minimalWorkbook } from "../_support/minimalWorkbook";
import { readXlsx } from "../../../src/xlsx/readXlsx";
import { writeZip } from "../_support/zip";

const SAMPLE = new Uint8Array(readFileSync(join(__dirname, "../../../assets/sample-kpi.xlsx")));

function detailOf(read: () => unknown): string {
  try {
    read();
  } catch (e) {
    if (e instanceof InputError && e.code === "corrupt") return String(e.params.detail);
    throw e;
  }
  throw new Error("read without an error");
}

const part = fc.record({
  name: fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }),
  data: fc.string({ unit: "binary", maxLength: 300 }),
  store: fc.boolean(),
});

describe("readZipDirectory reads what was written", () => {
  it.each([
    ["a plain zip", {}],
    ["a zip64 zip (sizes and offsets in extra fields)", { zip64: true }],
    ["a zip with an archive comment after the directory", { comment: "written by some tool, 日本語" }],
  ])("%s: every part's name and size", (_, opts) => {
    fc.assert(
      fc.property(fc.uniqueArray(part, { selector: (p) => p.name, maxLength: 8 }), (parts) => {
        const entries = readZipDirectory(writeZip(parts, opts));
        const bytes = (s: string) => new TextEncoder().encode(s).length;
        expect(entries.map((e) => [e.name, e.uncompressedSize, e.method])).toEqual(parts.map((p) => [p.name, bytes(p.data), p.store ? 0 : 8]));
      }),
      { seed: 61, numRuns: 100 },
    );
  });

  it("gives, for a workbook exceljs wrote, sizes that inflating confirms", () => {
    const entries = readZipDirectory(SAMPLE);
    expect(entries.length).toBeGreaterThan(5);
    for (const e of entries) {
      const data = SAMPLE.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
      expect(e.method === 0 ? data.length : inflateRawSync(data).length).toBe(e.uncompressedSize);
    }
  });

  it("reads zip64 packages that exceljs reads too", async () => {
    const zip = minimalWorkbook([{ name: "KPI", body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>年度</t></is></c></row></sheetData>' }]);
    const zip64 = writeZip(readZipDirectory(zip).map((e) => ({ name: e.name, data: inflateRawSync(zip.subarray(e.dataOffset, e.dataOffset + e.compressedSize)) })), { zip64: true });
    expect((await readXlsx(zip64))[0].texts).toEqual([["年度"]]);
  });
});

describe("readZipDirectory refuses a directory it cannot trust, as corrupt", () => {
  const zip = writeZip([{ name: "a.xml", data: "<a/>" }, { name: "b.xml", data: "<b/>" }]);
  const patched = (at: (z: Uint8Array) => number, value: number, width: 2 | 4) => {
    const copy = zip.slice();
    const view = new DataView(copy.buffer);
    if (width === 2) view.setUint16(at(copy), value, true);
    else view.setUint32(at(copy), value, true);
    return copy;
  };
  const eocd = (z: Uint8Array) => z.length - 22;
  it.each<[string, () => Uint8Array, RegExp]>([
    ["not a zip at all", () => new TextEncoder().encode("年度,No\n"), /end of central directory/],
    ["the first half of a zip", () => SAMPLE.subarray(0, SAMPLE.length >> 1), /end of central directory/],
    ["more entries than the directory can hold", () => patched((z) => eocd(z) + 10, 60_000, 2), /claims 60000 entries/],
    ["a directory offset past the end", () => patched((z) => eocd(z) + 16, 0x7fffffff, 4), /outside the file/],
    ["a local header offset that points elsewhere", () => patched((z) => z.length - 22 - 2 * 51 + 42, 3, 4), /local header/],
    ["a compressed size past the end", () => patched((z) => z.length - 22 - 2 * 51 + 20, 0x7fffff, 4), /runs past the end/],
    ["a zip64 marker without zip64 records", () => patched((z) => eocd(z) + 16, 0xffffffff, 4), /zip64/],
  ])("%s", (_, bytes, detail) => {
    const text = detailOf(() => readZipDirectory(bytes()));
    expect(text).toMatch(/^Corrupted zip: /);
    expect(text).toMatch(detail);
  });
});
