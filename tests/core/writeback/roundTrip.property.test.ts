import fc from "fast-check";
import type { JudgedKpi } from "../../../src/core/JudgedKpi";
import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import { readKpiTable } from "../../../src/core/layout/readKpiTable";
import { buildDisclosureSheet } from "../../../src/core/writeback/buildDisclosureSheet";
import { arbitraryKpis } from "./_support/arbitraryKpis";
import { blocksCanCarry, fieldsOf, inDisclosureOrder } from "./_support/recordFields";
import { seedJudged } from "./_support/seedJudged";
import { snapshotOfSheetWrite } from "./_support/sheetSnapshot";
import { writebackLabels } from "../../../src/i18n/writeback";

function roundTrip(kpis: JudgedKpi[]): { read: Record<string, string>[]; written: Record<string, string>[] } {
  const sheet = buildDisclosureSheet(kpis, { labels: writebackLabels("ja"), existing: { sheetNames: [], definedNames: {} } });
  const read = readKpiTable(snapshotOfSheetWrite(sheet), BUILT_IN_SCHEMA);
  expect(read.layout).toBe("blocks");
  return { read: read.records.map((r) => fieldsOf(r)), written: inDisclosureOrder(kpis).map((r) => fieldsOf(r)) };
}

describe("round trip: records → disclosure sheet → readKpiTable (blocks) → the same records", () => {
  it("gives back the seed's 24 KPIs", () => {
    const { read, written } = roundTrip(seedJudged());
    expect(read).toEqual(written);
  });

  it("gives back any records whose texts the blocks layout can carry", () => {
    fc.assert(
      fc.property(arbitraryKpis(blocksCanCarry), (kpis) => {
        const { read, written } = roundTrip(kpis);
        expect(read).toEqual(written);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
