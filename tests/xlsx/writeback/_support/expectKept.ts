/* "Nothing the user wrote is lost": compares two workbooks' facts outside what the add-in owns. */
import { parseCellAddress } from "../../../../src/core/cellAddress";
import { OWNER_NAMES, ownedSheet, ownedStatusLines, type OwnedLine } from "../../../../src/core/writeback/ownership";
import { isStatusRuleFormula } from "../../../../src/core/writeback/statusConditionalFormat";
import type { SheetFacts, WorkbookFacts } from "./workbookFacts";

/** What the add-in owns in a workbook, by its markers. */
export interface Owned {
  sheets: Set<string>;
  /** Per sheet, the status lines (columns and rows) the add-in owns on it. */
  columns: Map<string, OwnedLine[]>;
  markers: Set<string>;
}

/** The sheets, columns and marker names the add-in owns in a workbook. */
export function ownedIn(facts: WorkbookFacts): Owned {
  const definedNames = Object.fromEntries(facts.names.filter((n) => n.localSheetId === undefined).map((n) => [n.name, n.text]));
  const existing = { sheetNames: facts.sheets.map((s) => s.name), definedNames };
  const sheets = new Set(
    [OWNER_NAMES.disclosureSheet, OWNER_NAMES.findingsSheet].map((n) => ownedSheet(existing, n)).filter((s): s is string => !!s),
  );
  const columns = new Map<string, OwnedLine[]>();
  for (const s of facts.sheets) columns.set(s.name, ownedStatusLines(s.name, definedNames));
  const markers = new Set(facts.names.map((n) => n.name).filter((n) => /^KpiCheck_/.test(n)));
  return { sheets, columns, markers };
}

const inColumn = (address: string, lines: OwnedLine[]): boolean => {
  const a = parseCellAddress(address)!;
  return lines.some(({ rect: r }) => a.col >= r.left && a.col <= r.right && a.row >= r.top && a.row <= r.bottom);
};

function userCells(sheet: SheetFacts, ...owned: OwnedLine[][]): SheetFacts["cells"] {
  return Object.fromEntries(Object.entries(sheet.cells).filter(([address]) => !owned.some((lines) => inColumn(address, lines))));
}

/** The columns of a sheet's status columns. */
const lineColumns = (lines: OwnedLine[]): number[] => lines.filter((l) => l.rect.left === l.rect.right).map((l) => l.rect.left);

function userNames(facts: WorkbookFacts, owned: Owned) {
  const order = facts.sheets.map((s) => s.name);
  return facts.names
    .filter((n) => !owned.markers.has(n.name))
    .filter((n) => n.localSheetId === undefined || !owned.sheets.has(order[Number(n.localSheetId)]))
    .sort((a, b) => (a.name + (a.localSheetId ?? "")).localeCompare(b.name + (b.localSheetId ?? "")));
}

/**
 * Expects `after` to hold everything `before` holds outside what the add-in owns (in either): the user sheets in
 * the same order with the same cells, merges, sizes, tables (one may have gained the add-in's columns), validations,
 * conditional formats and views, and the same defined names; and the add-in's status lines to cover no user cell.
 */
/**
 * Conditional format rules with their ranges, one per rule in priority order, without the add-in's status rules over
 * its column `col`. One per rule: exceljs reads an Excel 2010 rule into whichever entry of its range comes last.
 */
function userRules(formats: unknown, lines: OwnedLine[]): unknown {
  if (!Array.isArray(formats)) return formats;
  type Rule = { formulae?: unknown[]; priority?: number };
  const reads = lines.map(({ rect: r }) => (r.left === r.right ? { col: r.left } : { row: r.top }));
  const ours = (r: Rule): boolean => (r.formulae ?? []).some((f) => reads.some((line) => isStatusRuleFormula(String(f), line)));
  return (formats as { ref: string; rules: Rule[] }[])
    .flatMap((cf) => cf.rules.filter((r) => !ours(r)).map((rule) => ({ ref: cf.ref, rule })))
    .sort((x, y) => (x.rule.priority ?? 0) - (y.rule.priority ?? 0));
}

export function expectUserContentKept(before: WorkbookFacts, after: WorkbookFacts): void {
  const ob = ownedIn(before);
  const oa = ownedIn(after);
  const userBefore = before.sheets.filter((s) => !ob.sheets.has(s.name));
  const userAfter = after.sheets.filter((s) => !oa.sheets.has(s.name));
  expect(userAfter.map((s) => s.name)).toEqual(userBefore.map((s) => s.name));
  userBefore.forEach((b, i) => {
    const a = userAfter[i];
    const colB = ob.columns.get(b.name) ?? [];
    const colA = oa.columns.get(a.name) ?? [];
    // the add-in's column never covers a cell the user wrote (a value or a note; an empty cell's formatting, such
    // as a whole header row made bold, gives way to the status column's own)
    for (const [address, cell] of Object.entries(b.cells)) {
      if ((cell.value !== null || cell.note) && inColumn(address, colA)) expect(inColumn(address, colB)).toBe(true);
    }
    expect(userCells(a, colA, colB)).toEqual(userCells(b, colA, colB));
    expect(a.merges).toEqual(b.merges);
    const ownCols = [...lineColumns(colA), ...lineColumns(colB)];
    const widths = (s: SheetFacts) => Object.fromEntries(Object.entries(s.widths).filter(([c]) => !ownCols.includes(Number(c))));
    expect(widths(a)).toEqual(widths(b));
    expect(a.heights).toEqual(b.heights);
    // the add-in's own conditional formats (the result cells coloured by its column) are not the user's
    const [formatsA, formatsB] = [userRules(a.conditionalFormats, [...colA, ...colB]), userRules(b.conditionalFormats, [...colA, ...colB])];
    expect([a.state, a.validations, formatsA, a.views]).toEqual([b.state, b.validations, formatsB, b.views]);
    expect(a.tables.map((t) => t.name)).toEqual(b.tables.map((t) => t.name));
    a.tables.forEach((t, j) => {
      const u = b.tables[j];
      const extra = t.columns.slice(u.columns.length);
      expect(t.columns.slice(0, u.columns.length)).toEqual(u.columns);
      expect(extra.length).toBeLessThanOrEqual(Math.max(0, lineColumns(colA).length - lineColumns(colB).length));
    });
  });
  expect(userNames(after, oa)).toEqual(userNames(before, ob));
}
