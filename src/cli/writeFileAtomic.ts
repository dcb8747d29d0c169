import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes a file atomically: into a temporary file beside it, then renamed over the target, so that an
 * interrupted or failed run never leaves a half-written file (and an existing file stays as it was until the new
 * one is complete). Creates the folder if it does not exist.
 *
 * @example await writeFileAtomic("out/kpi-checked.xlsx", bytes)
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
