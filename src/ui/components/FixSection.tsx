import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import { useEffect, useId, useRef, useState } from "react";
import { fieldWord } from "../../i18n/renderFinding";
import type { FixEntry, FixItem, FixList } from "../_lib/fixList";
import { CellLink } from "./CellLink";
import { Section } from "./Section";
import { SeverityIcon } from "./SeverityIcon";
import { useUi } from "./UiContext";

const useStyles = makeStyles({
  list: { listStyle: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalSNudge },
  // A dense list in a narrow column: Office's small body text (12 px), as its own panes use.
  entry: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  kpi: { display: "flex", gap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  ref: { flexShrink: 0, color: tokens.colorNeutralForeground2 },
  title: { minWidth: 0, flexGrow: 1 },
  item: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
  message: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "flex-start", margin: 0 },
  hint: { margin: 0, paddingLeft: "20px", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  // Fluent's Button is at most 280 px wide and one line: a message is a sentence, wrapped in the column's width.
  toggle: {
    justifyContent: "flex-start",
    textAlign: "left",
    height: "auto",
    padding: 0,
    minWidth: 0,
    maxWidth: "100%",
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalM },
  groupHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  mustHeading: { color: tokens.colorPaletteDarkOrangeForeground1 },
  groupHint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  none: { margin: `0 0 ${tokens.spacingVerticalM}` },
  count: { marginLeft: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  sublist: { listStyle: "none", margin: `${tokens.spacingVerticalXS} 0 0`, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  fold: { marginTop: tokens.spacingVerticalS },
  more: { alignSelf: "flex-start", marginTop: tokens.spacingVerticalXS, minWidth: 0, fontWeight: tokens.fontWeightRegular },
  // the first entry shown by ［ほか N件を表示］ takes the focus: no outline of its own beyond the browser's
  shownFocus: { ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  foldHeader: { fontSize: tokens.fontSizeBase300 },
});

/** How a cell link is followed: selecting in Excel, or showing the content in place. */
interface CellProps {
  onSelect: (cell: string, sheet?: string) => void;
  showCellsInPlace: boolean;
}

/** The KPI a finding is about, as one line: 「2024年度のNo.1　お客様アンケートの収集」. */
function KpiLine({ item }: { item: FixItem }) {
  const { t } = useUi();
  const s = useStyles();
  const kpi = item.kpi;
  return (
    <div className={s.kpi} data-testid="fix-kpi" data-year={kpi?.fiscalYear ?? ""} data-no={kpi?.no ?? ""}>
      {kpi ? (
        <>
          <span className={s.ref}>{t.kpiRef(kpi.fiscalYear, kpi.no)}</span>
          <span className={s.title}>{kpi.title}</span>
        </>
      ) : (
        <span className={s.ref}>{t.tableWide}</span>
      )}
    </div>
  );
}

/** A finding's cell, if it names one, and the other year's cell it compares with when that is on another sheet. */
function ItemCell({ item, ...cell }: { item: FixItem } & CellProps) {
  const { lang } = useUi();
  const f = item.finding;
  const { previous } = item;
  return (
    <>
      {f.cell !== null && <CellLink cell={f.cell} sheet={f.sheet} field={f.field ? fieldWord(f.field, lang) : null} text={item.cellText ?? ""} {...cell} />}
      {previous && <CellLink cell={previous.cell} sheet={previous.sheet} field={null} text={previous.text} {...cell} />}
    </>
  );
}

/** One KPI and its findings: the KPI, then per message the cells it concerns, the message and what to do. */
function KpiEntry({ entry, ...cell }: { entry: Extract<FixEntry, { kind: "kpi" }> } & CellProps) {
  const s = useStyles();
  // The same words on several cells of the KPI (a misspelling in its target and its result) are said once.
  const byMessage = new Map<string, FixItem[]>();
  for (const item of entry.items) byMessage.set(item.message, [...(byMessage.get(item.message) ?? []), item]);
  return (
    <li
      className={mergeClasses(s.entry, s[entry.severity], s.shownFocus)}
      tabIndex={-1}
      data-testid="fix-entry"
      data-severity={entry.severity}
      data-year={entry.kpi?.fiscalYear ?? ""}
      data-no={entry.kpi?.no ?? ""}
    >
      <KpiLine item={entry.items[0]} />
      {[...byMessage.values()].map((items) => (
        <div key={items[0].message} className={s.item} data-code={items[0].finding.code}>
          {items.map((item, i) => (
            <ItemCell key={i} item={item} {...cell} />
          ))}
          <p className={s.message}>
            <SeverityIcon severity={items[0].finding.severity} />
            <span>{items[0].message}</span>
          </p>
          {items[0].hint && <p className={s.hint}>{items[0].hint}</p>}
        </div>
      ))}
    </li>
  );
}

/** One message many KPIs share: the message and its count, unfolding to the KPIs and their cells. */
function RepeatedEntry({ entry, ...cell }: { entry: Extract<FixEntry, { kind: "repeated" }> } & CellProps) {
  const { t } = useUi();
  const s = useStyles();
  const [open, setOpen] = useState(false);
  return (
    <li className={mergeClasses(s.entry, s[entry.severity], s.shownFocus)} tabIndex={-1} data-testid="fix-entry" data-severity={entry.severity} data-year={entry.items[0].kpi?.fiscalYear ?? ""} data-no={entry.items[0].kpi?.no ?? ""} data-code={entry.items[0].finding.code}>
      <Button
        appearance="transparent"
        className={s.toggle}
        icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
        aria-expanded={open}
        onClick={() => setOpen((v) => !v)}
      >
        <span className={s.message}>
          <SeverityIcon severity={entry.severity} />
          <span>
            {entry.message}
            <span className={s.count}>{t.repeated(entry.items.length)}</span>
          </span>
        </span>
      </Button>
      {entry.hint && <p className={s.hint}>{entry.hint}</p>}
      {open && (
        <ul className={s.sublist}>
          {entry.items.map((item, i) => (
            <li key={i} className={s.item}>
              <KpiLine item={item} />
              <ItemCell item={item} {...cell} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The lines a long group shows at first; the rest are behind ［ほか N件を表示］. */
export const FIRST_SHOWN = 10;

/** A group folds only when this many lines or more would be behind the button: a button for one or two saves nothing. */
const LEAST_FOLDED = 3;

/**
 * A group's lines. A long one (40 warnings) shows its first {@link FIRST_SHOWN} — errors first, then the newest year
 * — and a button 「ほか N件を表示」 (N: the findings behind it, so that the heading's count adds up), so that the
 * groups and sections below stay in reach. The button says whether the list is unfolded (`aria-expanded`, the list
 * it controls); unfolding moves the focus to the first line it showed, so a keyboard or screen reader user reads on
 * where they were; 「表示を減らす」 folds the list again and keeps the focus on the button.
 */
function Entries({ entries, ...cell }: { entries: FixEntry[] } & CellProps) {
  const { t } = useUi();
  const s = useStyles();
  const id = useId();
  const list = useRef<HTMLUListElement>(null);
  const [all, setAll] = useState(false);
  const [moved, setMoved] = useState(false);
  const folds = entries.length >= FIRST_SHOWN + LEAST_FOLDED;
  const shown = folds && !all ? entries.slice(0, FIRST_SHOWN) : entries;
  const folded = folds ? entries.slice(FIRST_SHOWN).reduce((n, e) => n + e.items.length, 0) : 0;
  useEffect(() => {
    if (!moved) return;
    list.current?.querySelectorAll<HTMLElement>(":scope > li")[FIRST_SHOWN]?.focus();
    setMoved(false);
  }, [moved]);
  return (
    <>
      <ul className={s.list} id={id} ref={list}>
        {shown.map((e) => (e.kind === "kpi" ? <KpiEntry key={e.key} entry={e} {...cell} /> : <RepeatedEntry key={e.key} entry={e} {...cell} />))}
      </ul>
      {folds && (
        <Button
          appearance="secondary"
          size="small"
          className={s.more}
          aria-expanded={all}
          aria-controls={id}
          data-testid="fix-more"
          onClick={() => {
            setMoved(!all);
            setAll((v) => !v);
          }}
        >
          {all ? t.showFewerFixes : t.showMoreFixes(folded)}
        </Button>
      )}
    </>
  );
}

/** One group of the list, headed by its name and count: a `role="group"` named by its heading. */
function Group({ name, heading, className, hint, entries, ...cell }: { name: "must" | "review"; heading: string; className?: string; hint?: string; entries: FixEntry[] } & CellProps) {
  const s = useStyles();
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} className={s.group} data-testid="fix-group" data-group={name}>
      <h3 id={id} className={mergeClasses(s.groupHeading, className)}>
        {heading}
      </h3>
      {hint && <p className={s.groupHint}>{hint}</p>}
      <Entries entries={entries} {...cell} />
    </div>
  );
}

/**
 * The findings in the order staff act on them: first what to fix before publishing (the verdict's findings, with
 * the verdict's count), then the other errors and warnings worth checking (they do not stop publishing), then the
 * information folded under one heading — so that 200 information findings never bury two to fix. In each group
 * each KPI once with its findings (the KPI's year, No and 取組項目, the cell and what it shows, the message, what to
 * do), errors first, then by year and No; a message many KPIs share is one line with a count.
 *
 * @example <FixSection list={fixList(fixItems(result, outcome.reading, "ja", mustFix))} onSelect={select} showCellsInPlace={false} />
 */
export function FixSection({ list, ...cell }: { list: FixList } & CellProps) {
  const { t } = useUi();
  const s = useStyles();
  const none = list.mustFixCount + list.fixCount + list.infoCount === 0;
  return (
    <Section title={t.fixSection}>
      {none ? (
        <p className={s.none}>{t.noFixes}</p>
      ) : list.mustFix.length === 0 ? (
        <p className={s.none} data-testid="no-must-fix">
          {t.noMustFix}
        </p>
      ) : (
        <Group name="must" heading={t.mustFixGroup(list.mustFixCount)} className={s.mustHeading} entries={list.mustFix} {...cell} />
      )}
      {list.fix.length > 0 && <Group name="review" heading={t.reviewGroup(list.fixCount)} hint={t.reviewHint} entries={list.fix} {...cell} />}
      {list.info.length > 0 && (
        <Accordion collapsible className={s.fold}>
          <AccordionItem value="info">
            <AccordionHeader as="h3" size="small" className={s.foldHeader}>
              {t.infoFold(list.infoCount)}
            </AccordionHeader>
            <AccordionPanel>
              <Entries entries={list.info} {...cell} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </Section>
  );
}
