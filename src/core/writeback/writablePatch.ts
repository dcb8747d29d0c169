import type { WorkbookPatch } from "../WorkbookPatch";
import { needsStructure } from "./needsStructure";

/** What of a workbook is locked against the add-in's write, as a port or a file reader finds it. */
export interface WriteProtection {
  /** The sheets whose cells are locked (Review > Protect Sheet): their status lines are left out. */
  readonly protectedSheets: readonly string[];
  /** The workbook's structure is locked (Review > Protect Workbook): no sheet may be added or renamed. */
  readonly structureProtected: boolean;
  /** The workbook's sheets as read, in order: an add-in's sheet already there is written in place. */
  readonly sheetNames: readonly string[];
}

/** The write plan that protection lets through, and what it kept back (each list empty when nothing was). */
export interface WritablePatch {
  readonly patch: WorkbookPatch;
  /** The protected sheets whose status lines were left out, in plan order. */
  readonly notWritten: readonly string[];
  /** The add-in's sheets (開示用, 指摘一覧, 推移) not added, or not renamed, because the workbook's structure is protected. */
  readonly notAdded: readonly string[];
}

/**
 * The part of a write plan a protected workbook lets the add-in write (disclosure-output.md, docs/pane.md "One sheet
 * per year"): the status lines on protected sheets are left out, and so are, when the structure is protected, the
 * add-in's sheets that would have to be added or renamed (with the selection of one of them); everything else is
 * written. Says which sheets were kept back, so that the front end can tell the user what was not written and why.
 * The next year's rows (`rows`) are left as they are: their write is refused whole by the port.
 *
 * @example
 * writablePatch(patch, { protectedSheets: ["2022年度"], structureProtected: true, sheetNames: ["2022年度", "2023年度"] })
 * // { patch: { statusLines: [2023年度's], sheets: [] }, notWritten: ["2022年度"], notAdded: ["開示用"] }
 */
export function writablePatch(patch: WorkbookPatch, protection: WriteProtection): WritablePatch {
  const lines = patch.statusLines ?? [];
  const locked = new Set(protection.protectedSheets);
  const notWritten = [...new Set(lines.filter((l) => locked.has(l.sheet)).map((l) => l.sheet))];
  const kept = protection.structureProtected ? patch.sheets.filter((s) => !needsStructure(s, protection.sheetNames)) : patch.sheets;
  const notAdded = patch.sheets.filter((s) => !kept.includes(s)).map((s) => s.name);
  if (notWritten.length === 0 && notAdded.length === 0) return { patch, notWritten, notAdded };
  const out: WorkbookPatch = { ...patch, sheets: kept };
  if (patch.statusLines) out.statusLines = lines.filter((l) => !locked.has(l.sheet));
  const selected = patch.select?.sheet;
  if (selected !== undefined && (notAdded.includes(selected) || locked.has(selected))) delete out.select;
  return { patch: out, notWritten, notAdded };
}

