import { InputError } from "../../core/InputError";
import { checkFileSize } from "../checkFileSize";
import { INPUT_LIMITS, type InputLimits } from "./inputLimits";

const SEPARATORS = [0x2c, 0x09, 0x0a]; // comma, tab, line feed

/** Commas, tabs and line feeds in UTF-8 or Shift_JIS bytes: neither has those bytes inside a multi-byte character. */
function countBytes(bytes: Uint8Array): number {
  let count = 0;
  for (const b of SEPARATORS) {
    for (let i = bytes.indexOf(b); i !== -1; i = bytes.indexOf(b, i + 1)) count++;
  }
  return count;
}

/** The same in UTF-16 (after its byte order mark), where only a whole code unit 0x002C, 0x0009 or 0x000A counts. */
function countUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  let count = 0;
  const [low, high] = littleEndian ? [0, 1] : [1, 0];
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    if (bytes[i + high] === 0 && SEPARATORS.includes(bytes[i + low])) count++;
  }
  return count;
}

/**
 * Refuses a delimited-text file that is too large to parse into memory, before parsing it: the file size, then the
 * number of commas, tabs and line feeds (an upper bound of its cells) in UTF-8, Shift_JIS or UTF-16 with a byte
 * order mark. Throws `InputError("file-too-large")` or `InputError("too-many-cells", { count, limit })`.
 *
 * @example checkCsvLimits(new TextEncoder().encode("年度,No\n2023年度,1\n")) // passes (4 separators)
 */
export function checkCsvLimits(bytes: Uint8Array, limits: InputLimits = INPUT_LIMITS): void {
  checkFileSize(bytes, limits);
  const bom = bytes.length >= 2 ? (bytes[0] << 8) | bytes[1] : 0;
  const count = bom === 0xfffe ? countUtf16(bytes, true) : bom === 0xfeff ? countUtf16(bytes, false) : countBytes(bytes);
  if (count > limits.csvCells) throw new InputError("too-many-cells", { count, limit: limits.csvCells });
}
