/* Reading a SheetWrite back as what a person sees: per row, the texts of its cells left to right. */
import type { SheetWrite } from "../../../../src/core/WorkbookPatch";

/** The non-empty rows of a written sheet, each as the texts of its non-empty cells, left to right. */
export function rowTexts(sheet: SheetWrite): string[][] {
  const rows = new Map<number, { col: number; text: string }[]>();
  for (const c of sheet.cells) {
    if (c.value === null || c.value === "") continue;
    const list = rows.get(c.row) ?? [];
    list.push({ col: c.col, text: typeof c.value === "object" ? c.value.error : String(c.value) });
    rows.set(c.row, list);
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, cells]) => cells.sort((a, b) => a.col - b.col).map((c) => c.text));
}

/** The seed page as a person reads it: its lines, each as the texts of its `|`-separated non-empty cells. */
export function pageRows(page: string): string[][] {
  return page
    .split("\n")
    .map((line) => line.split("|").map((cell) => cell.trim()).filter((cell) => cell !== ""))
    .filter((cells) => cells.length > 0);
}
