/**
 * Whether the add-in writes one status line per fiscal year on a sheet of this layout (disclosure-output.md §1 as
 * this project places them, docs/sheet-layouts.md): a column per year where a row holds several years, a row per
 * year on a transposed table; else one status line. Stated here once for the round-trip tests, apart from the code.
 *
 * @example statusLinesPerYear("wide") // true
 */
export function statusLinesPerYear(layout: string | null | undefined): boolean {
  return ["wide", "two-row-header", "next-target", "transposed"].includes(layout ?? "");
}
