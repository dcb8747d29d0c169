import { statusWrites } from "../../src/core/WorkbookPatch";
import { ownedStatusLines } from "../../src/core/writeback/ownership";
import { ENGINE } from "../../src/app/pipeline/engine";
import { runKpiCheck } from "../../src/app/pipeline/runKpiCheck";
import { DEFAULT_SETTINGS, type CheckSettings } from "../../src/app/settings/CheckSettings";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { AGENCY_SHAPES, AS_OF } from "../fixtures/layouts/agencyShapes";
import { FakeBook } from "./_lib/FakeBook";
import { fakeExcel } from "./_lib/fakeExcel";
import { statusLinesPerYear } from "../core/writeback/_support/statusLinesPerYear";

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
    // the status lines of disclosure-output.md §1, each under its own name, rewritten in place by every click
    const names = Object.fromEntries([...book.names].map(([n, v]) => [n, v.formula]));
    const lines = ownedStatusLines(shape.sheetName, names);
    const years = [...new Set(shape.expected.map(([year]) => year))].sort((a, b) => (a ?? 0) - (b ?? 0));
    const perYear = statusLinesPerYear(shape.layout);
    expect(lines.map((l) => l.year).sort()).toEqual(perYear ? years : [null]);
    expect(third.patch?.statusLines?.every((l) => l.kind !== "release-line")).toBe(true);
    for (const l of lines) {
      const statusCells = statusWrites(third.patch!).find((w) => w.ownerName === l.ownerName)!.cells;
      const shown = statusCells.map((c) => book.sheet(shape.sheetName).peek(c.row, c.col)?.value);
      expect(shown).toEqual(statusCells.map((c) => c.value));
    }
    // no cell of the user's changed: every cell outside the status lines holds what the shape wrote
    const inLine = (row: number, col: number) => lines.some(({ rect: r }) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
    shape.rows.forEach((line, r) =>
      line.forEach((v, c) => {
        if (!inLine(r + 1, c + 1)) expect(book.sheet(shape.sheetName).peek(r + 1, c + 1)?.value ?? null).toEqual(v !== null && typeof v === "object" ? v.error : v === "" ? null : v);
      }),
    );
  });
});
