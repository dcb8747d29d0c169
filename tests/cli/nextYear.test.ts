/**
 * `kpi-check --next-year FILE.xlsx` on every layout fixture (kpi-rules.md §1): the new file holds every earlier
 * cell where it was (moved only by inserted rows or columns), the next year's KPIs copied from the latest year's,
 * and it checks cleanly with the new year; where the space is taken, the command refuses and names the range.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { checkSheet } from "../../src/core/checkSheet";
import { afterInserts } from "../../src/core/nextYear/afterInserts";
import { planNextYear } from "../../src/core/nextYear/planNextYear";
import type { SheetSnapshot } from "../../src/core/SheetSnapshot";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookBytes";

const DIR = join(__dirname, "../fixtures/layouts/workbooks");
const AS_OF = "2026-11-29";
let out: string;

beforeAll(() => (out = mkdtempSync(join(tmpdir(), "kpi-next-year-"))));
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function run(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), today: () => AS_OF, env: { LANG: "ja_JP.UTF-8" } });
  return { code, stdout, stderr };
}

const cellAt = (s: SheetSnapshot | undefined, row: number, col: number) => s?.values[row - s.origin.row]?.[col - s.origin.col] ?? null;

/** Each fixture and the sheets that hold KPIs. */
const CASES = readdirSync(DIR)
  .filter((f) => f.endsWith(".xlsx"))
  .map((f) => [f] as [string]);

describe.each(CASES)("--next-year on %s", (file) => {
  it("adds the next year in the sheet's own layout, changes no earlier cell, and the copy checks cleanly — or refuses naming the taken range", async () => {
    const bytes = readFileSync(join(DIR, file));
    const sheets = await readWorkbookBytes(bytes, file);
    for (const sheet of sheets) {
      const before = checkSheet(sheet, { asOf: AS_OF });
      if (before.kpis.length === 0) continue;
      const plan = planNextYear(before, sheet, { sheets: sheets.map((s) => s.sheetName) });
      const target = join(out, `${file}-${sheets.indexOf(sheet)}.xlsx`);
      const res = await run(join(DIR, file), "--sheet", sheet.sheetName, "--next-year", target);
      if (!("cells" in plan)) {
        expect(res.code).not.toBe(0);
        expect(res.stderr).toContain("range" in plan ? plan.range : "fiscalYear" in plan ? `${plan.fiscalYear}年度` : "");
        continue;
      }
      expect([res.code, res.stderr]).toEqual([0, ""]);
      expect(res.stdout).toContain(`${plan.fiscalYear}年度の行`);
      const written = await readWorkbookBytes(readFileSync(target), "next.xlsx");
      // every sheet of the file is still there, plus the new year's sheet where the layout needs one
      expect(written.map((s) => s.sheetName)).toEqual([...sheets.map((s) => s.sheetName), ...(plan.newSheet ? [plan.sheet] : [])]);
      const same = written.find((s) => s.sheetName === sheet.sheetName)!;
      const rowOf = (r: number) => (plan.newSheet ? r : afterInserts(r, plan.insertRows ?? []));
      const colOf = (c: number) => (plan.newSheet ? c : afterInserts(c, plan.insertColumns ?? []));
      sheet.values.forEach((line, i) =>
        line.forEach((v, j) => {
          const r = sheet.origin.row + i;
          const c = sheet.origin.col + j;
          if (v !== null && v !== "") expect([r, c, cellAt(same, rowOf(r), colOf(c))]).toEqual([r, c, v]);
        }),
      );
      const copy = written.find((s) => s.sheetName === plan.sheet)!;
      const again = checkSheet(copy, { asOf: AS_OF });
      expect(again.layout).toBe(before.layout);
      expect(again.findings.filter((f) => f.severity === "error").map((f) => f.code)).toEqual([]);
      const added = again.kpis.filter((k) => k.fiscalYear === plan.fiscalYear && (plan.newSheet || ["wide", "two-row-header", "transposed"].includes(before.layout ?? "") || k.row >= plan.rows.top));
      expect(added).toHaveLength(plan.kpis);
      expect(added.every((k) => k.result === "")).toBe(true);
    }
  }, 60_000);
});

describe.each([["wide.xlsx"], ["two-row-header.xlsx"], ["two-row-header-year-over.xlsx"], ["transposed.xlsx"], ["blocks.xlsx"], ["next-target.xlsx"]])(
  "--next-year on %s after an earlier --out (the add-in's status lines on the sheet)",
  (file) => {
    it("moves the status lines' names with the inserted lines, so the copy reads the new year and not the status as data", async () => {
      const checked = join(out, `${file}-out.xlsx`);
      const next = join(out, `${file}-out-next.xlsx`);
      expect((await run(join(DIR, file), "--out", checked)).code).toBeLessThan(2);
      const res = await run(checked, "--next-year", next);
      expect([res.code, res.stderr]).toEqual([0, ""]);
      const [, fy, count] = /(\d{4})年度の行（KPI (\d+)件/.exec(res.stdout)!.map(Number);
      const before = await run(checked, "--json");
      const written = await run(next, "--json");
      const report = (r: { stdout: string }) => JSON.parse(r.stdout) as { kpis: { fiscalYear: number; result: string }[]; findings: { severity: string; code: string }[] };
      // the new year's KPIs read, results empty; a next-target table's rows take over the next targets of that year
      const ofYear = report(written).kpis.filter((k) => k.fiscalYear === fy);
      expect(ofYear).toHaveLength(count);
      expect(ofYear.every((k) => k.result === "")).toBe(true);
      expect(report(written).kpis).toHaveLength(report(before).kpis.length + (file === "next-target.xlsx" ? 0 : count));
      expect(report(written).findings.filter((f) => f.severity === "error").map((f) => f.code)).toEqual([]);
    }, 60_000);
  },
);

describe("--next-year on a protected workbook (Review > Protect Sheet, Protect Workbook)", () => {
  /** The fixture with the sheets in `locked` protected, and the workbook's structure locked when asked. */
  async function protectedCopy(file: string, locked: readonly string[], structure: boolean): Promise<string> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(DIR, file));
    for (const name of locked) await wb.getWorksheet(name)!.protect("", {});
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    if (structure) {
      const xml = await zip.file("xl/workbook.xml")!.async("string");
      zip.file("xl/workbook.xml", xml.replace(/(<workbookPr\b[^>]*\/>)/, '$1<workbookProtection lockStructure="1"/>'));
    }
    const path = join(out, `protected-${locked.join("-")}-${structure}-${file}`);
    writeFileSync(path, await zip.generateAsync({ type: "uint8array" }));
    return path;
  }

  // Excel refuses both: rows inserted into a protected sheet, a sheet added to a protected structure; the file must not get them either
  it.each([
    ["rows on a protected sheet", "wide.xlsx", "KPI推移", ["KPI推移"], false, /シート「KPI推移」は保護されているため/],
    ["the next year's sheet in a protected structure", "sheet-per-year-relative.xlsx", "2024年度", [], true, /ブックの構成が保護されているため/],
  ] as const)("refuses %s, names what is protected, and writes no file", async (_name, file, sheet, locked, structure, message) => {
    const input = await protectedCopy(file, locked, structure);
    const target = join(out, `refused-${file}`);
    const res = await run(input, "--sheet", sheet, "--next-year", target);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(message);
    expect(existsSync(target)).toBe(false);
  }, 60_000);
});
