import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { cellAddress } from "../../core/cellAddress";
import type { JudgedKpi } from "../../core/JudgedKpi";
import { fieldCells } from "../../core/KpiRecord";
import { Section } from "./Section";
import { StatusBadge } from "./StatusBadge";
import { useUi } from "./UiContext";

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}` },
  list: { listStyle: "none", padding: 0, margin: 0 },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalXXS },
  title: { flexGrow: 1, justifyContent: "flex-start", textAlign: "left", height: "auto", fontWeight: tokens.fontWeightRegular },
});

/**
 * The KPIs grouped by fiscal year, newest first (unknown years last), each group in sheet order.
 *
 * @example groupByYear(result.kpis).map((g) => g.year) // [2024, 2023, 2022, 2021]
 */
export function groupByYear(kpis: readonly JudgedKpi[]): { year: number | null; kpis: JudgedKpi[] }[] {
  const groups = new Map<number | null, JudgedKpi[]>();
  for (const k of kpis) groups.set(k.fiscalYear, [...(groups.get(k.fiscalYear) ?? []), k]);
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : b - a))
    .map(([year, list]) => ({ year, kpis: list }));
}

/**
 * The KPIs by fiscal year with their status; clicking a KPI selects its first cell on the sheet.
 *
 * @example <KpisSection kpis={result.kpis} onSelect={(cell) => port.selectCell("KPI", cell)} />
 */
export function KpisSection({ kpis, onSelect }: { kpis: readonly JudgedKpi[]; onSelect: (cell: string) => void }) {
  const { t } = useUi();
  const s = useStyles();
  return (
    <Section title={t.kpisSection}>
      {groupByYear(kpis).map(({ year, kpis: list }) => (
        <div key={year ?? "unknown"}>
          <h3 className={s.heading}>{year === null ? t.unknownYear : t.fiscalYear(year)}</h3>
          <ul className={s.list}>
            {list.map((k) => {
              const first = fieldCells(k.record).map(([, c]) => c).sort((a, b) => a.row - b.row || a.col - b.col)[0];
              const cell = first ? cellAddress(first.row, first.col) : cellAddress(k.row, 1);
              return (
                <li key={`${k.row}`} className={s.item}>
                  <Button appearance="subtle" className={s.title} onClick={() => onSelect(cell)} title={t.selectCell(cell)}>
                    {k.no ?? "?"}. {k.title}
                  </Button>
                  <StatusBadge status={k.status} />
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </Section>
  );
}
