import { ENGINE } from "../../src/app/pipeline/engine";
import { runKpiCheck } from "../../src/app/pipeline/runKpiCheck";
import { DEFAULT_SETTINGS, type CheckSettings } from "../../src/app/settings/CheckSettings";
import { STATUS_STYLES } from "../../src/core/writeback/statusStyle";
import { KPI_STATUSES } from "../../src/core/KpiStatus";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { writebackLabels } from "../../src/i18n/writeback";
import { statusWrites } from "../../src/core/WorkbookPatch";
import { AGENCY_SHAPES, AS_OF } from "../fixtures/layouts/agencyShapes";
import { FakeBook, parseRect, type FakeConditionalFormat } from "./_lib/FakeBook";
import { fakeExcel, type FakeExcel } from "./_lib/fakeExcel";
import { SEED_HEADER, SEED_ROWS, seedBook } from "./_lib/seedBook";

const SETTINGS: CheckSettings = { ...DEFAULT_SETTINGS, write: { ...DEFAULT_SETTINGS.write, statusColumn: true, disclosureSheet: false, findingsSheet: false, trendSheet: false } };
const RESULT = SEED_HEADER.indexOf("結果") + 1;
const STATUS = SEED_HEADER.length + 1;
const LABELS = writebackLabels("ja");

/** The fill each status mark stands for, from the add-in's own labels and styles (― has none). */
const FILL_OF_MARK = new Map(KPI_STATUSES.map((s) => [[...LABELS.status[s]][0], STATUS_STYLES[s].fill]));

async function click(excel: FakeExcel) {
  const port = new ExcelWorkbookPort(excel.run);
  return runKpiCheck(port, ENGINE, SETTINGS, { lang: "ja", today: "2026-11-29" });
}

const ours = (cfs: FakeConditionalFormat[]) => cfs.filter((cf) => cf.type === "Custom" && /^=LEFT\(\$I\d+,1\)=/.test(cf.formula ?? ""));

function snapshotOf(book: FakeBook, sheet: string, exceptCol: number) {
  return [...book.sheet(sheet).cells].filter(([key]) => Number(key.split(",")[1]) !== exceptCol).map(([key, c]) => [key, JSON.stringify(c)]);
}

describe("the status conditional formats through Office.js (ExcelApi 1.6, within the 1.9 the add-in requires)", () => {
  it("colour each result cell by the status its row shows, from rules over the result cells read from the status column", async () => {
    const book = seedBook();
    await click(fakeExcel(book));
    const kpi = book.sheet("KPI");
    const rules = ours(kpi.conditionalFormats);
    expect(rules.map((r) => [r.formula, r.fill])).toEqual(
      expect.arrayContaining([
        ['=LEFT($I2,1)="◯"', STATUS_STYLES.met.fill],
        ['=LEFT($I2,1)="×"', STATUS_STYLES.not_met.fill],
      ]),
    );
    expect(new Set(rules.map((r) => JSON.stringify(r.rects)))).toEqual(new Set([JSON.stringify([{ top: 2, left: RESULT, bottom: 25, right: RESULT }])]));
    for (let row = 2; row <= 25; row++) {
      const mark = [...String(kpi.peek(row, STATUS)?.value ?? "")][0];
      expect({ row, fill: kpi.conditionalFill(row, RESULT) }).toEqual({ row, fill: FILL_OF_MARK.get(mark) });
    }
    expect(new Set(Array.from({ length: 24 }, (_, i) => kpi.conditionalFill(i + 2, RESULT))).size).toBeGreaterThan(2);
  });

  it("are anchored at the first KPI row wherever the table starts on the sheet", async () => {
    const book = new FakeBook();
    book.addSheet("KPI", [SEED_HEADER, ...SEED_ROWS], { row: 4, col: 2 });
    await click(fakeExcel(book));
    const kpi = book.sheet("KPI");
    const [result, status] = [RESULT + 1, STATUS + 1];
    const formulas = kpi.conditionalFormats.map((cf) => cf.formula);
    expect(formulas).toContain('=LEFT($J5,1)="◯"');
    for (let row = 5; row <= 28; row++) {
      const mark = [...String(kpi.peek(row, status)?.value ?? "")][0];
      expect({ row, fill: kpi.conditionalFill(row, result) }).toEqual({ row, fill: FILL_OF_MARK.get(mark) });
    }
  });

  it("are replaced, never duplicated, when the check runs again", async () => {
    const book = seedBook();
    const excel = fakeExcel(book);
    await click(excel);
    const first = ours(book.sheet("KPI").conditionalFormats);
    await click(excel);
    await click(excel);
    const now = ours(book.sheet("KPI").conditionalFormats);
    expect(now).toHaveLength(first.length);
    expect(now.map((r) => r.formula).sort()).toEqual(first.map((r) => r.formula).sort());
    expect(now.some((r) => first.some((f) => f.id === r.id))).toBe(false);
  });

  it("leave the user's own rules as they were, ahead in priority, and change no cell but the status column's", async () => {
    const book = seedBook();
    const user = [
      book.addConditionalFormat("KPI", { type: "Custom", rects: [{ top: 2, left: RESULT, bottom: 25, right: RESULT }], formula: '=LEFT($C2,1)="お"', fill: "#FFFF00" }),
      book.addConditionalFormat("KPI", { type: "CellValue", rects: [{ top: 2, left: 2, bottom: 25, right: 2 }] }),
      book.addConditionalFormat("KPI", { type: "Custom", rects: [{ top: 2, left: 8, bottom: 25, right: 8 }], formula: '=LEFT($H2,1)="当"', fill: "#DDDDDD" }),
    ].map((cf) => ({ ...cf, rects: [...cf.rects] }));
    const before = snapshotOf(book, "KPI", STATUS);
    const excel = fakeExcel(book);
    await click(excel);
    await click(excel);
    const kpi = book.sheet("KPI");
    expect(kpi.conditionalFormats.slice(0, 3)).toEqual(user);
    expect(kpi.conditionalFormats).toHaveLength(3 + ours(kpi.conditionalFormats).length);
    expect(snapshotOf(book, "KPI", STATUS)).toEqual(before);
    // The user's rule wins where both fill: it comes first.
    const row = SEED_ROWS.findIndex((r) => String(r[2]).startsWith("お")) + 2;
    expect(kpi.conditionalFill(row, RESULT)).toBe("#FFFF00");
  });

  it("a click keeps its three syncs: the rules are read in the block's sync", async () => {
    const excel = fakeExcel(seedBook());
    await click(excel);
    expect(excel.syncs()).toBe(3);
  });
});

