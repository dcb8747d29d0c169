import { makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { renderTrendHtml } from "../../core/html/renderTrendHtml";
import type { KpiSeries } from "../../core/series/KpiSeries";
import type { Lang } from "../../i18n/Lang";
import { trendLabels } from "../../i18n/writeback";

const useStyles = makeStyles({
  root: {
    fontSize: tokens.fontSizeBase200,
    "& svg": { maxWidth: "100%", height: "auto" },
    "& table": { width: "100%" },
  },
});

/**
 * The series' tables and charts across fiscal years, drawn by the website HTML's own `renderTrendHtml` (one chart,
 * not two): per series a table (年度 | 目標 | 結果 | 達成状況) and an SVG named for screen readers, scaled to the
 * pane's width. The default export, so that the pane loads it only when its 推移 section is unfolded.
 *
 * @example <TrendChart series={result.series} lang="ja" />
 */
export default function TrendChart({ series, lang }: { series: readonly KpiSeries[]; lang: Lang }) {
  const s = useStyles();
  // every text in it is escaped by renderTrendHtml
  const html = useMemo(() => renderTrendHtml(series, { labels: trendLabels(lang), heading: false }), [series, lang]);
  return <div className={s.root} dangerouslySetInnerHTML={{ __html: html }} />;
}
