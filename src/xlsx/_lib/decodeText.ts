import { InputError } from "../../core/InputError";

const startsWith = (bytes: Uint8Array, ...prefix: number[]): boolean => prefix.every((b, i) => bytes[i] === b);

function decode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes a text file the way Excel on Japanese Windows produces them: UTF-8 with or without BOM, UTF-16 with a
 * BOM (Excel's "Unicode text"), or Shift_JIS (Windows-31J, Excel's "CSV"), tried in that order. Throws
 * `InputError("binary-csv")` for NUL bytes or bytes that are valid in none of them.
 *
 * @example decodeText(new Uint8Array([0x82, 0xa0])) // "あ" (Shift_JIS)
 * @example decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // "a"
 */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, 0xff, 0xfe)) return decodeOrThrow("utf-16le", bytes.subarray(2));
  if (startsWith(bytes, 0xfe, 0xff)) return decodeOrThrow("utf-16be", bytes.subarray(2));
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError("binary-csv", { reason: "nul", offset: nul });
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return decodeOrThrow("utf-8", bytes.subarray(3));
  const text = decode("utf-8", bytes) ?? decode("shift_jis", bytes);
  if (text === undefined) throw new InputError("binary-csv", { reason: "encoding" });
  return text;
}

function decodeOrThrow(encoding: string, bytes: Uint8Array): string {
  const text = decode(encoding, bytes);
  if (text === undefined) throw new InputError("binary-csv", { reason: "encoding" });
  return text;
}
