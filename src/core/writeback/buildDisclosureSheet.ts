import type { JudgedKpi } from "../JudgedKpi";
import type { CellFormat, SheetWrite } from "../WorkbookPatch";
import { cellText } from "./cleanText";
import { pagedSheetWrite } from "./_lib/pagedSheetWrite";
import { SheetBuilder } from "./_lib/SheetBuilder";
import { disclosureBlocks, type DisclosureItem } from "./disclosureBlocks";
import { planPages, type PageBlock } from "./planPages";
import { OWNER_NAMES, ownSheetName } from "./ownership";
import { publicStatus } from "./publicStatus";
import { STATUS_STYLES } from "./statusStyle";
import type { WriteOptions } from "./WriteOptions";

/**
 * Column widths of the disclosure sheet: label, target, result label, result, status. Together narrower than A4
 * portrait's printable width in every renderer this project knows, so that the sheet prints at 100 % and the
 * page plan's heights are the printed heights (see {@link PAGE_HEIGHT}): 84.5 character units are 591 px
 * (443 pt) in Excel with the default font Calibri 11 (a digit 7 px wide), about 484 pt in LibreOffice with Carlito
 * (Calibri's metric twin; measured ~7.64 px a unit, its digit taken unrounded), against 494 pt printable. Column A is
 * not 9: exceljs leaves a width of 9, its own default, unwritten, and the column would print at Excel's 8.43.
 *
 * @example DISCLOSURE_WIDTHS[2] // 31: the target column
 */
const DISCLOSURE_WIDTHS: Readonly<Record<number, number>> = { 1: 8.5, 2: 31, 3: 16, 4: 16, 5: 13 };

/**
 * Printable height of an A4 portrait page in points, as the page plan fills it: 297 mm less Excel's default top and
 * bottom margins of 0.75 in (the header and footer print inside them), less 1 % for rounding in a renderer's row
 * heights. The sheet is set to fit its width on the page, which only ever scales down, and its columns fit A4 at
 * 100 % (DISCLOSURE_WIDTHS): so this is the most a page can hold in any renderer and no planned page can spill.
 * Where a workbook's default font has wider digits (游ゴシック, or a renderer missing Calibri and Carlito), the
 * columns grow, the renderer scales the sheet down, and pages print less full, never split.
 */
const PAGE_HEIGHT = (842 - 2 * 54) * 0.99;
const YEAR_GAP = 14;
const ITEM_GAP = 8;

function heightOf(sheet: SheetBuilder, top: number, bottom: number): number {
  let h = 0;
  for (let r = top; r <= bottom; r++) h += sheet.rowHeights[r] ?? 15;
  return h;
}

const BORDER = { top: true, bottom: true, left: true, right: true, color: "#808080" } as const;

/**
 * The disclosure sheet 開示用 / Disclosure (disclosure-output.md §2): the page heading and its notes, then per
 * fiscal year (newest first) a `2024年度` heading and per KPI (by No) the website's blocks —
 * `No | title`, description, `対象 | scope`, `目標 | target | 結果(YYYY年度) | result`, commitment —
 * with borders, merges, wrapped text, row heights sized to the text and A4 portrait page setup. It replaces
 * the sheet the add-in wrote before and never takes the name of a user sheet (`開示用 (2)` then). It is what
 * gets printed, so it follows the HTML's rules: no 目標/結果 row for a KPI without a target, and the status
 * column only with `showStatus`, then showing only 達成, 一部達成 and 未達成 (an empty cell for the others).
 *
 * @example buildDisclosureSheet(result.kpis, { labels: writebackLabels("ja"), existing }).name // "開示用"
 */
