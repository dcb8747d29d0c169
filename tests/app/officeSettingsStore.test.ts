import { officeSettingsStore, SETTINGS_KEY } from "../../src/app/settings/officeSettingsStore";
import { DEFAULT_SETTINGS } from "../../src/app/settings/CheckSettings";
import { OfficeMockObject } from "../excel/_lib/officeMock";

function documentSettings(stored: Record<string, unknown>, saveStatus = "succeeded") {
  const saved: Record<string, unknown>[] = [];
  const settings = new OfficeMockObject({
    get: (key: string) => stored[key],
    set: (key: string, value: unknown) => void (stored[key] = value),
    saveAsync: (cb: (r: unknown) => void) => {
      saved.push({ ...stored });
      cb({ status: saveStatus, error: { message: "quota" } });
    },
  }) as unknown as Office.Settings;
  return { settings, saved };
}

describe("officeSettingsStore: the pane's settings kept in the workbook", () => {
  it("gives the defaults for a workbook that has none", () => {
    expect(officeSettingsStore(documentSettings({}).settings).load()).toEqual(DEFAULT_SETTINGS);
  });

  it("saves under its key with saveAsync, and reads back what it saved", async () => {
    const stored: Record<string, unknown> = {};
    const { settings, saved } = documentSettings(stored);
    const store = officeSettingsStore(settings);
    await store.save({ ...DEFAULT_SETTINGS, fiscalYearStartMonth: 10, years: [2023] });
    expect(saved).toHaveLength(1);
    expect(stored[SETTINGS_KEY]).toMatchObject({ fiscalYearStartMonth: 10, years: [2023] });
    expect(officeSettingsStore(settings).load().fiscalYearStartMonth).toBe(10);
  });

  it("rejects with Office's message when saveAsync fails", async () => {
    const store = officeSettingsStore(documentSettings({}, "failed").settings);
    await expect(store.save(DEFAULT_SETTINGS)).rejects.toThrow("quota");
  });
});
