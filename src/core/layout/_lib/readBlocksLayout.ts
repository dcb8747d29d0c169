import { rangeAddress } from "../../cellAddress";
import { parseKpiNo } from "../../checks/parseKpiNo";
import { findFiscalYearIn } from "../../fiscalYear/findFiscalYearIn";
import { parseFiscalYear } from "../../fiscalYear/parseFiscalYear";
import type { FieldCell, KpiField, KpiFields, KpiRecord } from "../../KpiRecord";
import type { KpiSchema } from "../../KpiSchema";
import { normalizeText } from "../../normalizeText";
import type { CellValue } from "../../SheetSnapshot";
import type { ReadTable } from "../ReadTable";
import { matchHeader } from "../matchHeader";
import type { Grid } from "./Grid";

/** A KPI block being read: the No row's record plus its free text rows. */
interface Block {
  record: { row: number; fields: KpiFields };
  texts: FieldCell[];
  /** How many free text rows came before the last label row (−1: no label row yet). */
  textsBeforeLastLabel: number;
  /** A row of labels only (`目標 | 実績`): the next row holds their values, each under its label. */
  pending?: { field: KpiField; col: number }[];
}

/** The non-blank cells of a row that are not inner cells of a merge, left to right. */
function slotsOf(grid: Grid, row: number, ignore: ReadonlySet<number>): number[] {
  const slots: number[] = [];
  for (let col = grid.left; col <= grid.right; col++) {
    if (ignore.has(col) || grid.isBlank(row, col)) continue;
    const m = grid.mergeAt(row, col);
    if (!m || (m.top === row && m.left === col)) slots.push(col);
  }
  return slots;
}

/** The column right of a cell and of the merge it heads. */
const nextCol = (grid: Grid, row: number, col: number): number => (grid.mergeAt(row, col)?.right ?? col) + 1;

/** Longer texts are never a label nor a year heading (a cheap test before normalising a long description). */
const MAX_LABEL_LENGTH = 40;

/** A label of the blocks layout: an exact alias, maybe with a bracket note; never the key fields. */
function labelOf(grid: Grid, row: number, col: number, schema: KpiSchema): KpiField | undefined {
  const text = grid.text(row, col);
  if (text.length > MAX_LABEL_LENGTH) return undefined;
  const field = matchHeader(text, schema, { affix: false });
  return field === "fiscalYear" || field === "no" ? undefined : field;
}

