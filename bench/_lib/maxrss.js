// Preloaded with `node -r` by the benchmark: reports the process's peak resident memory (kB) on exit.
process.on("exit", () => {
  process.stderr.write(`\nKPI_BENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
