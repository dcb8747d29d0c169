/**
 * `npx tsx scripts/engine-ab.ts ROOT_A ROOT_B [PHASE] [ROWS] [ROUNDS]`: one phase of the shipped engine (each root's
 * `dist/`, built with `npm run build:cli`) of two worktrees — a baseline and a change — timed in ONE process, the runs
 * interleaved (A B, B A, …), each after a full garbage collection when `node --expose-gc` allows it.
 *
 * Why (issue 12, speed work on a shared machine): with other people's tests on the same two cores, the wall time of
 * the 100,000-row run varies by ±50 % and the process's CPU time counts the garbage collector's helper threads; the
 * CPU time of the main thread alone (Linux: /proc/self/task/PID/stat) of interleaved runs compares two builds within a
 * few percent. PHASE is one of `all` (checkSheet), `readAndJudge`, `linkSeries`, `buildSeries`, `checkSeries`,
 * `sheetResult`; each phase gets the inputs the engine gives it. Prints min and median per build (the first run of
 * each left out) and every run. Not a benchmark figure: `npm run bench` is.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { generateKpiRows, HEADER } from "../bench/_lib/generateKpiRows";
import type * as CheckSheet from "../src/core/checkSheet";
import type * as ReadAndJudge from "../src/core/_lib/readAndJudge";
import type * as JudgePending from "../src/core/_lib/judgePending";
import type * as SheetResult from "../src/core/_lib/sheetResult";
import type * as LinkSeries from "../src/core/series/linkSeries";
import type * as BuildSeries from "../src/core/series/buildSeries";
import type * as CheckSeries from "../src/core/series/checkSeries";
import type * as SnapshotFromRows from "../src/core/snapshotFromRows";

const [rootA, rootB, phase = "all", rows = "100000", rounds = "8"] = process.argv.slice(2);
const OPTIONS = { asOf: "2026-11-29" };

/** CPU milliseconds of this process's main thread (utime + stime, in 10 ms ticks). */
function mainThreadMs(): number {
  const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** The engine's phases from a worktree's build. */
function engineOf(root: string) {
  const load = <T>(path: string): T => require(join(resolve(root), "dist/core", path)) as T;
  return {
    ...load<typeof CheckSheet>("checkSheet"),
    ...load<typeof ReadAndJudge>("_lib/readAndJudge"),
    ...load<typeof JudgePending>("_lib/judgePending"),
    ...load<typeof SheetResult>("_lib/sheetResult"),
    ...load<typeof LinkSeries>("series/linkSeries"),
    ...load<typeof BuildSeries>("series/buildSeries"),
    ...load<typeof CheckSeries>("series/checkSeries"),
    ...load<typeof SnapshotFromRows>("snapshotFromRows"),
  };
}
type Engine = ReturnType<typeof engineOf>;

/** Every phase's inputs, made once by the engine itself. */
function inputsOf(e: Engine) {
  const snapshot = e.snapshotFromRows("KPI", [HEADER, ...generateKpiRows(Number(rows))]);
  const parts = e.readAndJudge(snapshot, OPTIONS);
  const kpis = parts.kpis.slice();
  const links = e.linkSeries(kpis, parts.schema, parts.measures);
  const pending = e.judgePending(kpis, parts.pending, links);
  const series = e.buildSeries(kpis, parts.schema, links);
  return { snapshot, parts, kpis, links, pending, series, seriesFindings: e.checkSeries(series) };
}
type Inputs = ReturnType<typeof inputsOf>;

const PHASES: Record<string, (e: Engine, x: Inputs) => unknown> = {
  all: (e, x) => e.checkSheet(x.snapshot, OPTIONS),
  readAndJudge: (e, x) => e.readAndJudge(x.snapshot, OPTIONS),
  linkSeries: (e, x) => e.linkSeries(x.kpis, x.parts.schema, x.parts.measures),
  buildSeries: (e, x) => e.buildSeries(x.kpis, x.parts.schema, x.links),
  checkSeries: (e, x) => e.checkSeries(x.series),
  sheetResult: (e, x) => e.sheetResult(x.parts, x.kpis, x.pending, x.series, x.seriesFindings),
};

const run = PHASES[phase];
if (!rootA || !rootB || !run) {
  console.error(`usage: npx tsx scripts/engine-ab.ts ROOT_A ROOT_B [${Object.keys(PHASES).join("|")}] [ROWS] [ROUNDS]`);
  process.exit(2);
}
const builds = [rootA, rootB].map((root) => {
  const engine = engineOf(root);
  return { engine, inputs: inputsOf(engine), ms: [] as number[] };
});
const gc = (globalThis as { gc?: () => void }).gc;
for (let round = 0; round < Number(rounds); round++) {
  for (const build of round % 2 === 0 ? builds : [...builds].reverse()) {
    gc?.();
    const before = mainThreadMs();
    run(build.engine, build.inputs);
    build.ms.push(mainThreadMs() - before);
  }
}
const summary = (ms: readonly number[]) => {
  const sorted = ms.slice(1).sort((a, b) => a - b);
  return `min ${sorted[0]} med ${sorted[Math.floor(sorted.length / 2)]}`;
};
const [a, b] = builds;
console.log(`${phase}, ${rows} rows, main-thread CPU ms: A ${summary(a.ms)} | B ${summary(b.ms)}`);
console.log(`  A ${a.ms.join(" ")}\n  B ${b.ms.join(" ")}`);
