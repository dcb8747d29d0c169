import { InputError } from "../../core/InputError";

/**
 * One part of a zip package as its central directory declares it, before anything is inflated.
 *
 * @example { name: "xl/worksheets/sheet1.xml", method: 8, compressedSize: 1804, uncompressedSize: 7961, dataOffset: 1234, crc32: 0x1c291ca3 }
 */
export interface ZipEntry {
  name: string;
  /** Compression method: 0 stored, 8 deflate (the only two JSZip, and so exceljs, reads). */
  method: number;
  compressedSize: number;
  /** The size the directory declares; a crafted zip may lie, so inflating must still stop there. */
  uncompressedSize: number;
  /** Where the compressed data starts (after the local header, its name and its extra field). */
  dataOffset: number;
  /** The CRC-32 the directory declares for the uncompressed data. */
  crc32: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_U32 = 0xffffffff;
const MAX_U16 = 0xffff;

const corrupt = (detail: string): InputError => new InputError("corrupt", { detail: `Corrupted zip: ${detail}` });

/** A little-endian reader that throws `corrupt` instead of reading past the end. */
function reader(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const need = (at: number, n: number) => {
    if (at < 0 || at + n > bytes.length) throw corrupt("a header points outside the file");
  };
  return {
    u16: (at: number) => (need(at, 2), view.getUint16(at, true)),
    u32: (at: number) => (need(at, 4), view.getUint32(at, true)),
    // 2^53 is far beyond any file this reads: a larger value is a lie that the size checks then refuse
    u64: (at: number) => (need(at, 8), view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32),
  };
}

/** The end-of-central-directory record, searched backwards as JSZip does (a comment may follow it). */
function findEndRecord(bytes: Uint8Array, u32: (at: number) => number): number {
  const lowest = Math.max(0, bytes.length - 22 - MAX_U16);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && u32(at) === EOCD) return at;
  }
  throw corrupt("can't find end of central directory");
}

/** The zip64 extra field's sizes and offset, each present only when the 32-bit field holds 0xFFFFFFFF. */
function zip64Extra(
  r: ReturnType<typeof reader>,
  from: number,
  length: number,
  fields: { uncompressed: boolean; compressed: boolean; offset: boolean },
): { uncompressed?: number; compressed?: number; offset?: number } {
  for (let at = from; at + 4 <= from + length; ) {
    const id = r.u16(at);
    const size = r.u16(at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      const take = (wanted: boolean) => (wanted ? ((p += 8), r.u64(p - 8)) : undefined);
      return { uncompressed: take(fields.uncompressed), compressed: take(fields.compressed), offset: take(fields.offset) };
    }
    at += 4 + size;
  }
  throw corrupt("a zip64 size is missing its extra field");
}

/**
 * Reads a zip's central directory (zip64 included) into its entries without inflating anything: the declared sizes
 * of every part, so that a zip bomb is refused before exceljs (JSZip) inflates it. Throws `InputError("corrupt")`
 * (`params.detail` starts with `Corrupted zip:`) when the directory cannot be read, or declares more than
 * `maxEntries` parts (before reading them).
 *
 * @example readZipDirectory(bytes).reduce((n, e) => n + e.uncompressedSize, 0) // bytes once unpacked
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries = Infinity): ZipEntry[] {
  const r = reader(bytes);
  const end = findEndRecord(bytes, r.u32);
  let count = r.u16(end + 10);
  let offset = r.u32(end + 16);
  if (count === MAX_U16 || offset === MAX_U32) {
    const locator = end - 20;
    if (locator < 0 || r.u32(locator) !== ZIP64_LOCATOR) throw corrupt("can't find the zip64 end of central directory");
    const end64 = r.u64(locator + 8);
    if (r.u32(end64) !== ZIP64_EOCD) throw corrupt("can't find the zip64 end of central directory");
    count = r.u64(end64 + 32);
    offset = r.u64(end64 + 48);
  }
  // every directory record takes at least 46 bytes: a larger count is a lie
  if (count * 46 > bytes.length) throw corrupt(`the directory claims ${count} entries`);
  if (count > maxEntries) throw corrupt(`${count} parts in the package (at most ${maxEntries})`);
  const names = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  for (let i = 0, at = offset; i < count; i++) {
    if (r.u32(at) !== CENTRAL) throw corrupt("a central directory record is missing");
    const method = r.u16(at + 10);
    const crc32 = r.u32(at + 16);
    let compressedSize = r.u32(at + 20);
    let uncompressedSize = r.u32(at + 24);
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    let localOffset = r.u32(at + 42);
    if (compressedSize === MAX_U32 || uncompressedSize === MAX_U32 || localOffset === MAX_U32) {
      const big = zip64Extra(r, at + 46 + nameLength, extraLength, {
        uncompressed: uncompressedSize === MAX_U32,
        compressed: compressedSize === MAX_U32,
        offset: localOffset === MAX_U32,
      });
      uncompressedSize = big.uncompressed ?? uncompressedSize;
      compressedSize = big.compressed ?? compressedSize;
      localOffset = big.offset ?? localOffset;
    }
    if (at + 46 + nameLength > bytes.length) throw corrupt("a file name runs past the end");
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (r.u32(localOffset) !== LOCAL) throw corrupt(`the local header of ${name} is missing`);
    const dataOffset = localOffset + 30 + r.u16(localOffset + 26) + r.u16(localOffset + 28);
    if (dataOffset + compressedSize > bytes.length) throw corrupt(`the data of ${name} runs past the end`);
    entries.push({ name, method, compressedSize, uncompressedSize, dataOffset, crc32 });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
