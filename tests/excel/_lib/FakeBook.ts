import { cellAddress, parseCellAddress } from "../../../src/core/cellAddress";

/** One cell of the fake workbook: what Excel would hold. */
export interface FakeCell {
  value: string | number | boolean | null;
  /** The text Excel shows; derived from the value when absent. */
  text?: string;
  formula?: string;
  numberFormat: string;
  /**
   * What `Range.valueTypes` says of the value; derived when absent: an error code is an `Error` unless the cell holds
   * it as text (typed with an apostrophe, `quotePrefix`, or formatted `@`).
   */
  valueType?: string;
  quotePrefix?: boolean;
  fill?: string;
  font: { bold?: boolean; italic?: boolean; underline?: string; color?: string; size?: number; name?: string };
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  borders: Record<string, { style?: string; color?: string; weight?: string }>;
  hyperlink?: { address?: string; documentReference?: string; textToDisplay?: string };
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * One conditional format of a sheet, as Excel keeps it: its type, the cells it applies to and, for a custom
 * (formula) rule, the formula relative to the top-left cell of its range — as Office.js sets and gets it
 * (office-js issue #5194: "When you get the formula from a conditional format, it retrieves the formula relative
 * to the top-left cell of the range … when you set the formula, it applies the formula relative to the current
 * range").
 */
export interface FakeConditionalFormat {
  /** Excel's id of the format (`ConditionalFormat.id`, ExcelApi 1.6); opaque to the add-in. */
  id: string;
  type: "Custom" | "CellValue" | "ColorScale" | "DataBar" | "IconSet" | "TopBottom" | "PresetCriteria" | "ContainsText";
  rects: Rect[];
  formula?: string;
  fill?: string;
  fontColor?: string;
  stopIfTrue: boolean;
  /**
   * A rule Office.js fails to read (office-js issues #6827, #6835: after the user duplicates a rule in the rules
   * manager, loading its rule properties throws): a load of its `custom…/rule` fails the request.
   */
  unreadable?: boolean;
}

export interface FakeTable {
  name: string;
  sheet: string;
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style?: string;
}

/** How one series (or one point) of a fake chart looks, as the add-in set it. */
export interface FakeChartLook {
  lineStyle?: string;
  color?: string;
  markerStyle?: string;
  markerBackgroundColor?: string;
  markerForegroundColor?: string;
  markerSize?: number;
}

/**
 * A chart on a fake sheet (ExcelApi 1.1 `worksheet.charts.add(type, sourceData, seriesBy)`): its data is a block of
 * the sheet — with `Columns`, the first column the categories and each further column a series named by its first
 * row (Excel's reading of a block whose top-left cell is text) — and it covers the cells of `position`. Clearing
 * cells leaves it; deleting it (`chart.delete()`) or its sheet removes it.
 */
export interface FakeChart {
  name: string;
  type: string;
  source: Rect;
  seriesBy: string;
  title?: string;
  legendPosition?: string;
  valueAxisTitle?: string;
  position?: { start: string; end?: string };
  series: (FakeChartLook & { points: Map<number, FakeChartLook> })[];
}

/** One sheet of the fake workbook. */
export class FakeSheet {
  cells = new Map<string, FakeCell>();
  merges: Rect[] = [];
  /**
   * Areas Excel refuses to insert whole rows or columns through (`InsertDeleteConflict`): a legacy array formula
   * (Ctrl+Shift+Enter over several cells, "You can't change part of an array") or a PivotTable. They move with
   * lines inserted before them.
   */
  lockedAreas: Rect[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  showGridlines = true;
  frozen = { rows: 0, cols: 0 };
  pageLayout: Record<string, unknown> = {};
  /** Rows that start a new printed page (a horizontal page break before each). */
  pageBreaks: number[] = [];
  charts: FakeChart[] = [];
  protected = false;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /** Conditional formats in priority order: the first wins where two set the same part of the look. */
  conditionalFormats: FakeConditionalFormat[] = [];

  constructor(public name: string) {}

  /**
   * The fill the sheet's conditional formats give a cell: the first custom rule over the cell (in priority order)
   * whose formula holds there and that sets a fill — the lower the priority number, the higher the precedence
   * ("Apply conditional formatting to Excel ranges", Multiple formats and priority). For assertions.
   */
  conditionalFill(row: number, col: number): string | undefined {
    for (const cf of this.conditionalFormats) {
      const anchor = cf.rects[0];
      if (!cf.rects.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right)) continue;
      if (cf.type !== "Custom" || !cf.formula || !evaluateRule(this, cf.formula, row - anchor.top, col - anchor.left)) continue;
      if (cf.fill || cf.stopIfTrue) return cf.fill;
    }
    return undefined;
  }

  /** Inserts `n` whole rows at the top, moving every cell down (as the user inserting rows). */
  shiftDown(n: number): void {
    const all = [...this.cells];
    this.cells.clear();
    for (const [key, c] of all) {
      const [row, col] = key.split(",").map(Number);
      this.cells.set(`${row + n},${col}`, c);
    }
  }

  /**
   * Inserts one cell in each row from `top` to `bottom` at column `col`, shifting what is there and right of it
   * one column right (Excel's "shift cells right").
   */
  shiftRight(top: number, bottom: number, col: number): void {
    const moved: [number, number, FakeCell][] = [];
    for (const [key, c] of this.cells) {
      const [row, at] = key.split(",").map(Number);
      if (row >= top && row <= bottom && at >= col) moved.push([row, at, c]);
    }
    for (const [row, at] of moved) this.cells.delete(`${row},${at}`);
    for (const [row, at, c] of moved) this.cells.set(`${row},${at + 1}`, c);
  }

  /**
   * Inserts `count` whole rows (or columns) before `at`, as Excel's `Range.insert`: cells, merges, sizes and the
   * tables of the sheet beyond them move on; a merge or table the lines go inside grows.
   */
  insertLines(axis: "row" | "col", at: number, count: number, tables: FakeTable[]): void {
    const move = (n: number) => (n >= at ? n + count : n);
    const all = [...this.cells];
    this.cells.clear();
    for (const [key, c] of all) {
      const [row, col] = key.split(",").map(Number);
      this.cells.set(axis === "row" ? `${move(row)},${col}` : `${row},${move(col)}`, c);
    }
    const grow = (r: Rect): Rect => (axis === "row" ? { ...r, top: move(r.top), bottom: move(r.bottom) } : { ...r, left: move(r.left), right: move(r.right) });
    this.merges = this.merges.map(grow);
    this.lockedAreas = this.lockedAreas.map(grow);
    for (const t of tables) if (t.sheet === this.name) t.rect = grow(t.rect);
    const sizes = axis === "row" ? this.rowHeights : this.columnWidths;
    const moved = new Map([...sizes].map(([n, v]) => [move(n), v]));
    sizes.clear();
    for (const [n, v] of moved) sizes.set(n, v);
  }

  cell(row: number, col: number): FakeCell {
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c) {
      c = { value: null, numberFormat: "General", font: {}, borders: {} };
      this.cells.set(key, c);
    }
    return c;
  }

  peek(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /**
   * The used range counting values only (Excel's `getUsedRange(true)`), or null when the sheet is empty; within
   * a rectangle when given (`Range.getUsedRangeOrNullObject(true)`).
   */
  usedRect(within?: Rect): Rect | null {
    let r: Rect | null = null;
    for (const [key, c] of this.cells) {
      if (c.value === null && c.formula === undefined) continue;
      const [row, col] = key.split(",").map(Number);
      if (within && (row < within.top || row > within.bottom || col < within.left || col > within.right)) continue;
      r = r
        ? { top: Math.min(r.top, row), left: Math.min(r.left, col), bottom: Math.max(r.bottom, row), right: Math.max(r.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    return r;
  }

  /** Values, texts and number formats of a block, as Office.js returns them. */
  block(rect: Rect): { values: unknown[][]; text: string[][]; numberFormat: string[][]; valueTypes: string[][] } {
    const values: unknown[][] = [];
    const text: string[][] = [];
    const numberFormat: string[][] = [];
    const valueTypes: string[][] = [];
    for (let row = rect.top; row <= rect.bottom; row++) {
      const v: unknown[] = [];
      const t: string[] = [];
      const f: string[] = [];
      const y: string[] = [];
      for (let col = rect.left; col <= rect.right; col++) {
        const c = this.peek(row, col);
        v.push(c?.value ?? "");
        t.push(c ? shownText(c) : "");
        f.push(c?.numberFormat ?? "General");
        y.push(c ? valueTypeOf(c) : "Empty");
      }
      values.push(v);
      text.push(t);
      numberFormat.push(f);
      valueTypes.push(y);
    }
    return { values, text, numberFormat, valueTypes };
  }
}

const LEFT_RULE = /^=LEFT\((\$?)([A-Z]{1,3})(\$?)(\d+),1\)="([^"]*)"$/;

/**
 * The one shape of rule formula the fake evaluates, `=LEFT(ref,1)="x"`, at an offset from the rule's top-left
 * cell: relative parts of `ref` move with the cell, `$` parts stay. A formula without `=` is a text constant in
 * Excel's rule dialog, not a formula: it never holds here. Any other formula is refused, so a test cannot pass on
 * a rule the fake does not understand.
 */
function evaluateRule(sheet: FakeSheet, formula: string, dRow: number, dCol: number): boolean {
  if (!formula.startsWith("=")) return false;
  const m = LEFT_RULE.exec(formula);
  if (!m) throw new Error(`fake: cannot evaluate the rule ${formula}`);
  const at = parseCellAddress(`${m[2]}${m[4]}`)!;
  const row = m[3] ? at.row : at.row + dRow;
  const col = m[1] ? at.col : at.col + dCol;
  const c = sheet.peek(row, col);
  const text = c ? shownText(c) : "";
  return ([...text][0] ?? "") === m[5];
}

/** Excel's error values, as `Range.values` gives them. */
const ERROR_CODE = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** `Range.valueTypes` of a cell (`Excel.RangeValueType`). */
function valueTypeOf(c: FakeCell): string {
  if (c.valueType !== undefined) return c.valueType;
  if (c.value === null || c.value === "") return "Empty";
  if (typeof c.value === "number") return "Double";
  if (typeof c.value === "boolean") return "Boolean";
  return ERROR_CODE.test(c.value) && !c.quotePrefix && c.numberFormat !== "@" ? "Error" : "String";
}

function shownText(c: FakeCell): string {
  if (c.text !== undefined) return c.text;
  if (c.value === null) return "";
  if (typeof c.value === "boolean") return c.value ? "TRUE" : "FALSE";
  return String(c.value);
}

/** A workbook in memory that the fake Office.js reads and changes. */
export class FakeBook {
  sheets: FakeSheet[] = [];
  active = "";
  names = new Map<string, { formula: string; visible: boolean }>();
  tables: FakeTable[] = [];
  structureProtected = false;
  selection?: { sheet: string; address: string };
  private conditionalFormatIds = 0;
  /**
   * What the user could undo, newest last: one entry per change the add-in's requests made (one per `Excel.run`
   * with `mergeUndoGroup`), after whatever the test puts there as the user's own earlier edits. An API without
   * undo support empties it ("Undo capabilities with the Excel JavaScript API", Unsupported APIs: calling one
   * clears the user's undo stack).
   */
  undoLog: string[] = [];

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw Object.assign(new Error(`The requested resource doesn't exist: ${name}`), { code: "ItemNotFound" });
    return s;
  }

  /** A new conditional format id, unique in the workbook. */
  newConditionalFormatId(): string {
    return `{CF-${++this.conditionalFormatIds}}`;
  }

  /** Adds a conditional format of the user's (last in priority) and returns it. */
  addConditionalFormat(sheet: string, cf: Omit<FakeConditionalFormat, "id" | "stopIfTrue"> & { stopIfTrue?: boolean }): FakeConditionalFormat {
    const full: FakeConditionalFormat = { id: this.newConditionalFormatId(), stopIfTrue: false, ...cf };
    this.sheet(sheet).conditionalFormats.push(full);
    return full;
  }

  has(name: string): boolean {
    return this.sheets.some((x) => x.name.toLowerCase() === name.toLowerCase());
  }

  /** Adds a sheet with rows of values (row 1 first), optionally at an origin. */
  addSheet(name: string, rows: (string | number | boolean | null)[][] = [], origin = { row: 1, col: 1 }): FakeSheet {
    const s = new FakeSheet(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== "") s.cell(origin.row + r, origin.col + c).value = value;
      }),
    );
    this.sheets.push(s);
    if (!this.active) this.active = name;
    return s;
  }

  /** The values of a sheet's cells as a plain grid over a rectangle (for assertions). */
  grid(sheet: string, address: string): (string | number | boolean | null)[][] {
    const rect = parseRect(address);
    const s = this.sheet(sheet);
    const out: (string | number | boolean | null)[][] = [];
    for (let row = rect.top; row <= rect.bottom; row++) {
      const line: (string | number | boolean | null)[] = [];
      for (let col = rect.left; col <= rect.right; col++) line.push(s.peek(row, col)?.value ?? null);
      out.push(line);
    }
    return out;
  }
}

/** Parses `A1`, `A1:C3`, `B:D` (columns) or `3:7` (rows) on a sheet of 1,048,576 × 16,384 cells. */
export function parseRect(address: string): Rect {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = local.replace(/\$/g, "").split(":");
  if (/^[A-Z]+$/i.test(a) && /^[A-Z]+$/i.test(b)) {
    return { top: 1, bottom: 1048576, left: parseCellAddress(`${a}1`)!.col, right: parseCellAddress(`${b}1`)!.col };
  }
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return { top: Number(a), bottom: Number(b), left: 1, right: 16384 };
  const s = parseCellAddress(a);
  const e = parseCellAddress(b);
  if (!s || !e) throw Object.assign(new Error(`Invalid address ${address}`), { code: "InvalidArgument" });
  return { top: Math.min(s.row, e.row), left: Math.min(s.col, e.col), bottom: Math.max(s.row, e.row), right: Math.max(s.col, e.col) };
}

/** The A1 address of a rectangle, qualified by its sheet as Office.js writes it. */
export function qualified(sheet: string, r: Rect): string {
  const name = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const a = cellAddress(r.top, r.left);
  const b = cellAddress(r.bottom, r.right);
  return `${name}!${a === b ? a : `${a}:${b}`}`;
}
