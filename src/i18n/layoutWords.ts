import type { Layout } from "../core/KpiRecord";
import type { Lang } from "./Lang";

/**
 * The short name of each sheet layout (kpi-rules.md §1), as the CLI's summary and the findings name it (the pane's
 * chooser explains them at more length: `ui.layoutNames`). A file of its own, so that a finding's message does
 * not bring the CLI's whole catalogue into the pane's first bundle.
 *
 * @example LAYOUT_WORDS.ja.blocks // "ホームページ形式"
 */
export const LAYOUT_WORDS: Record<Lang, Record<Layout, string>> = {
  ja: {
    table: "表形式",
    "two-row-header": "2段見出しの表",
    wide: "年度を横に並べた表",
    "next-target": "次期目標のある表",
    transposed: "行と列を入れ替えた表",
    blocks: "ホームページ形式",
  },
  en: {
    table: "table",
    "two-row-header": "table with a two-row header",
    wide: "years across columns",
    "next-target": "table with next targets",
    transposed: "transposed table",
    blocks: "website blocks",
  },
};
