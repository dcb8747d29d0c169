import type { SheetRules } from "./SheetRules";

/**
 * Queues, without syncing, the load of a sheet's conditional formats (ExcelApi 1.6) — every format overlapping the
 * whole sheet, with the formula of the custom ones — and returns what reads them once the caller has synced.
 * `customOrNullObject` rather than `custom`: loading `items/custom/…` fails the whole request as soon as the sheet
 * has a format of another type (office-js issue #2180), while the `*OrNullObject` variant answers a null object
 * for those ("Apply conditional formatting to Excel ranges": each format property has an `*OrNullObject` variant).
 *
 * @example
 * const rules = queueSheetRules(sheet);
 * await context.sync();
 * rules().custom; // [{ id: "…", formula: '=LEFT($F2,1)="◯"' }]
 */
export function queueSheetRules(sheet: Excel.Worksheet, sheetName: string): () => SheetRules {
  const formats = sheet.getRange().conditionalFormats;
  formats.load("items/id, items/type, items/customOrNullObject/rule/formula");
  return () => {
    const custom: SheetRules["custom"] = [];
    for (const cf of formats.items) {
      if (cf.type !== "Custom") continue;
      const c = cf.customOrNullObject;
      if (c.isNullObject) continue;
      const formula: unknown = c.rule.formula;
      if (typeof formula === "string" && typeof cf.id === "string") custom.push({ id: cf.id, formula });
    }
    return { sheet: sheetName, count: formats.items.length, custom };
  };
}
