import { lowerCase } from "./lowerCase";

const IGNORED = /[\s:：]/g;

/**
 * A label or metric name folded for comparison: NFKC, no spaces or colons, lower case.
 *
 * @example normalizeLabel(" 火新種： ") // "火新種"
 */
export function normalizeLabel(label: string | null | undefined): string {
  return lowerCase((label ?? "").normalize("NFKC").replace(IGNORED, ""));
}
