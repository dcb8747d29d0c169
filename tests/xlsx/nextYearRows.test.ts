/**
 * 新年度の準備 through exceljs (the CLI's `--next-year`): the sample's copy gets a 2025年度 block in each sheet's
 * layout, every earlier cell and merge where it was (moved down by the inserted rows on the blocks sheet), and
 * the copy checks as before plus six 2025 KPIs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { checkSheet } from "../../src/core/checkSheet";
import type { NextYearRows } from "../../src/core/nextYear/NextYearRows";
import { afterInserts } from "../../src/core/nextYear/afterInserts";
import { planNextYear } from "../../src/core/nextYear/planNextYear";
import { writebackLabels } from "../../src/i18n/writeback";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookBytes";
import { sheetMerges } from "../../src/xlsx/_lib/exceljsInternals";
import { writeCheckedWorkbook } from "../../src/xlsx/writeCheckedWorkbook";

const SAMPLE = readFileSync(join(__dirname, "../../assets/sample-kpi.xlsx"));
const AS_OF = "2026-11-29";

async function sheetOf(bytes: Uint8Array, name: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb.getWorksheet(name)!;
}

const merges = sheetMerges;

describe.each(["KPI", "Webサイト貼付"])("--next-year on the sample's %s sheet", (sheetName) => {
  let plan: NextYearRows;
  let out: Uint8Array;
  beforeAll(async () => {
    const sheet = (await readWorkbookBytes(SAMPLE, "sample-kpi.xlsx")).find((s) => s.sheetName === sheetName)!;
    const result = checkSheet(sheet, { asOf: AS_OF });
    plan = planNextYear(result, sheet) as NextYearRows;
    out = await writeCheckedWorkbook(SAMPLE, result, { labels: writebackLabels("ja"), statusColumn: false, disclosureSheet: false, nextYear: plan });
  }, 60_000);

  it("keeps every earlier cell's value and every merge, moved down only by the inserted rows", async () => {
    const before = await sheetOf(SAMPLE, sheetName);
    const after = await sheetOf(out, sheetName);
    const moved = (row: number) => afterInserts(row, plan.insertRows ?? []);
    before.eachRow((row, r) =>
      row.eachCell((cell, c) => expect([r, c, after.getCell(moved(r), c).value]).toEqual([r, c, cell.value])),
    );
    const kept = merges(before).map((m) => ({ ...m, top: moved(m.top), bottom: moved(m.bottom) }));
    expect(merges(after)).toEqual(expect.arrayContaining(kept));
    expect(merges(after)).toHaveLength(kept.length + plan.merges.length);
  });

  it("checks as before, with six 2025 KPIs copied from 2024 and no results", async () => {
    const sheets = await readWorkbookBytes(out, "next.xlsx");
    const sheet = sheets.find((s) => s.sheetName === sheetName)!;
    const result = checkSheet(sheet, { asOf: AS_OF });
    if (plan.extendTable) expect(sheet.table).toMatchObject({ name: plan.extendTable.name, bottom: plan.rows.bottom });
    const y2025 = result.kpis.filter((k) => k.fiscalYear === 2025);
    expect(y2025.map((k) => [k.no, k.result])).toEqual([1, 2, 3, 4, 5, 6].map((no) => [no, ""]));
    expect(result.kpis).toHaveLength(30);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    // the other sheet and the rest of the workbook are not touched
    expect(sheets.map((s) => s.sheetName)).toEqual(["KPI", "Webサイト貼付"]);
  });
});
