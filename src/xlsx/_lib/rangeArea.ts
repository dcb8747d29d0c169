const CORNER = /^\$?([A-Za-z]+)\$?(\d+)$/;

function corner(ref: string): { row: number; col: number } | undefined {
  const m = CORNER.exec(ref.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/**
 * How many cells an A1 reference covers, corners in any order and without clamping to Excel's grid (exceljs does
 * not clamp either: a crafted `A1:A99999999` makes it create 99,999,999 cells). A single cell is 1; a reference
 * that is not a cell or a range of two cells (`$A:$A`, a name, a formula) is 0 — exceljs does not expand those.
 *
 * @example rangeArea("A1:C2") // 6
 * @example rangeArea("$D$1:$D$1048576") // 1048576
 */
export function rangeArea(ref: string): number {
  const [a, b = a, ...rest] = ref.split(":");
  const tl = corner(a);
  const br = corner(b);
  if (!tl || !br || rest.length > 0) return 0;
  return (Math.abs(br.row - tl.row) + 1) * (Math.abs(br.col - tl.col) + 1);
}
