import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { JudgedKpi } from "../../core/JudgedKpi";
import { KPI_STATUSES } from "../../core/KpiStatus";
import { fieldWord } from "../../i18n/renderFinding";
import { statusLabel } from "../../i18n/statusLabel";
import { componentActual, quantityText, targetResult } from "../_lib/targetResult";
import { addressOf } from "../../core/cellAddress";
import { CellLink } from "./CellLink";
import { Section } from "./Section";
import { StatusBadge } from "./StatusBadge";
import { useUi } from "./UiContext";

const useStyles = makeStyles({
  summary: { listStyle: "none", padding: 0, margin: `0 0 ${tokens.spacingVerticalS}`, display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  count: { marginLeft: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: "none", padding: 0, margin: 0 },
  row: {
    width: "100%",
    height: "auto",
    display: "grid",
    gridTemplateColumns: "2em 1fr auto",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: "2px",
    alignItems: "start",
    justifyItems: "start",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightRegular,
  },
  no: { color: tokens.colorNeutralForeground3, justifySelf: "end" },
  title: { minWidth: 0 },
  short: {
    gridColumn: "2 / span 2",
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    maxWidth: "100%",
  },
  details: { margin: `0 0 ${tokens.spacingVerticalS} 2em`, fontSize: tokens.fontSizeBase200 },
  table: { borderCollapse: "collapse", width: "100%", marginBottom: tokens.spacingVerticalXS, "& th, & td": { textAlign: "left", padding: "2px 4px", borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, verticalAlign: "top" } },
  cells: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
  sheetName: { marginLeft: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
});

/**
 * The sheets a year's KPIs were read from, after a check of several sheets, unless the only one is named as the year
 * (`2023年度` for 2023年度): said beside the year where it helps to find them.
 */
function sheetsOf(kpis: readonly JudgedKpi[], yearWord: string | null): string[] {
  const sheets = [...new Set(kpis.flatMap((k) => (k.sheet === undefined ? [] : [k.sheet])))];
  return sheets.length === 1 && sheets[0] === yearWord ? [] : sheets;
}

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

interface CellProps {
  onSelect: (cell: string, sheet?: string) => void;
  showCellsInPlace: boolean;
}

/** One KPI's components (label, comparator, target, result, status) and its target and result cells. */
function KpiDetails({ kpi, id, ...cell }: { kpi: JudgedKpi; id: string } & CellProps) {
  const { t, lang } = useUi();
  const s = useStyles();
  const c = t.components;
  return (
    <div id={id} className={s.details} data-testid="kpi-details">
      {kpi.components.length === 0 ? (
        <p>{t.noComponents}</p>
      ) : (
        <table className={s.table}>
          <thead>
            <tr>
              <th scope="col">{c.label}</th>
              <th scope="col">{c.comparator}</th>
              <th scope="col">{c.target}</th>
              <th scope="col">{c.actual}</th>
              <th scope="col">{c.status}</th>
            </tr>
          </thead>
          <tbody>
            {kpi.components.map((comp, i) => (
              <tr key={i}>
                <td>{comp.label ?? "―"}</td>
                <td>{t.comparator[comp.comparator]}</td>
                <td>{quantityText(comp.target, comp.unit)}</td>
                <td>{componentActual(comp, t)}</td>
                <td>{t.componentStatus[comp.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className={s.cells}>
        {(["target", "result"] as const).map((field) => {
          const at = kpi.record.fields[field];
          const address = addressOf(at);
          return address ? <CellLink key={field} cell={address} sheet={kpi.sheet} field={fieldWord(field, lang)} text={at?.text ?? ""} {...cell} /> : null;
        })}
      </div>
    </div>
  );
}

/** One KPI as a row: No, 取組項目 and badge, and under them target → result; it unfolds to its components. */
function KpiRow({ kpi, ...cell }: { kpi: JudgedKpi } & CellProps) {
  const { t } = useUi();
  const s = useStyles();
  const [open, setOpen] = useState(false);
  const id = useId();
  const { target, result } = targetResult(kpi, t);
  return (
    <li data-testid="kpi-row" data-year={kpi.fiscalYear ?? ""} data-no={kpi.no ?? ""}>
      <Button appearance="subtle" className={s.row} aria-expanded={open} aria-controls={open ? id : undefined} onClick={() => setOpen((v) => !v)}>
        <span className={s.no}>{kpi.no ?? "？"}</span>
        <span className={s.title}>{kpi.title}</span>
        <StatusBadge status={kpi.status} />
        <span className={s.short} data-testid="target-result">
          {target} → {result}
        </span>
      </Button>
      {open && <KpiDetails kpi={kpi} id={id} {...cell} />}
    </li>
  );
}

/**
 * How many KPIs have each status (badges with mark, word and count; statuses no KPI has are left out), then the
 * KPIs by fiscal year, each year folded: a row per KPI with its target → result in short form.
 *
 * @example <KpisSection kpis={result.kpis} onSelect={select} showCellsInPlace={false} />
 */
export function KpisSection({ kpis, ...cell }: { kpis: readonly JudgedKpi[] } & CellProps) {
  const { t, lang } = useUi();
  const s = useStyles();
  const counts = KPI_STATUSES.map((status) => ({ status, n: kpis.filter((k) => k.status === status).length })).filter((c) => c.n > 0);
  return (
    <Section title={t.kpisSection}>
      <ul className={s.summary} aria-label={t.summarySection}>
        {counts.map(({ status, n }) => (
          <li key={status} aria-label={t.summaryLabel(statusLabel(status, lang), n)}>
            <StatusBadge status={status}>
              <span className={s.count}>{n}</span>
            </StatusBadge>
          </li>
        ))}
      </ul>
      <Accordion multiple collapsible>
        {groupByYear(kpis).map(({ year, kpis: list }) => (
          <AccordionItem key={year ?? "unknown"} value={String(year)}>
            <AccordionHeader as="h3" size="small">
              {t.yearCount(year === null ? t.unknownYear : t.fiscalYear(year), list.length)}
              {sheetsOf(list, year === null ? null : t.fiscalYear(year)).map((name) => (
                <span key={name} className={s.sheetName}>
                  {t.quoted(name)}
                </span>
              ))}
            </AccordionHeader>
            <AccordionPanel>
              <ul className={s.list}>
                {list.map((k) => (
                  <KpiRow key={k.row} kpi={k} {...cell} />
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </Section>
  );
}
