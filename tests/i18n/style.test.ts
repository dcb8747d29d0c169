import { CLI_MESSAGES } from "../../src/i18n/cliMessages";
import { CLI_OPTIONS } from "../../src/i18n/cliOptions";
import { FINDING_HINTS } from "../../src/i18n/findingHints";
import { FINDING_MESSAGES } from "../../src/i18n/findingMessages";
import { INPUT_ERROR_MESSAGES } from "../../src/i18n/inputErrors";
import type { Lang } from "../../src/i18n/Lang";
import { uiStrings } from "../../src/i18n/ui";
import { writebackLabels } from "../../src/i18n/writeback";
import { previewStrings } from "../../src/preview/previewStrings";
import BOOT from "../../src/i18n/boot.json";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The mechanical rules of japanese-style.md over every message template and UI string: full-width punctuation in
 * Japanese text, no space between Latin words and Japanese, a 。 at the end of every message, no raw codes, one
 * term per concept; and English without Japanese punctuation. A string is found by its path (e.g.
 * `ui.errors.protected`); a function-valued string is called with sample arguments.
 */

/** Every string under `value`, with its path; functions are called with `7` for each parameter. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") {
    let out: unknown;
    try {
      out = (value as (...a: unknown[]) => unknown)(...Array.from({ length: value.length }, () => "7"));
    } catch {
      return []; // takes more than words (e.g. a finding): its templates are checked in their own catalogue
    }
    return strings(out, path);
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

/** The manifest's strings (DefaultValue and each Override) as [id, text, lang]. */
function manifestStrings(): [string, string, Lang][] {
  const xml = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");
  const out: [string, string, Lang][] = [];
  const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  for (const m of xml.matchAll(/<(DisplayName|Description|bt:String|bt:ShortString|bt:LongString)\b([^>]*?)DefaultValue="([^"]*)"\s*\/?>([\s\S]*?)(?=<(?:DisplayName|Description|bt:String|bt:ShortString|bt:LongString|\/bt:ShortStrings|\/bt:LongStrings|IconUrl)\b)/g)) {
    const id = /id="([^"]*)"/.exec(m[2])?.[1] ?? m[1];
    out.push([`manifest.${id}`, unescape(m[3]), "ja"]);
    for (const o of m[4].matchAll(/<Override Locale="([^"]+)" Value="([^"]*)"/g)) out.push([`manifest.${id}@${o[1]}`, unescape(o[2]), o[1].startsWith("en") ? "en" : "ja"]);
  }
  return out;
}

const CATALOGUES = (lang: Lang): [string, string][] => [
  ...strings(FINDING_MESSAGES[lang], "finding"),
  ...strings(FINDING_HINTS[lang], "hint"),
  ...strings(INPUT_ERROR_MESSAGES[lang], "input"),
  ...strings(uiStrings(lang), "ui"),
  ...strings(previewStrings(lang), "preview"),
  ...strings(BOOT[lang], "boot"),
  ...strings(CLI_MESSAGES[lang], "cli"),
  ...strings(Object.fromEntries(CLI_OPTIONS.map((o) => [o.name, o.help[lang]])), "cliOption"),
  ...strings(writebackLabels(lang), "writeback"),
  ...manifestStrings().filter(([, , l]) => l === lang).map(([p, s]): [string, string] => [p, s]),
];

/** Paths of strings that are messages (sentences): they end in 。 (Japanese) or a full stop (English). */
const MESSAGES = [
  /^finding\./,
  /^hint\./,
  /^input\./,
  /^ui\.(intro|noTableHint|noFixes|noMustFix|reviewHint|verdictPending|copied|copyFailed|saveFailed|crashBody|unsupported|officeMissing|asOfHint|asOfInvalid|checked|wrote|noComponents|commandNoTable)$/,
  /^ui\.errors\./,
  /^preview\.(notice|readFailed|downloadFailed|droppedParts|dropHere|dropActive)$/,
  /^preview\.pane\.(intro|errors\..+)$/,
  /^boot\.slow$/,
  /^cli\.(missingFile|tooManyFiles|unknownOption|missingValue|unexpectedValue|badOption|bad\w+|file\w+|cannot\w+|yearsNotInSheet|noSuchSheet|schema\w+|sameAs\w+|sameFile|droppedParts|write\w+|internal|noTable|helpIntro|helpExit|helpHint)$/,
  /^cliOption\./,
  /^writeback\.(kpiExplanation|npsExplanation|npsTrademark)$/,
  /^manifest\.(Description|GetStarted\.Description|RunButton\.Tooltip|TaskpaneButton\.Tooltip)/,
];