describe("the status conditional formats when the rules were not read with the sheet", () => {
  it("a plan applied without a read before reads the rules together with the workbook's names: one sync more, as before", async () => {
    const book = seedBook();
    const excel = fakeExcel(book);
    const outcome = await click(excel);
    const again = fakeExcel(book);
    const report = await new ExcelWorkbookPort(again.run).applyPatch(outcome.patch!);
    expect(again.syncs()).toBe(2);
    expect(report.requests).toBe(2);
    expect(ours(book.sheet("KPI").conditionalFormats)).toHaveLength(5);
  });

  it("a second write planned from the same read reads them again with its check of the sheet (two syncs, as before), and still leaves one set", async () => {
    const book = seedBook();
    const excel = fakeExcel(book);
    await click(excel);
    const port = new ExcelWorkbookPort(excel.run);
    const outcome = await runKpiCheck(port, ENGINE, SETTINGS, { lang: "ja", today: "2026-11-29" });
    const before = excel.syncs();
    await port.applyPatch(outcome.patch!);
    expect(excel.syncs() - before).toBe(2);
    expect(ours(book.sheet("KPI").conditionalFormats)).toHaveLength(5);
  });

  it("when Excel fails to read a rule of the sheet, the column is written and no rule added twice", async () => {
    const book = seedBook();
    const excel = fakeExcel(book);
    await click(excel);
    const user = book.addConditionalFormat("KPI", { type: "Custom", rects: [{ top: 2, left: 3, bottom: 25, right: 3 }], formula: '=LEFT($C2,1)="お"', fill: "#FFFF00", unreadable: true });
    book.sheet("KPI").cell(2, STATUS).value = "";
    const outcome = await click(excel);
    expect(outcome.applied?.requests).toBe(1);
    expect(book.sheet("KPI").peek(2, STATUS)?.value).not.toBe("");
    expect(ours(book.sheet("KPI").conditionalFormats)).toHaveLength(5);
    expect(book.sheet("KPI").conditionalFormats).toContainEqual(user);
  });
});

describe("the status conditional formats on every layout (each status line's rules, whatever the placement)", () => {
  const SETTINGS_ALL: CheckSettings = { ...SETTINGS, asOf: AS_OF };
  it.each(AGENCY_SHAPES.map((s) => [s.name, s] as const))("%s: each KPI's result cell coloured by its status, one set of rules after three clicks", async (_, shape) => {
    const book = new FakeBook();
    const sheet = book.addSheet(shape.sheetName, shape.rows.map((row) => row.map((v) => (v !== null && typeof v === "object" ? v.error : v))));
    for (const m of shape.merges ?? []) sheet.merges.push({ ...m });
    const excel = fakeExcel(book);
    const port = new ExcelWorkbookPort(excel.run, { mergedAreas: true });
    const run = () => runKpiCheck(port, ENGINE, SETTINGS_ALL, { lang: "ja", today: AS_OF, sheet: shape.sheetName });
    await run();
    await run();
    const last = await run();
    const formats = statusWrites(last.patch!).flatMap((l) => (l.resultFormat ? [l.resultFormat] : []));
    const planned = formats.flatMap((f) => f.rules);
    expect(sheet.conditionalFormats).toHaveLength(planned.length);
    const fillOf = new Map(planned.map((r) => [/="(.)"$/.exec(r.formula)?.[1], r.fill]));
    const judged = last.result.kpis.filter((k) => k.record.fields.result);
    let checked = 0;
    for (const k of judged) {
      const { row, col } = k.record.fields.result!;
      const covered = formats.some((f) => f.ref.split(/\s+/).some((a) => {
        const r = parseRect(a);
        return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
      }));
      if (!covered) continue;
      checked++;
      const mark = [...LABELS.status[k.status]][0];
      expect({ kpi: `${k.fiscalYear} ${k.no}`, fill: sheet.conditionalFill(row, col) }).toEqual({ kpi: `${k.fiscalYear} ${k.no}`, fill: fillOf.get(mark) });
    }
    expect(checked).toBeGreaterThan(0);
  });
});
