import { estimateBytes, RECORD_BYTES } from "./byteSize";
import type { AreaFormat, PatchOp } from "./PatchOp";

/**
 * Excel on the web rejects a request over 5 MB (`RequestPayloadSizeLimitExceeded`); batches stay under this
 * budget, which leaves room for the estimate's error.
 *
 * @example packBatches(ops, REQUEST_BUDGET_BYTES)
 */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/** How many records (property sets, method calls, objects navigated to) setting a look queues. */
function formatRecords(format: AreaFormat, inside?: { rows: boolean; cols: boolean }): number {
  let n = 1;
  if (format.fill) n += 2;
  const font = format.font ? Object.values(format.font).filter((v) => v !== undefined).length : 0;
  if (font > 0) n += 1 + font;
  n += [format.horizontalAlignment, format.verticalAlignment, format.wrapText, format.indent].filter((v) => v !== undefined).length;
  const b = format.borders;
  if (b) {
    let edges = [b.top, b.bottom, b.left, b.right].filter(Boolean).length;
    if ((b.top || b.bottom) && inside?.rows) edges++;
    if ((b.left || b.right) && inside?.cols) edges++;
    n += 1 + edges * (b.color ? 4 : 3);
  }
  return n;
}

/**
 * The estimated request size of one step: its data in UTF-8 JSON, plus one Office.js record (an object path or
 * an action, about {@link RECORD_BYTES} each) for every object it navigates to and every property it sets.
 *
 * @example opBytes({ kind: "select", sheet: "KPI", address: "A1" }) // ≈ 4 records + the address
 */
export function opBytes(op: PatchOp): number {
  switch (op.kind) {
    case "values":
      return estimateBytes(op.values) + RECORD_BYTES;
    case "number-formats":
      return estimateBytes(op.formats) + RECORD_BYTES;
    case "format":
      return estimateBytes(op.addresses) + formatRecords(op.format, op.inside) * RECORD_BYTES;
    case "row-height":
    case "column-width":
      return estimateBytes(op.addresses) + 3 * RECORD_BYTES;
    case "page-breaks":
      return estimateBytes(op.rows) + op.rows.length * 3 * RECORD_BYTES;
    case "page-layout":
      return estimateBytes(op.print) + 6 * RECORD_BYTES;
    case "sheet-options":
    case "add-table":
    case "add-name":
    case "select":
    case "add-sheet":
      return estimateBytes(op) + 2 * RECORD_BYTES;
    case "delete-conditional-format":
      return estimateBytes(op) + 3 * RECORD_BYTES;
    case "add-conditional-format":
      return estimateBytes(op) + 9 * RECORD_BYTES;
    case "reset-sheet":
      return estimateBytes(op) + (8 + op.tables.length * 2 + (op.charts?.length ?? 0) * 3) * RECORD_BYTES;
    case "add-chart": {
      // the chart, its title, legend, axis and position; per series its line and markers (7 records); per point 6
      const points = op.chart.series.reduce((n, s) => n + (s.points?.filter(Boolean).length ?? 0), 0);
      return estimateBytes(op) + (14 + op.chart.series.length * 9 + points * 6) * RECORD_BYTES;
    }
    default:
      return estimateBytes(op);
  }
}

/**
 * Packs steps, in order, into as few batches as fit the request budget: each batch becomes one
 * `context.sync()`. A step larger than the budget on its own gets a batch of its own.
 *
 * @example packBatches(ops).length // 1 for a sheet of a few hundred KPIs
 */
export function packBatches(ops: PatchOp[], budget = REQUEST_BUDGET_BYTES): { ops: PatchOp[]; bytes: number }[] {
  const batches: { ops: PatchOp[]; bytes: number }[] = [];
  let current: { ops: PatchOp[]; bytes: number } = { ops: [], bytes: 0 };
  for (const op of ops) {
    const size = opBytes(op);
    if (current.ops.length > 0 && current.bytes + size > budget) {
      batches.push(current);
      current = { ops: [], bytes: 0 };
    }
    current.ops.push(op);
    current.bytes += size;
  }
  if (current.ops.length > 0) batches.push(current);
  return batches;
}
