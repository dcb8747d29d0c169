import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { ENGINE } from "../../src/app/pipeline/engine";
import { runKpiCheck, type RunStep } from "../../src/app/pipeline/runKpiCheck";
import { DEFAULT_SETTINGS } from "../../src/app/settings/CheckSettings";
import { FakeBook } from "../excel/_lib/FakeBook";
import { fakeExcel } from "../excel/_lib/fakeExcel";
import { seedBook } from "../excel/_lib/seedBook";

const TODAY = "2026-11-29";

async function check(book: FakeBook, settings = DEFAULT_SETTINGS) {
  const excel = fakeExcel(book);
  const port = new ExcelWorkbookPort(excel.run);
  const steps: RunStep[] = [];
  const outcome = await runKpiCheck(port, ENGINE, settings, { lang: "ja", today: TODAY, onStep: (s) => steps.push(s) });
  return { excel, outcome, steps };
}

describe("runKpiCheck: read, judge, write back, render — the one click", () => {
  it("judges the seed's 24 KPIs as of the given day, in three round trips (two to read: addresses, then the block; one to write)", async () => {
    const { excel, outcome, steps } = await check(seedBook({ percentCell: true }));
    expect(outcome.result.kpis).toHaveLength(24);
    expect(outcome.result.asOf).toBe(TODAY);
    expect(steps).toEqual(["read", "check", "write", "html"]);
    expect(excel.syncs()).toBe(3);
    const byKey = new Map(outcome.result.kpis.map((k) => [`${k.fiscalYear}-${k.no}`, k.status]));
    expect(byKey.get("2023-1")).toBe("met");
    expect(byKey.get("2023-2")).toBe("not_met");
    expect(byKey.get("2024-1")).toBe("missing_result");
  });

  it("writes the status column beside the table and the disclosure sheet after the last sheet", async () => {
    const book = seedBook();
    await check(book);
    const header = book.sheet("KPI").peek(1, 9)?.value;
    expect(header).toBe("達成状況");
    expect(book.sheets.map((s) => s.name)).toEqual(["KPI", "開示用"]);
    expect(book.grid("KPI", "I2")[0][0]).toMatch(/結果未入力/);
  });

  it("rewrites its own column and sheet in place when run again: no second column, no 開示用 (2)", async () => {
    const book = seedBook();
    const { outcome: before } = await check(book);
    const names = [...book.names.keys()].sort();
    const first = book.grid("KPI", "A1:K25");
    const { outcome: after } = await check(book);
    // …and does not read its own 達成状況 column (an alias of 結果) as the user's data.
    expect(after.result.findings).toEqual(before.result.findings);
    expect(after.result.kpis.map((k) => k.status)).toEqual(before.result.kpis.map((k) => k.status));
    expect(book.sheets.map((s) => s.name)).toEqual(["KPI", "開示用"]);
    expect(book.grid("KPI", "A1:K25")).toEqual(first);
    expect([...book.names.keys()].sort()).toEqual(names);
  });

  it("writes nothing when the sheet holds no KPI table", async () => {
    const book = new FakeBook();
    book.addSheet("メモ", [["買い物リスト"], ["牛乳"]]);
    const { excel, outcome } = await check(book);
    expect(outcome.result.findings.map((f) => f.code)).toContain("table-not-found");
    expect(outcome.patch).toBeUndefined();
    expect(excel.syncs()).toBe(2);
    expect(book.sheets.map((s) => s.name)).toEqual(["メモ"]);
  });

  it("renders the website HTML of the years the settings publish", async () => {
    const { outcome } = await check(seedBook(), { ...DEFAULT_SETTINGS, years: [2023] });
    expect(outcome.html).toContain("2023年度");
    expect(outcome.html).not.toContain("2022年度");
    expect(outcome.text).toContain("回答数:200件");
  });

  it("only reads and judges when asked not to write", async () => {
    const book = seedBook();
    const excel = fakeExcel(book);
    await runKpiCheck(new ExcelWorkbookPort(excel.run), ENGINE, DEFAULT_SETTINGS, { lang: "ja", today: TODAY, write: false });
    expect(excel.syncs()).toBe(2);
    expect(book.sheets).toHaveLength(1);
  });
});
