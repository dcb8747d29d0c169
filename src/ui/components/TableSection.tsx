import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { CheckResult } from "../../core/CheckResult";
import { columnLetters } from "../../core/cellAddress";
import { KPI_FIELDS, LAYOUTS, type Layout } from "../../core/KpiRecord";
import type { SheetSnapshot } from "../../core/SheetSnapshot";
import type { WorkbookReading } from "../../core/WorkbookPort";
import { fieldWord } from "../../i18n/renderFinding";
import { sheetRead } from "../_lib/sheetRead";
import { Section } from "./Section";
import { useUi } from "./UiContext";
import { useFoldedSectionStyles } from "./foldedSectionStyles";

const useStyles = makeStyles({
  facts: { margin: `${tokens.spacingVerticalXS} 0`, color: tokens.colorNeutralForeground2 },
  columns: { marginTop: tokens.spacingVerticalXS, "& > summary": { cursor: "pointer" } },
  list: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: `${tokens.spacingVerticalXS} 0 0` },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0, wordBreak: "break-word" },
});

function textAt(snapshot: SheetSnapshot, row: number, col: number): string {
  return snapshot.texts[row - snapshot.origin.row]?.[col - snapshot.origin.col] ?? "";
}

/** Props of {@link TableSection}. */
export interface TableSectionProps {
  result: CheckResult;
  reading: WorkbookReading;
  /** Checks another sheet of the workbook. */
  onChooseSheet: (sheet: string) => void;
  /** The layout the settings name (null: detected). */
  layout: Layout | null;
  /** Keeps another layout (or null: detect) in the settings and checks again with it. */
  onChooseLayout: (layout: Layout | null) => void;
}

/**
 * The table the engine read and where: the sheet (a chooser over the workbook's sheets, those with a KPI table
 * marked), the layout (a chooser: detect, or one of the six, as `--layout`; the layout read is named, detected
 * or as set), the range, the header rows, other sheets with a KPI table (after a check of all sheets: the sheets read
 * together and each one's range), and — folded — the column each field was read from, so that staff can see the right
 * columns were used. Choosing a sheet checks that sheet alone.
 *
 * @example <TableSection result={result} reading={reading} onChooseSheet={check} layout={null} onChooseLayout={setLayout} />
 */
export function TableSection({ result, reading, onChooseSheet, layout, onChooseLayout }: TableSectionProps) {
  const { t, lang } = useUi();
  const s = useStyles();
  const fold = useFoldedSectionStyles();
  const header = result.header;
  const headerRows = result.headerRows ?? (header ? [header.row] : []);
  const otherKpiSheets = result.otherKpiSheets ?? [];
  // a check of all sheets: the sheets read together, each with where its table is
  const together = result.sheets && result.sheets.length > 0 ? (result.sheetTables ?? []).map((tb) => (tb.range ? `${t.quoted(tb.sheetName)}${tb.range}` : t.quoted(tb.sheetName))) : [];
  const skippedRows = result.skippedRows ?? [];
  const withKpis = new Set([...otherKpiSheets, ...(result.sheets ?? []), ...(result.kpis.length > 0 ? [result.sheetName] : [])]);
  const sheets = reading.workbook.sheets.includes(result.sheetName) ? reading.workbook.sheets : [result.sheetName, ...reading.workbook.sheets];
  // the sheet the result's header and layout are of (after a check of all sheets, the first one checked)
  const snapshot = sheetRead(reading, result.sheetName);
  const content = (
    <>
      <Field label={t.sheet}>
        <Select value={result.sheetName} onChange={(_, d) => onChooseSheet(d.value)}>
          {sheets.map((name) => (
            <option key={name} value={name}>
              {withKpis.has(name) ? t.sheetHasKpis(name) : name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.layout}>
        <Select value={layout ?? ""} onChange={(_, d) => onChooseLayout(d.value === "" ? null : (d.value as Layout))}>
          <option value="">{t.layoutAuto}</option>
          {LAYOUTS.map((name) => (
            <option key={name} value={name}>
              {t.layoutNames[name]}
            </option>
          ))}
        </Select>
      </Field>
      {result.layout && (
        <p className={s.facts} data-testid="layout-read">
          {[
            layout === result.layout ? t.layoutChosen(t.layoutNames[result.layout]) : t.layoutDetected(t.layoutNames[result.layout]),
            result.range ? t.tableAt(result.range) : null,
            headerRows.length > 0 ? t.headerRows(headerRows.join(t.listSeparator)) : null,
            snapshot.table ? t.excelTable(snapshot.table.name) : null,
          ]
            .filter(Boolean)
            .join(t.listSeparator)}
        </p>
      )}
      {reading.workbook.mergesUnread && (
        <p className={s.facts} data-testid="merges-unread">
          {t.mergesUnread}
        </p>
      )}
      {skippedRows.length > 0 && <p className={s.facts}>{t.skippedRows(skippedRows.map((r) => String(r.row)).join(t.listSeparator))}</p>}
      {otherKpiSheets.length > 0 && <p className={s.facts}>{t.otherKpiSheets(otherKpiSheets.map((n) => t.quoted(n)).join(t.listSeparator))}</p>}
      {together.length > 0 && (
        <p className={s.facts} data-testid="sheets-together">
          {t.sheetsTogether(together.join(t.listSeparator))}
        </p>
      )}
      {(header || result.fields) && (
        <details className={s.columns}>
          <summary>{t.columnOf}</summary>
          <dl className={s.list}>
            {KPI_FIELDS.filter((field) => (header && result.layout === "table" ? true : result.fields?.[field])).map((field) => {
              const col = header && result.layout === "table" ? header.columns[field] : undefined;
              const where =
                header && result.layout === "table"
                  ? col
                    ? `${columnLetters(col)}${t.quoted(textAt(snapshot, header.row, col))}`
                    : t.notMapped
                  : (result.fields?.[field] ?? []).join(t.listSeparator);
              return [
                <dt key={`${field}-t`} className={s.dt}>
                  {fieldWord(field, lang)}
                </dt>,
                <dd key={`${field}-d`} className={s.dd}>
                  {where}
                </dd>,
              ];
            })}
          </dl>
        </details>
      )}
    </>
  );
  // A sheet without a KPI table shows the chooser at once; otherwise the part is folded to one line.
  if (result.kpis.length === 0) return <Section title={t.tableSection}>{content}</Section>;
  return (
    <Accordion collapsible className={fold.fold}>
      <AccordionItem value="table">
        <AccordionHeader as="h2" className={fold.header}>
          {together.length > 1 ? t.sheetsSummary(together.length) : t.tableSummary(result.sheetName, result.range ?? "")}
        </AccordionHeader>
        <AccordionPanel>{content}</AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
