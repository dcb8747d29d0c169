import { makeStyles, tokens } from "@fluentui/react-components";
import type { JudgedKpi } from "../../core/JudgedKpi";
import { KPI_STATUSES } from "../../core/KpiStatus";
import { statusLabel } from "../../i18n/statusLabel";
import { Section } from "./Section";
import { StatusBadge } from "./StatusBadge";
import { useUi } from "./UiContext";

const useStyles = makeStyles({
  list: { listStyle: "none", padding: 0, margin: 0, display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  count: { marginLeft: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
});

/**
 * How many KPIs have each status, as coloured badges with the mark, the word and the count (never colour alone);
 * statuses no KPI has are left out.
 *
 * @example <SummarySection kpis={result.kpis} />
 */
export function SummarySection({ kpis }: { kpis: readonly JudgedKpi[] }) {
  const { t, lang } = useUi();
  const s = useStyles();
  const counts = KPI_STATUSES.map((status) => ({ status, n: kpis.filter((k) => k.status === status).length })).filter((c) => c.n > 0);
  return (
    <Section title={t.summarySection}>
      <ul className={s.list}>
        {counts.map(({ status, n }) => (
          <li key={status} aria-label={t.summaryLabel(statusLabel(status, lang), n)}>
            <StatusBadge status={status}>
              <span className={s.count}>{n}</span>
            </StatusBadge>
          </li>
        ))}
      </ul>
    </Section>
  );
}
