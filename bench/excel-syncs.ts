/**
 * One click of the add-in on KPI sheets of 10, 1,000 and 10,000 rows, on the fake Excel of the tests
 * (office-addin-mock objects behind a recorder that counts `context.sync()` calls and measures each request and
 * answer as Office.js would send it, with Excel on the web's 5 MB limits enforced):
 *
 *     npx tsx bench/excel-syncs.ts            # prints JSON
 *
 * "lean" sheets hold 年度, No, 取組項目, 目標, 結果; "full" ones the seed's eight columns with its long texts; "all
 * sheets" keeps the full rows one sheet per fiscal year (2021年度, 2022年度, …; 1,000 rows: 42 sheets), at 10 and 1,000.
 */
import { measureOneClick, type ClickWhat } from "../tests/excel/_lib/measureOneClick";

const SIZES = [10, 1_000, 10_000];
const CASES: { sheet: "compact" | "full"; what: ClickWhat; host: "web" | "desktop"; sizes?: number[] }[] = [
  { sheet: "compact", what: "status column", host: "web" },
  { sheet: "compact", what: "pane default", host: "web" },
  { sheet: "full", what: "status column", host: "web" },
  { sheet: "full", what: "status column", host: "desktop" },
  { sheet: "full", what: "pane default", host: "web" },
  { sheet: "full", what: "everything", host: "web" },
  // the same KPIs one sheet per fiscal year (the seed's columns less 年度), checked together
  { sheet: "full", what: "all sheets", host: "web", sizes: [10, 1_000] },
];

async function main(): Promise<void> {
  const rows = [];
  for (const c of CASES) {
    for (const kpis of c.sizes ?? SIZES) {
      const m = await measureOneClick(kpis, c.sheet, c.what, c.host);
      rows.push({ ...m, sheet: c.sheet === "compact" ? "lean" : "full" });
      process.stderr.write(`${c.sheet} ${c.what} ${c.host} ${kpis}: ${m.syncs} syncs\n`);
    }
  }
  console.log(JSON.stringify({ limitBytes: 5 * 1024 * 1024, clicks: rows }, null, 2));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
