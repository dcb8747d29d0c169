const MiB = 1024 * 1024;

/**
 * What the file readers accept (README "Limits"). A real agency's KPI workbook is far below every one of them; they
 * exist so that a hostile or runaway file is refused with one clear line before it can exhaust the memory (exceljs
 * holds a whole workbook in memory, ~1 KB and ~15 µs per cell). Measured with the CLI on the 2-core, Node 20
 * machine of the tests, at the `xmlElements` limit: 50,000 KPI rows × 9 columns (950,000 elements) ~8–15 s and
 * ~700 MB; 990,000 merged cells ~15 s and ~950 MB; 100,000 KPI rows (1.9 million elements, 1.5 GB and 30 s
 * unchecked) are refused in under 2 s at ~130 MB.
 *
 * - `fileBytes`: size of the file itself (`.xlsx` and `.csv`).
 * - `unpackedBytes`: sum of the sizes the zip's directory declares for its parts (a zip bomb declares gigabytes).
 * - `zipParts`: parts in the package (a workbook has a few dozen, a few hundred with many pictures).
 * - `xmlElements`: XML elements in the package's parts (`<c>`, `<v>`, `<row>`, `<si>`, …, about two per cell)
 *   plus the cells that merged ranges and defined names cover, which exceljs creates one by one.
 * - `sheetCells`: rows × columns of the used blocks of all sheets together (a stray value in `XFD1048576` makes a
 *   sheet's block 17 billion cells).
 * - `csvCells`: separators and line breaks in a `.csv` (an upper bound of its cells).
 *
 * @example INPUT_LIMITS.fileBytes // 104857600 (100 MiB)
 */
export const INPUT_LIMITS = {
  fileBytes: 100 * MiB,
  unpackedBytes: 300 * MiB,
  zipParts: 10_000,
  xmlElements: 1_000_000,
  sheetCells: 5_000_000,
  csvCells: 1_000_000,
} as const;

/** The limits a reader checks; tests pass smaller ones. */
export type InputLimits = { readonly [K in keyof typeof INPUT_LIMITS]: number };

/**
 * Bytes as whole mebibytes, rounded up, for the messages (`{size} MB`).
 *
 * @example mebibytes(1) // 1
 */
export function mebibytes(bytes: number): number {
  return Math.ceil(bytes / MiB);
}
