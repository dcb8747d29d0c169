import { normalizeSettings, type CheckSettings, type SettingsStore } from "./CheckSettings";

/**
 * The key the add-in's settings live under in the document's settings.
 *
 * @example Office.context.document.settings.get(SETTINGS_KEY) // { fiscalYearStartMonth: 4, … }
 */
export const SETTINGS_KEY = "kpiCheck.settings";

/**
 * Keeps the task pane's settings in the workbook itself (`Office.context.document.settings`), so they travel with
 * the file to the next person. Saving needs `saveAsync`; a failure rejects with Office's message.
 *
 * @example const store = officeSettingsStore(Office.context.document.settings);
 */
export function officeSettingsStore(settings: Office.Settings): SettingsStore {
  return {
    load: (): CheckSettings => normalizeSettings(settings.get(SETTINGS_KEY)),
    save: (value: CheckSettings) =>
      new Promise<void>((resolve, reject) => {
        settings.set(SETTINGS_KEY, normalizeSettings(value));
        settings.saveAsync((result) => {
          if (String(result.status) === "failed") reject(new Error(result.error?.message ?? "settings.saveAsync failed"));
          else resolve();
        });
      }),
  };
}
