import { Checkbox, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { CheckSettings } from "../../app/settings/CheckSettings";
import { Section } from "./Section";
import { useUi } from "./UiContext";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  group: { border: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column" },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXXS },
});

/** Props of {@link SettingsSection}. */
export interface SettingsSectionProps {
  settings: CheckSettings;
  /** Fiscal years found on the sheet, offered for publishing. */
  years: number[];
  onChange: (settings: CheckSettings) => void;
}

/**
 * The settings the workbook keeps: as-of date, fiscal-year start month, years to publish, what to write back and
 * how the HTML looks. Every change is handed up at once (the pane saves it in the workbook).
 *
 * @example <SettingsSection settings={settings} years={[2024, 2023]} onChange={save} />
 */
export function SettingsSection({ settings, years, onChange }: SettingsSectionProps) {
  const { t } = useUi();
  const s = useStyles();
  const set = (patch: Partial<CheckSettings>) => onChange({ ...settings, ...patch });
  const chosen = settings.years ?? years;
  const toggleYear = (year: number, on: boolean) => {
    const next = on ? [...new Set([...chosen, year])] : chosen.filter((y) => y !== year);
    set({ years: next.length === 0 || years.every((y) => next.includes(y)) ? null : next.sort((a, b) => b - a) });
  };
  return (
    <Section title={t.settingsSection}>
      <div className={s.form}>
        <Field label={t.asOf} hint={t.asOfHint}>
          <Input type="date" value={settings.asOf} onChange={(_, d) => set({ asOf: d.value })} />
        </Field>
        <Field label={t.fiscalYearStart}>
          <Select value={String(settings.fiscalYearStartMonth)} onChange={(_, d) => set({ fiscalYearStartMonth: Number(d.value) })}>
            {Array.from({ length: 12 }, (_, i) => (
              <option key={i + 1} value={i + 1}>
                {t.month(i + 1)}
              </option>
            ))}
          </Select>
        </Field>
        <fieldset className={s.group}>
          <legend className={s.legend}>{t.years}</legend>
          {years.length === 0 && <span>{t.allYears}</span>}
          {years.map((year) => (
            <Checkbox key={year} label={t.fiscalYear(year)} checked={chosen.includes(year)} onChange={(_, d) => toggleYear(year, d.checked === true)} />
          ))}
        </fieldset>
        <fieldset className={s.group}>
          <legend className={s.legend}>{t.writeBack}</legend>
          <Checkbox label={t.writeStatus} checked={settings.write.statusColumn} onChange={(_, d) => set({ write: { ...settings.write, statusColumn: d.checked === true } })} />
          <Checkbox label={t.writeDisclosure} checked={settings.write.disclosureSheet} onChange={(_, d) => set({ write: { ...settings.write, disclosureSheet: d.checked === true } })} />
          <Checkbox label={t.writeFindings} checked={settings.write.findingsSheet} onChange={(_, d) => set({ write: { ...settings.write, findingsSheet: d.checked === true } })} />
        </fieldset>
        <fieldset className={s.group}>
          <legend className={s.legend}>{t.htmlOptions}</legend>
          <Checkbox label={t.htmlShowStatus} checked={settings.html.status} onChange={(_, d) => set({ html: { ...settings.html, status: d.checked === true } })} />
          <Checkbox label={t.htmlHeading} checked={settings.html.heading} onChange={(_, d) => set({ html: { ...settings.html, heading: d.checked === true } })} />
          <Checkbox label={t.htmlClassOnly} checked={settings.html.style === "class"} onChange={(_, d) => set({ html: { ...settings.html, style: d.checked === true ? "class" : "inline" } })} />
        </fieldset>
      </div>
    </Section>
  );
}
