import { InputError } from "../../core/InputError";
import { rangeArea } from "./rangeArea";

const LT = 0x3c;
const GT = 0x3e;
/** Bytes after `<` needed to tell `<mergeCell ` from other tags: the name and one more. */
const LOOKAHEAD = 11;
/** A `<mergeCell …>` tag longer than this is not one Excel (or anyone sane) writes. */
const MAX_TAG = 4096;
const MERGE_CELL = Array.from("mergeCell", (ch) => ch.charCodeAt(0));
const REF = /(?:^|\s)ref\s*=\s*(?:"([^"]*)"|'([^']*)')/;

const LATIN1 = new TextDecoder("latin1");

const isNameEnd = (b: number | undefined): boolean =>
  b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x2f || b === GT;

/** Whether the tag opening at `buf[at]` is `<mergeCell` (not `<mergeCells`). */
const isMergeCell = (buf: Uint8Array, at: number): boolean =>
  MERGE_CELL.every((b, k) => buf[at + 1 + k] === b) && isNameEnd(buf[at + 1 + MERGE_CELL.length]);

/**
 * Counts, in XML streamed chunk by chunk, what a DOM-building reader (exceljs) turns into objects: every element
 * (`<c>`, `<v>`, `<row>`, `<si>`, … — any `<` that does not open an end tag, a declaration or a comment) and, when
 * asked, the cells that `<mergeCell ref="…">` tags cover (exceljs creates a cell object for each of them). Chunks may
 * split a tag anywhere; at most one tag is carried to the next chunk.
 *
 * @example
 * const tally = new XmlTally({ merges: true });
 * tally.feed(bytesOf('<sheetData><row><c r="A1"><v>1</v></c></row></sheetData><mergeCells><mergeCell ref="A1:B'));
 * tally.feed(bytesOf('2"/></mergeCells>'));
 * tally.end(); // tally.elements === 7, tally.mergedCells === 4
 */
export class XmlTally {
  elements = 0;
  mergedCells = 0;
  private carry: Uint8Array | null = null;
  private readonly merges: boolean;

  constructor(options: { merges: boolean }) {
    this.merges = options.merges;
  }

  /** Counts one more chunk of the part. */
  feed(chunk: Uint8Array): void {
    this.scan(this.carry ? concat(this.carry, chunk) : chunk, false);
  }

  /** Counts what the last chunk left open. */
  end(): void {
    if (this.carry) this.scan(this.carry, true);
    this.carry = null;
  }

  private scan(buf: Uint8Array, last: boolean): void {
    this.carry = null;
    for (let i = buf.indexOf(LT); i !== -1; i = buf.indexOf(LT, i + 1)) {
      if (!last && buf.length - i <= LOOKAHEAD) {
        this.carry = buf.slice(i);
        return;
      }
      const next = buf[i + 1];
      if (next === undefined || next === 0x2f || next === 0x3f || next === 0x21) continue; // </ <? <! or the end
      this.elements++;
      if (!this.merges || next !== MERGE_CELL[0] || !isMergeCell(buf, i)) continue;
      const close = buf.indexOf(GT, i);
      if (close === -1 || close - i > MAX_TAG) {
        if (buf.length - i > MAX_TAG) throw new InputError("corrupt", { detail: "a <mergeCell> tag runs on and on" });
        if (last) return;
        this.elements--; // counted again when the tag is complete
        this.carry = buf.slice(i);
        return;
      }
      const ref = REF.exec(LATIN1.decode(buf.subarray(i + 10, close)));
      if (ref) this.mergedCells += rangeArea(ref[1] ?? ref[2]);
    }
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
