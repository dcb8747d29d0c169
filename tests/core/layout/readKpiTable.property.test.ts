import { fieldCells } from "../../../src/core/KpiRecord";
import fc from "fast-check";
import { parseKpiNo } from "../../../src/core/checks/parseKpiNo";
import { parseFiscalYear } from "../../../src/core/fiscalYear/parseFiscalYear";
import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import { matchHeader } from "../../../src/core/layout/matchHeader";
import { readKpiTable } from "../../../src/core/layout/readKpiTable";
import type { CellValue, MergedRange } from "../../../src/core/SheetSnapshot";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";
import { blocksRows, recordTexts, seedKpis, seedTexts, type SeedKpi } from "./_support/seedFixture";
import { addressOf } from "../../../src/core/cellAddress";

/** Words that steer the reader: aliases, year headings, Nos, placeholders, seed texts. */
const words = fc.constantFrom<CellValue>(
  "年度",
  "No",
  "取組項目",
  "目標",
  "結果",
  "結果(2023年度)",
  "対象",
  "実績",
  "KPI",
  "方針",
  "備考",
  "達成状況",
  "2023年度",
  "令和5年度",
  "FY23",
  "①",
  "No.1",
  "1",
  "",
  " ",
  "-",
  "お客様アンケートの収集",
  "回答数:200件",
  "60.00%",
  "#N/A",
  "\n",
  "目標\n(数値)",
);
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  words,
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -5, max: 3000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom({ error: "#N/A" }, { error: "#DIV/0!" }),
);
const grid = fc.array(fc.array(cellValue, { maxLength: 8 }), { maxLength: 12 });
const merge: fc.Arbitrary<MergedRange> = fc
  .tuple(fc.integer({ min: -2, max: 14 }), fc.integer({ min: -2, max: 10 }), fc.nat(4), fc.nat(4))
  .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));
const table = fc.option(
  fc.record({
    name: fc.constant("T"),
    top: fc.integer({ min: 0, max: 14 }),
    left: fc.integer({ min: 0, max: 9 }),
    bottom: fc.integer({ min: 0, max: 14 }),
    right: fc.integer({ min: 0, max: 9 }),
  }),
  { nil: undefined },
);
const origin = fc.record({ row: fc.integer({ min: 1, max: 40 }), col: fc.integer({ min: 1, max: 5 }) });

describe("readKpiTable on random small grids", () => {
  it("never throws, and its answer is consistent", () => {
    fc.assert(
      fc.property(grid, fc.array(merge, { maxLength: 4 }), table, origin, (rows, merges, tbl, at) => {
        const snap = snapshotFromRows("KPI", rows, { merges, table: tbl, origin: at });
        const read = readKpiTable(snap, BUILT_IN_SCHEMA);
        if (read.layout === null) {
          expect(read.records).toEqual([]);
          expect(read.range).toBeNull();
          expect(read.findings.map((f) => f.code)).toEqual(["table-not-found"]);
        } else {
          expect(read.range).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
        }
        const starts = read.records.map((r) => r.row);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
        for (const record of read.records) {
          for (const [, cell] of fieldCells(record)) {
            expect(typeof cell.text).toBe("string");
            expect(addressOf(cell)).toMatch(/^[A-Z]+\d+$/);
          }
        }
      }),
      { seed: 1893, numRuns: 2000 },
    );
  });
});

/** A free text row of the blocks layout must not read as a year heading, a label or a No. */
const isFreeText = (s: string): boolean =>
  s.trim() !== "" &&
  parseFiscalYear(s, s, BUILT_IN_SCHEMA) === undefined &&
  matchHeader(s, BUILT_IN_SCHEMA, { affix: false }) === undefined &&
  parseKpiNo(s, s) === undefined;

const seedStrings = seedKpis.flatMap((k) => [k.title, k.description, k.scope, k.target, k.result, k.commitment]);
const text = fc.oneof(
  fc.constantFrom(...seedStrings.filter((s): s is string => !!s)),
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.constantFrom("お客さま|本位", '"引用"', "改行を\n含む", "😀絵文字", "ｶﾀｶﾅ半角", "<b>太字</b>", "x".repeat(2000)),
);
const freeText = text.filter(isFreeText);
const optionalValue = fc.option(
  text.filter((s) => s.trim() !== ""),
  { nil: "" },
);

/** KPIs as the blocks layout can hold them (a KPI without description nor labels is left out: see below). */
const kpi: fc.Arbitrary<Omit<SeedKpi, "fiscalYear" | "no">> = fc
  .record({
    title: optionalValue,
    description: fc.option(freeText, { nil: null }),
    scope: fc.option(optionalValue, { nil: null }),
    target: fc.option(
      optionalValue.filter((s) => matchHeader(s, BUILT_IN_SCHEMA, { affix: false }) === undefined),
      { nil: null },
    ),
    result: optionalValue,
    commitment: fc.option(freeText, { nil: null }),
  })
  .map((k) => ({ ...k, result: k.target === null ? null : k.result }))
  // With no label rows and no description, a lone text row cannot be told from a description.
  .filter((k) => k.description !== null || k.scope !== null || k.target !== null || k.commitment === null);

describe("blocks layout: written and read back", () => {
  it("gives the KPIs' texts (texts that read as a heading, label or No cannot be free text rows)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(kpi, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), (years) => {
        const kpis: SeedKpi[] = years.flatMap((items, y) =>
          items.map((k, i) => ({ ...k, fiscalYear: `${2024 - y}年度`, no: i + 1 })),
        );
        expect(
          recordTexts(readKpiTable(snapshotFromRows("開示用", blocksRows(kpis)), BUILT_IN_SCHEMA).records),
        ).toEqual(seedTexts(kpis));
      }),
      { seed: 2024, numRuns: 500 },
    );
  });
});
