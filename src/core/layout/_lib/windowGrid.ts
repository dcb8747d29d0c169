import type { Grid } from "./Grid";

/**
 * The top-left part of a grid, at most `rows` × `cols` (the grid itself when it is no larger), its Excel Table cut
 * to fit: detection scores its candidate readings on it, so that a sheet of 100,000 rows costs what one of a few
 * hundred does. Reading the chosen layout is done on the whole grid.
 *
 * @example windowGrid(grid, 200, 120).bottom // min(grid.bottom, grid.top + 199)
 */
export function windowGrid(grid: Grid, rows: number, cols: number): Grid {
  const bottom = Math.min(grid.bottom, grid.top + rows - 1);
  const right = Math.min(grid.right, grid.left + cols - 1);
  if (bottom === grid.bottom && right === grid.right) return grid;
  const t = grid.table;
  const table =
    t && t.top <= bottom && t.left <= right
      ? { ...t, bottom: Math.min(t.bottom, bottom), right: Math.min(t.right, right), totalsRow: t.totalsRow && t.bottom <= bottom }
      : undefined;
  return { ...grid, bottom, right, table };
}
