/**
 * The newcomer's path, proved: clones the repository (its committed HEAD) into an empty temporary folder — no
 * sibling folders, nothing of this checkout but what git holds —, installs with the committed lock file
 * (`npm ci`, the npm cache first: no network beyond the package registry), and checks that
 *
 * - no package runs an install script but those of INSTALL_SCRIPT_ALLOWLIST (read from the lock file's
 *   `hasInstallScript`), and the sideload tool's peer chain (keytar, Azure SDKs, M365 Agents Toolkit) is absent;
 * - nothing was compiled: no node-gyp build output, and every native addon (`.node`) is a file of its package's
 *   registry tarball (prebuilt and shipped, same size), not one built on this machine;
 * - the project reads nothing outside itself: package.json, src, scripts, tests, bench and .ci never name the
 *   design folder that lies beside the team's checkouts (`../` + `shared`);
 * - the CLI runs on the sample (summary, `--json`, `--help`), `npm run validate` passes, the sideload tool loads,
 *   and the tests that once needed files beside the checkout pass.
 *
 * Prints what it did and, last, one JSON line with the figures (install time, node_modules size) for
 * `npm run bench`. Exits 1 when a check fails. Run: `npx tsx scripts/fresh-clone-check.ts [--keep]`.
 */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { performance } from "node:perf_hooks";

const ROOT = join(__dirname, "..");

/**
 * Packages allowed to have an install script, each with what its script does (checked by reading it): neither
 * compiles anything.
 */
export const INSTALL_SCRIPT_ALLOWLIST: Readonly<Record<string, string>> = {
  "@parcel/watcher":
    "install: node scripts/build-from-source.js, which runs node-gyp only when npm_config_build_from_source=true; the binary comes prebuilt in @parcel/watcher-<platform>",
  esbuild:
    "postinstall: node install.js, which checks the prebuilt binary of @esbuild/<platform> (an optional dependency from the registry) and links it",
};

/** Packages that only the sideload tool's peer chain brought in; none may be installed. */
const PEER_CHAIN = [/^keytar$/, /^@azure\//, /^@microsoft\/m365agentstoolkit-cli$/, /^@microsoft\/dev-tunnels/];

/** What the check found: the figures and every failed check. */
export interface FreshCloneReport {
  installSeconds: number;
  nodeModulesMB: number;
  packages: number;
  installScripts: string[];
  prebuiltAddons: string[];
  failures: string[];
}

function sh(cmd: string, args: string[], opts: SpawnSyncOptions = {}): { status: number | null; out: string } {
  const run = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 28, ...opts });
  return { status: run.status, out: `${run.stdout ?? ""}${run.stderr ?? ""}${run.error ? String(run.error) : ""}` };
}

function lastLines(text: string, n = 15): string {
  return text.trim().split("\n").slice(-n).join("\n");
}

/** Every file under `dir` (symbolic links not followed). */
function walk(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, found);
    else if (entry.isFile()) found.push(path);
  }
  return found;
}

/** The package folder (`node_modules/@scope/name`) a file under node_modules belongs to. */
function packageDirOf(file: string): string {
  const parts = file.split("/");
  const i = parts.lastIndexOf("node_modules");
  return parts.slice(0, i + (parts[i + 1].startsWith("@") ? 3 : 2)).join("/");
}

/** A package's tarball as the registry has it: its integrity and files with their sizes. */
export interface TarballListing {
  integrity: string;
  files: { path: string; size: number }[];
}

/** The registry tarball of `spec` (`name@version`) as `npm pack --dry-run` lists it, from the npm cache first. */
function npmPackListing(spec: string): TarballListing {
  const pack = sh("npm", ["pack", "--dry-run", "--json", "--prefer-offline", spec], { cwd: tmpdir() });
  try {
    return (JSON.parse(pack.out.slice(pack.out.indexOf("["))) as TarballListing[])[0];
  } catch {
    throw new Error(`cannot list the registry tarball of ${spec}: ${lastLines(pack.out, 3)}`);
  }
}

