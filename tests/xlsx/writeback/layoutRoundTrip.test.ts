import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../../src/cli/main";
import { AGENCY_SHAPES, AS_OF } from "../../fixtures/layouts/agencyShapes";
import { shapeWorkbook } from "../../fixtures/layouts/shapeWorkbook";
import { expectUserContentKept, ownedIn } from "./_support/expectKept";
import { workbookFacts } from "./_support/workbookFacts";

/** The status lines disclosure-output.md §1 places per layout: one column; a column per year; a row per year. */
function expectedLines(shape: (typeof AGENCY_SHAPES)[number]): { kind: "column" | "row"; years: (number | null)[] } {
  const years = [...new Set(shape.expected.map(([year]) => year))].sort((a, b) => (a ?? 0) - (b ?? 0));
  if (shape.layout === "transposed") return { kind: "row", years };
  if (["wide", "two-row-header", "next-target"].includes(shape.layout)) return { kind: "column", years };
  return { kind: "column", years: [null] };
}

const dir = mkdtempSync(join(tmpdir(), "kpi-check-layouts-"));

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), today: () => AS_OF });
  return { code, stdout, stderr };
}

/** What a check read: sheet, layout and each KPI's key and status. */
async function checked(file: string): Promise<unknown> {
  const { stdout, stderr } = await cli([file, "--json", "--as-of", AS_OF]);
  if (stdout === "") throw new Error(stderr);
  const report = JSON.parse(stdout);
  return [report.source.sheet, report.source.layout, report.kpis.map((k: { fiscalYear: number; no: number; status: string }) => [k.fiscalYear, k.no, k.status])];
}

/** The parts of an .xlsx as text, `spans` hints left out (exceljs recomputes them from the cells it holds). */
async function parts(file: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    if (zip.files[name].dir) continue;
    out[name] = (await zip.file(name)!.async("string")).replace(/ spans="[^"]*"/g, "");
  }
  return out;
}

describe("round trips for every layout (kpi-rules.md §1): check → --out → check the copy → --out again", () => {
  it.each(AGENCY_SHAPES.map((s) => [s.name, s] as const))("%s (its Table saved by LibreOffice, a hidden old sheet before it)", async (name, shape) => {
    const input = join(dir, `${name}.xlsx`);
    writeFileSync(input, await shapeWorkbook(shape, { asLibreOffice: true, hiddenOldSheet: true }));
    const first = join(dir, `${name}.1.xlsx`);
    const second = join(dir, `${name}.2.xlsx`);
    const expected = [shape.sheetName, shape.layout, shape.expected];
    expect(await checked(input)).toEqual(expected);
    const out1 = await cli([input, "--out", first, "--as-of", AS_OF]);
    expect(out1.stderr).toBe("");
    expect(await checked(first)).toEqual(expected);
    // the status lines where the layout wants them, each owned by its own name; nothing else of the user's changed
    const [before, after] = [await workbookFacts(readFileSync(input)), await workbookFacts(readFileSync(first))];
    const lines = ownedIn(after).columns.get(shape.sheetName) ?? [];
    const want = expectedLines(shape);
    expect(lines.map((l) => l.year).sort()).toEqual(want.years);
    for (const { rect } of lines) expect(want.kind === "column" ? rect.left === rect.right : rect.top === rect.bottom).toBe(true);
    expectUserContentKept(before, after);
    await cli([first, "--out", second, "--as-of", AS_OF]);
    expect(await checked(second)).toEqual(expected);
    expect(await parts(second)).toEqual(await parts(first));
  });

  it("staff typing the next year's columns over the add-in's status columns: their cells are kept and read, the status moves right", async () => {
    const shape = AGENCY_SHAPES.find((s) => s.name === "wide-years-across-columns")!;
    const input = join(dir, "taken.xlsx");
    writeFileSync(input, await shapeWorkbook(shape));
    const first = join(dir, "taken.1.xlsx");
    await cli([input, "--out", first, "--as-of", AS_OF]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(first) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(shape.sheetName)!;
    const typed: [string, string | null][] = [["I1", "2025年度目標"], ["I2", "年間12回以上"], ["I3", "80%以上"], ["J1", "2025年度実績"], ["J2", "13回"], ["J3", "79.0%"]];
    for (const [address, value] of typed) {
      ws.getCell(address).value = value;
      ws.getCell(address).style = {};
    }
    const edited = join(dir, "taken.edited.xlsx");
    writeFileSync(edited, new Uint8Array(await wb.xlsx.writeBuffer()));
    const second = join(dir, "taken.2.xlsx");
    expect((await cli([edited, "--out", second, "--as-of", AS_OF])).stderr).toBe("");

    const out = new ExcelJS.Workbook();
    await out.xlsx.load(readFileSync(second) as unknown as ExcelJS.Buffer);
    const sheet = out.getWorksheet(shape.sheetName)!;
    for (const [address, value] of typed) expect(sheet.getCell(address).value).toBe(value);
    const [, , statuses] = (await checked(second)) as [string, string, [number, number, string][]];
    expect(statuses.filter(([year]) => year === 2025)).toEqual([[2025, 1, "met"], [2025, 2, "not_met"]]);
    const headers = [11, 12, 13, 14, 15].map((c) => sheet.getCell(1, c).value);
    expect(headers).toEqual(["達成状況(2024年度)", "達成状況(2022年度)", "達成状況(2023年度)", "達成状況(2025年度)", null]);
    // no status rule reads the columns the staff took back
    const formulas = (sheet as unknown as { conditionalFormattings: { rules: { formulae?: string[] }[] }[] }).conditionalFormattings.flatMap((cf) => cf.rules.flatMap((r) => r.formulae ?? []));
    expect(formulas.filter((f) => /\$[IJ]\d/.test(f))).toEqual([]);
  });

  it("a workbook without a KPI table gets no findings sheet (which a re-run would read as the table)", async () => {
    const input = join(dir, "no-table.xlsx");
    writeFileSync(input, await shapeWorkbook({ ...AGENCY_SHAPES[0], name: "none", table: undefined, rows: [["お知らせ"], ["準備中です。"]] }));
    const out = join(dir, "no-table.out.xlsx");
    await cli([input, "--out", out, "--as-of", AS_OF]);
    const names = Object.keys((await JSZip.loadAsync(readFileSync(out))).files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(names).toHaveLength(1);
  });
});
