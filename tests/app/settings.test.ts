import { DEFAULT_SETTINGS, memorySettingsStore, normalizeSettings } from "../../src/app/settings/CheckSettings";
import { localDate } from "../../src/app/settings/localDate";
import { checkOptions } from "../../src/app/settings/optionsFromSettings";
import { LAYOUTS } from "../../src/core/KpiRecord";

describe("normalizeSettings: whatever a workbook stored, settings the pane can use", () => {
  it.each([
    ["nothing", undefined, DEFAULT_SETTINGS],
    ["garbage", "not an object", DEFAULT_SETTINGS],
    ["an October start", { fiscalYearStartMonth: 10 }, { ...DEFAULT_SETTINGS, fiscalYearStartMonth: 10 }],
    ["a month out of range", { fiscalYearStartMonth: 13 }, DEFAULT_SETTINGS],
    ["a valid as-of date", { asOf: "2024-03-31" }, { ...DEFAULT_SETTINGS, asOf: "2024-03-31" }],
    ["a malformed as-of date", { asOf: "2024/03/31" }, DEFAULT_SETTINGS],
    ["years with junk, unsorted, repeated", { years: [2022, "x", 2024, 2022, 12] }, { ...DEFAULT_SETTINGS, years: [2024, 2022] }],
    ["an empty year list (all years)", { years: [] }, DEFAULT_SETTINGS],
    ["one write option off", { write: { disclosureSheet: false } }, { ...DEFAULT_SETTINGS, write: { ...DEFAULT_SETTINGS.write, disclosureSheet: false } }],
    ["the 推移 sheet turned on", { write: { trendSheet: true } }, { ...DEFAULT_SETTINGS, write: { ...DEFAULT_SETTINGS.write, trendSheet: true } }],
    ["a non-boolean 推移 sheet option (off, the default)", { write: { trendSheet: "yes" } }, DEFAULT_SETTINGS],
    ["a non-boolean option", { html: { inlineStyles: "yes" } }, DEFAULT_SETTINGS],
    ["a layout chosen", { layout: "wide" }, { ...DEFAULT_SETTINGS, layout: "wide" }],
    ["a layout this version does not know (detect)", { layout: "matrix" }, DEFAULT_SETTINGS],
    ["a layout that is not a name (detect)", { layout: 3 }, DEFAULT_SETTINGS],
    ["all sheets checked together", { allSheets: true }, { ...DEFAULT_SETTINGS, allSheets: true }],
    ["a non-boolean all-sheets option (one sheet, the default)", { allSheets: "yes" }, DEFAULT_SETTINGS],
  ])("%s", (_name, stored, expected) => {
    expect(normalizeSettings(stored)).toEqual(expected);
  });

  it("leaves the 推移 sheet off by default", () => {
    expect(DEFAULT_SETTINGS.write.trendSheet).toBe(false);
  });

  it("checks one sheet by default, as before the setting existed", () => {
    expect(DEFAULT_SETTINGS.allSheets).toBe(false);
    expect(normalizeSettings({ fiscalYearStartMonth: 10 }).allSheets).toBe(false);
  });

  it("keeps what a memory store saved, normalised", async () => {
    const store = memorySettingsStore();
    await store.save({ ...DEFAULT_SETTINGS, years: [2021, 2023] });
    expect(store.load().years).toEqual([2023, 2021]);
  });
});

describe("checkOptions: the layout the settings name reaches the engine, none lets it detect", () => {
  it("leaves the layout out when the settings detect it (自動)", () => {
    expect(DEFAULT_SETTINGS.layout).toBeNull();
    expect(checkOptions(DEFAULT_SETTINGS, "2026-11-29")).not.toHaveProperty("layout");
  });

  it.each(LAYOUTS.map((l) => [l]))("passes %s on, as --layout does", (layout) => {
    expect(checkOptions({ ...DEFAULT_SETTINGS, layout }, "2026-11-29")).toEqual({ asOf: "2026-11-29", fiscalYearStartMonth: 4, layout });
  });
});

describe("localDate: today at the user's desk", () => {
  it.each([
    [new Date(2026, 10, 29, 23, 59), "2026-11-29"],
    [new Date(2025, 0, 1, 0, 0), "2025-01-01"],
  ])("%s → %s", (date, iso) => {
    expect(localDate(date)).toBe(iso);
  });
});
