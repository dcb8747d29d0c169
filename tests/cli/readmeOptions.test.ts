/**
 * The README's table of `kpi-check`'s options is what an agency's staff read before `--help`: every option the
 * command takes (`CLI_OPTIONS`, the one place an option is defined) has its row there, and the table names no option
 * the command does not take.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CLI_OPTIONS } from "../../src/i18n/cliOptions";

/** The options the README's table names in its first column (`--sheet NAME`, `-h`, `--help`). */
function readmeOptions(): Set<string> {
  const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
  const names = new Set<string>();
  for (const line of readme.split("\n")) {
    const first = /^\| (`-[^|]*)\|/.exec(line)?.[1] ?? "";
    for (const m of first.matchAll(/`--?([a-z][a-z-]*)/g)) names.add(m[1]);
  }
  return names;
}

describe("README: the option table of kpi-check", () => {
  const documented = readmeOptions();

  it.each(CLI_OPTIONS.map((o) => [o.name]))("has a row for --%s", (name) => {
    expect(documented).toContain(name);
  });

  it("names no option the command does not take", () => {
    const taken = new Set(CLI_OPTIONS.flatMap((o) => [o.name, ...(o.short ? [o.short] : [])]));
    expect([...documented].filter((n) => !taken.has(n))).toEqual([]);
  });
});
