/**
 * Runs LibreOffice headless for the write-back checks: converts a workbook to CSV (every sheet) or PDF with a
 * fresh user profile (so runs never share state or a lock) and a timeout, and reports what LibreOffice said.
 * Used by tests/xlsx/writeback/libreoffice.test.ts and scripts/render-disclosure.ts.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** Where the tests expect LibreOffice. */
export const LIBREOFFICE = "/usr/bin/libreoffice";

/** Whether LibreOffice is installed. */
export function hasLibreOffice(): boolean {
  return existsSync(LIBREOFFICE);
}

/** What one conversion did: the files it wrote, and LibreOffice's output and exit status. */
export interface Conversion {
  files: string[];
  stdout: string;
  stderr: string;
  status: number | null;
  /** Lines of LibreOffice's output that report an error (its harmless javaldx warning left out). */
  errors: string[];
}

/**
 * The CSV filter options exporting every sheet (LibreOffice 7.2+): comma, double quote, UTF-8 (76), first line 1,
 * cell formats as shown, sheet -1 = all sheets into `<name>-<sheet>.csv`.
 */
export const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

/**
 * Converts `file` into `outDir` with a `--convert-to` target (`pdf`, `CSV_ALL_SHEETS`, …).
 *
 * @example convert("/tmp/out.xlsx", "pdf", "/tmp/pdf").files // ["/tmp/pdf/out.pdf"]
 */
export function convert(file: string, target: string, outDir: string, timeoutMs = 120_000): Conversion {
  const profile = mkdtempSync(join(tmpdir(), "kpi-lo-profile-"));
  try {
    const before = new Set(existsSync(outDir) ? readdirSync(outDir) : []);
    const run = spawnSync(
      LIBREOFFICE,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--convert-to", target, "--outdir", outDir, file],
      { encoding: "utf8", timeout: timeoutMs },
    );
    const files = (existsSync(outDir) ? readdirSync(outDir) : []).filter((f) => !before.has(f)).map((f) => join(outDir, f));
    const output = `${run.stdout ?? ""}\n${run.stderr ?? ""}`;
    const errors = output
      .split("\n")
      .filter((l) => /error|fail|exception/i.test(l) && !/javaldx/.test(l));
    if (run.error) errors.push(String(run.error));
    return { files, stdout: run.stdout ?? "", stderr: run.stderr ?? "", status: run.status, errors };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
