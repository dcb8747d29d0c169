/* Everything a user may have written in a workbook, read back for comparison: per sheet every cell's value,
   formula, number format, fill, font, border, alignment, note text and link, the merges, column widths, tables,
   validations, conditional formats and views; the sheet order; the defined names as the file holds them.
   Formatting set to Excel's defaults counts as unset, and a note as its text (exceljs redraws note boxes). */
import ExcelJS from "exceljs";
import JSZip from "jszip";

export interface CellFacts {
  value: unknown;
  style: Partial<ExcelJS.Style>;
  note?: string;
}

export interface SheetFacts {
  name: string;
  state: string;
  cells: Record<string, CellFacts>;
  merges: string[];
  widths: Record<number, number | undefined>;
  heights: Record<number, number | undefined>;
  tables: { name: string; ref: string; columns: string[] }[];
  validations: unknown;
  conditionalFormats: unknown;
  views: unknown;
}

export interface DefinedNameFacts {
  name: string;
  localSheetId?: string;
  hidden: boolean;
  text: string;
}

export interface WorkbookFacts {
  sheets: SheetFacts[];
  names: DefinedNameFacts[];
}

const json = <T>(v: T): T => JSON.parse(JSON.stringify(v ?? null)) as T;

/** Excel's defaults: a property set to one of them formats a cell no differently from leaving it unset. */
const DEFAULT_ALIGNMENT: Record<string, unknown> = { horizontal: "general", vertical: "bottom", indent: 0, shrinkToFit: false, textRotation: 0, wrapText: false };

/** A cell's style without properties set to Excel's defaults (files from other programs spell them out). */
function style(cell: ExcelJS.Cell): Partial<ExcelJS.Style> {
  const out = json(cell.style) as Record<string, unknown>;
  const alignment = Object.fromEntries(Object.entries((out.alignment ?? {}) as Record<string, unknown>).filter(([k, v]) => DEFAULT_ALIGNMENT[k] !== v));
  if (Object.keys(alignment).length) out.alignment = alignment;
  else delete out.alignment;
  if (out.numFmt === "General") delete out.numFmt;
  return out as Partial<ExcelJS.Style>;
}

/** The data validations by cell, without flags set to their defaults (no messages shown). */
function validations(ws: ExcelJS.Worksheet): Record<string, Record<string, unknown>> {
  const model = json((ws as unknown as { dataValidations: { model: Record<string, Record<string, unknown>> } }).dataValidations.model);
  for (const v of Object.values(model ?? {})) {
    for (const flag of ["showErrorMessage", "showInputMessage"]) if (v[flag] === false) delete v[flag];
  }
  return model ?? {};
}

/**
 * The conditional formats, without rule flags set to their defaults (not above average, not bottom, …) and without
 * the ids that tie a rule to its Excel 2010 part (exceljs writes new ones).
 */
function conditionalFormats(model: unknown): unknown {
  const list = json(model) as { rules?: Record<string, unknown>[] }[] | null;
  for (const cf of list ?? []) {
    for (const rule of cf.rules ?? []) {
      for (const k of ["aboveAverage", "bottom", "percent", "rank"]) if (!rule[k]) delete rule[k];
      delete rule.x14Id;
    }
  }
  return list;
}

/** What a note says (its text), not how its box is drawn. */
function noteText(note: ExcelJS.Cell["note"]): string | undefined {
  if (!note) return undefined;
  return typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
}

/** Reads the facts of a workbook file. */
export async function workbookFacts(bytes: Uint8Array): Promise<WorkbookFacts> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheets = wb.worksheets.map((ws): SheetFacts => {
    const cells: Record<string, CellFacts> = {};
    const heights: Record<number, number | undefined> = {};
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.height !== undefined) heights[r] = row.height;
      row.eachCell({ includeEmpty: true }, (cell) => {
        const facts: CellFacts = { value: json(cell.value), style: style(cell) };
        if (cell.note) facts.note = noteText(cell.note);
        if (cell.value !== null || Object.keys(facts.style).length > 0) cells[cell.address] = facts;
      });
    });
    const widths: Record<number, number | undefined> = {};
    for (let c = 1; c <= ws.columnCount; c++) widths[c] = ws.getColumn(c).width;
    const model = ws.model as unknown as { merges?: string[]; conditionalFormattings?: unknown };
    return {
      name: ws.name,
      state: ws.state,
      cells,
      merges: [...(model.merges ?? [])].sort(),
      widths,
      heights,
      tables: ws.getTables().map((t) => {
        const m = (t as unknown as { table: { name: string; tableRef: string; columns: { name: string }[] } }).table;
        return { name: m.name, ref: m.tableRef, columns: m.columns.map((c) => c.name) };
      }),
      validations: validations(ws),
      conditionalFormats: conditionalFormats(model.conditionalFormattings),
      views: json(ws.views),
    };
  });
  return { sheets, names: await definedNameFacts(bytes) };
}

/** The defined names exactly as xl/workbook.xml holds them. */
export async function definedNameFacts(bytes: Uint8Array): Promise<DefinedNameFacts[]> {
  const xml = (await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string")) ?? "";
  return [...xml.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)].map((m) => {
    const attr = (a: string): string | undefined => new RegExp(`\\b${a}="([^"]*)"`).exec(m[1])?.[1];
    const hidden = attr("hidden");
    const local = attr("localSheetId");
    return {
      name: attr("name")!,
      ...(local !== undefined ? { localSheetId: local } : {}),
      hidden: hidden === "1" || hidden === "true",
      text: m[2].replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"),
    };
  });
}
