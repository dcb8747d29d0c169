import { join } from "node:path";

/** The repository root. */
export const ROOT = join(__dirname, "..", "..", "..");
/** The production build the tests run against (`npm run build`). */
export const ADDIN_DIR = join(ROOT, "dist", "addin");
/** Where office.js's CDN requests are answered from. */
export const OFFICE_JS_DIR = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
/** Screenshots and other artefacts of the e2e run. */
export const OUTPUT_DIR = join(ROOT, "test-output");
/** Debian's Chromium, as `.ci/run` installs it. */
export const CHROMIUM = "/usr/bin/chromium";
/** The bundled sample, as the pane's "open the sample" fetches it. */
export const SAMPLE = join(ROOT, "assets", "sample-kpi.xlsx");
