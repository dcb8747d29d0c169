/** Zero-width and invisible format characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen, LRM/RLM, MVS). */
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u00AD\u180E]/g;
const WHITE_SPACE = /\s+/g;
/** `▲`, `△` and the minus sign `−` written directly before a digit are a minus sign (`▲2.0` → `-2.0`). */
const MINUS_MARK = /[▲△\u2212](?=\d)/g;
/** The wave dash `〜` (NFKC already turns the full-width tilde `～` into `~`). */
const WAVE_DASH = /\u301C/g;
/**
 * Texts made only of characters NFKC leaves alone and nothing else to fold (printable ASCII, single spaces, kana,
 * common CJK punctuation and brackets, kanji) are already normal: most cells take this fast path.
 */
const ALREADY_NORMAL =
  /^[!-~\u3001-\u3003\u3005-\u3011\u3014-\u301B\u3041-\u3096\u30A1-\u30FE\u4E00-\u9FFF]+(?: [!-~\u3001-\u3003\u3005-\u3011\u3014-\u301B\u3041-\u3096\u30A1-\u30FE\u4E00-\u9FFF]+)*$/;

/** Longest piece given to `String.prototype.normalize` at once. */
const CHUNK = 1024;
/**
 * What NFKC may join to the character before it — a combining mark, a half-width (semi-)voiced sound mark
 * (`ｶﾞ` → `ガ`), a Hangul vowel or final jamo — or the second half of a surrogate pair: no place to cut a text.
 */
const CONTINUES = /[\p{M}\uFF9E\uFF9F\u1160-\u11FF\uDC00-\uDFFF]/u;

/**
 * NFKC in pieces of at most {@link CHUNK} code units, each cut before a character that NFKC does not join to the
 * one before it ({@link CONTINUES}), so that the result equals NFKC of the whole. V8's
 * NFKC is quadratic on a long run of mixed combining marks (canonical reordering): a crafted 1 MB cell would take
 * minutes. A run of marks longer than a piece is cut anyway: such text is no KPI, only bounded in time.
 */
function nfkc(s: string): string {
  if (s.length <= CHUNK) return s.normalize("NFKC");
  let out = "";
  for (let start = 0; start < s.length; ) {
    let end = Math.min(start + CHUNK, s.length);
    while (end < s.length && end > start + 1 && CONTINUES.test(s[end])) end--;
    if (end === start + 1 && CONTINUES.test(s[end] ?? "")) end = Math.min(start + CHUNK, s.length);
    out += s.slice(start, end).normalize("NFKC");
    start = end;
  }
  return out;
}

/**
 * The canonical form of a cell text, the first step of reading any target or result (kpi-rules.md §2):
 * - Unicode NFKC: full-width digits, letters and `％` become ASCII, `㌽` becomes `ポイント`, `①`–`⑳` become
 *   digits, half-width katakana become full-width;
 * - zero-width characters are dropped;
 * - every run of white space (including U+3000 and line breaks) becomes one space, and the ends are trimmed;
 * - `▲`/`△`/`−` directly before a digit become `-`; `〜`/`～` become `~`.
 *
 * The result is stable: `normalizeText(normalizeText(s)) === normalizeText(s)`.
 *
 * @example normalizeText("　回答数：２００件\n（前年▲５件）") // "回答数:200件 (前年-5件)"
 * @example normalizeText("設問Q4.⑥『良い』８０．０％") // "設問Q4.6『良い』80.0%"
 */
export function normalizeText(s: string): string {
  if (ALREADY_NORMAL.test(s)) return s;
  const folded = nfkc(s.replace(INVISIBLE, ""));
  // most texts NFKC changes are then normal (`（`, `％`, `①` folded): the steps below would leave them as they are
  if (ALREADY_NORMAL.test(folded)) return folded;
  return folded
    .replace(INVISIBLE, "")
    .replace(WHITE_SPACE, " ")
    .trim()
    .replace(MINUS_MARK, "-")
    .replace(WAVE_DASH, "~");
}
