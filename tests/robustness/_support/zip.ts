/**
 * Zip packages for hostile-workbook tests: read a package's parts, write parts back (deflated or stored), and
 * deflate streams that inflate to gigabytes from a few megabytes (a zip bomb) without ever holding the output.
 */
import { constants, crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { readZipDirectory } from "../../../src/xlsx/_lib/readZipDirectory";

/** One part to write: its bytes, or a ready deflate stream with the size and CRC it inflates to. */
export type ZipPart =
  | { name: string; data: Uint8Array | string; store?: boolean }
  | { name: string; deflated: Uint8Array; size: number; crc: number; declaredSize?: number };

const FIXED_DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

/** The parts of a zip package, inflated (Node only: tests and scripts). */
export function readZipParts(zip: Uint8Array): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  for (const e of readZipDirectory(zip)) {
    const data = zip.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    parts.set(e.name, e.method === 0 ? data : new Uint8Array(inflateRawSync(data)));
  }
  return parts;
}

/**
 * A zip of the given parts with fixed timestamps, so that generated fixtures are byte-for-byte reproducible. With
 * `zip64`, every size and offset goes into zip64 extra fields and records, as writers do for files over 4 GB.
 */
export function writeZip(parts: ZipPart[], opts: { zip64?: boolean; comment?: string } = {}): Uint8Array {
  const zip64 = opts.zip64 ?? false;
  const U32 = 0xffffffff;
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = new TextEncoder().encode(part.name);
    let method: number, body: Uint8Array, size: number, crc: number;
    if ("deflated" in part) {
      [method, body, size, crc] = [8, part.deflated, part.declaredSize ?? part.size, part.crc];
    } else {
      const data = typeof part.data === "string" ? new TextEncoder().encode(part.data) : part.data;
      [size, crc] = [data.length, crc32(data)];
      [method, body] = part.store ? [0, data] : [8, new Uint8Array(deflateRawSync(data))];
    }
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, method, true);
    local.setUint16(12, FIXED_DOS_DATE, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, body.length, true);
    local.setUint32(22, size, true);
    local.setUint16(26, name.length, true);
    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(4, zip64 ? 45 : 20, true);
    cd.setUint16(6, zip64 ? 45 : 20, true);
    cd.setUint16(10, method, true);
    cd.setUint16(14, FIXED_DOS_DATE, true);
    cd.setUint32(16, crc, true);
    cd.setUint32(20, zip64 ? U32 : body.length, true);
    cd.setUint32(24, zip64 ? U32 : size, true);
    cd.setUint16(28, name.length, true);
    cd.setUint32(42, zip64 ? U32 : offset, true);
    const extra = new DataView(new ArrayBuffer(zip64 ? 28 : 0));
    if (zip64) {
      cd.setUint16(30, 28, true);
      extra.setUint16(0, 0x0001, true);
      extra.setUint16(2, 24, true);
      extra.setBigUint64(4, BigInt(size), true);
      extra.setBigUint64(12, BigInt(body.length), true);
      extra.setBigUint64(20, BigInt(offset), true);
    }
    chunks.push(new Uint8Array(local.buffer), name, body);
    central.push(new Uint8Array(cd.buffer), name, new Uint8Array(extra.buffer));
    offset += 30 + name.length + body.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const records: Uint8Array[] = [];
  if (zip64) {
    const end64 = new DataView(new ArrayBuffer(56));
    end64.setUint32(0, 0x06064b50, true);
    end64.setBigUint64(4, 44n, true);
    end64.setUint16(12, 45, true);
    end64.setUint16(14, 45, true);
    end64.setBigUint64(24, BigInt(parts.length), true);
    end64.setBigUint64(32, BigInt(parts.length), true);
    end64.setBigUint64(40, BigInt(cdSize), true);
    end64.setBigUint64(48, BigInt(offset), true);
    const locator = new DataView(new ArrayBuffer(20));
    locator.setUint32(0, 0x07064b50, true);
    locator.setBigUint64(8, BigInt(offset + cdSize), true);
    locator.setUint32(16, 1, true);
    records.push(new Uint8Array(end64.buffer), new Uint8Array(locator.buffer));
  }
  const comment = new TextEncoder().encode(opts.comment ?? "");
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, zip64 ? 0xffff : parts.length, true);
  end.setUint16(10, zip64 ? 0xffff : parts.length, true);
  end.setUint32(12, zip64 ? U32 : cdSize, true);
  end.setUint32(16, zip64 ? U32 : offset, true);
  end.setUint16(20, comment.length, true);
  return new Uint8Array(Buffer.concat([...chunks, ...central, ...records, new Uint8Array(end.buffer), comment]));
}

/**
 * A raw deflate stream of `head`, then `body` repeated `times`, then `tail`, built by repeating one fully-flushed
 * compressed block: 1 MiB of repetitive XML compresses to ~1 KB, so 2 GiB of output costs ~2 MB and no memory.
 * Returns the stream with the size and CRC-32 of what it inflates to.
 */
export function bombStream(head: string, body: string, times: number, tail: string): { deflated: Uint8Array; size: number; crc: number } {
  const enc = (s: string) => new TextEncoder().encode(s);
  const flushed = (data: Uint8Array) => new Uint8Array(deflateRawSync(data, { level: 9, finishFlush: constants.Z_FULL_FLUSH }));
  const [h, b, t] = [enc(head), enc(body), enc(tail)];
  const block = flushed(b);
  let crc = crc32(h);
  for (let i = 0; i < times; i++) crc = crc32(b, crc);
  crc = crc32(t, crc);
  const parts = [flushed(h), ...Array.from({ length: times }, () => block), new Uint8Array(deflateRawSync(t))];
  return { deflated: new Uint8Array(Buffer.concat(parts)), size: h.length + b.length * times + t.length, crc };
}
