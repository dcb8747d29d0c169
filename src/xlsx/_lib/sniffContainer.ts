/**
 * What the first bytes of a file say it is.
 *
 * @example const kind: ContainerKind = "ole-encrypted";
 */
export type ContainerKind = "empty" | "zip" | "ole-encrypted" | "ole" | "other";

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** `EncryptedPackage` as a UTF-16LE directory-entry name, the stream a password-protected OOXML file keeps. */
const ENCRYPTED_PACKAGE = Array.from("EncryptedPackage").flatMap((ch) => [ch.charCodeAt(0), 0]);

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const last = bytes.length - needle.length;
  outer: for (let i = bytes.indexOf(needle[0]); i !== -1 && i <= last; i = bytes.indexOf(needle[0], i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Tells a zip (`PK\x03\x04`, or `PK\x05\x06` for an empty archive) from an OLE compound file (`D0 CF 11 E0 …`),
 * and among OLE files a password-protected OOXML workbook (it holds an `EncryptedPackage` stream) from the rest
 * (an Excel 97–2003 `.xls`).
 *
 * @example sniffContainer(new Uint8Array([0x50, 0x4b, 0x03, 0x04])) // "zip"
 * @example sniffContainer(new Uint8Array(0)) // "empty"
 */
export function sniffContainer(bytes: Uint8Array): ContainerKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return "zip";
  if (startsWith(bytes, OLE_SIGNATURE)) return contains(bytes, ENCRYPTED_PACKAGE) ? "ole-encrypted" : "ole";
  return "other";
}
