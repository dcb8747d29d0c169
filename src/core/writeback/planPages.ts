/**
 * One block of the disclosure sheet for the page plan: a KPI's rows, with the fiscal year's heading above it when
 * it is the year's first (`opensYear`); `gap` is the empty row before it (dropped at the top of a page).
 *
 * @example { height: 180, gap: 8, opensYear: false }
 */
export interface PageBlock {
  height: number;
  gap: number;
  opensYear: boolean;
}

/**
 * Where a block goes: on a new page or not, and whether that new page continues a fiscal year (so it starts with
 * the year's heading again).
 *
 * @example { newPage: true, continuesYear: true }
 */
export interface PlacedBlock {
  newPage: boolean;
  continuesYear: boolean;
}

/**
 * The page plan of the disclosure sheet (disclosure-output.md §2), in points: pages are filled before breaking —
 * a block goes on the current page whenever it fits, gap included — no block is split (one taller than a page gets
 * a page of its own), a year's heading stays with its first block, and a page that continues a year starts with
 * the year's heading again (`headingHeight` high). `firstPageUsed` is what the page heading and notes take on the
 * first page. Kept apart from the sheet so that it is tested on its own: where a renderer breaks pages depends on
 * its fonts, this plan only on the heights given.
 *
 * @example
 * planPages([{ height: 500, gap: 14, opensYear: true }, { height: 400, gap: 8, opensYear: false }], { pageHeight: 760, headingHeight: 25, firstPageUsed: 60 })
 * // [{ newPage: false, continuesYear: false }, { newPage: true, continuesYear: true }]
 */
export function planPages(
  blocks: readonly PageBlock[],
  page: { pageHeight: number; headingHeight: number; firstPageUsed: number },
): PlacedBlock[] {
  let used = page.firstPageUsed;
  return blocks.map((b) => {
    const need = (used > 0 ? b.gap : 0) + b.height;
    if (used === 0 || used + need <= page.pageHeight) {
      used += need;
      return { newPage: false, continuesYear: false };
    }
    const continuesYear = !b.opensYear;
    used = (continuesYear ? page.headingHeight : 0) + b.height;
    return { newPage: true, continuesYear };
  });
}
