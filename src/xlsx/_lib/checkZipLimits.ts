import { InputError } from "../../core/InputError";
import { checkFileSize } from "../checkFileSize";
import { definedNameCells } from "./definedNameCells";
import { inflateEntry } from "./inflateEntry";
import { INPUT_LIMITS, mebibytes, type InputLimits } from "./inputLimits";
import { readZipDirectory, type ZipEntry } from "./readZipDirectory";
import { XmlTally } from "./XmlTally";

/** Parts exceljs parses as XML (the rest it keeps as buffers or ignores). */
const XML_PART = /\.(xml|rels|vml)$/i;
/** exceljs's own test for a worksheet part (unanchored, as there). */
const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
const WORKBOOK_PART = "xl/workbook.xml";

/** What `checkZipLimits` measured, for tests and the bench. */
export interface ZipMeasure {
  parts: number;
  unpackedBytes: number;
  xmlElements: number;
}

/** The size a part takes once inflated: a stored part is its data, whatever the directory says. */
const unpackedSize = (e: ZipEntry): number => (e.method === 0 ? Math.max(e.compressedSize, e.uncompressedSize) : e.uncompressedSize);

function decodeUtf8(chunks: Uint8Array[]): string {
  const decoder = new TextDecoder();
  return chunks.map((c, i) => decoder.decode(c, { stream: i < chunks.length - 1 })).join("");
}

async function tallyPart(bytes: Uint8Array, entry: ZipEntry): Promise<number> {
  const xml = XML_PART.test(entry.name);
  const tally = new XmlTally({ merges: WORKSHEET_PART.test(entry.name) });
  const keep: Uint8Array[] | null = entry.name === WORKBOOK_PART ? [] : null;
  for await (const chunk of inflateEntry(bytes, entry)) {
    if (!xml) continue; // still inflated, to the end: exceljs inflates every part
    tally.feed(chunk);
    keep?.push(chunk);
  }
  tally.end();
  const names = keep ? definedNameCells(decodeUtf8(keep)) : 0;
  return tally.elements + tally.mergedCells + names;
}

/**
 * Refuses an `.xlsx` package that would exhaust the memory before exceljs (JSZip) inflates anything: checks the
 * file size, then the central directory's declared sizes (a zip bomb), then inflates each part as a stream —
 * holding one chunk at a time — to catch parts larger than declared and to count the XML elements, merged cells
 * and defined-name cells exceljs would create. Throws `InputError`: `file-too-large`, `unpacked-too-large`,
 * `too-many-cells` (with `{size, limit}` in MB or `{count, limit}`), or `corrupt` for a directory that cannot be read
 * or lies. Resolves to what it measured.
 *
 * @example await checkZipLimits(bytes) // { parts: 10, unpackedBytes: 34363285, xmlElements: 2100123 } or throws
 */
export async function checkZipLimits(bytes: Uint8Array, limits: InputLimits = INPUT_LIMITS): Promise<ZipMeasure> {
  checkFileSize(bytes, limits);
  const entries = readZipDirectory(bytes, limits.zipParts);
  const unpackedBytes = entries.reduce((sum, e) => sum + unpackedSize(e), 0);
  if (unpackedBytes > limits.unpackedBytes) {
    throw new InputError("unpacked-too-large", { size: mebibytes(unpackedBytes), limit: mebibytes(limits.unpackedBytes) });
  }
  let xmlElements = 0;
  for (const entry of entries) {
    xmlElements += await tallyPart(bytes, entry);
    if (xmlElements > limits.xmlElements) {
      throw new InputError("too-many-cells", { count: xmlElements, limit: limits.xmlElements });
    }
  }
  return { parts: entries.length, unpackedBytes, xmlElements };
}