/** A code the checker will flag as an invalid No (`A-1`, `(1)`, `1-2`) still starts a KPI when a title follows. */
const NO_LIKE = /^[#(]?[a-z]{0,3}[-.]?\d{1,4}(?:[-.]\d{1,3})?[).]?$/iu;

/**
 * A No and a title in one cell, as a page's numbered heading pastes: `1. 情報提供の充実`, `２．人材育成`, `(3) 研修`;
 * the title begins with a letter (`8.8pt`, `1.5倍` are figures) and has two at least.
 */
const NO_AND_TITLE = /^(?:\(?(\d{1,3})[.)）．、]|（(\d{1,3})）)\s*(\p{L}.*\p{L}.*)$/u;

/**
 * The No and title of a one-cell row `1. title` when the next filled row is a label row (`アクションプラン | …`,
 * `KPI（成果指標） | …`): a numbered heading of a KPI block. Undefined otherwise (a numbered line of a description).
 */
function noAndTitle(grid: Grid, row: number, col: number, schema: KpiSchema, ignore: ReadonlySet<number>): { no: FieldCell; title: FieldCell } | undefined {
  const cell = grid.fieldCell(row, col);
  if (cell.text.length > MAX_LABEL_LENGTH * 2) return undefined;
  const m = NO_AND_TITLE.exec(normalizeText(cell.text).trim());
  if (!m) return undefined;
  let next = row + 1;
  while (next <= grid.bottom && slotsOf(grid, next, ignore).length === 0) next++;
  const slots = next <= grid.bottom ? slotsOf(grid, next, ignore) : [];
  if (slots.length === 0 || !labelOf(grid, next, slots[0], schema)) return undefined;
  const no = m[1] ?? m[2];
  return { no: { ...cell, text: no, value: Number(no) }, title: { ...cell, text: m[3], value: m[3] } };
}

/**
 * Whether a numbered one-cell heading (`noAndTitle`) starts a KPI block: when no block is open, or the open one has
 * its target or result and another No. A numbered line inside a KPI's block (`1. アンケートを実施します` before its
 * 目標 row, or under its 結果 with its own No) is text of that block, not a KPI.
 */
function startsBlock(block: Block | undefined, heading: { no: FieldCell } | undefined): boolean {
  if (!heading) return false;
  if (!block) return true;
  const { target, result, no } = block.record.fields;
  return (target !== undefined || result !== undefined) && normalizeText(no?.text ?? "").trim() !== heading.no.text;
}

/** Whether a row's first cell is the No of a KPI block. */
function isNoCell(value: CellValue, text: string, hasTitle: boolean): boolean {
  if (text.length > MAX_LABEL_LENGTH) return false;
  if (parseKpiNo(value, text) !== undefined) return true;
  return hasTitle && NO_LIKE.test(normalizeText(text).replace(/\s+/gu, ""));
}

/** What a heading names (`KPI`, `重要業績評価指標(KPI)`, either spelling of 指標/指数). */
const HEADING_SUBJECT = String.raw`kpi|重要業績評価指[標数](?:\(?kpi\)?)?`;
/** What of it (`取組み状況`, `実績`, `目標・結果`, `について`). */
const HEADING_TOPIC = String.raw`取り?組み?(?:状況|実績|結果)?|実績|目標(?:と|・|及び|および)(?:実績|結果)|について`;
/**
 * What may stand beside the year in a heading (`【2024年度】`, `2024年度 KPI`, `令和6年度の取組`,
 * `令和6年度 重要業績評価指標(KPI)の実績`, `2024年度の取組状況報告`): a subject, a topic or both, joined by の, maybe
 * followed by 報告 / 一覧; no sentence.
 */
const HEADING_WORDS = new RegExp(`^(?:の)?(?:${HEADING_SUBJECT})?(?:の)?(?:${HEADING_TOPIC})?(?:の)?(?:ご?報告|一覧)?$`, "u");

/** The fiscal year a one-cell row names as a heading: the year alone, or bracketed, or with a heading word. */
function headingYear(grid: Grid, row: number, col: number, schema: KpiSchema): number | undefined {
  const text = grid.text(row, col);
  if (text.length > MAX_LABEL_LENGTH) return undefined;
  const exact = parseFiscalYear(grid.value(row, col), text, schema);
  if (exact !== undefined) return exact;
  const found = findFiscalYearIn(text, schema);
  if (!found || found.dated) return undefined;
  const rest = normalizeText(found.rest).replace(/[\s【】[\]■□●◆◇〔〕]/gu, "").toLowerCase();
  return HEADING_WORDS.test(rest) ? found.year : undefined;
}

/** A label and its value in one cell: `目標：回答数250件以上`, `【実績】268件`, `■結果 82.4%`. */
const INLINE_LABEL = /^(?:[【[〔<《]([^】\]〕>》]{1,10})[】\]〕>》]|[■□●◆◇・]?([^:：\s]{1,10})\s*[:：])\s*(\S[\s\S]*)$/u;

/** The field and value of a cell holding a label and its value ({@link INLINE_LABEL}), or undefined. */
function inlineLabelOf(grid: Grid, row: number, col: number, schema: KpiSchema): { field: KpiField; cell: FieldCell } | undefined {
  const cell = grid.fieldCell(row, col);
  const m = INLINE_LABEL.exec(cell.text.trim());
  if (!m) return undefined;
  const field = matchHeader(m[1] ?? m[2], schema, { affix: false });
  if (field === undefined || field === "fiscalYear" || field === "no") return undefined;
  return { field, cell: { ...cell, text: m[3], value: m[3] } };
}

