import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Component, Expression, Quantity } from "../../../../src/core/Expression";

const FIXTURES = join(__dirname, "../../../fixtures/expressions");

/**
 * The rows of a tab-separated fixture under tests/fixtures/expressions/, keyed by the header line. Lines starting
 * with `#` are comments; a cell written `""` is the empty text; a missing trailing cell is "".
 */
export function readTsv(name: string): Record<string, string>[] {
  const lines = readFileSync(join(FIXTURES, name), "utf8").split(/\r?\n/);
  const rows = lines.filter((l) => l.trim() !== "" && !l.startsWith("#"));
  const header = rows[0].split("\t");
  return rows.slice(1).map((line) => {
    const cells = line.split("\t");
    return Object.fromEntries(header.map((h, i) => [h, cells[i] === '""' ? "" : (cells[i] ?? "")]));
  });
}

/** A JSON fixture under tests/fixtures/expressions/. */
export function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, name), "utf8")) as T;
}

/** `1回/month`, `60pt`, `-10pt`, `4024` (no unit): a quantity as the fixtures write it. */
export function showQuantity(q: Quantity): string {
  return `${q.value}${q.unit ?? ""}${q.per ? `/${q.per}` : ""}`;
}

/**
 * A component as the fixtures write it: `[label:]quantity [comparator][?] [[alternatives]]`, where `?` marks an
 * implied comparator. E.g. `自動車:60pt >=?`, `1回/month >= [12回/year]`, `208件`.
 */
export function showComponent(c: Component): string {
  let s = (c.label !== undefined ? `${c.label}:` : "") + showQuantity(c.quantity);
  if (c.comparator) s += ` ${c.comparator}${c.impliedComparator ? "?" : ""}`;
  if (c.alternatives) s += ` [${c.alternatives.map(showQuantity).join(", ")}]`;
  return s;
}

/** The components of an expression as the fixtures write them, separated by ` | `. */
export function showComponents(e: Expression): string {
  return e.components.map(showComponent).join(" | ");
}

/** Fixture rows for `it.each`: the table's own first column names the case. */
export function cases(rows: Record<string, string>[]): [string, Record<string, string>][] {
  return rows.map((r) => [Object.values(r)[0], r]);
}
