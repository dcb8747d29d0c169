import type { SheetSnapshot } from "../../../src/core/SheetSnapshot";
import type { ApplyReport, WorkbookPort, WorkbookReading } from "../../../src/core/WorkbookPort";
import type { WorkbookPatch } from "../../../src/core/WorkbookPatch";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";
import { SEED_HEADER, SEED_ROWS } from "../../excel/_lib/seedBook";

/** A workbook port over one snapshot in memory, recording what the pane asks of it. */
export interface MemoryPort extends WorkbookPort {
  patches: WorkbookPatch[];
  selections: { sheet: string; cell: string }[];
  /** The sheet each read asked for (undefined: the active one). */
  reads: (string | undefined)[];
}

/**
 * The port a browser preview would have: a sheet in memory. `fail` makes the next read reject with it.
 *
 * @example const port = memoryPort(seedSnapshot());
 */
export function memoryPort(snapshot: SheetSnapshot, options: { fail?: unknown; readDelay?: Promise<void> } = {}): MemoryPort {
  const port: MemoryPort = {
    patches: [],
    selections: [],
    reads: [],
    async readSnapshot(read: { sheet?: string } = {}): Promise<WorkbookReading> {
      port.reads.push(read.sheet);
      await options.readDelay;
      if (options.fail !== undefined) throw options.fail;
      return {
        snapshot,
        workbook: { sheets: [snapshot.sheetName], activeSheet: snapshot.sheetName, names: [], tables: [], sheetProtected: false, structureProtected: false },
      };
    },
    async applyPatch(patch: WorkbookPatch): Promise<ApplyReport> {
      port.patches.push(patch);
      return { cells: patch.sheets.reduce((n, s) => n + s.cells.length, 0), sheets: patch.sheets.length, requests: 0, largestRequestBytes: 0 };
    },
    async selectCell(sheet: string, cell: string): Promise<void> {
      port.selections.push({ sheet, cell });
    },
  };
  return port;
}

/** The seed's KPI table as a snapshot of sheet `KPI`. */
export function seedSnapshot(): SheetSnapshot {
  return snapshotFromRows("KPI", [SEED_HEADER, ...SEED_ROWS.map((r) => r.map((v) => (v === "" ? null : v)))]);
}
