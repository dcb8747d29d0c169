import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { ADDIN_DIR, ROOT } from "./paths";

/** The newest modification time of the files under `path`. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((n, name) => Math.max(n, newest(join(path, name))), stat.mtimeMs);
}

/**
 * Runs the production build (`npm run build`) once before the e2e tests when dist/addin is missing or older than
 * its sources (src/, assets/, webpack.config.js, package.json), so that the tests always see the code as built.
 */
export default function globalSetup(): void {
  const built = existsSync(join(ADDIN_DIR, "taskpane.html")) ? statSync(join(ADDIN_DIR, "taskpane.html")).mtimeMs : 0;
  const sources = Math.max(...["src", "assets", "webpack.config.js", "package.json"].map((p) => newest(join(ROOT, p))));
  if (built >= sources && process.env.KPI_E2E_REBUILD !== "1") return;
  process.stdout.write("\ne2e: dist/addin is missing or stale, running npm run build…\n");
  execSync("npm run build --silent", { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
}
