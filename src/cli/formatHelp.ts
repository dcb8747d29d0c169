import { CLI_MESSAGES } from "../i18n/cliMessages";
import { CLI_OPTIONS } from "../i18n/cliOptions";
import type { Lang } from "../i18n/Lang";
import { displayWidth } from "./_lib/displayWidth";

/** The widest option column before its text is put on a line of its own. */
const MAX_NAME_WIDTH = 28;
/** Lines of the help are wrapped to this many terminal columns. */
const LINE_WIDTH = 100;

/**
 * Splits text into lines of at most `width` columns: Latin words stay whole, Japanese breaks between characters
 * but never before closing punctuation (。、）」 and the like).
 */
function wrap(text: string, width: number): string[] {
  const tokens = text.match(/[\x21-\x7e]+|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    const closing = /^[。、，．）」』】〕・：；？！]/.test(token);
    if (line !== "" && !closing && displayWidth(line + token) > width) {
      lines.push(line.trimEnd());
      line = /^\s+$/.test(token) ? "" : token;
    } else {
      line += token;
    }
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  return lines;
}

/**
 * The usage text of `kpi-check --help`, generated from `CLI_OPTIONS`: the command line, what the command does,
 * every option with what it does and its default, and the exit statuses.
 *
 * @example formatHelp("ja").split("\n")[0] // "使い方：kpi-check FILE [オプション]"
 */
export function formatHelp(lang: Lang): string {
  const t = CLI_MESSAGES[lang];
  const names = CLI_OPTIONS.map((o) => {
    const long = `--${o.name}${o.value ? ` ${o.value}` : ""}`;
    return o.short ? `-${o.short}, ${long}` : `    ${long}`;
  });
  const width = Math.min(MAX_NAME_WIDTH, Math.max(...names.map(displayWidth)));
  const indent = " ".repeat(width + 4);
  const lines = [t.usage, "", ...wrap(t.helpIntro, LINE_WIDTH), "", t.helpOptions];
  CLI_OPTIONS.forEach((o, i) => {
    const name = `  ${names[i]}`;
    const text = wrap(o.help[lang], LINE_WIDTH - indent.length).map((l) => indent + l);
    if (displayWidth(name) <= width + 2) text[0] = name + text[0].slice(displayWidth(name));
    else text.unshift(name);
    lines.push(...text);
  });
  lines.push("", ...wrap(t.helpExit, LINE_WIDTH));
  return lines.join("\n") + "\n";
}
