import fc from "fast-check";
import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import type { JudgedKpi } from "../../../src/core/JudgedKpi";
import type { KpiField } from "../../../src/core/KpiRecord";
import { readKpiTable } from "../../../src/core/layout/readKpiTable";
import { readXlsx } from "../../../src/xlsx/readXlsx";
import { writeCheckedWorkbook } from "../../../src/xlsx/writeCheckedWorkbook";
import { arbitraryKpis } from "../../core/writeback/_support/arbitraryKpis";
import { blocksCanCarry, fieldsOf, inDisclosureOrder } from "../../core/writeback/_support/recordFields";
import { COLUMNS, kpiWorkbook } from "./_support/kpiWorkbook";
import { writebackLabels } from "../../../src/i18n/writeback";

/** The fields the KPI sheet of these workbooks has (no 原則 column). */
const FIELDS = COLUMNS as readonly KpiField[];

/** Writes the disclosure sheet into a KPI workbook file, reads the file back and the sheet's blocks. */
async function roundTrip(kpis?: JudgedKpi[]) {
  const { bytes, result } = await kpiWorkbook({ kpis });
  const out = await writeCheckedWorkbook(bytes, result, { labels: writebackLabels("ja") });
  const disclosure = (await readXlsx(out)).find((s) => s.sheetName === "開示用")!;
  const read = readKpiTable(disclosure, BUILT_IN_SCHEMA);
  expect(read.layout).toBe("blocks");
  return {
    read: read.records.map((r) => fieldsOf(r, FIELDS)),
    written: inDisclosureOrder(result.kpis).map((r) => fieldsOf(r, FIELDS)),
  };
}

describe("round trip through an .xlsx file: KPI sheet → disclosure sheet → readXlsx → readKpiTable → the same records", () => {
  it("for the seed's 24 KPIs", async () => {
    const { read, written } = await roundTrip();
    expect(read).toHaveLength(24);
    expect(read).toEqual(written);
  });

  it("for any records whose texts the blocks layout can carry", async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryKpis(blocksCanCarry), async (kpis) => {
        const { read, written } = await roundTrip(kpis);
        expect(read).toEqual(written);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
