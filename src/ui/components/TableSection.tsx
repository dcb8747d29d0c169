import { makeStyles, tokens } from "@fluentui/react-components";
import type { CheckResult } from "../../core/CheckResult";
import { columnLetters } from "../../core/cellAddress";
import { KPI_FIELDS } from "../../core/KpiRecord";
import type { SheetSnapshot } from "../../core/SheetSnapshot";
import { fieldWord } from "../../i18n/renderFinding";
import { Section } from "./Section";
import { useUi } from "./UiContext";

const useStyles = makeStyles({
  list: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0 },
});

function headerText(snapshot: SheetSnapshot, row: number, col: number): string {
  return snapshot.texts[row - snapshot.origin.row]?.[col - snapshot.origin.col] ?? "";
}

/**
 * The KPI table the engine found: where it is, in which layout, and (for the table layout) which column it read
 * each field from, so staff can see at a glance that the right columns were used.
 *
 * @example <TableSection result={result} snapshot={snapshot} />
 */
export function TableSection({ result, snapshot }: { result: CheckResult; snapshot: SheetSnapshot }) {
  const { t, lang } = useUi();
  const s = useStyles();
  const header = result.header;
  return (
    <Section title={t.tableSection}>
      <p>
        {result.layout ? t.layoutNames[result.layout] : t.layoutTable}: {t.tableAt(result.sheetName, result.range ?? "")}
        {snapshot.table ? ` (${t.excelTable(snapshot.table.name)})` : ""}
      </p>
      {(result.skippedRows ?? []).length > 0 && (
        <p>{t.skippedRows((result.skippedRows ?? []).map((r) => String(r.row)).join(lang === "ja" ? "、" : ", "))}</p>
      )}
      {(result.otherKpiSheets ?? []).length > 0 && (
        <p>{t.otherKpiSheets((result.otherKpiSheets ?? []).join(lang === "ja" ? "、" : ", "))}</p>
      )}
      {header && result.layout !== "table" && result.fields && (
        <dl className={s.list} aria-label={t.columnOf}>
          {KPI_FIELDS.filter((field) => result.fields?.[field]).map((field) => [
            <dt key={`${field}-t`} className={s.dt}>
              {fieldWord(field, lang)}
            </dt>,
            <dd key={`${field}-d`} className={s.dd}>
              {(result.fields?.[field] ?? []).join(lang === "ja" ? "、" : ", ")}
            </dd>,
          ])}
        </dl>
      )}
      {header && result.layout === "table" && (
        <dl className={s.list} aria-label={t.columnOf}>
          {KPI_FIELDS.map((field) => {
            const col = header.columns[field];
            return [
              <dt key={`${field}-t`} className={s.dt}>
                {fieldWord(field, lang)}
              </dt>,
              <dd key={`${field}-d`} className={s.dd}>
                {col ? `${columnLetters(col)}「${headerText(snapshot, header.row, col)}」` : t.notMapped}
              </dd>,
            ];
          })}
        </dl>
      )}
    </Section>
  );
}
