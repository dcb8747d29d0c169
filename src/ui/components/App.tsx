import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../../i18n/Lang";
import { uiStrings, type UiStrings } from "../../i18n/ui";
import { ErrorBoundary } from "./ErrorBoundary";
import { Pane, type PaneProps } from "./Pane";
import { UiContext } from "./UiContext";

/** Props of {@link App}: the pane's, plus the language and theme Office reports. */
export interface AppProps extends PaneProps {
  lang: Lang;
  dark?: boolean;
  /** Words that differ from the add-in's (the browser preview checks a file and offers a download). */
  overrides?: Partial<UiStrings>;
}

/**
 * The whole task pane: Fluent UI's provider with the light or dark theme Office shows, the pane's language, and
 * an error boundary so that a rendering error is a message, not a blank pane.
 *
 * @example root.render(<App lang="ja" port={port} engine={ENGINE} store={store} today={today} />)
 */
export function App({ lang, dark, overrides, ...pane }: AppProps) {
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang === "en" ? "en-US" : "ja-JP"}>
      <UiContext.Provider value={{ lang, t: overrides ? { ...uiStrings(lang), ...overrides } : uiStrings(lang) }}>
        <ErrorBoundary>
          <Pane {...pane} />
        </ErrorBoundary>
      </UiContext.Provider>
    </FluentProvider>
  );
}
