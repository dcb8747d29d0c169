import { snapshotFromRows } from "../../src/core/snapshotFromRows";
import { inputErrorMessage } from "../../src/i18n/inputErrors";
import { uiStrings } from "../../src/i18n/ui";
import { localSettingsStore } from "../../src/preview/localSettingsStore";
import { previewStrings } from "../../src/preview/previewStrings";
import { checkedFileName, nextYearFileName } from "../../src/preview/_lib/downloadBytes";
import { fileErrorMessage } from "../../src/preview/_lib/fileErrorMessage";
import { pickKpiSheet } from "../../src/preview/_lib/pickKpiSheet";
import { DEFAULT_SETTINGS } from "../../src/app/settings/CheckSettings";
import { ENGINE } from "../../src/app/pipeline/engine";
import { InputError } from "../../src/core/InputError";
import { WorkbookWriteError } from "../../src/xlsx/writeCheckedWorkbook";
import { seedSnapshot } from "../ui/_lib/memoryPort";

describe("nextYearFileName: the copy with next year's rows is named for the year", () => {
  it.each([
    ["KPI.xlsx", "KPI-2025年度.xlsx"],
    ["KPI 2024.csv", "KPI 2024-2025年度.xlsx"],
    ["kpi.XLSM", "kpi-2025年度.xlsm"],
  ])("%s → %s", (name, expected) => {
    expect(nextYearFileName(name, 2025)).toBe(expected);
  });
});

describe("checkedFileName: the downloaded copy is named after the file", () => {
  it.each([
    ["sample-kpi.xlsx", "sample-kpi-checked.xlsx"],
    ["KPI 2024.CSV", "KPI 2024-checked.xlsx"],
    ["macro.xlsm", "macro-checked.xlsm"],
    ["kpi.v2.xlsx", "kpi.v2-checked.xlsx"],
    ["noext", "noext-checked.xlsx"],
  ])("%s → %s", (name, expected) => {
    expect(checkedFileName(name)).toBe(expected);
  });
});

describe("pickKpiSheet: the sheet a file's check starts on", () => {
  const cover = snapshotFromRows("表紙", [["KPIの開示"], ["株式会社サンプル代理店"]]);
  it("is the first sheet in which the engine finds KPIs", () => {
    expect(pickKpiSheet([cover, seedSnapshot()], ENGINE, "2026-11-29")).toBe("KPI");
  });
  it("is the first sheet when none has a KPI table (its check then says so)", () => {
    expect(pickKpiSheet([cover, snapshotFromRows("売上", [["月", "売上"], ["4月", 120]])], ENGINE, "2026-11-29")).toBe("表紙");
  });
});

describe("localSettingsStore: the preview's settings live in the browser", () => {
  function memoryStorage(initial: Record<string, string> = {}) {
    const data = { ...initial };
    return { data, getItem: (k: string) => data[k] ?? null, setItem: (k: string, v: string) => void (data[k] = v) };
  }

  it("starts from the defaults with the findings sheet on, so the download holds all three outputs", () => {
    const settings = localSettingsStore(memoryStorage()).load();
    expect(settings.write).toEqual({ statusColumn: true, disclosureSheet: true, findingsSheet: true, trendSheet: false });
    expect(settings.html).toEqual(DEFAULT_SETTINGS.html);
  });

  it("saves normalised settings under its key and reads them back in the next page", async () => {
    const storage = memoryStorage();
    await localSettingsStore(storage).save({ ...DEFAULT_SETTINGS, fiscalYearStartMonth: 10, years: [2023, 2024] });
    const again = localSettingsStore(storage).load();
    expect(again.fiscalYearStartMonth).toBe(10);
    expect(again.years).toEqual([2024, 2023]);
    expect(Object.keys(storage.data)).toEqual(["kpi-check.settings"]);
  });

  it.each([
    ["unreadable JSON", memoryStorage({ "kpi-check.settings": "{not json" })],
    ["no storage at all (blocked)", null],
  ])("falls back to the defaults on %s", (_, storage) => {
    expect(localSettingsStore(storage).load().write.findingsSheet).toBe(true);
  });

  it("rejects the save when the browser refuses to store, so the pane can say so", async () => {
    const full = { getItem: () => null, setItem: () => { throw new Error("QuotaExceededError"); } };
    await expect(localSettingsStore(full).save(DEFAULT_SETTINGS)).rejects.toThrow("QuotaExceededError");
  });
});

describe("fileErrorMessage: why a file could not be opened or written", () => {
  it.each(["ja", "en"] as const)("an input error in the reader's own words (%s)", (lang) => {
    const e = new InputError("legacy-xls");
    expect(fileErrorMessage(e, lang)).toEqual({ message: inputErrorMessage(e, lang) });
  });

  it("the reader's own text (a library's English) is the detail, never part of the sentence", () => {
    const e = new InputError("corrupt", { detail: "Corrupted zip: can't find end of central directory" });
    const { message, detail } = fileErrorMessage(e, "ja");
    expect(message).toBe(inputErrorMessage(new InputError("corrupt"), "ja"));
    expect(message).not.toMatch(/zip|central directory/i);
    expect(detail).toBe("Corrupted zip: can't find end of central directory");
  });

  it("a workbook with parts the writer would lose names their kinds, and their paths as detail", () => {
    const e = new WorkbookWriteError([{ kind: "chart", path: "xl/charts/chart1.xml" }, { kind: "chart", path: "xl/charts/chart2.xml" }]);
    expect(fileErrorMessage(e, "ja")).toEqual({ message: previewStrings("ja").droppedParts("グラフ"), detail: "xl/charts/chart1.xml\nxl/charts/chart2.xml" });
  });

  it("anything else: the generic words, the error's text as detail", () => {
    expect(fileErrorMessage(new Error("Failed to fetch"), "en")).toEqual({ message: previewStrings("en").readFailed, detail: "Failed to fetch" });
  });
});

describe("previewStrings: the pane's words outside Excel", () => {
  it.each(["ja", "en"] as const)("override only words the pane has, and change the button (%s)", (lang) => {
    const { pane } = previewStrings(lang);
    const t = uiStrings(lang);
    for (const key of Object.keys(pane)) expect(t).toHaveProperty(key);
    expect(pane.write).not.toBe(t.write);
    expect(pane.errors?.unknown).not.toBe(t.errors.unknown);
  });
});