/** Reads a row of cells each holding a label and its value; false (nothing read) unless its first cell is one. */
function readInlineLabels(grid: Grid, row: number, slots: number[], block: Block, schema: KpiSchema): boolean {
  if (!inlineLabelOf(grid, row, slots[0], schema)) return false;
  for (const col of slots) {
    const labelled = inlineLabelOf(grid, row, col, schema);
    if (labelled) block.record.fields[labelled.field] ??= labelled.cell;
  }
  return true;
}

function joined(cells: FieldCell[]): FieldCell | undefined {
  if (cells.length <= 1) return cells[0];
  const text = cells.map((c) => c.text).join("\n");
  return { ...cells[0], text, value: text };
}

/** Reads a label row `対象 | scope` / `目標 | target | 結果(2024年度) | result`: each label takes the cell after it. */
function readLabelRow(grid: Grid, row: number, first: number, block: Block, schema: KpiSchema): void {
  let col: number | undefined = first;
  while (col !== undefined) {
    const field = labelOf(grid, row, col, schema);
    if (!field) return;
    const valueCol = nextCol(grid, row, col);
    if (valueCol > grid.right) return; // a label at the sheet's right edge has no value cell
    if (!grid.isBlank(row, valueCol) && labelOf(grid, row, valueCol, schema)) {
      col = valueCol; // a label with nothing after it
      continue;
    }
    block.record.fields[field] ??= grid.fieldCell(row, valueCol);
    col = undefined;
    for (let c = nextCol(grid, row, valueCol); c <= grid.right; c++) {
      if (!grid.isBlank(row, c)) {
        col = c;
        break;
      }
    }
  }
}

/**
 * Whether a row holds the values of a row of labels above it: each cell under a label and not merged over the next
 * label's column; a lone value (the result not typed yet) is no sentence (a commitment pasted below the labels).
 */
function isValuesRow(grid: Grid, row: number, slots: number[], labels: { col: number }[]): boolean {
  const cols = labels.map((l) => l.col);
  for (const col of slots) {
    if (!cols.includes(col)) return false;
    const right = grid.mergeAt(row, col)?.right ?? col;
    if (cols.some((c) => c > col && c <= right)) return false;
  }
  return slots.length > 1 || !/[。．]/u.test(grid.text(row, slots[0]));
}

/** Ends a block: free text rows before the last label row are the description, later ones the commitment. */
function finish(block: Block): KpiRecord {
  const { fields } = block.record;
  const split = block.textsBeforeLastLabel >= 0 ? block.textsBeforeLastLabel : Math.min(1, block.texts.length);
  const description = joined(block.texts.slice(0, split));
  const commitment = joined(block.texts.slice(split));
  if (description) fields.description ??= description;
  if (commitment) fields.commitment ??= commitment;
  return block.record;
}

/**
 * Reads the blocks layout (kpi-rules.md §1; the website table pasted into Excel, and the disclosure sheet): per
 * fiscal year a heading row (`2024年度`, one non-empty cell), then per KPI a `No | title` row, label rows
 * (`対象 | scope`, `目標 | target | 結果(2024年度) | result`, any alias of matchHeader; or label and value in one cell,
 * `目標：target`, `【実績】result`, as a page written as paragraphs pastes; or a row of labels over a row of their
 * values, `目標 | 実績` over `target | result`) and free text rows
 * (description before the labels, commitment after them). Rows before the first heading are ignored. Returns
 * undefined when no heading followed by a KPI is found.
 *
 * @example readBlocksLayout(grid, BUILT_IN_SCHEMA)?.records[0].fields.title?.text // "お客様アンケートの収集"
 */
