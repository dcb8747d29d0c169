import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { ENGINE } from "../../src/app/pipeline/engine";
import { runKpiCheck, type RunStep } from "../../src/app/pipeline/runKpiCheck";
import { DEFAULT_SETTINGS } from "../../src/app/settings/CheckSettings";
import { FakeBook } from "../excel/_lib/FakeBook";
import { fakeExcel } from "../excel/_lib/fakeExcel";
import { seedBook, yearSheetsBook } from "../excel/_lib/seedBook";

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

describe("runKpiCheck on a workbook whose structure is protected (Review > Protect Workbook): only adding sheets needs it", () => {
  const WITH_FINDINGS = { ...DEFAULT_SETTINGS, write: { ...DEFAULT_SETTINGS.write, findingsSheet: true } };

  it("writes the status column, leaves out the sheets to add, says which, and still takes three round trips", async () => {
    const book = seedBook();
    book.structureProtected = true;
    const { outcome, excel } = await check(book, WITH_FINDINGS);
    expect(outcome.notAdded).toEqual(["開示用", "指摘一覧"]);
    expect(outcome.notWritten).toBeUndefined();
    expect(book.sheet("KPI").peek(1, 9)?.value).toBe("達成状況");
    expect(book.sheets.map((s) => s.name)).toEqual(["KPI"]);
    expect(excel.syncs()).toBe(3);
  });

  it("writes the add-in's sheet an earlier run added in place, and leaves out only the one still to add", async () => {
    const book = seedBook();
    await check(book);
    book.sheet("開示用").cell(1, 1).value = "古い内容";
    book.structureProtected = true;
    const { outcome } = await check(book, WITH_FINDINGS);
    expect(outcome.notAdded).toEqual(["指摘一覧"]);
    expect(book.sheets.map((s) => s.name)).toEqual(["KPI", "開示用"]);
    expect(book.sheet("開示用").peek(1, 1)?.value).not.toBe("古い内容");
  });

  it("with all sheets: writes every year's status column, none of the sheets to add", async () => {
    const book = yearSheetsBook();
    book.structureProtected = true;
    book.sheet("2022年度").protected = true;
    const { outcome } = await check(book, { ...WITH_FINDINGS, allSheets: true });
    expect(outcome.notWritten).toEqual(["2022年度"]);
    expect(outcome.notAdded).toEqual(["開示用", "指摘一覧"]);
    for (const year of ["2021年度", "2023年度", "2024年度"]) expect(book.sheet(year).peek(1, 8)?.value).toBe("達成状況");
    expect(book.sheet("2022年度").peek(1, 8)).toBeUndefined();
  });

  it("makes no round trip to write when protection leaves nothing to write", async () => {
    const book = seedBook();
    book.structureProtected = true;
    const { outcome, excel } = await check(book, { ...DEFAULT_SETTINGS, write: { ...DEFAULT_SETTINGS.write, statusColumn: false } });
    expect(outcome.notAdded).toEqual(["開示用"]);
    expect(outcome.applied).toBeUndefined();
    expect(excel.syncs()).toBe(2);
  });
});

