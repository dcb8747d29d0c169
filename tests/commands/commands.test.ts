/** @jest-environment jsdom */
import { OfficeMockObject } from "../excel/_lib/officeMock";
import { fakeExcel } from "../excel/_lib/fakeExcel";
import { seedBook } from "../excel/_lib/seedBook";

/**
 * The real entry point (src/commands/commands.ts) against an Office built with office-addin-mock: it registers
 * `runKpiCheck` on Office.onReady, and the registered function runs the check through Excel.run.
 */
describe("commands.ts", () => {
  it("associates runKpiCheck, which writes the status column, notifies through a dialog, and completes", async () => {
    const book = seedBook();
    const excel = fakeExcel(book);
    const associated = new Map<string, (event: unknown) => Promise<void>>();
    const dialogs: string[] = [];
    let closed = 0;
    const office = new OfficeMockObject({
      onReady: (callback: () => void) => callback(),
      actions: { associate: (name: string, fn: (event: unknown) => Promise<void>) => void associated.set(name, fn) },
      context: {
        displayLanguage: "ja-JP",
        // Requirement-set versions compare by their minor number (1.13 is newer than 1.9).
        requirements: { isSetSupported: (name: string, version: string) => name === "ExcelApi" && Number(version.split(".")[1]) <= 13 },
        document: { settings: { get: () => undefined, set: () => undefined, saveAsync: (cb: (r: unknown) => void) => cb({ status: "succeeded" }) } },
        ui: {
          displayDialogAsync: (url: string, _options: unknown, callback: (r: unknown) => void) => {
            dialogs.push(decodeURIComponent(new URL(url).searchParams.get("m") ?? ""));
            callback({ status: "succeeded", value: { close: () => void closed++ } });
          },
        },
      },
    });
    Object.assign(globalThis, { Office: office, Excel: { run: (...args: unknown[]) => excel.officeRun(...args) } });
    jest.useFakeTimers({ doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
    try {
      await jest.isolateModulesAsync(async () => {
        await import("../../src/commands/commands");
      });
      const run = associated.get("runKpiCheck");
      expect(run).toBeDefined();
      let completed = 0;
      const done = run!(new OfficeMockObject({ completed: () => void completed++ }));
      await jest.runAllTimersAsync();
      await done;
      expect(completed).toBe(1);
      expect(closed).toBe(1);
      expect(dialogs).toHaveLength(1);
      expect(dialogs[0]).toMatch(/^KPIチェック：.*結果未入力/);
      expect(book.sheet("KPI").peek(1, 9)?.value).toBe("達成状況");
    } finally {
      jest.useRealTimers();
    }
  });
});