export function readBlocksLayout(grid: Grid, schema: KpiSchema, ignore: ReadonlySet<number> = new Set()): ReadTable | undefined {
  const records: KpiRecord[] = [];
  let heading: FieldCell | undefined;
  let block: Block | undefined;
  let top = 0;
  let bottom = 0;
  let left = Number.POSITIVE_INFINITY;
  let right = 0;
  for (let row = grid.top; row <= grid.bottom; row++) {
    const slots = slotsOf(grid, row, ignore);
    if (slots.length === 0) continue;
    // labels waiting for their values: only on the row right after them, its cells each under a label
    const pending = block?.pending;
    if (block) block.pending = undefined;
    const values = pending !== undefined && isValuesRow(grid, row, slots, pending);
    const first = slots[0];
    const firstText = grid.text(row, first);
    const year = slots.length === 1 ? headingYear(grid, row, first, schema) : undefined;
    if (year !== undefined) {
      if (block) records.push(finish(block));
      block = undefined;
      // a decorated heading (`【2024年度】`) keeps its text, its year becomes the value the checks read
      const cell = grid.fieldCell(row, first);
      heading = parseFiscalYear(cell.value, cell.text, schema) === year ? cell : { ...cell, value: year };
      if (!top) top = row;
    } else if (!heading) {
      continue;
    } else if (labelOf(grid, row, first, schema)) {
      if (block) {
        const labels = slots.map((col) => ({ field: labelOf(grid, row, col, schema), col }));
        // `目標 | 実績` over `回答数250件以上 | 268件`: a small table of the block, the values below their labels
        // (labels side by side: `目標 | | 結果(2024年度) |` is labels whose values are not typed yet)
        const table = labels.length >= 2 && labels.every((l, i) => l.field !== undefined && (i === 0 || nextCol(grid, row, labels[i - 1].col) === l.col));
        if (table) block.pending = labels as { field: KpiField; col: number }[];
        else readLabelRow(grid, row, first, block, schema);
        block.textsBeforeLastLabel = block.texts.length;
      }
    } else if (block && pending && values) {
      for (const p of pending) if (!grid.isBlank(row, p.col)) block.record.fields[p.field] ??= grid.fieldCell(row, p.col);
      block.textsBeforeLastLabel = block.texts.length;
    } else if (isNoCell(grid.value(row, first), firstText, slots.length > 1)) {
      if (block) records.push(finish(block));
      const titleCol = slots[1] ?? nextCol(grid, row, first);
      const fields: KpiFields = { fiscalYear: { ...heading }, no: grid.fieldCell(row, first) };
      if (titleCol <= grid.right) fields.title = grid.fieldCell(row, titleCol); // else: no title cell on the sheet
      block = {
        record: { row, fields },
        texts: [],
        textsBeforeLastLabel: -1,
      };
    } else if (slots.length === 1 && startsBlock(block, noAndTitle(grid, row, first, schema, ignore))) {
      if (block) records.push(finish(block));
      const { no, title } = noAndTitle(grid, row, first, schema, ignore)!;
      block = { record: { row, fields: { fiscalYear: { ...heading }, no, title } }, texts: [], textsBeforeLastLabel: -1 };
    } else if (block && readInlineLabels(grid, row, slots, block, schema)) {
      block.textsBeforeLastLabel = block.texts.length;
    } else if (block) {
      block.texts.push(grid.fieldCell(row, first));
    }
    bottom = row;
    left = Math.min(left, first);
    const lastSlot = slots[slots.length - 1];
    // a label's value cell is the table's even when empty (`結果(2024年度) |` before the result is typed): the status
    // column goes right of it, never into it
    const valueCol = labelOf(grid, row, lastSlot, schema) ? nextCol(grid, row, lastSlot) : lastSlot;
    right = Math.max(right, Math.min(valueCol, grid.right + 1));
  }
  if (block) records.push(finish(block));
  if (records.length === 0) return undefined;
  return {
    layout: "blocks",
    records,
    findings: [],
    range: rangeAddress(top, left, bottom, right),
    headerRows: [],
    fields: {},
    skippedRows: [],
  };
}
