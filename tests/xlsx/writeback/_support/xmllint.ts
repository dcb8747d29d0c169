/* The XML parts of a package checked by xmllint (well-formed, namespaces declared), as a test expects them. */
import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { dirname, join } from "path";

/** What xmllint says of the XML parts of a package (`.xml`, `.rels`, `.vml`): nothing if all are well-formed. */
export async function xmllintErrors(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const dir = mkdtempSync(join(tmpdir(), "kpi-xmllint-"));
  try {
    const parts = Object.keys(zip.files).filter((p) => !zip.files[p].dir && /\.(xml|rels|vml)$/.test(p));
    for (const part of parts) {
      mkdirSync(dirname(join(dir, part)), { recursive: true });
      writeFileSync(join(dir, part), await zip.file(part)!.async("uint8array"));
    }
    const run = spawnSync("xmllint", ["--noout", ...parts], { cwd: dir, encoding: "utf8" });
    return run.error ? String(run.error) : `${run.stdout}${run.stderr}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
