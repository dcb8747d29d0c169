import { createRoot, type Root } from "react-dom/client";
import { missingExcelApi, supportsMergedAreas } from "../excel/excelSupport";
import { officeSettingsStore } from "../app/settings/officeSettingsStore";
import { langFromLocale } from "../i18n/Lang";
import { uiStrings } from "../i18n/ui";
import { isDarkTheme } from "./_lib/officeTheme";
import { App } from "../ui/components/App";
import { localDate } from "../app/settings/localDate";

/* global document, Office, navigator, setTimeout */

const container = document.getElementById("container") as HTMLElement;
/** How long Office.onReady may take to name a host before the pane offers the browser preview. */
const OFFICE_TIMEOUT_MS = 3_000;
let ready = false;
let preview: Promise<Root | null> | null = null;

// Outside Office (office.js absent or blocked, or no host named in time) the pane becomes a browser preview on a
// file; its code and exceljs come as chunks of their own, so the Excel path does not load them.
function startPreview(): void {
  // The one place a front end loads another: taskpane.html is also the browser preview's page, and this entry
  // hands over to it (a chunk of its own) when there is no Excel. Nothing else of the preview is imported here.
  // eslint-disable-next-line layers/layers
  preview ??= import(/* webpackChunkName: "preview" */ "../preview/startPreview").then(
    (m) => m.startPreview(container, langFromLocale(navigator.language)),
    () => {
      showPlain(uiStrings(langFromLocale(navigator.language)).officeMissing);
      return null;
    },
  );
}

function showPlain(message: string): void {
  const p = document.createElement("p");
  p.className = "boot";
  p.setAttribute("role", "alert");
  p.textContent = message;
  container.replaceChildren(p);
}

if (typeof Office === "undefined") {
  // office.js did not load (offline, blocked, or a plain browser without it).
  startPreview();
} else {
  Office.onReady(async (info) => {
    ready = true;
    if (info.host !== Office.HostType.Excel) {
      startPreview();
      return;
    }
    // Office answered after the preview had started (a slow start in Excel): the add-in takes over.
    if (preview) (await preview)?.unmount();
    const lang = langFromLocale(Office.context?.displayLanguage ?? navigator.language);
    const t = uiStrings(lang);
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
    if (!ready) startPreview();
  }, OFFICE_TIMEOUT_MS);
}
