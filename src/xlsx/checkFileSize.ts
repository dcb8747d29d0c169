import { InputError } from "../core/InputError";
import { INPUT_LIMITS, mebibytes, type InputLimits } from "./_lib/inputLimits";

/**
 * Refuses a file (its bytes, or just its length) larger than `limits.fileBytes` with `InputError("file-too-large", { size, limit })` (in MB,
 * rounded up), before any reader looks inside it.
 *
 * @example checkFileSize(new Uint8Array(10)) // passes
 * @example checkFileSize(new Uint8Array(11), { ...INPUT_LIMITS, fileBytes: 10 }) // throws file-too-large
 */
export function checkFileSize(bytes: { length: number }, limits: InputLimits = INPUT_LIMITS): void {
  if (bytes.length > limits.fileBytes) {
    throw new InputError("file-too-large", { size: mebibytes(bytes.length), limit: mebibytes(limits.fileBytes) });
  }
}
