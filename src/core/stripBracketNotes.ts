const TRAILING_NOTE = /(?:\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|〔[^〔〕]*〕|<[^<>]*>|《[^《》]*》)$/u;

/**
 * Removes trailing bracket notes (`(…)`, `[…]`, `【…】`, `〔…〕`, `<…>`, `《…》`) from an NFKC-normalised,
 * space-free text, as long as something is left.
 *
 * @example stripBracketNotes("結果(2023年度)") // "結果"
 * @example stripBracketNotes("(注)") // "(注)"
 */
export function stripBracketNotes(s: string): string {
  let out = s;
  for (;;) {
    const m = TRAILING_NOTE.exec(out);
    if (!m || m.index === 0) return out;
    out = out.slice(0, m.index);
  }
}
