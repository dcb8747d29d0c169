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

/** One printed page as {@link printedPages} reads it: its first line of body text, and how full its body is. */
export interface PrintedPage {
  /** The words of the topmost line between the top and bottom margins, joined by a space. */
  firstLine: string;
  /** From the top margin down to the lowest text, as a share of the body's height (0–1). */
  fill: number;
}

/**
 * The pages of a PDF as printed on A4 with Excel's default margins (0.75 in top and bottom; the header and footer
 * print inside them): per page its first body line and its fill, read with `pdftotext -bbox` (poppler-utils).
 *
 * @example printedPages("/tmp/disclosure.pdf")[1] // { firstLine: "2024年度（続き）", fill: 0.94 }
 */
export function printedPages(pdf: string, margin = 54, pageHeight = 842): PrintedPage[] {
  const html = spawnSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }).stdout;
  return html
    .split("<page ")
    .slice(1)
    .map((page) => {
      const words = [...page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)]
        .map((m) => ({ top: Number(m[1]), bottom: Number(m[2]), text: m[3] }))
        .filter((w) => w.top > margin && w.bottom < pageHeight - margin);
      if (words.length === 0) return { firstLine: "", fill: 0 };
      const top = Math.min(...words.map((w) => w.top));
      const bottom = Math.max(...words.map((w) => w.bottom));
      return {
        firstLine: words.filter((w) => w.top < top + 4).map((w) => w.text).join(" "),
        fill: (bottom - margin) / (pageHeight - 2 * margin),
      };
    });
}
