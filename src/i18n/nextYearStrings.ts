import type { NextYearRefusal } from "../core/nextYear/NextYearRows";
import type { Lang } from "./Lang";

/** The words of 新年度の準備 in the task pane (loaded with the results, which the pane loads lazily). */
export interface NextYearStrings {
  /** The section's heading. */
  section: string;
  loading: string;
  /** What will be added, in one sentence. */
  summary: (p: { fiscalYear: number; fromYear: number; kpis: number; sheet: string; place: string; where: string }) => string;
  /** Where on the sheet: rows `top`–`bottom`, or columns. */
  rowsPlace: (top: number, bottom: number) => string;
  columnsPlace: (left: string, right: string) => string;
  /** Where the new cells go, by the plan's kind. */
  where: { rows: string; insertRows: string; insertColumns: string; columns: string; newSheet: string };
  /** The preview table's caption (for screen readers). */
  caption: (fiscalYear: number) => string;
  /** A new cell left empty (a result to fill in). */
  empty: string;
  /** The row header of the preview table. */
  row: string;
  /** The button that applies it in Excel. */
  apply: string;
  /** The button in the browser preview: a download of the workbook with the new rows. */
  download: string;
  applying: string;
  /** Said once it is added. */
  done: (fiscalYear: number, sheet: string) => string;
  downloaded: (fiscalYear: number) => string;
  /** Why it cannot be added. */
  refused: { [K in NextYearRefusal["code"]]: (r: Extract<NextYearRefusal, { code: K }>) => string };
  failed: string;
}

const JA: NextYearStrings = {
  section: "新年度の準備",
  loading: "新年度の行を用意しています。",
  summary: (p) =>
    `${p.fromYear}年度のKPI ${p.kpis}件をもとに、${p.fiscalYear}年度の${p.where}（シート「${p.sheet}」の${p.place}）。目標はそのまま（次期目標の列があればその値）、結果は空欄です。今ある行の内容は変わりません。`,
  rowsPlace: (top, bottom) => `${top}〜${bottom}行目`,
  columnsPlace: (left, right) => (left === right ? `${left}列` : `${left}〜${right}列`),
  where: {
    rows: "行を表の下に追加します",
    insertRows: "行を挿入して追加します",
    insertColumns: "列を挿入して追加します",
    columns: "列を表の右に追加します",
    newSheet: "シートを新しく追加します",
  },
  caption: (y) => `${y}年度に追加するセル`,
  empty: "（空欄）",
  row: "行",
  apply: "新年度の行を追加",
  download: "新年度の行を加えたブックをダウンロード",
  applying: "追加しています…",
  done: (y, sheet) => `${y}年度の行をシート「${sheet}」に追加しました。元に戻すには［元に戻す］（Ctrl+Z）をクリックしてください。`,
  downloaded: (y) => `${y}年度の行を加えたブックをダウンロードしました。`,
  refused: {
    "next-year-no-kpis": () => "年度の分かるKPIがないため、新年度の行を作れません。",
    "next-year-layout": (r) => `この表の形（${r.layout}）には、新年度の行を追加できません。`,
    "next-year-no-space": (r) => `新年度の行を置く場所（${r.range}）が空いていないため、追加しません。その場所の内容を移してから、もう一度お試しください。`,
    "next-year-exists": (r) => `${r.fiscalYear}年度のシートはすでにあります。`,
  },
  failed: "新年度の行を追加できませんでした。",
};

const EN: NextYearStrings = {
  section: "Prepare next year",
  loading: "Preparing next year's rows.",
  summary: (p) =>
    `From the ${p.kpis} KPIs of FY${p.fromYear}, the rows of FY${p.fiscalYear} ${p.where} (sheet "${p.sheet}", ${p.place}). Targets are copied (from the next-target column where there is one), results are empty. No existing cell changes.`,
  rowsPlace: (top, bottom) => `rows ${top}-${bottom}`,
  columnsPlace: (left, right) => (left === right ? `column ${left}` : `columns ${left}-${right}`),
  where: {
    rows: "go below the table",
    insertRows: "go into inserted rows",
    insertColumns: "go into inserted columns",
    columns: "go right of the table",
    newSheet: "go on a new sheet",
  },
  caption: (y) => `Cells to add for FY${y}`,
  empty: "(empty)",
  row: "Row",
  apply: "Add next year's rows",
  download: "Download the workbook with next year's rows",
  applying: "Adding…",
  done: (y, sheet) => `Added the rows of FY${y} to sheet "${sheet}". Click Check to read them too.`,
  downloaded: (y) => `Downloaded the workbook with the rows of FY${y}.`,
  refused: {
    "next-year-no-kpis": () => "No KPI has a fiscal year, so there is nothing to copy into a new year.",
    "next-year-layout": (r) => `Next year's rows cannot be added to a table of this shape (${r.layout}).`,
    "next-year-no-space": (r) => `The cells where next year's rows would go (${r.range}) are not empty, so nothing is added. Move what is there and try again.`,
    "next-year-exists": (r) => `A sheet for FY${r.fiscalYear} already exists.`,
  },
  failed: "Could not add next year's rows.",
};

/**
 * The words of 新年度の準備 in a language.
 *
 * @example nextYearStrings("ja").section // "新年度の準備"
 */
export function nextYearStrings(lang: Lang): NextYearStrings {
  return lang === "en" ? EN : JA;
}
