/**
 * Builds the add-in for production and measures what the task pane loads: the JavaScript `taskpane.html`
 * loads before the pane is usable (its initial chunks, gzip -9), the chunks it fetches afterwards (the engine,
 * the settings form), and which npm packages each part holds — exceljs and ajv must be in none.
 *
 *     npx tsx scripts/measure-bundle.ts            # prints JSON
 *
 * The jest test tests/manifest/build.test.ts runs the same build through {@link buildAddin}.
 */
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import webpack from "webpack";

/** Size of one emitted JavaScript file. */
export interface ChunkSize {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** npm packages with modules in this file. */
  packages: string[];
}

/** What {@link buildAddin} measured. */
export interface BundleReport {
  outDir: string;
  /** The JavaScript taskpane.html loads itself (script tags), before the pane is usable. */
  initial: ChunkSize[];
  initialGzipBytes: number;
  /** Chunks the pane fetches after its first paint. */
  lazy: ChunkSize[];
  /** Everything the pane can load. */
  totalGzipBytes: number;
  commands: ChunkSize[];
}

function packageOf(name: string): string | undefined {
  const at = name.lastIndexOf("node_modules/");
  if (at < 0) return undefined;
  const rest = name.slice(at + "node_modules/".length).split("/");
  return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
}

/**
 * Runs the production build (webpack.config.js) into `outDir` (a fresh temporary folder by default) and measures
 * it. `env` is merged into process.env for the build (e.g. `ADDIN_URL`).
 *
 * @example const report = await buildAddin(); report.initialGzipBytes // 116269
 */
export async function buildAddin(outDir = mkdtempSync(join(tmpdir(), "kpi-addin-")), env: Record<string, string> = {}): Promise<BundleReport> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const configure = require(join(__dirname, "..", "webpack.config.js")) as (env: object, options: object) => Promise<webpack.Configuration>;
    const config = await configure({ WEBPACK_BUILD: true }, { mode: "production" });
    config.mode = "production";
    config.output = { ...config.output, path: outDir };
    config.infrastructureLogging = { level: "error" };
    const stats = await new Promise<webpack.Stats>((resolve, reject) => {
      webpack(config, (err, result) => (err || !result ? reject(err ?? new Error("no stats")) : resolve(result)));
    });
    if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
    // Which npm packages went into each file: the chunk graph, looking inside concatenated modules.
    const { compilation } = stats;
    const packagesByFile = new Map<string, Set<string>>();
    for (const chunk of compilation.chunks) {
      const set = new Set<string>();
      const visit = (m: webpack.Module) => {
        const inner = (m as unknown as { modules?: Iterable<webpack.Module> }).modules;
        if (inner) for (const n of inner) visit(n);
        const resource = (m as unknown as { resource?: string }).resource;
        const p = resource ? packageOf(resource.replace(/\\/g, "/")) : undefined;
        if (p) set.add(p);
      };
      for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk)) visit(m);
      for (const file of chunk.files) packagesByFile.set(file, set);
    }
    const size = (file: string): ChunkSize => {
      const content = readFileSync(join(outDir, file));
      return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length, packages: [...(packagesByFile.get(file) ?? [])].sort() };
    };
    const html = readFileSync(join(outDir, "taskpane.html"), "utf8");
    const initialFiles = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
    const commandsHtml = readFileSync(join(outDir, "commands.html"), "utf8");
    const commandFiles = [...commandsHtml.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
    const allJs = readdirSync(outDir).filter((f) => f.endsWith(".js"));
    const initial = initialFiles.map(size);
    const lazy = allJs.filter((f) => !initialFiles.includes(f) && !commandFiles.includes(f)).map(size);
    const sum = (list: ChunkSize[]) => list.reduce((n, c) => n + c.gzipBytes, 0);
    return {
      outDir,
      initial,
      initialGzipBytes: sum(initial),
      lazy,
      totalGzipBytes: sum(initial) + sum(lazy),
      commands: commandFiles.map(size),
    };
  } finally {
    for (const key of Object.keys(env)) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  }
}

if (require.main === module) {
  buildAddin().then(
    (report) => console.log(JSON.stringify(report, null, 2)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
