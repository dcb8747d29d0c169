import { readFileSync } from "fs";
import { join } from "path";

/**
 * Rows of a tab-separated fixture under tests/fixtures/layouts/: lines starting with `#` and blank lines are
 * skipped; cells are not trimmed (spaces may be part of a case), but a trailing carriage return is dropped.
 */
export function readTsv(name: string): string[][] {
  return readFileSync(join(__dirname, "../../../fixtures/layouts", name), "utf8")
    .split("\n")
    .map((line) => line.replace(/\r$/, ""))
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => line.split("\t"));
}
