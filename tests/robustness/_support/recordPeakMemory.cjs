// Preloaded into the CLI by tests/robustness/_support/cli.ts (`node -r`): writes the process's peak resident set
// size in kilobytes to the file named by KPI_CHECK_PEAK_RSS_FILE when it exits.
/* global process */
"use strict";
process.on("exit", () => {
  const file = process.env.KPI_CHECK_PEAK_RSS_FILE;
  if (file) require("node:fs").writeFileSync(file, String(process.resourceUsage().maxRSS));
});
