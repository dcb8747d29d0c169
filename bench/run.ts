/**
 * `npm run bench`: the project's performance record. Prints a table, writes bench/results.json, and compares each
 * figure with bench/budgets.json — a figure over budget is printed loudly (this is not a test: machines are noisy).
 * `npx tsx bench/run.ts GROUP…` runs only the named groups (engine, realistic, cli, writeback, syncs, bundle, pane, install)
 * and updates their figures in results.json; engine, realistic and cli need `npm run build:cli` first, bundle and pane
 * `npm run build`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import type * as CheckSheetModule from "../src/core/checkSheet";
import type * as SnapshotModule from "../src/core/snapshotFromRows";
import { generateKpiRows, HEADER } from "./_lib/generateKpiRows";


type Figures = Record<string, number>;
const ROOT = join(__dirname, "..");
const AS_OF = "2026-11-29";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The engine as shipped: the tsc build in dist/ (npm run bench builds it first), not tsx's on-the-fly transform. */
function shippedEngine(): { checkSheet: typeof CheckSheetModule.checkSheet; snapshotFromRows: typeof SnapshotModule.snapshotFromRows } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { checkSheet } = require("../dist/core/checkSheet") as typeof CheckSheetModule;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { snapshotFromRows } = require("../dist/core/snapshotFromRows") as typeof SnapshotModule;
  return { checkSheet, snapshotFromRows };
}

/** The median time of the shipped engine checking `n` generated KPI rows, after a warm-up run. */
function engineMs(n: number, runs: number): number {
  const { checkSheet, snapshotFromRows } = shippedEngine();
  const snapshot = snapshotFromRows("KPI", [HEADER, ...generateKpiRows(n)]);
  checkSheet(snapshot, { asOf: AS_OF }); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    checkSheet(snapshot, { asOf: AS_OF });
    times.push(performance.now() - t0);
  }
  return median(times);
}

function benchEngine(figures: Figures): void {
  for (const n of [1_000, 10_000, 100_000]) {
    const ms = engineMs(n, 5);
    figures[`engine.${n}.ms`] = round(ms);
    figures[`engine.${n}.usPerRow`] = round((ms * 1000) / n);
  }
  figures["engine.growth.1k_to_10k"] = round(figures["engine.10000.ms"] / figures["engine.1000.ms"]);
  figures["engine.growth.10k_to_100k"] = round(figures["engine.100000.ms"] / figures["engine.10000.ms"]);
}

async function benchCli(figures: Figures): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "kpi-bench-"));
  try {
    const file = join(dir, "kpi-10000.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("KPI");
    ws.addRows([HEADER, ...generateKpiRows(10_000)]);
    await wb.xlsx.writeFile(file);
    const t0 = performance.now();
    const run = spawnSync(
      process.execPath,
      ["-r", join(__dirname, "_lib/maxrss.js"), join(ROOT, "bin/kpi-check.js"), file, "--json", "--as-of", AS_OF],
      { encoding: "utf8", maxBuffer: 1 << 30 },
    );
    figures["cli.10000.wallMs"] = round(performance.now() - t0);
    const rss = /KPI_BENCH_MAXRSS_KB=(\d+)/.exec(run.stderr);
    figures["cli.10000.peakMB"] = rss ? round(Number(rss[1]) / 1024) : NaN;
    if (run.status !== 0 && run.status !== 1) throw new Error(`kpi-check failed: ${run.stderr}`);
    figures["cli.10000.kpis"] = JSON.parse(run.stdout).summary.kpis;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The realistic figure (architecture.md: real workbooks hold tens to a few thousand KPIs): a workbook of 300 KPIs
 * (30 per year over ten years), checked by the whole CLI run a user makes — read, check, JSON report, the checked
 * copy (`--out`) and the website HTML (`--html`) — median of three runs in a fresh process each; and the engine
 * alone on it. A change made for speed states its gain here, not only on the 100,000-row stress figure.
 */
async function benchRealistic(figures: Figures): Promise<void> {
  const n = 300;
  const dir = mkdtempSync(join(tmpdir(), "kpi-bench-"));
  try {
    const file = join(dir, `kpi-${n}.xlsx`);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("KPI").addRows([HEADER, ...generateKpiRows(n)]);
    await wb.xlsx.writeFile(file);
    const walls: number[] = [];
    const rss: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const run = spawnSync(
        process.execPath,
        ["-r", join(__dirname, "_lib/maxrss.js"), join(ROOT, "bin/kpi-check.js"), file, "--json", "--as-of", AS_OF,
          "--out", join(dir, "checked.xlsx"), "--html", join(dir, "kpi.html")],
        { encoding: "utf8", maxBuffer: 1 << 28 },
      );
      walls.push(performance.now() - t0);
      if (run.status !== 0 && run.status !== 1) throw new Error(`kpi-check failed: ${run.stderr}`);
      const kb = /KPI_BENCH_MAXRSS_KB=(\d+)/.exec(run.stderr);
      if (kb) rss.push(Number(kb[1]) / 1024);
    }
    figures[`cli.realistic.${n}.wallMs`] = round(median(walls));
    figures[`cli.realistic.${n}.peakMB`] = rss.length ? round(Math.max(...rss)) : NaN;
    figures[`engine.realistic.${n}.ms`] = round(engineMs(n, 9));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs a benchmark script in a process of its own (own peak memory) and returns the JSON it prints (the whole
 * output, or its last line), or undefined after saying loudly that it failed.
 */
function childJson<T>(script: string, args: string[] = []): T | undefined {
  const run = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, script), ...args], {
    encoding: "utf8",
    cwd: ROOT,
    maxBuffer: 1 << 26,
  });
  const out = run.stdout.trim();
  const text = out.startsWith("{") && out.endsWith("}") ? out : out.split("\n").reverse().find((l) => l.startsWith("{"));
  try {
    if (run.status === 0 && text) return JSON.parse(text) as T;
  } catch {
    // reported below
  }
  console.log(`!!! ${script} failed: ${(run.stderr || run.stdout).trim().split("\n").slice(-3).join(" | ")}`);
  return undefined;
}

