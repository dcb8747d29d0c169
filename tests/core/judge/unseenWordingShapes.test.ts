/**
 * The unseen wording (tests/fixtures/judge/unseen-wording.tsv) and the wording of public agency pages
 * (real-wording.tsv) read from whole sheets in the three shapes agencies publish (issue #18): the canonical table; a table with alias headers (事業年度 / 項番 / 取組方針 / 数値目標 / 実績) and
 * era years (令和6年度); and the website's blocks (a year heading, `No | 取組項目`, `目標 | … | 結果(年度) | …`).
 * Every KPI gets the status its row names, whatever the shape.
 */
import { checkSheet } from "../../../src/core/checkSheet";
import type { CellValue } from "../../../src/core/SheetSnapshot";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";
import { readWordingTable } from "./_support/unseenWording";

interface Row {
  no: number;
  title: string;
  target: string;
  result: string;
  fy: number;
  status: string;
}

/** A table's rows numbered per fiscal year, each with a title of its own (no two join into a series). */
function readRows(file: string): Row[] {
  const perYear = new Map<number, number>();
  return readWordingTable(file).map((r, i) => {
    const fy = Number(r.fy);
    const no = (perYear.get(fy) ?? 0) + 1;
    perYear.set(fy, no);
    return { no, title: `取組${i + 1}`, target: r.target, result: r.result, fy, status: r.status };
  });
}

const era = (fy: number) => `令和${fy - 2018}年度`;

/** The three shapes of one table's rows. */
const shapesOf = (rows: Row[]): [string, () => CellValue[][]][] => [
  ["the canonical table", () => [["年度", "No", "取組項目", "目標", "結果"], ...rows.map((r) => [`${r.fy}年度`, r.no, r.title, r.target, r.result || null])]],
  ["alias headers with era years", () => [["事業年度", "項番", "取組方針", "数値目標", "実績"], ...rows.map((r) => [era(r.fy), r.no, r.title, r.target, r.result || null])]],
  [
    "the website blocks",
    () => {
      const out: CellValue[][] = [["お客さま本位の業務運営方針と重要業績評価指数(KPI)"]];
      let year: number | undefined;
      for (const r of rows) {
        if (r.fy !== year) out.push([`${(year = r.fy)}年度`]);
        out.push([r.no, r.title]);
        out.push(["目標", r.target, `結果(${r.fy}年度)`, r.result || null]);
      }
      return out;
    },
  ],
];

describe.each(
  ["unseen-wording.tsv", "real-wording.tsv"].flatMap((file) => {
    const rows = readRows(file).sort((a, b) => b.fy - a.fy || a.no - b.no);
    return shapesOf(rows).map(([shape, sheet]): [string, string, () => CellValue[][], Row[]] => [file, shape, sheet, rows]);
  }),
)("%s in %s", (_file, _shape, sheet, rows) => {
  const result = checkSheet(snapshotFromRows("KPI", sheet()), { asOf: "2026-11-29" });

  it("reads every row as a KPI", () => {
    expect(result.kpis).toHaveLength(rows.length);
  });

  it.each(rows.map((r): [number, number, string, string, Row] => [r.fy, r.no, r.target, r.result || '""', r]))(
    "FY%i No %i: %s → %s",
    (fy, no, _t, _r, row) => {
      const kpi = result.kpis.find((k) => k.fiscalYear === fy && k.no === no);
      expect(kpi?.status).toBe(row.status);
    },
  );
});
