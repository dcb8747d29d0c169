import { displayWidth } from "../../src/cli/_lib/displayWidth";
import { formatHelp } from "../../src/cli/formatHelp";
import { CLI_OPTIONS } from "../../src/i18n/cliOptions";

/** The help text of one option: its lines after the option's own, up to the next option. */
function helpOf(help: string, name: string): string {
  const lines = help.split("\n");
  const start = lines.findIndex((l) => new RegExp(`^ +(-\\w, )?--${name}\\b`).test(l));
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^ +(-\w, )?--|^$/.test(l));
  return [lines[start], ...rest.slice(0, end)].map((l) => l.trim()).join("");
}

describe("formatHelp", () => {
  it.each(["ja", "en"] as const)("lists every option of the definitions table with its help in %s", (lang) => {
    const help = formatHelp(lang);
    for (const o of CLI_OPTIONS) {
      const text = helpOf(help, o.name);
      expect(text).toContain(`--${o.name}${o.value ? ` ${o.value}` : ""}`);
      if (o.short) expect(text).toContain(`-${o.short}, --${o.name}`);
      // the wrapped lines joined back hold the whole help sentence
      expect(text.replace(/ /g, "")).toContain(o.help[lang].replace(/ /g, ""));
    }
  });

  it.each(["ja", "en"] as const)("keeps every %s line within 100 columns", (lang) => {
    for (const line of formatHelp(lang).split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(100);
  });

  it("starts lines with no closing punctuation (Japanese line breaking)", () => {
    expect(formatHelp("ja")).not.toMatch(/\n +[。、）」]/);
  });

  it("is Japanese by default and English in English", () => {
    expect(formatHelp("ja")).toMatch(/^使い方：kpi-check FILE \[オプション\]\n\nKPIの表/);
    expect(formatHelp("en")).toMatch(/^usage: kpi-check FILE \[options\]\n\nChecks a KPI table/);
    expect(formatHelp("en")).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});
