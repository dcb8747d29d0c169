#!/usr/bin/env node
// `npm test` runs this after the unit tests: the end-to-end tests in Debian's headless Chromium when it is
// installed, else ONE loud line saying that they were skipped and how to get them. Exits with jest's status.
const { existsSync } = require("node:fs");
const { spawnSync } = require("node:child_process");
const { join } = require("node:path");

const CHROMIUM = process.env.KPI_E2E_CHROMIUM || "/usr/bin/chromium"; // the override only to see this skip
if (!existsSync(CHROMIUM)) {
  console.warn(`!!! E2E TESTS SKIPPED: ${CHROMIUM} not found. Install it with \`sudo apt-get install chromium\`, then run \`npm run test:e2e\`. !!!`);
  process.exit(0);
}
const jest = join(__dirname, "..", "..", "node_modules", "jest", "bin", "jest.js");
const run = spawnSync(process.execPath, [jest, "-c", "jest.e2e.config.js", ...process.argv.slice(2)], { cwd: join(__dirname, "..", ".."), stdio: "inherit" });
process.exit(run.status ?? 1);
