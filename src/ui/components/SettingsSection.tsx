import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Checkbox, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { CheckSettings } from "../../app/settings/CheckSettings";
import { formatDateInput, parseDateInput } from "../../app/settings/parseDateInput";
import { useFoldedSectionStyles } from "./foldedSectionStyles";
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
 * The as-of date as a text field in the pane's language (a browser's date input follows the browser's locale,
 * not the pane's): 2026/11/29 in Japanese, 2026-11-29 in English; a date it cannot read is said at once and not
 * saved.
 */
function AsOfField({ value, onChange }: { value: string; onChange: (iso: string) => void }) {
  const { t, lang } = useUi();
  const [text, setText] = useState(formatDateInput(value, lang));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setText(formatDateInput(value, lang)), [value, lang]);
  const commit = (next: string) => {
    const iso = parseDateInput(next);
    setInvalid(iso === null);
    if (iso !== null && iso !== value) onChange(iso);
  };
  return (
    <Field label={t.asOf} hint={t.asOfHint} validationState={invalid ? "error" : "none"} validationMessage={invalid ? t.asOfInvalid : undefined}>
      <Input value={text} placeholder={t.asOfPlaceholder} inputMode="numeric" onChange={(_, d) => setText(d.value)} onBlur={() => commit(text)} onKeyDown={(e) => e.key === "Enter" && commit(text)} />
    </Field>
  );
}

/**
 * The settings the workbook keeps, folded under one heading: whether all sheets are checked together, as-of date, fiscal-year start month, years to
 * publish, what **Write to sheet** writes and how the HTML looks. Every change is handed up at once (the pane
 * saves it in the workbook).
 *
 * @example <SettingsSection settings={settings} years={[2024, 2023]} onChange={save} />
 */
export function SettingsSection({ settings, years, onChange }: SettingsSectionProps) {
  const { t } = useUi();
  const s = useStyles();
  const fold = useFoldedSectionStyles();
  const set = (patch: Partial<CheckSettings>) => onChange({ ...settings, ...patch });
  const chosen = settings.years ?? years;
  const toggleYear = (year: number, on: boolean) => {
    const next = on ? [...new Set([...chosen, year])] : chosen.filter((y) => y !== year);
    set({ years: next.length === 0 || years.every((y) => next.includes(y)) ? null : next.sort((a, b) => b - a) });
  };
  return (
    <Accordion collapsible className={fold.fold}>
      <AccordionItem value="settings">
        <AccordionHeader as="h2" className={fold.header}>
          {t.settingsSection}
        </AccordionHeader>
        <AccordionPanel>
          <div className={s.form}>
            <Field hint={t.allSheetsHint}>
              <Checkbox label={t.allSheets} checked={settings.allSheets} onChange={(_, d) => set({ allSheets: d.checked === true })} />
            </Field>
            <AsOfField value={settings.asOf} onChange={(asOf) => set({ asOf })} />
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
              <Checkbox label={t.writeTrend} checked={settings.write.trendSheet} onChange={(_, d) => set({ write: { ...settings.write, trendSheet: d.checked === true } })} />
            </fieldset>
            <fieldset className={s.group}>
              <legend className={s.legend}>{t.htmlOptions}</legend>
              <Checkbox label={t.htmlShowStatus} checked={settings.html.status} onChange={(_, d) => set({ html: { ...settings.html, status: d.checked === true } })} />
              <Checkbox label={t.htmlHeading} checked={settings.html.heading} onChange={(_, d) => set({ html: { ...settings.html, heading: d.checked === true } })} />
              <Checkbox label={t.htmlClassOnly} checked={settings.html.style === "class"} onChange={(_, d) => set({ html: { ...settings.html, style: d.checked === true ? "class" : "inline" } })} />
            </fieldset>
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
