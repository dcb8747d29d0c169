import { finding } from "../../Finding";
import type { Layout } from "../../KpiRecord";
import type { KpiSchema } from "../../KpiSchema";
import { parseRangeAddress } from "../../parseRangeAddress";
import type { ReadTable } from "../ReadTable";
import type { Grid } from "./Grid";
import { planHeaders } from "./planHeader";
import { readingCoverage, type ReadingCoverage } from "./readingCoverage";
import { windowGrid } from "./windowGrid";

/** One way to read a sheet: a layout reader, for the table family under one of its candidate headers. */
export interface LayoutReader {
  /** Reads a grid (the whole one, or the window detection scores on). */
  read(grid: Grid): ReadTable | undefined;
}

/** How detection reads a sheet: its table-family reader under a header, its blocks and transposed readers. */
export interface LayoutReaders {
  table(headerRows?: readonly number[]): LayoutReader;
  blocks: LayoutReader;
  transposed: LayoutReader;
}

/** The part of a sheet detection scores its candidates on: sheets larger than this cost no more to detect. */
const DETECTION_WINDOW = { rows: 200, cols: 120 } as const;
/** Header candidates of the table family scored besides the best one. */
const OTHER_HEADERS = 2;
/** A candidate reading this close to the chosen one (its cells read, as a share of the chosen one's) competes. */
const CLOSE = 0.8;
/** …when this share of its cells, at least, is read otherwise by the chosen reading (not a part of it). */
const DIFFERENT = 0.3;
/** Unread rows that make a reading unsure: at least this many, and at least half as many as its KPI rows. */
const MIN_UNREAD = 3;

interface Scored {
  reader: LayoutReader;
  /** A table-family header other than the best one: a rival for doubt, never chosen over the best. */
  runnerUp: boolean;
  read: ReadTable;
  coverage: ReadingCoverage;
}

/** How many of `a`'s cells `b` does not read into the same field. */
function disagreement(a: ReadingCoverage, b: ReadingCoverage): number {
  let n = 0;
  for (const [key, field] of a.cells) if (b.cells.get(key) !== field) n++;
  return n;
}

/**
 * Detects the layout of a sheet (kpi-rules.md §1) by scoring every candidate reading — the table family under
 * its best headers, blocks, transposed — on the sheet's first {@link DETECTION_WINDOW} rows and columns: the
 * reading that reads the most cells into KPI fields (targets and results twice) wins, ties in that order; of the
 * table family only its best header (`planHeader`) is chosen, the others are rivals. An unsure detection is a
 * `layout-uncertain` warning on the reading, naming the layout used and the alternative, when
 * - another reading of figures reads nearly as much ({@link CLOSE}) and reads it differently ({@link DIFFERENT}):
 *   `close`;
 * - the reading leaves many rows with something in them unexplained ({@link MIN_UNREAD}): `unread`.
 * Without any KPI, the first reader that found a table at all (a header without rows), else undefined.
 *
 * @example detectLayout(grid, BUILT_IN_SCHEMA, { table, blocks, transposed }, new Set(), 4)?.layout // "wide"
 */
export function detectLayout(grid: Grid, schema: KpiSchema, readers: LayoutReaders, ignore: Set<number>, startMonth: number): ReadTable | undefined {
  const win = windowGrid(grid, DETECTION_WINDOW.rows, DETECTION_WINDOW.cols);
  const headers = planHeaders(win, schema, ignore, startMonth).slice(0, 1 + OTHER_HEADERS);
  const candidates = [
    ...(headers.length > 0 ? headers.map((h) => readers.table(h.rows)) : [readers.table()]),
    readers.blocks,
    readers.transposed,
  ];
  const scored: Scored[] = [];
  let empty: LayoutReader | undefined;
  candidates.forEach((reader, i) => {
    const read = reader.read(win);
    if (!read) return;
    if (read.records.length === 0) {
      empty ??= reader;
      return;
    }
    scored.push({ reader, runnerUp: i > 0 && i < headers.length, read, coverage: readingCoverage(win, read) });
  });
  if (scored.length === 0) return empty?.read(grid);
  let chosen = scored[0];
  for (const s of scored) if (!s.runnerUp && s.coverage.weight > chosen.coverage.weight) chosen = s;
  // the upper row alone of the chosen two-row header is no other reading of the sheet, only a worse one of its header
  const within = (s: Scored): boolean => s.runnerUp && (s.read.headerRows ?? []).every((r) => chosen.read.headerRows?.includes(r));
  const others = scored.filter((s) => s !== chosen && !within(s));

  // a rival reads figures (a target or a result), nearly as much, and differently
  const score = chosen.coverage.weight;
  const rival = others
    .filter((s) => s.coverage.weight > s.coverage.cells.size && s.coverage.weight >= CLOSE * score)
    .filter((s) => disagreement(s.coverage, chosen.coverage) >= Math.max(2, DIFFERENT * s.coverage.cells.size))
    .sort((a, b) => b.coverage.weight - a.coverage.weight)[0];
  const { unreadLines, kpiLines } = chosen.coverage;
  const unread = unreadLines >= MIN_UNREAD && unreadLines * 2 >= kpiLines;

  const read = win === grid ? chosen.read : chosen.reader.read(grid) ?? chosen.read;
  if (!rival && !unread) return read;
  const alternative = rival ?? [...others].sort((a, b) => b.coverage.weight - a.coverage.weight)[0];
  const row = read.headerRows?.[0] ?? (read.range ? parseRangeAddress(read.range)?.top : undefined);
  const layout = read.layout as Layout;
  return {
    ...read,
    findings: [
      finding(
        "layout-uncertain",
        { row },
        {
          layout,
          headerRows: read.headerRows ?? [],
          alternative: alternative?.read.layout ?? null,
          alternativeHeaderRows: alternative?.read.headerRows ?? [],
          doubt: rival ? "close" : "unread",
          unreadLines,
        },
      ),
      ...read.findings,
    ],
  };
}