function benchWriteback(figures: Figures): void {
  const w = childJson<Record<string, unknown>>("bench/writeback.ts", ["10000"]);
  for (const [k, v] of Object.entries(w ?? {})) if (typeof v === "number") figures[`writeback.10000.${k}`] = v;
}

/** The Excel adapter on the counting fake Excel: syncs and largest request of one click, per sheet size. */
function benchSyncs(figures: Figures): void {
  type Click = { kpis: number; sheet: string; what: string; host: string; syncs: number; largestRequestBytes: number };
  const report = childJson<{ clicks: Click[] }>("bench/excel-syncs.ts");
  for (const c of report?.clicks ?? []) {
    if ((c.sheet !== "lean" && c.what !== "all sheets") || c.host !== "web") continue;
    const key = `excel.${c.what.replace(/ /g, "-")}.${c.kpis}`;
    figures[`${key}.syncs`] = c.syncs;
    figures[`${key}.largestRequestKB`] = round(c.largestRequestBytes / 1024);
  }
}

/** The production build of the task pane: what taskpane.html loads before it is usable, gzip -9. */
function benchBundle(figures: Figures): void {
  const report = childJson<{ initialGzipBytes: number; totalGzipBytes: number }>("scripts/measure-bundle.ts");
  if (!report) return;
  figures["taskpane.initialGzipKB"] = round(report.initialGzipBytes / 1024);
  figures["taskpane.totalGzipKB"] = round(report.totalGzipBytes / 1024);
}

/**
 * A newcomer's install: a fresh clone installed with the committed lock file (`npm ci`, npm cache first) by
 * scripts/fresh-clone-check.ts, which also proves that nothing is compiled. Figures, not a timed test.
 */
function benchInstall(figures: Figures): void {
  const report = childJson<{ installSeconds: number; nodeModulesMB: number; packages: number }>("scripts/fresh-clone-check.ts");
  if (!report) return;
  figures["install.npmCiSeconds"] = report.installSeconds;
  figures["install.nodeModulesMB"] = report.nodeModulesMB;
  figures["install.packages"] = report.packages;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

const GROUPS: Record<string, (figures: Figures) => void | Promise<void>> = {
  engine: benchEngine,
  realistic: benchRealistic,
  cli: benchCli,
  writeback: benchWriteback,
  syncs: benchSyncs,
  bundle: benchBundle,
  pane: (figures) => {
    const pane = childJson<{ usableMs: number; checkedMs: number; hangPaintMs: number }>("bench/pane-open.ts");
    if (pane) {
      figures["taskpane.openToUsableMs"] = pane.usableMs;
      figures["taskpane.openToCheckedMs"] = pane.checkedMs;
      // office.js never answering: the loading text still paints at once (it painted nothing before office.js was deferred)
      figures["taskpane.hangToPaintMs"] = pane.hangPaintMs;
    }
  },
  install: benchInstall,
};

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const unknown = only.filter((g) => !(g in GROUPS));
  if (unknown.length > 0) throw new Error(`unknown bench group ${unknown.join(", ")}; groups: ${Object.keys(GROUPS).join(", ")}`);
  const figures: Figures = {};
  for (const [name, run] of Object.entries(GROUPS)) if (only.length === 0 || only.includes(name)) await run(figures);
  const resultsFile = join(__dirname, "results.json");
  const earlier: Figures = only.length > 0 && existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, "utf8")).figures : {};
  const budgets: Record<string, { max: number; what: string }> = JSON.parse(
    readFileSync(join(__dirname, "budgets.json"), "utf8"),
  );
  writeFileSync(resultsFile, JSON.stringify({ date: new Date().toISOString(), figures: { ...earlier, ...figures } }, null, 2) + "\n");
  const over: string[] = [];
  console.log("figure".padEnd(32) + "value".padStart(12) + "  budget");
  for (const [name, value] of Object.entries(figures)) {
    const budget = budgets[name];
    const flag = budget && !(value <= budget.max) ? "  ← OVER BUDGET" : "";
    if (flag) over.push(`${name} = ${value} (budget ${budget.max}: ${budget.what})`);
    console.log(name.padEnd(32) + String(value).padStart(12) + (budget ? `  ≤ ${budget.max}` : "") + flag);
  }
  if (over.length > 0) {
    console.log(`\n!!! ${over.length} FIGURE(S) OVER BUDGET !!!\n` + over.map((o) => `  ${o}`).join("\n"));
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
