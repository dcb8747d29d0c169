import { runCheckCommand, type CommandDeps } from "../../src/commands/runCheckCommand";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { ENGINE } from "../../src/app/pipeline/engine";
import { memorySettingsStore } from "../../src/app/settings/CheckSettings";
import { FakeBook } from "../excel/_lib/FakeBook";
import { fakeExcel, type FakeExcel } from "../excel/_lib/fakeExcel";
import { OfficeMockObject } from "../excel/_lib/officeMock";
import { seedBook, yearSheetsBook } from "../excel/_lib/seedBook";

/** An add-in command event as office-addin-mock builds it: completed() counts its calls. */
function commandEvent() {
  const calls = { completed: 0 };
  const event = new OfficeMockObject({ completed: () => void calls.completed++ }) as unknown as { completed(): void };
  return { event, calls };
}

function deps(excel: FakeExcel, extra: Partial<CommandDeps> = {}) {
  const messages: string[] = [];
  const d: CommandDeps = {
    port: new ExcelWorkbookPort(excel.run),
    engine: ENGINE,
    store: memorySettingsStore(),
    lang: "ja",
    today: () => "2026-11-29",
    notify: async (m) => {
      messages.push(m);
    },
    ...extra,
  };
  return { d, messages };
}

describe("the ribbon's one-click check", () => {
  it("judges the active sheet, writes the status column only, says how many KPIs got each status, and completes", async () => {
    const book = seedBook();
    const excel = fakeExcel(book);
    const { d, messages } = deps(excel, { store: memorySettingsStore({ write: { statusColumn: true, disclosureSheet: true, findingsSheet: true } }) });
    const { event, calls } = commandEvent();
    await runCheckCommand(event, d);
    expect(calls.completed).toBe(1);
    expect(excel.syncs()).toBe(3);
    expect(book.sheet("KPI").peek(1, 9)?.value).toBe("達成状況");
    expect(book.sheets.map((s) => s.name)).toEqual(["KPI"]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^KPIチェック：.*、! 結果未入力 \d+/);
  });

  it("with the workbook's settings for all sheets, marks every year's sheet and says how many sheets it checked", async () => {
    const book = yearSheetsBook();
    const excel = fakeExcel(book);
    const { d, messages } = deps(excel, { store: memorySettingsStore({ allSheets: true }) });
    await runCheckCommand(commandEvent().event, d);
    for (const sheet of book.sheets) expect(sheet.peek(1, 8)?.value).toBe("達成状況");
    expect(excel.syncs()).toBe(3);
    expect(messages[0]).toMatch(/^KPIチェック（4シート）：/);
  });

  it("with all sheets, marks the sheets it may and names the protected one it left as it was", async () => {
    const book = yearSheetsBook();
    book.sheet("2022年度").protected = true;
    const { d, messages } = deps(fakeExcel(book), { store: memorySettingsStore({ allSheets: true }) });
    await runCheckCommand(commandEvent().event, d);
    expect(book.sheets.map((s) => s.peek(1, 8)?.value)).toEqual(["達成状況", undefined, "達成状況", "達成状況"]);
    expect(messages[0]).toMatch(/^KPIチェック（4シート）：.*。保護されているシート（2022年度）には達成状況を書き込んでいません。/);
  });

  it("says so when the sheet has no KPI table, and completes", async () => {
    const book = new FakeBook();
    book.addSheet("メモ", [["買い物リスト"]]);
    const { d, messages } = deps(fakeExcel(book));
    const { event, calls } = commandEvent();
    await runCheckCommand(event, d);
    expect(messages).toEqual(["KPIチェック：このシートにKPIの表が見つかりません。"]);
    expect(calls.completed).toBe(1);
  });

  it.each([
    ["a cell being edited", { editMode: true }, /EnterキーかEscキー/],
  ])("explains %s, and completes", async (_name, limits, message) => {
    const { d, messages } = deps(fakeExcel(seedBook(), limits));
    const { event, calls } = commandEvent();
    await runCheckCommand(event, d);
    expect(messages[0]).toMatch(message);
    expect(calls.completed).toBe(1);
  });

  it("explains a protected KPI sheet without writing anything, and completes", async () => {
    const book = seedBook();
    book.sheet("KPI").protected = true;
    const excel = fakeExcel(book);
    const { d, messages } = deps(excel);
    const { event, calls } = commandEvent();
    await runCheckCommand(event, d);
    expect(messages[0]).toMatch(/保護されているため/);
    expect(excel.syncs()).toBe(2);
    expect(book.sheet("KPI").peek(1, 9)).toBeUndefined();
    expect(calls.completed).toBe(1);
  });

  it("completes even when the engine throws and the notification fails too", async () => {
    const { d } = deps(fakeExcel(seedBook()), {
      engine: { ...ENGINE, checkSheet: () => { throw new Error("bug"); } },
      notify: () => Promise.reject(new Error("no dialog")),
    });
    const { event, calls } = commandEvent();
    await expect(runCheckCommand(event, d)).resolves.toBeUndefined();
    expect(calls.completed).toBe(1);
  });

  it("does nothing but explain on an Excel without the API set, and completes", async () => {
    const excel = fakeExcel(seedBook());
    const { d, messages } = deps(excel, { blocker: "ExcelApi 1.9 がありません" });
    const { event, calls } = commandEvent();
    await runCheckCommand(event, d);
    expect(excel.syncs()).toBe(0);
    expect(messages[0]).toContain("ExcelApi 1.9");
    expect(calls.completed).toBe(1);
  });

  it("gives up with a message and completes before Office ends the command's runtime (5 minutes)", async () => {
    const never: CommandDeps["port"] = { readSnapshot: () => new Promise(() => undefined), applyPatch: () => new Promise(() => undefined), selectCell: async () => undefined };
    const { d, messages } = deps(fakeExcel(seedBook()), { port: never, timeoutMs: 20 });
    const { event, calls } = commandEvent();
    await runCheckCommand(event, d);
    expect(messages).toEqual(["KPIチェック：時間がかかりすぎたため中断しました。作業ウィンドウからチェックしてください。"]);
    expect(calls.completed).toBe(1);
  });

  it("speaks English when Office does", async () => {
    const { d, messages } = deps(fakeExcel(seedBook()), { lang: "en" });
    await runCheckCommand(commandEvent().event, d);
    expect(messages[0]).toMatch(/^KPI Check: .*Result missing \d+/);
  });
});
