/* "Nothing the user wrote is lost": compares two workbooks' facts outside what the add-in owns. */
import { parseCellAddress } from "../../../../src/core/cellAddress";
import { findOwnedColumn, OWNER_NAMES, ownedSheet, type OwnedColumn } from "../../../../src/core/writeback/ownership";
import { isStatusRuleFormula } from "../../../../src/core/writeback/statusConditionalFormat";
import type { SheetFacts, WorkbookFacts } from "./workbookFacts";

/** What the add-in owns in a workbook, by its markers. */
export interface Owned {
  sheets: Set<string>;
  columns: Map<string, OwnedColumn>;
  markers: Set<string>;
}

/** The sheets, columns and marker names the add-in owns in a workbook. */
export function ownedIn(facts: WorkbookFacts): Owned {
  const definedNames = Object.fromEntries(facts.names.filter((n) => n.localSheetId === undefined).map((n) => [n.name, n.text]));
  const existing = { sheetNames: facts.sheets.map((s) => s.name), definedNames };
  const sheets = new Set(
    [OWNER_NAMES.disclosureSheet, OWNER_NAMES.findingsSheet].map((n) => ownedSheet(existing, n)).filter((s): s is string => !!s),
  );
  const columns = new Map<string, OwnedColumn>();
  for (const s of facts.sheets) {
    const col = findOwnedColumn(s.name, definedNames);
    if (col) columns.set(s.name, col);
  }
  const markers = new Set(facts.names.map((n) => n.name).filter((n) => /^KpiCheck_/.test(n)));
  return { sheets, columns, markers };
}

const inColumn = (address: string, col: OwnedColumn | undefined): boolean => {
  const a = parseCellAddress(address)!;
  return col !== undefined && a.col === col.col && a.row >= col.top && a.row <= col.bottom;
};

function userCells(sheet: SheetFacts, ...owned: (OwnedColumn | undefined)[]): SheetFacts["cells"] {
  return Object.fromEntries(Object.entries(sheet.cells).filter(([address]) => !owned.some((c) => inColumn(address, c))));
}

function userNames(facts: WorkbookFacts, owned: Owned) {
  const order = facts.sheets.map((s) => s.name);
  return facts.names
    .filter((n) => !owned.markers.has(n.name))
    .filter((n) => n.localSheetId === undefined || !owned.sheets.has(order[Number(n.localSheetId)]))
    .sort((a, b) => (a.name + (a.localSheetId ?? "")).localeCompare(b.name + (b.localSheetId ?? "")));
}

/**
 * Expects `after` to hold everything `before` holds outside what the add-in owns (in either): the user sheets in
 * the same order with the same cells, merges, sizes, tables (one may have gained the add-in's column), validations,
 * conditional formats and views, and the same defined names; and the add-in's column to cover no user cell.
 */
/**
 * Conditional format rules with their ranges, one per rule in priority order, without the add-in's status rules over
 * its column `col`. One per rule: exceljs reads an Excel 2010 rule into whichever entry of its range comes last.
 */
function userRules(formats: unknown, col: number | undefined): unknown {
  if (!Array.isArray(formats)) return formats;
  type Rule = { formulae?: unknown[]; priority?: number };
  const ours = (r: Rule): boolean => col !== undefined && (r.formulae ?? []).some((f) => isStatusRuleFormula(String(f), col));
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
    const colB = ob.columns.get(b.name);
    const colA = oa.columns.get(a.name);
    // the add-in's column never covers a cell the user wrote (a value or a note; an empty cell's formatting, such
    // as a whole header row made bold, gives way to the status column's own)
    for (const [address, cell] of Object.entries(b.cells)) {
      if ((cell.value !== null || cell.note) && inColumn(address, colA)) expect(inColumn(address, colB)).toBe(true);
    }
    expect(userCells(a, colA, colB)).toEqual(userCells(b, colA, colB));
    expect(a.merges).toEqual(b.merges);
    const widths = (s: SheetFacts) => Object.fromEntries(Object.entries(s.widths).filter(([c]) => ![colA?.col, colB?.col].includes(Number(c))));
    expect(widths(a)).toEqual(widths(b));
    expect(a.heights).toEqual(b.heights);
    // the add-in's own conditional formats (the result cells coloured by its column) are not the user's
    const [formatsA, formatsB] = [userRules(a.conditionalFormats, colA?.col), userRules(b.conditionalFormats, colB?.col)];
    expect([a.state, a.validations, formatsA, a.views]).toEqual([b.state, b.validations, formatsB, b.views]);
    expect(a.tables.map((t) => t.name)).toEqual(b.tables.map((t) => t.name));
    a.tables.forEach((t, j) => {
      const u = b.tables[j];
      const extra = t.columns.slice(u.columns.length);
      expect(t.columns.slice(0, u.columns.length)).toEqual(u.columns);
      expect(extra.length).toBeLessThanOrEqual(colA && !colB ? 1 : 0);
    });
  });
  expect(userNames(after, oa)).toEqual(userNames(before, ob));
}
