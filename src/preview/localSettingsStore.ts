import { normalizeSettings, type SettingsStore } from "../app/settings/CheckSettings";

/** The settings a browser without stored ones starts from: the defaults, plus the findings sheet in the download. */
const PREVIEW_DEFAULTS = { write: { findingsSheet: true } };

/**
 * A settings store for the browser preview: `localStorage` under `key` (there is no workbook to keep them in).
 * Starts from the defaults with the findings sheet on, so that the downloaded workbook holds the status column,
 * the disclosure sheet and the findings sheet. Falls back to memory when storage is blocked; `save` rejects
 * when writing fails, as the pane expects.
 *
 * @example const store = localSettingsStore(window.localStorage); store.load().write.findingsSheet // true
 */
export function localSettingsStore(storage: Pick<Storage, "getItem" | "setItem"> | null, key = "kpi-check.settings"): SettingsStore {
  let current = normalizeSettings(PREVIEW_DEFAULTS);
  try {
    const raw = storage?.getItem(key);
    if (raw) current = normalizeSettings(JSON.parse(raw));
  } catch {
    // unreadable or blocked storage: the defaults
  }
  return {
    load: () => current,
    save: async (settings) => {
      current = normalizeSettings(settings);
      storage?.setItem(key, JSON.stringify(current));
    },
  };
}