/**
 * Checks the installed tree of `clone` against its lock file; pushes what is wrong to `failures`. `listTarball`
 * gives a package's published files (the registry's, by default).
 *
 * @example checkInstall("/tmp/kpi-check", failures).installScripts // ["@parcel/watcher@2.6.0", "esbuild@0.28.2"]
 */
export function checkInstall(
  clone: string,
  failures: string[],
  listTarball: (spec: string) => TarballListing = npmPackListing,
): Pick<FreshCloneReport, "packages" | "installScripts" | "prebuiltAddons"> {
  type LockEntry = { version?: string; hasInstallScript?: boolean; integrity?: string };
  const lock = JSON.parse(readFileSync(join(clone, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> };
  const entries = Object.entries(lock.packages).filter(([path]) => path.startsWith("node_modules/"));
  const nameOf = (path: string) => path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);

  const installScripts = entries.filter(([, e]) => e.hasInstallScript).map(([path, e]) => `${nameOf(path)}@${e.version}`);
  for (const [path, e] of entries) {
    if (e.hasInstallScript && !(nameOf(path) in INSTALL_SCRIPT_ALLOWLIST)) {
      failures.push(`${nameOf(path)}@${e.version} has an install script and is not in INSTALL_SCRIPT_ALLOWLIST`);
    }
  }
  for (const [path] of entries) {
    if (PEER_CHAIN.some((re) => re.test(nameOf(path)))) failures.push(`${nameOf(path)} (the sideload tool's peer chain) is in the lock file`);
  }

  const modules = join(clone, "node_modules");
  const files = walk(modules);
  for (const f of files) {
    if (/\/build\/(config\.gypi|Makefile)$/.test(f) || /\.o$/.test(f)) failures.push(`build output of a native compile: ${relative(clone, f)}`);
  }
  const prebuiltAddons: string[] = [];
  const addons = files.filter((f) => f.endsWith(".node"));
  const byPackage = new Map<string, string[]>();
  for (const f of addons) byPackage.set(packageDirOf(f), [...(byPackage.get(packageDirOf(f)) ?? []), f]);
  for (const [dir, found] of byPackage) {
    const entry = lock.packages[relative(clone, dir)];
    const spec = `${nameOf(relative(clone, dir))}@${entry?.version}`;
    let tarball: TarballListing;
    try {
      tarball = listTarball(spec);
    } catch (e) {
      failures.push((e as Error).message);
      continue;
    }
    if (entry?.integrity && tarball.integrity !== entry.integrity) failures.push(`${spec}: the registry tarball is not the one in the lock file`);
    for (const f of found) {
      const inTarball = tarball.files.find((t) => t.path === relative(dir, f));
      if (!inTarball || inTarball.size !== statSync(f).size) failures.push(`${relative(clone, f)} was compiled on this machine (not in ${spec} as published)`);
      else prebuiltAddons.push(`${relative(modules, f)} (prebuilt, shipped in ${spec})`);
    }
  }
  for (const re of PEER_CHAIN) {
    const hit = files.find((f) => re.test(nameOf(packageDirOf(f))));
    if (hit) failures.push(`installed from the sideload tool's peer chain: ${relative(clone, packageDirOf(hit))}`);
  }
  return { packages: entries.length, installScripts, prebuiltAddons };
}

/** Runs the project in `clone` as a newcomer would; pushes what fails to `failures`. */
function checkProject(clone: string, failures: string[]): void {
  const grep = sh("grep", ["-rlF", "-e", ["..", "shared"].join("/"), "package.json", "src", "scripts", "tests", "bench", ".ci"], { cwd: clone });
  if (grep.out.trim()) failures.push(`names the design folder beside the checkout: ${grep.out.trim().split("\n").join(", ")}`);

  const cli = (...args: string[]) => sh(process.execPath, ["bin/kpi-check.js", ...args], { cwd: clone, env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "", LC_MESSAGES: "" } });
  const steps: [string, () => { status: number | null; out: string }, (out: string) => boolean][] = [
    ["kpi-check on the sample", () => cli("assets/sample-kpi.xlsx", "--as-of", "2026-11-29"), (o) => o.includes("集計  KPI 24件")],
    ["kpi-check --json on the sample", () => cli("assets/sample-kpi.xlsx", "--as-of", "2026-11-29", "--json"), (o) => JSON.parse(o).summary.kpis === 24],
    ["kpi-check --help", () => cli("--help"), (o) => o.startsWith("使い方：kpi-check")],
    ["npm run validate", () => sh("npm", ["run", "-s", "validate"], { cwd: clone }), (o) => o.includes("manifest.xml validates")],
    ["the sideload tool loads (npm start / npm stop)", () => sh(process.execPath, ["node_modules/office-addin-debugging/cli.js", "--help"], { cwd: clone }), (o) => o.includes("start [options]")],
    [
      "the tests that once read files beside the checkout",
      () => sh(process.execPath, ["node_modules/jest/bin/jest.js", "--maxWorkers=1", "tests/manifest/manifestSchema.test.ts", "tests/manifest/manifest.test.ts"], { cwd: clone }),
      (o) => /Tests: +\d+ passed, \d+ total/.test(o),
    ],
  ];
  for (const [name, step, ok] of steps) {
    const t0 = performance.now();
    const run = step();
    let passed = false;
    try {
      passed = run.status === 0 && ok(run.out);
    } catch {
      passed = false;
    }
    console.log(`${passed ? "ok  " : "FAIL"} ${name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    if (!passed) failures.push(`${name} (exit ${run.status}):\n${lastLines(run.out)}`);
  }
}

/**
 * Clones, installs and checks; returns the figures and failures. The temporary folder is removed unless `keep`.
 *
 * @example (await freshCloneCheck()).failures // []
 */
export function freshCloneCheck(keep = false): FreshCloneReport {
  const failures: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), "kpi-fresh-clone-"));
  const clone = join(dir, "kpi-check");
  try {
    const cloned = sh("git", ["clone", "--quiet", "--no-hardlinks", ROOT, clone]);
    if (cloned.status !== 0) throw new Error(`git clone failed: ${cloned.out}`);
    console.log(`cloned ${sh("git", ["-C", clone, "log", "-1", "--format=%h %s"]).out.trim().slice(0, 100)}`);
    // the cache first; an install script that tried to compile would need this variable: say no explicitly
    const env = { ...process.env, npm_config_build_from_source: "false" };
    const t0 = performance.now();
    const ci = sh("npm", ["ci", "--no-audit", "--no-fund", "--prefer-offline"], { cwd: clone, env });
    const installSeconds = Math.round((performance.now() - t0) / 100) / 10;
    if (ci.status !== 0) throw new Error(`npm ci failed:\n${lastLines(ci.out, 30)}`);
    const du = sh("du", ["-sk", join(clone, "node_modules")]);
    const nodeModulesMB = Math.round(Number(du.out.split("\t")[0]) / 1024);
    console.log(`npm ci: ${installSeconds} s, node_modules ${nodeModulesMB} MB`);
    const t1 = performance.now();
    const install = checkInstall(clone, failures);
    console.log(`checked the installed tree in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
    console.log(`install scripts (allowlisted): ${install.installScripts.join(", ") || "none"}`);
    console.log(`native addons: ${install.prebuiltAddons.join("; ") || "none"}`);
    checkProject(clone, failures);
    return { installSeconds, nodeModulesMB, ...install, failures };
  } catch (e) {
    failures.push((e as Error).message);
    return { installSeconds: NaN, nodeModulesMB: NaN, packages: 0, installScripts: [], prebuiltAddons: [], failures };
  } finally {
    if (keep) console.log(`kept ${clone}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  if (!existsSync(join(ROOT, ".git"))) console.warn("not a git checkout: the clone takes the repository this folder belongs to");
  const report = freshCloneCheck(process.argv.includes("--keep"));
  if (report.failures.length > 0) {
    console.error(`\n!!! FRESH-CLONE CHECK FAILED (${report.failures.length}) !!!\n${report.failures.map((f) => `- ${f}`).join("\n")}`);
    process.exitCode = 1;
  } else {
    console.log("fresh-clone check passed");
  }
  console.log(JSON.stringify({ bench: "fresh-clone", ...report }));
}
