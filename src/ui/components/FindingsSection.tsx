import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/Finding";
import { renderFinding } from "../../i18n/renderFinding";
import { Section } from "./Section";
import { useUi } from "./UiContext";

const ORDER: Severity[] = ["error", "warning", "info"];

const useStyles = makeStyles({
  group: { marginTop: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalXS} 0` },
  list: { listStyle: "none", padding: 0, margin: 0 },
  item: { marginBottom: tokens.spacingVerticalXXS },
  button: { justifyContent: "flex-start", textAlign: "left", height: "auto", minHeight: "32px", width: "100%", fontWeight: tokens.fontWeightRegular },
  cell: { fontFamily: tokens.fontFamilyMonospace, marginRight: tokens.spacingHorizontalS, flexShrink: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
});

/**
 * The findings grouped by severity (errors first), each with its message; a finding with a cell is a button
 * that selects that cell in Excel, like Excel's own error checking.
 *
 * @example <FindingsSection findings={result.findings} onSelect={(cell) => port.selectCell("KPI", cell)} />
 */
export function FindingsSection({ findings, onSelect }: { findings: readonly Finding[]; onSelect: (cell: string) => void }) {
  const { t, lang } = useUi();
  const s = useStyles();
  return (
    <Section title={t.findingsSection}>
      {findings.length === 0 && <p>{t.noFindings}</p>}
      {ORDER.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity} className={s.group}>
            <h3 className={`${s.heading} ${s[severity]}`}>
              {t.severity[severity]} ({group.length})
            </h3>
            <ul className={s.list}>
              {group.map((f, i) => {
                const message = renderFinding(f, lang);
                return (
                  <li key={`${f.code}-${f.cell ?? ""}-${i}`} className={s.item} data-code={f.code}>
                    {f.cell ? (
                      <Button appearance="subtle" className={s.button} onClick={() => onSelect(f.cell!)} title={t.selectCell(f.cell)}>
                        <span className={s.cell}>{f.cell}</span>
                        <span>{message}</span>
                      </Button>
                    ) : (
                      <span>{message}</span>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </Section>
  );
}
