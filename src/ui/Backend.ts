import type { ComponentType } from "react";
import type { WorkbookPort } from "../core/WorkbookPort";
import type { ResultsProps } from "./components/Results";
import type { KpiEngine } from "../app/pipeline/KpiEngine";

/**
 * What the pane needs once the user presses the button: the workbook port, the engine, and the view of the
 * results. The add-in loads them as a chunk of their own right after the first paint, so the pane shows and
 * answers before the engine's code has arrived; tests pass them directly.
 *
 * @example const backend: Backend = { port, engine: ENGINE, Results };
 */
export interface Backend {
  port: WorkbookPort;
  engine: KpiEngine;
  Results: ComponentType<ResultsProps>;
}
