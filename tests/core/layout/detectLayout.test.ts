import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkSheet } from "../../../src/core/checkSheet";
import type { Finding } from "../../../src/core/Finding";
import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import { readKpiTable } from "../../../src/core/layout/readKpiTable";
import type { CellValue } from "../../../src/core/SheetSnapshot";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";
import { renderFinding } from "../../../src/i18n/renderFinding";
import { readWorkbookBytes } from "../../../src/xlsx/readWorkbookBytes";
import { AGENCY_SHAPES, AS_OF } from "../../fixtures/layouts/agencyShapes";
import { blocksRows, seedKpis, tableRows } from "./_support/seedFixture";

const ROOT = join(__dirname, "..", "..", "..");
const WORKBOOKS = join(ROOT, "tests", "fixtures", "layouts", "workbooks");
const uncertain = (findings: readonly Finding[]) => findings.filter((f) => f.code === "layout-uncertain");
const read = (rows: CellValue[][]) => readKpiTable(snapshotFromRows("KPI", rows), BUILT_IN_SCHEMA);

const y2024 = seedKpis.filter((k) => k.fiscalYear === "2024年度");
/** A table whose every KPI has a second row of notes in columns the header does not name (担当 and a memo). */
const notesUnderEachKpi: CellValue[][] = [
  ["No", "取組項目", "目標", "結果", "", ""],
  ...[1, 2, 3, 4].flatMap((n): CellValue[][] => [
    [n, `取組${n}`, "年10件以上", "12件", "", ""],
    [null, null, null, null, `補足${n}：上期6件、下期6件`, "営業課"],
  ]),
];

describe("layout-uncertain: an unsure detection is a finding (kpi-rules.md §1)", () => {
  describe("never on a sheet that reads one way only", () => {
    const files = ["assets/sample-kpi.xlsx", ...readdirSync(WORKBOOKS).filter((f) => f.endsWith(".xlsx")).map((f) => `tests/fixtures/layouts/workbooks/${f}`)];

    it.each(files)("%s", async (file) => {
      const sheets = await readWorkbookBytes(readFileSync(join(ROOT, file)), file);
      const raised = sheets.flatMap((s) => uncertain(checkSheet(s, { asOf: AS_OF }).findings).map((f) => [s.sheetName, f.params]));
      expect(sheets.length).toBeGreaterThan(0);
      expect(raised).toEqual([]);
    });

    it.each(AGENCY_SHAPES.map((s) => [s.name, s] as const))("agency shape %s", (_, shape) => {
      const snap = snapshotFromRows(shape.sheetName, shape.rows, { texts: shape.texts, numberFormats: shape.numberFormats, merges: shape.merges, table: shape.table });
      expect(uncertain(checkSheet(snap, { asOf: AS_OF }).findings)).toEqual([]);
    });
  });

  it("a table with the website's blocks pasted below it, as many KPIs each: read as the table, the blocks named", () => {
    const result = read([...tableRows(y2024), [], ...blocksRows(y2024)]);
    expect(result.layout).toBe("table");
    expect(uncertain(result.findings).map((f) => [f.severity, f.row, f.params])).toEqual([
      ["warning", 1, { layout: "table", headerRows: [1], alternative: "blocks", alternativeHeaderRows: [], doubt: "close", unreadLines: 0 }],
    ]);
  });

  it("the reading that reads more of the sheet wins: a small table above the whole website paste is read as blocks", () => {
    const result = read([...tableRows(y2024.slice(0, 2)), [], ...blocksRows(seedKpis)]);
    expect(result.layout).toBe("blocks");
    expect(result.records).toHaveLength(seedKpis.length);
  });

  it("a table leaving rows among its KPIs unread (notes in unnamed columns) is unsure: doubt unread, counting the rows between its KPIs (the last note, below them, is not)", () => {
    const result = read(notesUnderEachKpi);
    expect(result.records).toHaveLength(4);
    expect(uncertain(result.findings).map((f) => f.params)).toEqual([
      { layout: "table", headerRows: [1], alternative: null, alternativeHeaderRows: [], doubt: "unread", unreadLines: 3 },
    ]);
  });

  it("a layout the user named (--layout, the pane's setting) is read as told, never unsure", () => {
    const snap = snapshotFromRows("KPI", [...tableRows(y2024), [], ...blocksRows(y2024)]);
    expect(uncertain(readKpiTable(snap, BUILT_IN_SCHEMA, { layout: "table" }).findings)).toEqual([]);
    expect(uncertain(readKpiTable(snapshotFromRows("KPI", notesUnderEachKpi), BUILT_IN_SCHEMA, { layout: "table" }).findings)).toEqual([]);
  });

  it.each([
    ["ja", "表の形を「表形式」と判断しましたが、確実ではありません（「ホームページ形式」としても読み取れます）。違う場合は、--layoutオプションか、作業ウィンドウの「読み取った表」にある「表の形」で指定してください。"],
    ["en", "The sheet was read as table, but not for sure (it also reads as website blocks). If that is wrong, choose the layout with --layout, or under Table found › Table layout in the task pane."],
  ] as const)("its message in %s names the layout used, the alternative and where to choose", (lang, message) => {
    const [f] = uncertain(read([...tableRows(y2024), [], ...blocksRows(y2024)]).findings);
    expect(renderFinding(f, lang)).toBe(message);
  });

  it.each([
    ["ja", "表の形を「表形式」と判断しましたが、確実ではありません（シートの3行が読み取れません）。違う場合は、--layoutオプションか、作業ウィンドウの「読み取った表」にある「表の形」で指定してください。"],
    ["en", "The sheet was read as table, but not for sure (3 rows of the sheet were not read). If that is wrong, choose the layout with --layout, or under Table found › Table layout in the task pane."],
  ] as const)("with rows unread, its message in %s counts them", (lang, message) => {
    const [f] = uncertain(read(notesUnderEachKpi).findings);
    expect(renderFinding(f, lang)).toBe(message);
  });
});
