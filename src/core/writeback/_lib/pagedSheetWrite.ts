import { rangeAddress } from "../../cellAddress";
import type { SheetWrite } from "../../WorkbookPatch";
import { formatReference } from "./parseReference";
import type { SheetBuilder } from "./SheetBuilder";

/** What a printed sheet of the add-in's own (開示用, 推移) says besides its cells. */
export interface PagedSheet {
  readonly name: string;
  /** The sheet it replaces (the add-in's earlier one), if any. */
  readonly replaces: string | undefined;
  /** Its marker name (`KpiCheck_Disclosure`, `KpiCheck_Trend`). */
  readonly ownerName: string;
  readonly columnWidths: Record<number, number>;
  readonly orientation: "portrait" | "landscape";
  /** The printed area's last row and column (it starts at A1). */
  readonly bottom: number;
  readonly right: number;
  /** The text of the page header. */
  readonly header: string;
  /** Rows that start a new printed page. */
  readonly pageBreaks: number[];
}

/**
 * The write of a sheet the add-in owns and prints: the builder's cells, merges and row heights; A4 fitted to the
 * page width and centred, the page header and page numbers; no grid lines; its marker on A1.
 *
 * @example pagedSheetWrite(sheet, { name: "開示用", replaces: undefined, ownerName: "KpiCheck_Disclosure", columnWidths, orientation: "portrait", bottom: 40, right: 6, header: "お客さま本位の業務運営", pageBreaks: [] }).print?.area // "A1:F40"
 */
export function pagedSheetWrite(sheet: SheetBuilder, p: PagedSheet): SheetWrite {
  return {
    kind: "replace-sheet",
    name: p.name,
    replaces: p.replaces,
    cells: sheet.cells,
    merges: sheet.merges,
    columnWidths: p.columnWidths,
    rowHeights: sheet.rowHeights,
    print: {
      paperSize: "A4",
      orientation: p.orientation,
      fitToWidth: true,
      area: rangeAddress(1, 1, p.bottom, p.right),
      centerHorizontally: true,
      header: p.header,
      pageNumbers: true,
    },
    pageBreaks: p.pageBreaks,
    showGridLines: false,
    ownerName: p.ownerName,
    ownerRef: formatReference(p.name, 1, 1),
  };
}
