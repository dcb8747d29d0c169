import { cellAddress, rangeAddress } from "../../core/cellAddress";
import type { SheetChart } from "../../core/WorkbookPatch";
import { pageHeaderFooter } from "../../core/writeback/pageHeaderFooter";
import type { AreaFormat, PatchOp } from "./PatchOp";

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";
const ALIGN = { left: "Left", center: "Center", right: "Right", top: "Top", bottom: "Bottom" } as const;

/**
 * Queues one step of a write plan on an Office.js request context, without syncing. Worksheet proxies are
 * shared within a batch through `sheets`.
 *
 * @example queueOp(context, { kind: "select", sheet: "KPI", address: "G27" }, new Map());
 */
export function queueOp(context: Excel.RequestContext, op: PatchOp, sheets: Map<string, Excel.Worksheet>): void {
  const sheet = (name: string): Excel.Worksheet => {
    let ws = sheets.get(name);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(name);
      sheets.set(name, ws);
    }
    return ws;
  };
  switch (op.kind) {
    case "delete-name":
      context.workbook.names.getItem(op.name).delete();
      return;
    case "reset-sheet": {
      // The add-in's own sheet is emptied and rewritten in place, never deleted and added again: deleting a
      // sheet or setting its position clears the user's undo stack ("Undo capabilities with the Excel
      // JavaScript API", Unsupported APIs), and a sheet keeps its place in the tab order this way.
      const ws = sheet(op.sheet);
      for (const table of op.tables) context.workbook.tables.getItem(table).delete();
      for (const chart of op.charts ?? []) ws.charts.getItem(chart).delete();
      const all = ws.getRange();
      all.unmerge();
      all.clear("All");
      ws.freezePanes.unfreeze();
      ws.horizontalPageBreaks.removePageBreaks();
      if (op.rename) {
        ws.name = op.rename;
        sheets.delete(op.sheet);
        sheets.set(op.rename, ws);
      }
      return;
    }
    case "add-sheet":
      sheets.set(op.sheet, context.workbook.worksheets.add(op.sheet));
      return;
    case "sheet-options": {
      const ws = sheet(op.sheet);
      if (op.showGridLines !== undefined) ws.showGridlines = op.showGridLines;
      if (op.freeze && op.freeze.rows > 0) ws.freezePanes.freezeRows(op.freeze.rows);
      if (op.freeze && op.freeze.cols > 0) ws.freezePanes.freezeColumns(op.freeze.cols);
      return;
    }
    case "clear":
      sheet(op.sheet).getRange(op.address).clear("All");
      return;
    case "extend-table":
      context.workbook.tables.getItem(op.table).columns.add(undefined, undefined, op.header);
      return;
    case "number-formats":
      sheet(op.sheet).getRange(op.address).numberFormat = op.formats;
      return;
    case "values":
      sheet(op.sheet).getRange(op.address).values = op.values;
      return;
    case "hyperlink":
      sheet(op.sheet).getRange(op.address).hyperlink = op.link;
      return;
    case "format":
      applyFormat(sheet(op.sheet).getRanges(op.addresses.join(",")).format, op.format, op.inside);
      return;
    case "merge":
      sheet(op.sheet).getRange(op.address).merge(op.across);
      return;
    case "column-width":
      sheet(op.sheet).getRanges(op.addresses.join(",")).format.columnWidth = op.points;
      return;
    case "row-height":
      sheet(op.sheet).getRanges(op.addresses.join(",")).format.rowHeight = op.points;
      return;
    case "add-table": {
      const table = sheet(op.sheet).tables.add(op.address, true);
      table.name = op.name;
      if (op.style) table.style = op.style;
      return;
    }
    case "page-layout": {
      const layout = sheet(op.sheet).pageLayout;
      layout.paperSize = "A4";
      layout.orientation = op.print.orientation === "landscape" ? "Landscape" : "Portrait";
      if (op.print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (op.print.centerHorizontally !== undefined) layout.centerHorizontally = op.print.centerHorizontally;
      if (op.print.area) layout.setPrintArea(op.print.area);
      const { header, footer } = pageHeaderFooter(op.print);
      if (header) layout.headersFooters.defaultForAllPages.centerHeader = header;
      if (footer) layout.headersFooters.defaultForAllPages.centerFooter = footer;
      return;
    }
    case "page-breaks": {
      // A break before each listed row: that row starts a new printed page.
      const breaks = sheet(op.sheet).horizontalPageBreaks;
      for (const row of op.rows) breaks.add(`A${row}`);
      return;
    }
    case "add-chart":
      addChart(sheet(op.sheet), op.chart);
      return;
    case "add-name": {
      const item = context.workbook.names.add(op.name, op.ref.startsWith("=") ? op.ref : `=${op.ref}`);
      item.visible = false;
      return;
    }
    case "insert":
      sheet(op.sheet).getRange(op.address).insert(op.shift);
      return;
    case "copy-formats":
      sheet(op.sheet).getRange(op.address).copyFrom(op.from, "Formats");
      return;
    case "unmerge":
      sheet(op.sheet).getRange(op.address).unmerge();
      return;
    case "resize-table":
      context.workbook.tables.getItem(op.table).resize(op.address);
      return;
    case "delete-conditional-format":
      // The whole sheet's collection holds every format of the sheet; the id is the one read before.
      sheet(op.sheet).getRange().conditionalFormats.getItem(op.id).delete();
      return;
    case "add-conditional-format": {
      // Added over the result cells, so the formula is relative to their top-left cell (office-js issue #5194:
      // a formula is set relative to the range it is added through); "added at the first/top priority", then
      // moved after the other rules ("Priorities greater than the bounds will get and set to the maximum").
      // Several areas (a blocks sheet's result cells) go through RangeAreas (ExcelApi 1.9), the formula then
      // relative to the first area's top-left cell, which the plan puts first.
      const target = op.address.includes(",") ? sheet(op.sheet).getRanges(op.address) : sheet(op.sheet).getRange(op.address);
      const cf = target.conditionalFormats.add("Custom");
      cf.custom.rule.formula = op.formula;
      cf.custom.format.fill.color = op.fill;
      cf.priority = op.priority;
      return;
    }
    case "select": {
      const ws = sheet(op.sheet);
      ws.activate();
      ws.getRange(op.address).select();
      return;
    }
  }
}

