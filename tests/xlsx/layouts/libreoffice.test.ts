/* The realistic agency workbooks of tests/fixtures/layouts/workbooks are real files: LibreOffice opens each one and
   converts every sheet (the hidden old sheet too) to CSV without complaint, and every cell it shows is the text the
   project's reader (exceljs) gives for that cell. Cells inside a merge other than its top-left one are empty in
   LibreOffice's CSV and are not compared. Skipped, loudly, without LibreOffice. */
import { parse } from "csv-parse/sync";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convert, CSV_ALL_SHEETS, hasLibreOffice, LIBREOFFICE } from "../../../scripts/libreoffice";
import type { SheetSnapshot } from "../../../src/core/SheetSnapshot";
import { readXlsx } from "../../../src/xlsx/readXlsx";
import { LAYOUT_FIXTURES, WORKBOOKS } from "../../cli/_support/layoutFixtures";

const available = hasLibreOffice();
if (!available) console.warn(`!!! ${LIBREOFFICE} is missing: the LibreOffice checks of the layout fixtures are SKIPPED !!!`);
const describeLo = available ? describe : describe.skip;

jest.setTimeout(300_000);

/** The snapshot's shown text at a 1-based sheet cell, "" outside it and inside a merge other than its top-left. */
function shown(snap: SheetSnapshot, row: number, col: number): string {
  const inner = (snap.merges ?? []).some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left));
  if (inner) return "";
  return snap.texts[row - snap.origin.row]?.[col - snap.origin.col] ?? "";
}

describeLo("LibreOffice opens every layout fixture and shows the cells the reader reads", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "kpi-lo-layouts-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(LAYOUT_FIXTURES.map((f) => f.file))("%s", async (file) => {
    const path = join(WORKBOOKS, file);
    const run = convert(path, CSV_ALL_SHEETS, join(dir, file));
    expect(run.errors).toEqual([]);
    expect(run.status).toBe(0);
    const sheets = await readXlsx(new Uint8Array(readFileSync(path)));
    for (const snap of sheets) {
      const csvFile = join(dir, file, `${file.replace(/\.xlsx$/, "")}-${snap.sheetName}.csv`);
      const rows = parse(readFileSync(csvFile, "utf8"), { relaxColumnCount: true }) as string[][];
      const lastRow = Math.max(rows.length, snap.origin.row + snap.texts.length - 1);
      const lastCol = Math.max(...rows.map((r) => r.length), snap.origin.col + (snap.texts[0]?.length ?? 0) - 1);
      const differences: string[] = [];
      for (let r = 1; r <= lastRow; r++) {
        for (let c = 1; c <= lastCol; c++) {
          const lo = rows[r - 1]?.[c - 1] ?? "";
          const ours = shown(snap, r, c);
          if (lo !== ours) differences.push(`${snap.sheetName}!R${r}C${c}: LibreOffice ${JSON.stringify(lo)}, reader ${JSON.stringify(ours)}`);
        }
      }
      expect(differences).toEqual([]);
      expect(rows.flat().join("")).not.toBe("");
    }
  });
});
