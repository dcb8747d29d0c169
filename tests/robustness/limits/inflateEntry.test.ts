/**
 * inflateEntry: a zip part inflated chunk by chunk, which stops — with `corrupt` — as soon as the part passes the
 * size its directory declares, and leaves data the inflater rejects to exceljs.
 */
import { deflateRawSync } from "node:zlib";
import { InputError } from "../../../src/core/InputError";
import { inflateEntry } from "../../../src/xlsx/_lib/inflateEntry";
import { readZipDirectory, type ZipEntry } from "../../../src/xlsx/_lib/readZipDirectory";
import { bombStream, writeZip } from "../_support/zip";

const TEXT = "お客様アンケート 回答数:200件 → 208件\n".repeat(5000);
const BYTES = new TextEncoder().encode(TEXT);

async function inflated(zip: Uint8Array, entry: ZipEntry): Promise<{ bytes: Uint8Array; chunks: number }> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of inflateEntry(zip, entry)) chunks.push(chunk);
  return { bytes: new Uint8Array(Buffer.concat(chunks)), chunks: chunks.length };
}

const only = (zip: Uint8Array) => [zip, readZipDirectory(zip)[0]] as const;

describe("inflateEntry", () => {
  it.each([
    ["a deflated part", false],
    ["a stored part", true],
  ])("yields %s's bytes exactly", async (_, store) => {
    const [zip, entry] = only(writeZip([{ name: "a.xml", data: BYTES, store }]));
    expect((await inflated(zip, entry)).bytes).toEqual(BYTES);
  });

  it("yields a 2 GiB part's head in chunks, and stops past its declared size without inflating the rest", async () => {
    const bomb = bombStream("<sheetData>", " ".repeat(1 << 20), 2048, "</sheetData>");
    const [zip, entry] = only(writeZip([{ name: "xl/worksheets/sheet1.xml", ...bomb, declaredSize: 3 << 20 }]));
    let seen = 0;
    const started = performance.now();
    await expect(
      (async () => {
        for await (const chunk of inflateEntry(zip, entry)) seen += chunk.length;
      })(),
    ).rejects.toEqual(new InputError("corrupt"));
    expect(seen).toBeLessThanOrEqual(3 << 20);
    expect(seen).toBeGreaterThan(2 << 20);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("says which part lied, and by how much it was declared", async () => {
    const [zip, entry] = only(writeZip([{ name: "xl/sharedStrings.xml", deflated: new Uint8Array(deflateRawSync(BYTES)), size: BYTES.length, crc: 0, declaredSize: 100 }]));
    const err = await inflated(zip, entry).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).params.detail).toBe("Corrupted zip: xl/sharedStrings.xml inflates to more than the 100 bytes its directory declares");
  });

  it("ends quietly on data that is not deflate (exceljs says what is wrong with it)", async () => {
    const [zip, entry] = only(writeZip([{ name: "a.xml", deflated: new TextEncoder().encode("not deflate at all, just text"), size: 10, crc: 0 }]));
    await expect(inflated(zip, entry)).resolves.toBeDefined();
  });

  it("works where the platform has no deflate-raw (Node 20.0–20.11): the same bytes, through gzip", async () => {
    const original = globalThis.DecompressionStream;
    class NoRaw extends original {
      constructor(format: CompressionFormat) {
        if (format === "deflate-raw") throw new TypeError("The provided value 'deflate-raw' is not a valid enum value");
        super(format);
      }
    }
    globalThis.DecompressionStream = NoRaw;
    try {
      const [zip, entry] = only(writeZip([{ name: "a.xml", data: BYTES }]));
      expect((await inflated(zip, entry)).bytes).toEqual(BYTES);
      const bomb = bombStream("<sheetData>", " ".repeat(1 << 20), 64, "</sheetData>");
      const [lying, part] = only(writeZip([{ name: "xl/worksheets/sheet1.xml", ...bomb, declaredSize: 1 << 20 }]));
      await expect(inflated(lying, part)).rejects.toEqual(new InputError("corrupt"));
    } finally {
      globalThis.DecompressionStream = original;
    }
  });
});
