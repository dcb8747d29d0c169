import { runKpiCheck } from "../../app/pipeline/runKpiCheck";
import { htmlOptions } from "../../app/settings/optionsFromSettings";

/**
 * What the pane needs only once a check runs: the pipeline and the HTML options of the settings. They bring the
 * finding messages, the write-back labels and the schema with them (about 10 KB gzip), so the pane loads this
 * module as a chunk of its own (`loadCheckRunner`), fetched as the pane mounts, never before its first paint.
 *
 * @example const { runKpiCheck } = await loadCheckRunner();
 */
export interface CheckRunner {
  runKpiCheck: typeof runKpiCheck;
  htmlOptions: typeof htmlOptions;
}

/** The pipeline and the HTML options of the settings (see {@link CheckRunner}). */
export const CHECK_RUNNER: CheckRunner = { runKpiCheck, htmlOptions };
