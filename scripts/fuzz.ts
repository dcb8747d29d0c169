/**
 * `npm run fuzz`: the robustness properties of issue 6 (tests/robustness/_support/properties.ts — the parser on any
 * text, normalisation, monotonic judgement, the pipeline on random sheets and .xlsx files, the zip and XML readers of
 * the input limits) run a million times in all with a fresh seed, time-boxed. `npm test` runs the same properties
 * with fixed seeds and a few thousand cases.
 *
 * Options (or environment variables):
 *   --runs N      FUZZ_RUNS     cases in all, shared by weight among the properties   (default 1,000,000)
 *   --seconds N   FUZZ_SECONDS  time box in all, shared the same way                  (default 900)
 *   --seed N      FUZZ_SEED     seed of every property                                (default: random)
 *   --only a,b    run these properties only; --path P replays one failure (with --seed and --only)
 *
 * A failure prints the property, the seed and the path to replay it, the shrunk counterexample and the error, and
 * the script exits with status 1. Examples:
 *   npm run fuzz                                   # the full run (15 minutes at most)
 *   npm run fuzz -- --seconds 60                   # a quick one
 *   npm run fuzz -- --only pipeline-xlsx --seed 42 --path "12:3:0"   # replay
 */
import fc from "fast-check";
import { parseArgs } from "node:util";
import { PROPERTIES, type PropertyName } from "../tests/robustness/_support/properties";

/** Share of the runs and of the time box per property: cheap properties get many cases, the .xlsx one few. */
const WEIGHTS: Record<PropertyName, { runs: number; time: number }> = {
  "parser-any-text": { runs: 0.3, time: 0.2 },
  "parser-numeric-characters": { runs: 0.1, time: 0.08 },
  "normalize-idempotent": { runs: 0.25, time: 0.05 },
  "judgement-monotonic": { runs: 0.1, time: 0.1 },
  "judgement-boundary": { runs: 0.04, time: 0.04 },
  "judgement-permutation": { runs: 0.05, time: 0.05 },
  "pipeline-snapshot": { runs: 0.05, time: 0.25 },
  "pipeline-xlsx": { runs: 0.001, time: 0.13 },
  "tally-any-cut": { runs: 0.06, time: 0.05 },
  "zip-directory": { runs: 0.049, time: 0.05 },
};

function options() {
  const { values } = parseArgs({
    options: { runs: { type: "string" }, seconds: { type: "string" }, seed: { type: "string" }, only: { type: "string" }, path: { type: "string" } },
  });
  const num = (v: string | undefined, fallback: number) => (v === undefined || v === "" ? fallback : Number(v));
  const runs = num(values.runs ?? process.env.FUZZ_RUNS, 1_000_000);
  const seconds = num(values.seconds ?? process.env.FUZZ_SECONDS, 900);
  const seed = num(values.seed ?? process.env.FUZZ_SEED, Date.now() ^ Math.floor(Math.random() * 2 ** 31));
  const only = (values.only?.split(",").filter(Boolean) ?? Object.keys(PROPERTIES)) as PropertyName[];
  for (const name of only) if (!(name in PROPERTIES)) throw new Error(`unknown property ${name}; known: ${Object.keys(PROPERTIES).join(", ")}`);
  if (![runs, seconds, seed].every(Number.isFinite)) throw new Error("--runs, --seconds and --seed take numbers");
  return { runs, seconds, seed: seed | 0, only, path: values.path };
}

const shorten = (s: string, max = 2000) => (s.length > max ? `${s.slice(0, max)}… (${s.length} characters)` : s);

async function main(): Promise<number> {
  const { runs, seconds, seed, only, path } = options();
  const weight = only.reduce((w, n) => ({ runs: w.runs + WEIGHTS[n].runs, time: w.time + WEIGHTS[n].time }), { runs: 0, time: 0 });
  console.log(`fuzz: seed ${seed}, ${runs.toLocaleString("en-US")} cases, at most ${seconds} s, properties: ${only.join(", ")}`);
  let failures = 0;
  let total = 0;
  for (const name of only) {
    const numRuns = path ? 1 : Math.max(1, Math.round((runs * WEIGHTS[name].runs) / weight.runs));
    const timeLimit = Math.max(1000, Math.round((seconds * 1000 * WEIGHTS[name].time) / weight.time));
    const started = performance.now();
    const property = PROPERTIES[name]() as fc.IRawProperty<unknown>;
    const details = await fc.check(property, { seed, numRuns, interruptAfterTimeLimit: timeLimit, ...(path ? { path, endOnFailure: true } : {}) });
    const ms = Math.round(performance.now() - started);
    total += details.numRuns;
    if (details.failed) {
      failures++;
      console.log(`\n✗ ${name}: FAILED after ${details.numRuns} cases (${ms} ms)`);
      console.log(`  seed ${details.seed}, path "${details.counterexamplePath}"`);
      console.log(`  replay: npm run fuzz -- --only ${name} --seed ${details.seed} --path "${details.counterexamplePath}"`);
      console.log(`  counterexample: ${shorten(fc.stringify(details.counterexample))}`);
      console.log(`  error: ${shorten(String((details.errorInstance as Error | undefined)?.message ?? details.errorInstance))}\n`);
    } else {
      const note = details.interrupted ? ` (time box of ${Math.round(timeLimit / 1000)} s reached)` : "";
      console.log(`✓ ${name}: ${details.numRuns.toLocaleString("en-US")} cases in ${ms} ms${note}`);
    }
  }
  console.log(`fuzz: ${total.toLocaleString("en-US")} cases, ${failures === 0 ? "no failure" : `${failures} failing propert${failures === 1 ? "y" : "ies"}`} (seed ${seed})`);
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`fuzz: ${(e as Error).message ?? e}`);
    process.exitCode = 2;
  },
);
