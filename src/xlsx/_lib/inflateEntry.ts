import { InputError } from "../../core/InputError";
import type { ZipEntry } from "./readZipDirectory";

/** Compressed bytes handed to the inflater at a time: with deflate's ~1000:1 at most, ~16 MB of output a step. */
const SLICE = 16 * 1024;
/** A gzip member header (deflate, no name, no time) to put before raw deflate data. */
const GZIP_HEADER = new Uint8Array([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff]);

/**
 * A raw-deflate inflater: `deflate-raw` where the platform has it (browsers, Node ≥ 20.12), else `gzip` (Node
 * 20.0–20.11), the data wrapped in a gzip header and a trailer of the CRC-32 and size the zip directory declares —
 * which a gzip inflater checks only after the data, so a part that lies about them is still stopped at its size.
 */
function rawInflater(entry: ZipEntry): { stream: DecompressionStream; head: Uint8Array | null; tail: Uint8Array | null } {
  try {
    return { stream: new DecompressionStream("deflate-raw"), head: null, tail: null };
  } catch {
    const tail = new Uint8Array(8);
    const view = new DataView(tail.buffer);
    view.setUint32(0, entry.crc32, true);
    view.setUint32(4, entry.uncompressedSize % 2 ** 32, true);
    return { stream: new DecompressionStream("gzip"), head: GZIP_HEADER, tail };
  }
}

/**
 * Inflates one zip entry chunk by chunk, never holding more than a chunk: stored entries are yielded as they are,
 * deflated ones through the platform's `DecompressionStream("deflate-raw")` (browsers and Node ≥ 20.12, so the
 * CLI and the browser preview share it). Stops with `InputError("corrupt")` as soon as the output passes the size
 * the directory declared — a zip that lies about its sizes is refused before it can fill the memory. Data the
 * inflater rejects simply ends the chunks: deciding that a part is broken is left to exceljs.
 *
 * @example
 * let n = 0;
 * for await (const chunk of inflateEntry(bytes, entry)) n += chunk.length; // n <= entry.uncompressedSize
 */
export async function* inflateEntry(bytes: Uint8Array, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    yield data;
    return;
  }
  if (entry.method !== 8) return; // JSZip refuses other methods itself
  const inflater = rawInflater(entry);
  const writer = inflater.stream.writable.getWriter();
  const reader = inflater.stream.readable.getReader();
  const feeding = (async () => {
    if (inflater.head) await writer.write(inflater.head as Uint8Array<ArrayBuffer>);
    for (let at = 0; at < data.length; at += SLICE) await writer.write(data.subarray(at, at + SLICE) as Uint8Array<ArrayBuffer>);
    if (inflater.tail) await writer.write(inflater.tail as Uint8Array<ArrayBuffer>);
    await writer.close();
  })().catch(() => undefined); // a rejected write shows up on the reading side too
  let total = 0;
  try {
    for (;;) {
      let step: Awaited<ReturnType<typeof reader.read>>;
      try {
        step = await reader.read();
      } catch {
        return; // not valid deflate data: exceljs will say what is wrong with it
      }
      if (step.done) return;
      total += step.value.length;
      if (total > entry.uncompressedSize) {
        throw new InputError("corrupt", {
          detail: `Corrupted zip: ${entry.name} inflates to more than the ${entry.uncompressedSize} bytes its directory declares`,
        });
      }
      yield step.value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
    await writer.abort().catch(() => undefined);
    await feeding;
  }
}