describe("runKpiCheck with all sheets (the settings' allSheets): one sheet per fiscal year, checked together", () => {
  const ALL = { ...DEFAULT_SETTINGS, allSheets: true };
  const YEARS = ["2021年度", "2022年度", "2023年度", "2024年度"];

  it("judges the KPIs of every year's sheet, each naming its sheet, as one table of 24 KPIs", async () => {
    const { outcome } = await check(yearSheetsBook(), ALL);
    expect(outcome.result.sheets).toEqual(YEARS);
    expect(outcome.result.kpis).toHaveLength(24);
    expect(new Set(outcome.result.kpis.map((k) => `${k.sheet}:${k.fiscalYear}`))).toEqual(new Set(YEARS.map((y) => `${y}:${y.slice(0, 4)}`)));
    expect(outcome.result.findings.every((f) => f.sheet === undefined || YEARS.includes(f.sheet))).toBe(true);
  });

  it("links the same KPI across the years' sheets, as one sheet holding every year does", async () => {
    const together = (await check(yearSheetsBook(), ALL)).outcome.result;
    const oneSheet = (await check(seedBook())).outcome.result;
    const years = (r: typeof together) => r.series.map((s) => `${s.title}:${s.points.map((p) => p.fiscalYear).join(",")}`).sort();
    expect(years(together)).toEqual(years(oneSheet));
    const acrossYears = (r: typeof together) => r.findings.filter((f) => ["result-declined", "target-below-last-result", "kpi-dropped"].includes(f.code)).map((f) => f.code).sort();
    expect(acrossYears(together)).toEqual(acrossYears(oneSheet));
  });

  it("reads every sheet's cells with the chosen sheet's: 3 round trips with the write, as a one-sheet check", async () => {
    const { excel } = await check(yearSheetsBook(), ALL);
    expect(excel.syncs()).toBe(3);
  });

  it("writes each sheet's status column and one disclosure sheet of all the years", async () => {
    const book = yearSheetsBook();
    await check(book, ALL);
    for (const year of YEARS) expect(book.sheet(year).peek(1, 8)?.value).toBe("達成状況");
    expect(book.sheets.map((s) => s.name)).toEqual([...YEARS, "開示用"]);
    const disclosure = book.grid("開示用", "A1:H400").flat().join("\n");
    for (const year of YEARS) expect(disclosure).toContain(year);
  });

  it("rewrites its own columns in place when run again, and does not read them as the user's data", async () => {
    const book = yearSheetsBook();
    const { outcome: before } = await check(book, ALL);
    const grids = YEARS.map((y) => book.grid(y, "A1:J12"));
    const { outcome: after } = await check(book, ALL);
    expect(after.result.findings).toEqual(before.result.findings);
    expect(YEARS.map((y) => book.grid(y, "A1:J12"))).toEqual(grids);
    expect(book.sheets.map((s) => s.name)).toEqual([...YEARS, "開示用"]);
  });

  it("colours each sheet's result cells by its own status rules, read in the blocks' sync, and replaces them on a second run", async () => {
    const book = yearSheetsBook();
    const excel = fakeExcel(book);
    const port = new ExcelWorkbookPort(excel.run);
    const ours = (year: string) => book.sheet(year).conditionalFormats.filter((cf) => /^=LEFT\(\$H\d+,1\)=/.test(cf.formula ?? ""));
    await runKpiCheck(port, ENGINE, ALL, { lang: "ja", today: TODAY });
    const counts = YEARS.map((y) => ours(y).length);
    expect(counts.every((n) => n > 0)).toBe(true);
    await runKpiCheck(port, ENGINE, ALL, { lang: "ja", today: TODAY });
    expect(YEARS.map((y) => ours(y).length)).toEqual(counts);
    expect(excel.syncs()).toBe(6);
  });

  it("after an older read (a write a minute after its read) reads every written sheet's status rules again in the check's one sync: each sheet coloured, none twice", async () => {
    const book = yearSheetsBook();
    let now = 0;
    const excel = fakeExcel(book);
    const port = new ExcelWorkbookPort(excel.run, { now: () => now });
    const late = { lang: "ja" as const, today: TODAY, onStep: (s: RunStep) => void (s === "write" && (now += 60_000)) };
    const ours = (year: string) => book.sheet(year).conditionalFormats.filter((cf) => /^=LEFT\(\$H\d+,1\)=/.test(cf.formula ?? ""));
    await runKpiCheck(port, ENGINE, ALL, late);
    const counts = YEARS.map((y) => ours(y).length);
    expect(counts.every((n) => n > 0)).toBe(true);
    // 2 to read, 1 to check that the workbook is as read (with every sheet's rules), 1 to write
    expect(excel.syncs()).toBe(4);
    await runKpiCheck(port, ENGINE, ALL, late);
    expect(YEARS.map((y) => ours(y).length)).toEqual(counts);
    expect(excel.syncs()).toBe(8);
  });

  it.each([
    ["an earlier year's sheet is", ["2022年度"]],
    ["the sheet the check starts from is", ["2021年度"]],
    ["two sheets are", ["2021年度", "2023年度"]],
  ])("writes every other sheet's status and the disclosure sheet when %s protected, leaves the protected ones as they are and says which", async (_, locked) => {
    const book = yearSheetsBook();
    for (const year of locked) book.sheet(year).protected = true;
    const before = locked.map((y) => book.grid(y, "A1:J12"));
    const { outcome } = await check(book, ALL);
    expect(outcome.notWritten).toEqual(locked);
    expect(locked.map((y) => book.grid(y, "A1:J12"))).toEqual(before);
    for (const year of YEARS.filter((y) => !locked.includes(y))) expect(book.sheet(year).peek(1, 8)?.value).toBe("達成状況");
    expect(book.sheets.map((s) => s.name)).toEqual([...YEARS, "開示用"]);
    expect(outcome.patch?.statusLines?.map((l) => l.sheet)).toEqual(YEARS.filter((y) => !locked.includes(y)));
  });

  it("still refuses a protected sheet checked alone (nothing written, the protected message)", async () => {
    const book = yearSheetsBook();
    book.sheet("2021年度").protected = true;
    const error = await check(book).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "protected", sheet: "2021年度" });
    expect(book.sheets.map((s) => s.name)).toEqual(YEARS);
  });

  it("leaves out hidden sheets and sheets without a KPI table, and writes nothing on them", async () => {
    const book = yearSheetsBook();
    book.sheet("2021年度").visibility = "Hidden";
    book.active = "2024年度";
    book.addSheet("メモ", [["買い物リスト"], ["牛乳"]]);
    const { outcome } = await check(book, ALL);
    expect(outcome.result.sheets).toEqual(["2022年度", "2023年度", "2024年度"]);
    expect(book.sheet("2021年度").peek(1, 8)).toBeUndefined();
    expect(book.grid("メモ", "A1:C3")).toEqual([["買い物リスト", null, null], ["牛乳", null, null], [null, null, null]]);
  });

  it("leaves out a hidden sheet even when it is the sheet named", async () => {
    const book = yearSheetsBook();
    book.sheet("2021年度").visibility = "Hidden";
    const outcome = await runKpiCheck(new ExcelWorkbookPort(fakeExcel(book).run), ENGINE, ALL, { lang: "ja", today: TODAY, sheet: "2021年度", write: false });
    expect(outcome.result.sheets).toEqual(["2022年度", "2023年度", "2024年度"]);
  });

  it("starts from the sheet named and still checks them all", async () => {
    const excel = fakeExcel(yearSheetsBook());
    const outcome = await runKpiCheck(new ExcelWorkbookPort(excel.run), ENGINE, ALL, { lang: "ja", today: TODAY, sheet: "2023年度", write: false });
    expect(outcome.result.sheets).toEqual(YEARS);
  });

  it("checks the one sheet as without the setting when no sheet holds a KPI table", async () => {
    const book = new FakeBook();
    book.addSheet("メモ", [["買い物リスト"], ["牛乳"]]);
    book.addSheet("予定", [["会議"]]);
    const { outcome } = await check(book, ALL);
    expect(outcome.result.sheetName).toBe("メモ");
    expect(outcome.result.findings.map((f) => f.code)).toContain("table-not-found");
    expect(outcome.patch).toBeUndefined();
  });

  it("reads only the active sheet without the setting", async () => {
    const { outcome } = await check(yearSheetsBook());
    expect(outcome.reading.others).toBeUndefined();
    expect(outcome.result.sheets).toBeUndefined();
    expect(outcome.result.kpis.map((k) => k.fiscalYear)).toEqual(Array(outcome.result.kpis.length).fill(2021));
  });
});
