import { estimateBytes } from "./byteSize";
import type { PatchOp } from "./PatchOp";

/**
 * Excel on the web rejects a request over 5 MB (`RequestPayloadSizeLimitExceeded`); batches stay under this
 * budget, which leaves room for the estimate's error.
 */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/**
 * The estimated request size of one step.
 *
 * @example opBytes({ kind: "select", sheet: "KPI", address: "A1" }) // ≈ 290
 */
export function opBytes(op: PatchOp): number {
  return estimateBytes(op);
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
