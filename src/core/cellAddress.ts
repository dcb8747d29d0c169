/**
 * The A1 address of a 1-based row and column.
 *
 * @example cellAddress(27, 7) // "G27"
 */
export function cellAddress(row: number, col: number): string {
  return columnLetters(col) + String(row);
}

/**
 * The A1 address of a located cell (such as a record's field), or null for none.
 *
 * @example addressOf(record.fields.result) // "G27"
 */
export function addressOf(cell: { row: number; col: number } | undefined): string | null {
  return cell ? cellAddress(cell.row, cell.col) : null;
}

/**
 * The column letters of a 1-based column number.
 *
 * @example columnLetters(28) // "AB"
 */
export function columnLetters(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * The range address of two corners.
 *
 * @example rangeAddress(1, 1, 25, 9) // "A1:I25"
 */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

/**
 * Parses an A1 cell address (with or without `$`): the one A1 parser of the code base (ranges and sheet names:
 * `parseRangeAddress`). Not clamped to Excel's grid (XFD1048576), so that a crafted file's `AAAA1` is measured
 * rather than missed.
 *
 * @example parseCellAddress("G27") // { row: 27, col: 7 }
 */
export function parseCellAddress(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(address.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}