const JAPANESE = "[\\u3040-\\u30ff\\u3400-\\u9fff\\uff01-\\uff5e]";
/** Strings that are code or data, not prose: CLI option names, placeholders, formats, file names. */
const CODE = /--?[a-z][\w-]*(=\S+)?|\{\w+\}|\bFILE\b|\bNAME\b|YYYY-MM-DD|\.(xlsx|xlsm|csv|tsv|html|xls)\b|[\w-]+\/[\w./-]+|2023,2024|\bja\b|\ben\b/g;

/**
 * Strings the rules do not apply to, and why: the CLI's table lines (columns aligned with spaces in a terminal),
 * the published wording copied from the agency's page (the seed writes 結果(2024年度) and (KPI) half-width),
 * the status marks (a mark, a space, the word), option values that are code (table, two-row-header).
 */
const NOT_PROSE = /^(cli\.(header|detection|summary|findings|kpiRef)|writeback\.(resultLabel|pageHeading|status\..+)|cliOption\.layout)$/;


const RULES: Record<Lang, { name: string; bad: RegExp }[]> = {
  ja: [
    { name: "half-width punctuation next to Japanese text (use （）：、！？)", bad: new RegExp(`${JAPANESE}\\s*[(),:;!?]|[(),:;!?]\\s*${JAPANESE}`) },
    { name: "` / ` between Japanese items (use 、)", bad: new RegExp(`${JAPANESE}\\s+/\\s+|\\s+/\\s+${JAPANESE}`) },
    { name: "a space between a Latin word or a figure and Japanese (write 「KPIの表」「Excelのブック」)", bad: new RegExp(`[A-Za-z0-9%)] +${JAPANESE}|${JAPANESE} +[A-Za-z0-9(]`) },
    { name: "a raw code (ENOENT, kebab-case ids)", bad: /\bE[A-Z]{3,}\b|\b[a-z]+(?:-[a-z]+)+\b/ },
    {
      name: "a term japanese-style.md replaces (チェック, 指摘一覧, 読み取れません, エラーが発生しました, ホームページ, シート, 「「年度」列」)",
      bad: /点検|検証|読めません|読み込めません|うまくいきませんでした|起きました|CMS|ワークシート|Webサイト|Web サイト|列「/,
    },
  ],
  en: [
    { name: "Japanese punctuation in English text (use ( ) : , .)", bad: /[（）「」、。：]/ },
    { name: "a raw code (ENOENT)", bad: /\bE[A-Z]{3,}\b/ },
  ],
};

describe.each<Lang>(["ja", "en"])("the %s strings follow japanese-style.md's mechanical rules", (lang) => {
  const all = CATALOGUES(lang).filter(([p]) => !NOT_PROSE.test(p));

  it("collects every catalogue (a test that reads nothing proves nothing)", () => {
    expect(all.length).toBeGreaterThan(250);
    expect(all.some(([p]) => p.startsWith("manifest."))).toBe(true);
  });

  it.each(RULES[lang])("none has $name", ({ bad }) => {
    const offending = all.filter(([, s]) => bad.test(s.replace(CODE, "x")));
    expect(offending.map(([p, s]) => `${p}: ${s}`)).toEqual([]);
  });

  it(`every message ends with ${lang === "ja" ? "。" : "a full stop"}`, () => {
    const messages = all.filter(([p]) => MESSAGES.some((m) => m.test(p)));
    expect(messages.length).toBeGreaterThan(80);
    const end = lang === "ja" ? /。$/ : /[.?!]$/;
    expect(messages.filter(([, s]) => !end.test(s.trim())).map(([p, s]) => `${p}: ${s}`)).toEqual([]);
  });
});
