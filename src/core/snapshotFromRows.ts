import type { CellValue, MergedRange, SheetSnapshot } from "./SheetSnapshot";

/** Options of {@link snapshotFromRows}. */
export interface SnapshotFromRowsOptions {
  /** Sheet coordinates (1-based) of `rows[0][0]`; default `{ row: 1, col: 1 }`. */
  origin?: { row: number; col: number };
  /** Displayed texts that differ from `String(value)` (e.g. `"60.00%"` for 0.6); `undefined` keeps the default. */
  texts?: (string | undefined)[][];
  /** Number formats per cell; `undefined` keeps `"General"`. */
  numberFormats?: (string | undefined)[][];
  merges?: MergedRange[];
  table?: SheetSnapshot["table"];
}

/**
 * The text Excel shows for a value in the General format: `""` for an empty cell, `TRUE`/`FALSE` for booleans,
 * the error code for an error, `String(value)` otherwise.
 *
 * @example generalText(2023) // "2023"
 * @example generalText({ error: "#N/A" }) // "#N/A"
 */
export function generalText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object") return value.error;
  return String(value);
}

/**
 * Builds a {@link SheetSnapshot} from rows of raw values (for tests and the CSV reader): every cell shows
 * {@link generalText} of its value in the `General` format unless `opts` says otherwise. Ragged rows are padded
 * with empty cells to the widest row, so the snapshot is rectangular.
 *
 * @example
 * snapshotFromRows("KPI", [["年度", "No"], ["2023年度", 1]]).texts // [["年度", "No"], ["2023年度", "1"]]
 */
export function snapshotFromRows(
  sheetName: string,
  rows: CellValue[][],
  opts: SnapshotFromRowsOptions = {},
): SheetSnapshot {
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  const values: CellValue[][] = [];
  const texts: string[][] = [];
  const numberFormats: string[][] = [];
  rows.forEach((row, r) => {
    const v: CellValue[] = new Array<CellValue>(width);
    const t: string[] = new Array<string>(width);
    const f: string[] = new Array<string>(width);
    for (let c = 0; c < width; c++) {
      const value = c < row.length && row[c] !== undefined ? row[c] : null;
      v[c] = value;
      t[c] = opts.texts?.[r]?.[c] ?? generalText(value);
      f[c] = opts.numberFormats?.[r]?.[c] ?? "General";
    }
    values.push(v);
    texts.push(t);
    numberFormats.push(f);
  });
  const snapshot: SheetSnapshot = {
    sheetName,
    origin: opts.origin ?? { row: 1, col: 1 },
    values,
    texts,
    numberFormats,
  };
  if (opts.merges) snapshot.merges = opts.merges;
  if (opts.table) snapshot.table = opts.table;
  return snapshot;
}
