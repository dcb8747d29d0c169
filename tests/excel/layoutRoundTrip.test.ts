import { statusWrites } from "../../src/core/WorkbookPatch";
import { ENGINE } from "../../src/app/pipeline/engine";
import { runKpiCheck } from "../../src/app/pipeline/runKpiCheck";
import { DEFAULT_SETTINGS, type CheckSettings } from "../../src/app/settings/CheckSettings";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { AGENCY_SHAPES, AS_OF } from "../fixtures/layouts/agencyShapes";
import { FakeBook } from "./_lib/FakeBook";
import { fakeExcel } from "./_lib/fakeExcel";

/** The pane's click on every sheet shape, writing all it can (status column, 開示用, findings sheet). */
const SETTINGS: CheckSettings = {
  ...DEFAULT_SETTINGS,
  asOf: AS_OF,
  write: { statusColumn: true, disclosureSheet: true, findingsSheet: true, trendSheet: true },
};

describe("the task pane's click on every layout, in the fake Excel: a second click reads what the first did", () => {
  it.each(AGENCY_SHAPES.map((s) => [s.name, s] as const))("%s", async (_, shape) => {
    const book = new FakeBook();
    const sheet = book.addSheet(
      shape.sheetName,
      shape.rows.map((row) => row.map((v) => (v !== null && typeof v === "object" ? v.error : v))),
    );
    for (const m of shape.merges ?? []) sheet.merges.push({ ...m });
    const excel = fakeExcel(book);
    const port = new ExcelWorkbookPort(excel.run, { mergedAreas: true });
    const run = () => runKpiCheck(port, ENGINE, SETTINGS, { lang: "ja", today: AS_OF, sheet: shape.sheetName });
    const statuses = (o: Awaited<ReturnType<typeof run>>) => o.result.kpis.map((k) => [k.fiscalYear, k.no, k.status]);

    const first = await run();
    expect(first.result.layout).toBe(shape.layout);
    const second = await run();
    expect(second.result.layout).toBe(shape.layout);
    expect(statuses(second)).toEqual(statuses(first));
    const third = await run();
    expect(statuses(third)).toEqual(statuses(first));
    // the status cells the add-in wrote never sit in a row or column the reader uses
    const status = first.patch && statusWrites(first.patch).find((l) => l.kind === "owned-column");
    if (status) {
      const used = new Set(Object.values(first.result.fields ?? {}).flat());
      expect(used.has(String.fromCharCode(64 + status.col))).toBe(false);
    }
  });
});