export function buildDisclosureSheet(kpis: readonly JudgedKpi[], options: WriteOptions): SheetWrite {
  const { labels: L, existing } = options;
  const showStatus = options.showStatus ?? false;
  const { owned, name } = ownSheetName(existing, OWNER_NAMES.disclosureSheet, L.disclosureSheet);
  const font = { name: L.font };
  const text = (extra: CellFormat = {}): CellFormat => ({
    numberFormat: "@",
    wrapText: true,
    verticalAlignment: "center",
    borders: BORDER,
    ...extra,
    font: { ...font, size: 11, ...extra.font },
  });
  const label = text({ fill: "#F2F2F2", font: { bold: true }, horizontalAlignment: "center" });
  const title = text({ fill: "#DDEBF7", font: { bold: true }, horizontalAlignment: "left", indent: 1 });
  const prose = text({ verticalAlignment: "top", horizontalAlignment: "left", indent: 1 });
  const value = text({ horizontalAlignment: "left", indent: 1 });
  const plain = (extra: CellFormat): CellFormat => ({ ...text(extra), borders: undefined });

  const sheet = new SheetBuilder(DISCLOSURE_WIDTHS, 16.5, 6);
  const last = 5;
  let row = 1;
  const content = disclosureBlocks(kpis, options.years);
  sheet.put(row++, 1, last, L.pageHeading, plain({ font: { bold: true, size: 14 } }));
  sheet.put(row++, 1, last, L.kpiExplanation, plain({}));
  if (content.mentionsNps) {
    sheet.put(row++, 1, last, L.npsExplanation, plain({}));
    sheet.put(row++, 1, last, L.npsTrademark, plain({ font: { size: 9 } }));
  }
  // The page plan (planPages): each block measured on a scratch sheet, then placed — pages filled before
  // breaking, no block split, the year's heading repeated on a page that continues a year.
  const headingFormat = plain({ font: { bold: true, size: 12 } });
  const measure = (put: (s: SheetBuilder) => number): number => {
    const scratch = new SheetBuilder(DISCLOSURE_WIDTHS, 16.5, 6);
    return heightOf(scratch, 1, put(scratch) - 1);
  };
  const headingHeight = measure((s) => (s.put(1, 1, last, L.yearHeading(2000), headingFormat), 2));
  const blocks: PageBlock[] = content.years.flatMap((year) =>
    year.items.map((item, i) => ({
      height: (i === 0 ? headingHeight : 0) + measure((s) => putItem(s, 1, item, year.fiscalYear)),
      gap: i === 0 ? YEAR_GAP : ITEM_GAP,
      opensYear: i === 0,
    })),
  );
  const plan = planPages(blocks, { pageHeight: PAGE_HEIGHT, headingHeight, firstPageUsed: heightOf(sheet, 1, row - 1) });
  const pageBreaks: number[] = [];
  let b = 0;
  for (const year of content.years) {
    year.items.forEach((item, i) => {
      const { newPage, continuesYear } = plan[b++];
      if (newPage) pageBreaks.push(row);
      else sheet.spacer(row++, i === 0 ? YEAR_GAP : ITEM_GAP);
      if (i === 0) sheet.put(row++, 1, last, L.yearHeading(year.fiscalYear), headingFormat);
      else if (continuesYear) sheet.put(row++, 1, last, L.yearContinued(year.fiscalYear), headingFormat);
      row = putItem(sheet, row, item, year.fiscalYear);
    });
  }

  function putItem(s: SheetBuilder, r: number, item: DisclosureItem, fy: number): number {
    const no = typeof item.no === "number" ? item.no : cellText(item.no);
    s.put(r, 1, 1, no, { ...label, numberFormat: typeof no === "number" ? "General" : "@" });
    s.put(r++, 2, last, cellText(item.title), title);
    if (item.description !== undefined) s.put(r++, 1, last, cellText(item.description), prose);
    // A block's free text rows are told apart by the label rows between them: a commitment alone would read
    // back as a description, so it gets an empty 対象 row before it.
    const targetRow = item.targetRow && (item.targetRow.target !== "" || (item.targetRow.result ?? "") !== "") ? item.targetRow : undefined;
    const lone = item.description === undefined && item.principles === undefined && !targetRow;
    if (item.scope !== undefined || (lone && item.commitment !== undefined)) {
      s.put(r, 1, 1, L.scopeLabel, label);
      s.put(r++, 2, last, cellText(item.scope ?? ""), value);
    }
    if (item.principles !== undefined) {
      s.put(r, 1, 1, L.principlesLabel, label);
      s.put(r++, 2, last, cellText(item.principles), value);
    }
    if (targetRow) {
      const statusCol = showStatus ? last : last + 1;
      const end = statusCol - 1;
      s.put(r, 1, 1, L.targetLabel, label);
      if (targetRow.result !== undefined) {
        s.put(r, 2, 2, cellText(targetRow.target), value);
        s.put(r, 3, 3, L.resultLabel(fy), label);
        s.put(r, 4, end, cellText(targetRow.result), value);
      } else {
        s.put(r, 2, end, cellText(targetRow.target), value);
      }
      const shown = publicStatus(item.status);
      if (showStatus && shown) {
        const st = STATUS_STYLES[shown];
        s.put(r, statusCol, statusCol, L.status[shown], text({
          fill: st.fill,
          font: { bold: true, color: st.color },
          horizontalAlignment: "center",
        }));
      }
      r++;
    }
    if (item.commitment !== undefined) s.put(r++, 1, last, cellText(item.commitment), prose);
    return r;
  }

  return pagedSheetWrite(sheet, {
    name,
    replaces: owned,
    ownerName: OWNER_NAMES.disclosureSheet,
    columnWidths: { ...DISCLOSURE_WIDTHS },
    orientation: "portrait",
    bottom: row - 1,
    right: last,
    header: L.pageHeading,
    pageBreaks,
  });
}
