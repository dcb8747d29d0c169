import type { CheckRunner } from "./checkRunner";

let loading: Promise<CheckRunner> | null = null;

/**
 * The {@link CheckRunner} as a chunk of its own, loaded once (a failed load is tried again on the next call).
 *
 * @example const { runKpiCheck } = await loadCheckRunner();
 */
export function loadCheckRunner(): Promise<CheckRunner> {
  loading ??= import(/* webpackChunkName: "check" */ "./checkRunner").then(
    (m) => m.CHECK_RUNNER,
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}
