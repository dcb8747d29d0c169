import { parse } from "csv-parse/sync";
import type { CellValue, SheetSnapshot } from "../core/SheetSnapshot";
import { InputError } from "../core/InputError";
import { decodeText } from "./_lib/decodeText";

/** Tab when the first line has more tabs than commas outside quotes (Excel's "Unicode text", a `.tsv`), else comma. */
function delimiterOf(text: string): "," | "\t" {
  let tabs = 0, commas = 0, quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch === "\t") tabs++;
    else if (!quoted && ch === ",") commas++;
  }
  return tabs > commas ? "\t" : ",";
}

/** 1 + the index of the last non-empty cell (0 for an empty row). */
function filledWidth(row: readonly string[]): number {
  let n = row.length;
  while (n > 0 && row[n - 1] === "") n--;
  return n;
}

function parseRows(text: string): string[][] {
  try {
    return parse(text, { delimiter: delimiterOf(text), relax_column_count: true, relax_quotes: true, bom: true });
  } catch (e) {
    const err = e as { code?: string; lines?: number; message?: string };
    throw new InputError("malformed-csv", { line: err.lines ?? 0, detail: err.code ?? err.message ?? String(e) });
  }
}

/**
 * Reads a `.csv` file's bytes into a snapshot at A1, as Excel shows the file when it opens it, but without
 * Excel's conversions: every cell stays the text the user typed (`60.00%` stays a string, the engine parses it).
 * Decodes UTF-8 (with or without BOM), UTF-16 with BOM and Shift_JIS; detects tab-separated content; keeps
 * quoted commas and line breaks (`\r\n` inside a cell becomes `\n`, as in an Excel cell); pads ragged rows;
 * drops trailing empty rows and columns. Empty cells are `null`.
 *
 * Throws `InputError`: `empty` (0 bytes), `binary-csv` (NUL or undecodable bytes), `malformed-csv` (an unclosed
 * quote, with `params.line`).
 *
 * @example
 * readCsv(new TextEncoder().encode('年度,No\n2023年度,"1"\n'), "kpi").values // [["年度", "No"], ["2023年度", "1"]]
 */
export function readCsv(bytes: Uint8Array, sheetName: string): SheetSnapshot {
  if (bytes.length === 0) throw new InputError("empty");
  const rows = parseRows(decodeText(bytes)).map((row) => row.map((cell) => cell.replace(/\r\n?/g, "\n")));
  let width = 0;
  let height = 0;
  rows.forEach((row, r) => {
    const filled = filledWidth(row);
    width = Math.max(width, filled);
    if (filled > 0) height = r + 1;
  });
  const texts = rows.slice(0, height).map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
  return {
    sheetName,
    origin: { row: 1, col: 1 },
    values: texts.map((row) => row.map((cell): CellValue => (cell === "" ? null : cell))),
    texts,
    numberFormats: texts.map((row) => row.map(() => "General")),
  };
}
