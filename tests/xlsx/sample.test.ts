/**
 * The committed sample workbook (assets/sample-kpi.xlsx) is what scripts/build-sample.ts builds from the reviewed
 * seed fixture (tests/fixtures/seed/seed-kpis.json), and holds the seed's 24 KPIs in both layouts.
 */
import { readFileSync } from "node:fs";
import { buildSampleWorkbook, readSeedPage, SAMPLE_PATH } from "../../scripts/build-sample";
import type { MergedRange, SheetSnapshot } from "../../src/core/SheetSnapshot";
import { readXlsx } from "../../src/xlsx/readXlsx";

const page = readSeedPage();
const committed = readFileSync(SAMPLE_PATH);
/** Texts of a row without its trailing empty cells. */
const trimmed = (row: string[]): string[] => {
  const out = [...row];
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out;
};
/** The texts a seed result shows ("" for an empty or missing 結果 cell). */
const shown = (result: string | null): string => result ?? "";

let sheets: SheetSnapshot[];
beforeAll(async () => {
  sheets = await readXlsx(committed);
});
const sheet = (name: string) => sheets.find((s) => s.sheetName === name)!;

describe("the seed fixture", () => {
  it("holds 24 KPIs: six per fiscal year 2024 to 2021, newest first, as on the page", () => {
    expect(page.kpis.map((k) => `${k.fiscalYear}/${k.no}`)).toEqual(
      ["2024年度", "2023年度", "2022年度", "2021年度"].flatMap((y) => [1, 2, 3, 4, 5, 6].map((no) => `${y}/${no}`)),
    );
  });

  it("has no results for 2024 yet (empty 結果 cells)", () => {
    expect(page.kpis.filter((k) => k.fiscalYear === "2024年度").map((k) => k.result)).toEqual(["", "", "", "", "", ""]);
  });
});

describe("assets/sample-kpi.xlsx", () => {
  it("is what scripts/build-sample.ts builds from the fixture, byte for byte (rebuild: npm run sample)", async () => {
    expect(Buffer.from(await buildSampleWorkbook(page)).equals(committed)).toBe(true);
  });

  it("has the two sheets KPI and Webサイト貼付", () => {
    expect(sheets.map((s) => s.sheetName)).toEqual(["KPI", "Webサイト貼付"]);
  });
});

describe("sheet KPI: the table layout", () => {
  it("is an Excel Table with the canonical headers over the 24 KPIs", () => {
    const kpi = sheet("KPI");
    expect(kpi.table).toEqual({ name: "KpiTable", top: 1, left: 1, bottom: 25, right: 8 });
    expect(kpi.texts[0]).toEqual(["年度", "No", "取組項目", "取組内容", "対象", "目標", "結果", "方針"]);
  });

  it.each(page.kpis.map((k, i) => [k.fiscalYear, k.no, k, i + 1] as const))(
    "row of %s No %s shows the seed's texts",
    (_fy, _no, k, r) => {
      expect(sheet("KPI").texts[r]).toEqual([
        k.fiscalYear, String(k.no), k.title, k.description, k.scope ?? "", k.target ?? "", shown(k.result), k.commitment,
      ]);
    },
  );

  it.each([
    ["2023年度", 2, 0.6, "60.00%"],
    ["2022年度", 2, 0.323, "32.30%"],
  ])("the result of %s No %s is the number %s formatted 0.00%%, shown %s", (fy, no, value, text) => {
    const r = page.kpis.findIndex((k) => k.fiscalYear === fy && k.no === no) + 1;
    const kpi = sheet("KPI");
    expect([kpi.values[r][6], kpi.numberFormats[r][6], kpi.texts[r][6]]).toEqual([value, "0.00%", text]);
  });

  it("keeps every other result as text", () => {
    const kpi = sheet("KPI");
    const numbers = kpi.values.slice(1).filter((row) => typeof row[6] === "number");
    expect(numbers.map((row) => row[6])).toEqual([0.6, 0.323]);
  });
});

describe("sheet Webサイト貼付: the blocks layout, as the web page pasted into Excel", () => {
  /**
   * The rows the page shows — headings, then per year its heading, per KPI its five (or fewer) rows — and the
   * merges a pasted HTML table brings: the KPI's table is 4 columns wide with a 結果 cell, else 2; description
   * and commitment span it all, title and scope span all but the first column.
   */
  const expected = (): { rows: string[][]; merges: MergedRange[] } => {
    const rows = page.headings.map((h) => [h]);
    const merges: MergedRange[] = [];
    const push = (row: string[], left?: number, right?: number): void => {
      rows.push(trimmed(row));
      if (left !== undefined && right !== undefined && right > left) merges.push({ top: rows.length, left, bottom: rows.length, right });
    };
    let year = "";
    for (const k of page.kpis) {
      if (k.fiscalYear !== year) push([(year = k.fiscalYear)]);
      const width = k.result === null ? 2 : 4;
      push([String(k.no), k.title], 2, width);
      push([k.description], 1, width);
      if (k.scope !== null) push(["対象", k.scope], 2, width);
      if (k.target !== null) push(k.result === null ? ["目標", k.target] : ["目標", k.target, `結果(${k.fiscalYear})`, k.result]);
      push([k.commitment], 1, width);
    }
    return { rows, merges };
  };
  const byPosition = (a: MergedRange, b: MergedRange): number => a.top - b.top || a.left - b.left;

  it("shows the page's rows in order, from A1", () => {
    expect(sheet("Webサイト貼付").origin).toEqual({ row: 1, col: 1 });
    expect(sheet("Webサイト貼付").texts.map(trimmed)).toEqual(expected().rows);
  });

  it("has the percent results as numbers formatted 0.00%", () => {
    const web = sheet("Webサイト貼付");
    const percents = web.values.flatMap((row, r) =>
      row.flatMap((v, c) => (web.numberFormats[r][c] === "0.00%" ? [[v, web.texts[r][c]]] : [])),
    );
    expect(percents).toEqual([[0.6, "60.00%"], [0.323, "32.30%"]]);
  });

  it("merges cells as a pasted HTML table with column spans does", () => {
    expect([...sheet("Webサイト貼付").merges!].sort(byPosition)).toEqual(expected().merges.sort(byPosition));
  });
});
