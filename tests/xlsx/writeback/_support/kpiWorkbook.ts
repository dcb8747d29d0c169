/* A user's KPI workbook (the seed's KPIs in the table layout) with everything a user may have put in it, and
   the CheckResult the engine would give for it. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CheckResult } from "../../../../src/core/CheckResult";
import type { JudgedKpi } from "../../../../src/core/JudgedKpi";
import type { KpiField, KpiFields } from "../../../../src/core/KpiRecord";
import { seedJudged } from "../../../core/writeback/_support/seedJudged";

/** The KPI sheet's columns, in order. */
export const COLUMNS: KpiField[] = ["fiscalYear", "no", "title", "description", "scope", "target", "result", "commitment"];
export const HEADERS = ["年度", "No", "取組項目", "取組内容", "対象", "目標", "結果", "方針"];

export interface WorkbookSpec {
  /** The KPI range is an Excel Table. */
  asTable?: boolean;
  /** A user sheet already named 開示用. */
  userDisclosureSheet?: boolean;
  /** A user column headed 達成状況 right of the KPI table. */
  userStatusColumn?: boolean;
  /** Formulas, fills, fonts, merges, number formats, names, comments, validation, conditional formats, … */
  decorations?: boolean;
  /** KPIs to put on the sheet (default: the seed's 24). */
  kpis?: JudgedKpi[];
}

/** Moves judged KPIs onto the table layout of the KPI sheet: row 2 on, one per row, cells at COLUMNS. */
export function onTableLayout(kpis: JudgedKpi[]): JudgedKpi[] {
  return kpis.map((k, i) => {
    const row = i + 2;
    const fields: KpiFields = {};
    COLUMNS.forEach((f, c) => {
      const cell = k.record.fields[f];
      const text = cell?.text ?? (f === "fiscalYear" ? `${k.fiscalYear}年度` : "");
      const value = f === "no" ? k.no : text;
      fields[f] = { text: f === "no" ? String(k.no) : text, value, numberFormat: "General", row, col: c + 1 };
    });
    return { ...k, row, record: { row, fields } };
  });
}

/** The CheckResult of a KPI sheet built by `kpiWorkbook`. */
export function checkResultOf(kpis: JudgedKpi[]): CheckResult {
  const last = kpis.length + 1;
  return {
    sheetName: "KPI",
    layout: "table",
    range: `A1:H${last}`,
    header: { row: 1, columns: Object.fromEntries(COLUMNS.map((f, i) => [f, i + 1])) },
    kpis,
    findings: [
      { code: "label-mismatch", severity: "warning", row: 25, field: "result", cell: "G25", params: { target: "火新種", result: "火新" } },
      { code: "notation-variant", severity: "info", row: null, field: null, cell: null, params: { variants: ["お客様", "お客さま"], counts: ["3", "1"] } },
    ],
    asOf: "2026-11-29",
    fiscalYearStartMonth: 4,
    series: [],
  };
}

/** Builds the workbook's bytes and its CheckResult. */
export async function kpiWorkbook(spec: WorkbookSpec = {}): Promise<{ bytes: Uint8Array; result: CheckResult }> {
  const kpis = onTableLayout(spec.kpis ?? seedJudged());
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("KPI", { views: [{ state: "frozen", ySplit: 1 }] });
  const rows = kpis.map((k) => COLUMNS.map((f) => k.record.fields[f]?.value ?? null) as ExcelJS.CellValue[]);
  if (spec.asTable) {
    ws.addTable({ name: "KpiTable", ref: "A1", headerRow: true, style: { theme: "TableStyleMedium9", showRowStripes: true },
      columns: HEADERS.map((name) => ({ name, filterButton: true })), rows });
  } else {
    ws.addRow(HEADERS).font = { bold: true, name: "游ゴシック" };
    rows.forEach((r) => ws.addRow(r));
  }
  ws.columns.forEach((c, i) => (c.width = [10, 5, 30, 50, 20, 30, 20, 50][i]));
  const last = kpis.length + 1;
  if (spec.userStatusColumn) {
    ws.getCell("I1").value = "達成状況";
    ws.getCell("I2").value = "達成";
    ws.getCell("I2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  }
  if (spec.decorations) {
    const note = spec.userStatusColumn ? "K" : "J";
    ws.getCell(`${note}1`).value = "メモ";
    ws.getCell(`${note}3`).value = { formula: `COUNTA(C2:C${last})`, result: kpis.length };
    ws.getCell(`${note}4`).value = 0.6025;
    ws.getCell(`${note}4`).numFmt = "0.00%";
    ws.getCell(`${note}5`).value = { richText: [{ text: "赤", font: { color: { argb: "FFFF0000" } } }, { text: "字" }] };
    ws.getCell(`${note}6`).value = new Date(Date.UTC(2024, 2, 31));
    ws.getCell(`${note}6`).numFmt = "yyyy/mm/dd";
    ws.getCell(`${note}7`).value = { text: "サイト", hyperlink: "https://example.com/kpi" };
    ws.getCell(`${note}8`).note = "担当: 佐藤";
    ws.getCell(`${note}8`).value = "コメント付き";
    ws.mergeCells(`${note}10:${note === "J" ? "K" : "L"}11`);
    ws.getCell(`${note}10`).value = "結合セル";
    ws.getCell(`${note}10`).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    ws.getCell("C2").font = { bold: true, color: { argb: "FF1F4E79" }, name: "游ゴシック", size: 12 };
    ws.getCell("G3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
    (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`B2:B${last}`, { type: "whole", operator: "greaterThan", formulae: [0], allowBlank: true });
    ws.addConditionalFormatting({ ref: `G2:G${last}`, rules: [{ type: "containsText", operator: "containsText", text: "%", priority: 1, style: { font: { italic: true } } }] });
    const other = wb.addWorksheet("集計");
    other.getCell("A1").value = "達成数";
    other.getCell("B1").value = { formula: "COUNTIF(KPI!G:G,\"*達成*\")", result: 0 };
    other.getCell("A2").value = 1900;
    other.getCell("A2").numFmt = '#,##0"名"';
    wb.addWorksheet("非表示", { state: "hidden" }).getCell("A1").value = "secret";
    wb.definedNames.add(`KPI!$A$1:$H$${last}`, "KPI範囲");
  }
  if (spec.userDisclosureSheet) {
    const user = wb.addWorksheet("開示用");
    user.getCell("A1").value = "ユーザーの開示用メモ";
    user.getCell("B2").value = { formula: "1+1", result: 2 };
  }
  let bytes: Uint8Array = new Uint8Array(await wb.xlsx.writeBuffer());
  if (spec.decorations) bytes = await addNamesExceljsCannotWrite(bytes);
  return { bytes, result: checkResultOf(kpis) };
}

/** Names exceljs drops on reading: a constant, a formula, a sheet-scope name and a hidden one. */
async function addNamesExceljsCannotWrite(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const extra =
    '<definedName name="税率">0.1</definedName>' +
    '<definedName name="件数合計">SUM(KPI!$B$2:$B$5)*税率</definedName>' +
    '<definedName name="ローカル" localSheetId="1">\'集計\'!$A$1</definedName>' +
    '<definedName name="隠し" hidden="1">KPI!$C$2</definedName>';
  const next = xml.includes("<definedNames>")
    ? xml.replace("<definedNames>", `<definedNames>${extra}`)
    : xml.replace("</sheets>", `</sheets><definedNames>${extra}</definedNames>`);
  zip.file("xl/workbook.xml", next);
  return zip.generateAsync({ type: "uint8array" });
}
