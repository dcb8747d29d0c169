import type { CheckResult } from "../../../src/core/CheckResult";
import type { CellValue, SheetSnapshot } from "../../../src/core/SheetSnapshot";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";
import { statusWrites, type WorkbookPatch } from "../../../src/core/WorkbookPatch";
import { buildWorkbookPatch } from "../../../src/core/writeback/buildWorkbookPatch";
import type { ExistingWorkbook, WriteOptions } from "../../../src/core/writeback/WriteOptions";
import { seedJudged } from "./_support/seedJudged";
import { writebackLabels } from "../../../src/i18n/writeback";

const HEADER = ["年度", "No", "取組項目", "取組内容", "対象", "目標", "結果", "方針"];
const FIELDS = ["fiscalYear", "no", "title", "description", "scope", "target", "result", "commitment"] as const;

/** The seed's KPIs on a table-layout sheet, a user column 達成状況 in column I, and the check of it. */
function seedSheet(): { result: CheckResult; snapshot: SheetSnapshot } {
  const kpis = seedJudged();
  const rows: CellValue[][] = [
    [...HEADER, "達成状況"],
    ...kpis.map((k, i) => [...FIELDS.map((f) => (f === "no" ? k.no : (k.record.fields[f]?.text ?? null))), i === 0 ? "達成" : null]),
  ];
  const result: CheckResult = {
    sheetName: "KPI", layout: "table", range: `A1:H${kpis.length + 1}`,
    header: { row: 1, columns: Object.fromEntries(FIELDS.map((f, i) => [f, i + 1])) },
    kpis, series: [], findings: [], asOf: "2026-11-29", fiscalYearStartMonth: 4,
  };
  return { result, snapshot: snapshotFromRows("KPI", rows) };
}

/** The workbook as the adapter would describe it after applying a patch (sheets, names, the KPI sheet's cells). */
function afterApplying(existing: ExistingWorkbook, patch: WorkbookPatch): ExistingWorkbook {
  const sheetNames = [...existing.sheetNames];
  const definedNames = { ...existing.definedNames };
  for (const s of patch.sheets) {
    const at = s.replaces ? sheetNames.indexOf(s.replaces) : -1;
    if (at >= 0) sheetNames[at] = s.name;
    else sheetNames.push(s.name);
    definedNames[s.ownerName] = s.ownerRef;
  }
  let kpiSheet = existing.kpiSheet;
  const [c] = statusWrites(patch);
  if (c?.kind === "owned-column" && kpiSheet) {
    const values = kpiSheet.values.map((r) => [...r]);
    for (const w of [c.header, ...c.cells]) {
      for (const row of values) while (row.length < c.col) row.push(null);
      values[w.row - 1][c.col - 1] = w.value;
    }
    kpiSheet = snapshotFromRows("KPI", values);
    definedNames[c.ownerName] = c.ownerRef;
  }
  return { ...existing, sheetNames, definedNames, kpiSheet };
}

describe("buildWorkbookPatch: what is written, by option", () => {
  const { result, snapshot } = seedSheet();
  const existing: ExistingWorkbook = { sheetNames: ["KPI"], definedNames: {}, kpiSheet: snapshot };

  it.each([
    { options: {}, column: true, sheets: ["開示用"] },
    { options: { findingsSheet: true }, column: true, sheets: ["開示用", "指摘一覧"] },
    { options: { statusColumn: false }, column: false, sheets: ["開示用"] },
    { options: { disclosureSheet: false, findingsSheet: true }, column: true, sheets: ["指摘一覧"] },
    { options: { statusColumn: false, disclosureSheet: false }, column: false, sheets: [] },
  ] as { options: Partial<WriteOptions>; column: boolean; sheets: string[] }[])("$options", ({ options, column, sheets }) => {
    const patch = buildWorkbookPatch(result, { labels: writebackLabels("ja"), existing, ...options });
    expect(statusWrites(patch).length > 0).toBe(column);
    expect(patch.sheets.map((s) => s.name)).toEqual(sheets);
    if (column) expect(patch.select).toEqual({ sheet: "KPI", cell: "J1" });
  });
});

describe("buildWorkbookPatch: running again on its own output changes nothing", () => {
  it.each([
    { rule: "a new workbook", sheetNames: ["KPI"] },
    { rule: "a workbook with a user sheet 開示用", sheetNames: ["KPI", "開示用"] },
    { rule: "a workbook with user sheets 開示用 and 指摘一覧 (2)", sheetNames: ["開示用", "KPI", "指摘一覧 (2)", "指摘一覧"] },
  ])("in $rule", ({ sheetNames }) => {
    const { result, snapshot } = seedSheet();
    const options = { labels: writebackLabels("ja"), findingsSheet: true } as const;
    const first = buildWorkbookPatch(result, { ...options, existing: { sheetNames, definedNames: {}, kpiSheet: snapshot } });
    const once = afterApplying({ sheetNames, definedNames: {}, kpiSheet: snapshot }, first);
    const second = buildWorkbookPatch(result, { ...options, existing: once });
    const twice = afterApplying(once, second);

    expect(twice.sheetNames).toEqual(once.sheetNames);
    expect(twice.definedNames).toEqual(once.definedNames);
    expect(second.sheets.map((s) => [s.name, s.replaces])).toEqual(first.sheets.map((s) => [s.name, s.name]));
    expect(second.statusLines).toEqual(first.statusLines?.map((l) => (l.kind === "owned-column" ? { ...l, clear: { top: l.header.row, bottom: Math.max(...l.cells.map((c) => c.row)) } } : l)));
    expect(second.sheets.map((s) => s.cells)).toEqual(first.sheets.map((s) => s.cells));
    for (const user of sheetNames) expect(twice.sheetNames).toContain(user);
  });
});
