import { createContext, useContext } from "react";
import type { Lang } from "../../i18n/Lang";
import { uiStrings, type UiStrings } from "../../i18n/ui";

/** The pane's language and its words. */
export interface Ui {
  lang: Lang;
  t: UiStrings;
}

/**
 * The language context of the pane (Japanese unless Office says English).
 *
 * @example <UiContext.Provider value={{ lang: "en", t: uiStrings("en") }}>…</UiContext.Provider>
 */
export const UiContext = createContext<Ui>({ lang: "ja", t: uiStrings("ja") });

/**
 * The pane's language and words.
 *
 * @example const { t } = useUi(); <h2>{t.findingsSection}</h2>
 */
export function useUi(): Ui {
  return useContext(UiContext);
}
