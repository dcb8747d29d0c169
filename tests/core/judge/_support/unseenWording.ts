import { readFileSync } from "node:fs";
import { join } from "node:path";

/** One row of tests/fixtures/judge/unseen-wording.tsv (see its header comment). */
export interface UnseenRow {
  class: string;
  target: string;
  result: string;
  fy: string;
  status: string;
  findings: string;
  note: string;
}

/** The rows of the unseen-wording table, keyed by its header line; `#` lines are comments. */
export function readUnseenWording(): UnseenRow[] {
  return readWordingTable("unseen-wording.tsv");
}

/**
 * The rows of a wording table of tests/fixtures/judge (`unseen-wording.tsv`, `real-wording.tsv`), keyed by its
 * header line; `#` lines are comments, and `\n` in a cell is a line break within the cell.
 */
export function readWordingTable(file: string): UnseenRow[] {
  const lines = readFileSync(join(__dirname, "../../../fixtures/judge", file), "utf8").split(/\r?\n/);
  const rows = lines.filter((l) => l.trim() !== "" && !l.startsWith("#"));
  const header = rows[0].split("\t") as (keyof UnseenRow)[];
  return rows.slice(1).map((line) => {
    const cells = line.split("\t").map((c) => c.replace(/\\n/g, "\n"));
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""])) as unknown as UnseenRow;
  });
}