const MARKER = { circle: "Circle", triangle: "Triangle", x: "X", none: "None" } as const;
const LINE = { solid: "Continuous", dash: "Dash", none: "None" } as const;

/**
 * A native line chart (ExcelApi 1.1 `charts.add`, `setPosition`, titles; 1.7 markers and line styles): the source's
 * columns as series, its first column the categories, over the cells `at`, each series and point as planned.
 */
function addChart(ws: Excel.Worksheet, c: SheetChart): void {
  const source = ws.getRange(rangeAddress(c.source.top, c.source.left, c.source.bottom, c.source.right));
  const chart = ws.charts.add("Line", source, "Columns");
  chart.name = c.name;
  chart.title.text = c.title;
  chart.legend.position = "Bottom";
  if (c.valueAxisTitle) chart.axes.valueAxis.title.text = c.valueAxisTitle;
  chart.setPosition(cellAddress(c.at.top, c.at.left), cellAddress(c.at.bottom, c.at.right));
  c.series.forEach((look, i) => {
    const series = chart.series.getItemAt(i);
    series.format.line.color = look.color;
    series.format.line.lineStyle = LINE[look.line];
    series.markerStyle = MARKER[look.marker];
    series.markerBackgroundColor = look.color;
    series.markerForegroundColor = look.color;
    look.points?.forEach((p, j) => {
      if (!p) return;
      const point = series.points.getItemAt(j);
      point.markerStyle = MARKER[p.marker];
      point.markerBackgroundColor = p.color;
      point.markerForegroundColor = p.color;
      point.markerSize = 8;
    });
  });
}

/** Sets every part of a look on a range format (of one range or of many areas at once). */
function applyFormat(target: Excel.RangeFormat, format: AreaFormat, inside = { rows: false, cols: false }): void {
  if (format.fill) target.fill.color = format.fill;
  const font = format.font;
  if (font) {
    if (font.bold !== undefined) target.font.bold = font.bold;
    if (font.italic !== undefined) target.font.italic = font.italic;
    if (font.underline !== undefined) target.font.underline = font.underline ? "Single" : "None";
    if (font.color) target.font.color = font.color;
    if (font.size) target.font.size = font.size;
    if (font.name) target.font.name = font.name;
  }
  if (format.horizontalAlignment) target.horizontalAlignment = ALIGN[format.horizontalAlignment];
  if (format.verticalAlignment) target.verticalAlignment = ALIGN[format.verticalAlignment];
  if (format.wrapText !== undefined) target.wrapText = format.wrapText;
  if (format.indent !== undefined) target.indentLevel = format.indent;
  const b = format.borders;
  if (b) {
    const edges: Edge[] = [];
    if (b.top) edges.push("EdgeTop");
    if (b.bottom) edges.push("EdgeBottom");
    if (b.left) edges.push("EdgeLeft");
    if (b.right) edges.push("EdgeRight");
    if ((b.top || b.bottom) && inside.rows) edges.push("InsideHorizontal");
    if ((b.left || b.right) && inside.cols) edges.push("InsideVertical");
    for (const edge of edges) {
      const border = target.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      if (b.color) border.color = b.color;
    }
  }
}
