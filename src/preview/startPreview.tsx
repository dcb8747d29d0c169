import { createRoot, type Root } from "react-dom/client";
import type { Lang } from "../i18n/Lang";
import { localDate } from "../app/settings/localDate";
import { localSettingsStore } from "./localSettingsStore";
import { PreviewApp } from "./PreviewApp";

/* global window */

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // blocked (private mode, sandboxed frame)
  }
}

/**
 * Renders the browser preview into the page: `index.tsx` calls it (from a chunk of its own) when the pane is
 * opened outside Office. Returns the React root, so that the caller can unmount it should Office answer late.
 *
 * @example const root = startPreview(document.getElementById("container")!, "ja");
 */
export function startPreview(container: HTMLElement, lang: Lang, sampleUrl = "assets/sample-kpi.xlsx"): Root {
  const root = createRoot(container);
  root.render(<PreviewApp lang={lang} store={localSettingsStore(storage())} today={() => localDate(new Date())} sampleUrl={sampleUrl} />);
  return root;
}
