import type JSZip from "jszip";
import { relsOf, relsPathOf, resolve, text } from "./packageParts";

/**
 * The parts that hang off a sheet the add-in owns and replaces (its drawings, the charts on them and what those
 * refer to: chart styles and colours, embedded chart data): they go with the sheet when it is written anew, so
 * they are not the user's to lose. The sheet's part is listed too; parts the other sheets also refer to are not.
 *
 * @example await ownedSheetParts(zip, "xl/worksheets/sheet3.xml", others) // Set { "xl/worksheets/sheet3.xml", "xl/drawings/drawing1.xml", "xl/charts/chart1.xml", … }
 */
export async function ownedSheetParts(zip: JSZip, sheetPart: string, otherSheetParts: readonly string[]): Promise<Set<string>> {
  const reach = async (part: string, seen: Set<string>): Promise<void> => {
    const rels = relsPathOf(part);
    if (!zip.file(rels)) return;
    seen.add(rels);
    for (const r of relsOf(await text(zip, rels))) {
      if (r.external) continue;
      const target = resolve(rels, r.target);
      if (seen.has(target) || !zip.file(target)) continue;
      seen.add(target);
      await reach(target, seen);
    }
  };
  const owned = new Set<string>([sheetPart]);
  await reach(sheetPart, owned);
  // what the user's sheets reach too (a shared picture, a printer setting) stays theirs
  const shared = new Set<string>();
  for (const other of otherSheetParts) await reach(other, shared);
  for (const p of shared) owned.delete(p);
  return owned;
}
