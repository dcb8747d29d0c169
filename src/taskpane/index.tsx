import { createRoot } from "react-dom/client";
import { missingExcelApi, supportsMergedAreas } from "../excel/excelSupport";
import { officeSettingsStore } from "../excel/officeSettingsStore";
import { langFromLocale } from "../i18n/Lang";
import { uiStrings } from "../i18n/ui";
import { isDarkTheme } from "./_lib/officeTheme";
import { App } from "./components/App";
import { localDate } from "./settings/localDate";

/* global document, Office, navigator, setTimeout */

const container = document.getElementById("container") as HTMLElement;
let ready = false;

function showPlain(message: string): void {
  const p = document.createElement("p");
  p.className = "boot";
  p.setAttribute("role", "alert");
  p.textContent = message;
  container.replaceChildren(p);
}

if (typeof Office === "undefined") {
  // office.js did not load (offline, blocked): say so instead of waiting for Office.onReady forever.
  showPlain(uiStrings(langFromLocale(navigator.language)).officeMissing);
} else {
  Office.onReady((info) => {
    ready = true;
    const lang = langFromLocale(Office.context?.displayLanguage ?? navigator.language);
    const t = uiStrings(lang);
    if (info.host !== Office.HostType.Excel) {
      showPlain(t.officeMissing);
      return;
    }
    const missing = missingExcelApi(Office.context.requirements);
    const mergedAreas = supportsMergedAreas(Office.context.requirements);
    // The engine, the Office.js adapter and the results view come as a chunk of their own, fetched at once but
    // after the pane's first paint: the pane shows and answers before they arrive.
    const backend = () => import(/* webpackChunkName: "engine" */ "./excelBackend").then((m) => m.excelBackend({ mergedAreas }));
    createRoot(container).render(
      <App
        lang={lang}
        dark={isDarkTheme(Office.context.officeTheme)}
        backend={backend}
        store={officeSettingsStore(Office.context.document.settings)}
        today={() => localDate(new Date())}
        blocker={missing ? t.unsupported(missing) : undefined}
      />,
    );
  });
  setTimeout(() => {
    if (!ready) showPlain(uiStrings(langFromLocale(navigator.language)).officeMissing);
  }, 15_000);
}
