/**
 * `kpi-check` as a child process, as users run it (`node bin/kpi-check.js`), with the V8 heap capped so that a
 * reader that would exhaust the memory fails the test instead of the machine, and its wall time and peak memory
 * measured.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "../../..");
const BIN = join(ROOT, "bin/kpi-check.js");
const PRELOAD = join(__dirname, "recordPeakMemory.cjs");
/** The V8 heap the CLI may use in these tests: "well under 2 GB" made a hard limit. */
export const HEAP_LIMIT_MB = 1024;

/** What one run of the command did. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident set size of the process, in MB. */
  peakMb: number;
  signal: NodeJS.Signals | null;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/ (`npm run build:cli`) unless it is newer than every source file it is built from. */
export function ensureCliBuilt(): void {
  const built = (() => {
    try {
      return statSync(join(ROOT, "dist/cli/main.js")).mtimeMs;
    } catch {
      return 0;
    }
  })();
  const sources = Math.max(...["src/core", "src/i18n", "src/xlsx", "src/cli"].map((d) => newestMtime(join(ROOT, d))));
  if (sources > built) execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.cli.json")], { stdio: "ignore" });
}

/** Runs `node bin/kpi-check.js ...args` with the heap capped, killed after `timeoutMs`. */
export function runCli(args: string[], timeoutMs = 60_000): CliRun {
  const dir = mkdtempSync(join(tmpdir(), "kpi-check-rss-"));
  const rssFile = join(dir, "rss");
  const started = performance.now();
  const child = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_LIMIT_MB}`, "-r", PRELOAD, BIN, ...args], {
    encoding: "utf8",
    timeout: timeoutMs,
    maxBuffer: 1 << 30,
    env: { ...process.env, KPI_CHECK_PEAK_RSS_FILE: rssFile, KPI_CHECK_DEBUG: "" },
  });
  const ms = performance.now() - started;
  let peakMb = NaN;
  try {
    peakMb = Number(readFileSync(rssFile, "utf8")) / 1024;
  } catch {
    // killed before it could write
  }
  rmSync(dir, { recursive: true, force: true });
  return { status: child.status, stdout: child.stdout ?? "", stderr: child.stderr ?? "", ms, peakMb, signal: child.signal };
}
