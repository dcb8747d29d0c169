import type { Component, Expression, ExpressionRole } from "../Expression";
import type { KpiSchema } from "../KpiSchema";
import { normalizeText } from "../normalizeText";
import { attachGroups } from "./_lib/attachGroups";
import type { Candidate } from "./_lib/Candidate";
import { isBefore } from "./_lib/chars";
import { cleanMetric } from "./_lib/cleanMetric";
import { combineFigures } from "./_lib/combineFigures";
import { assignYears, isYearText, yearOfText } from "./_lib/findYearMarks";
import { futureSpans, insideSpans } from "./_lib/futureSpans";
import { readRelativeTarget, readResultChange } from "./_lib/readRelative";
import { findGroups, type Group } from "./_lib/findGroups";
import { findJudgement, type JudgementMatch } from "./_lib/findJudgement";
import { grammarOf, wordKey, type Grammar } from "./_lib/grammarOf";
import { isFreeText } from "./_lib/isFreeText";
import { isNotApplicable, isPlaceholder, stateAfterReason } from "./_lib/placeholders";
import { qualifiersOf } from "./_lib/qualifiersOf";
import { tidy } from "./_lib/readNumber";
import { scanCandidates } from "./_lib/scanCandidates";
import { selectComponents } from "./_lib/selectComponents";
import { setDefaultComparators } from "./_lib/setDefaultComparators";
import { stripAround } from "./_lib/stripAround";
import { withoutListMarks } from "./_lib/listMarks";
import { digitsForWords } from "./_lib/writtenNumbers";

// Callers (and tests) that parse also name the role; the type itself lives with the other expression types.
export type { ExpressionRole } from "../Expression";

function toComponent(c: Candidate, keepLabel = true): Component {
  const out: Component =
    keepLabel && c.label !== undefined ? { label: c.label, quantity: c.quantity } : { quantity: c.quantity };
  if (c.comparator !== undefined) out.comparator = c.comparator;
  if (c.bound) out.bound = true;
  if (c.alternatives) out.alternatives = c.alternatives;
  if (c.upper !== undefined) out.upper = c.upper;
  if (c.total) out.total = true;
  if (c.year) out.year = c.year;
  if (c.change) out.change = true;
  return out;
}

/** An expression with its optional parts set only when present. */
function expression(
  kind: Expression["kind"],
  s: string,
  components: Component[],
  qualifiers: string[],
  more: Partial<Expression> = {},
): Expression {
  const e: Expression = { kind, normalized: s, components, qualifiers };
  if (more.metric !== undefined) e.metric = more.metric;
  if (more.judgement !== undefined) e.judgement = more.judgement;
  if (more.fromText) e.fromText = true;
  if (more.candidates !== undefined) e.candidates = more.candidates;
  if (more.doneWord) e.doneWord = true;
  if (more.hedge !== undefined) e.hedge = more.hedge;
  if (more.future !== undefined) e.future = more.future;
  if (more.all) e.all = true;
  return e;
}

/** What a result says besides its figures: a hedge (`概ね達成`), a word of the future (`予定`). */
interface ResultWords {
  hedge?: string;
  future?: string;
}

/** The text before `end`, without a judgement word written there (`達成 80.2%`). */
function textBefore(s: string, end: number, j: JudgementMatch | undefined): string {
  return j && j.end <= end ? `${s.slice(0, j.start)} ${s.slice(j.end, end)}` : s.slice(0, end);
}

function outsideGroups(s: string, groups: Group[], j?: JudgementMatch): string {
  let out = "";
  let at = 0;
  for (const gr of groups) {
    out += s.slice(at, gr.start) + " ";
    at = gr.end;
  }
  out += s.slice(at);
  return j ? out.replace(s.slice(j.start, j.end), " ") : out;
}

function bare(
  kind: Expression["kind"],
  s: string,
  qualifiers: string[] = [],
  judgement?: JudgementMatch,
  more: Partial<Expression> = {},
): Expression {
  return expression(kind, s, [], qualifiers, { ...more, judgement: judgement?.word });
}

/**
 * A target without a figure that still states one: `全支店で開催` (100 %), `過半数` (more than 50 %), or a change of a
 * counted metric against last year (`苦情件数の削減` → below last year's, `NISA口座数の増加` → above it).
 */
function impliedTarget(s: string, g: Grammar, qualifiers: string[]): Expression | undefined {
  const change = g.changeTarget.exec(s);
  if (change) {
    const up = change[2] !== undefined;
    const component: Component = {
      quantity: { value: 100, unit: "%", text: change[0] },
      comparator: up ? ">" : "<",
      relative: { basis: "前年度", previous: true, factor: 1, implied: true, text: s },
    };
    return expression("expression", s, [component], qualifiers, { metric: cleanMetric(s.slice(0, change.index + change[1].length), g.noise) });
  }
  const all = g.all.exec(s);
  const majority = all ? null : g.majority.exec(s);
  const word = all ?? majority;
  if (!word) return halfTarget(s, g, qualifiers);
  const component: Component = majority
    ? { quantity: { value: 50, unit: "%", text: word[0] }, comparator: ">" }
    : { quantity: { value: 100, unit: "%", text: word[0] }, comparator: ">=", all: true };
  return expression("expression", s, [component], qualifiers);
}

/** `半数以上` (at least half, the default), `半数未満`: 50 % with the comparator written after the word. */
function halfTarget(s: string, g: Grammar, qualifiers: string[]): Expression | undefined {
  const half = g.half.exec(s);
  if (!half) return undefined;
  const word = g.suffixAhead.exec(s.slice(half.index + half[0].length))?.[1];
  const comparator = (word !== undefined ? g.comparators.get(wordKey(word)) : undefined) ?? ">=";
  const component: Component = { quantity: { value: 50, unit: "%", text: half[0] }, comparator };
  return expression("expression", s, [component], qualifiers);
}

/**
 * Words that put a figure's value a little under it (`7割弱`, `ほぼ100%`) or over it (`7割強`): glued to the figure
 * and not the start of another word (`12件 強化策`, `12回弱点補強`).
 */
const UNDER_AFTER = /^(?:弱|足らず|近く)(?!\p{Script=Han})/u;
const UNDER_BEFORE = /(?:ほぼ|ほとんど) ?$/u;
const OVER_AFTER = /^強(?!\p{Script=Han})/u;
/** How far from the figure an approximate value may lie (a tenth of it), and the step that makes a bound strict. */
const BAND = 0.1;
const STRICT = 1e-6;

/**
 * A result figure written as approximate on one side (`7割弱`: a little under 70 %, `ほぼ100%`, `7割強`: a little
 * over): read just beyond the figure on that side, with the far end of the band as another reading, so that the
 * judge notes `ambiguous-result` where the two judge differently (`9割弱` against `89%以上`) and never meets `70%以上`
 * with `7割弱`.
 */
function approximate(s: string, c: Candidate, e: Expression): void {
  const after = s.slice(c.end, c.end + 4);
  const side = UNDER_AFTER.test(after) || UNDER_BEFORE.test(s.slice(Math.max(0, c.start - 5), c.start)) ? -1 : OVER_AFTER.test(after) ? 1 : 0;
  if (side === 0 || e.components.length !== 1) return;
  const q = e.components[0].quantity;
  const at = (f: number) => ({ ...e.components[0], quantity: { ...q, value: tidy(q.value * (1 + side * f * Math.sign(q.value || 1))) } });
  e.components = [at(STRICT)];
  e.others = [...(e.others ?? []), at(BAND)];
}

/**
 * A lone result figure dated by the bracket right after it (`96.0%(2024年3月末時点)`, `96.0%(R6.3末)`,
 * `96.0%(2023年度)`): the figure takes that year, as one written before it does, so that the judge sees whose year it is.
 */
function dateAfter(s: string, c: Candidate, groups: readonly Group[], component: Component, g: Grammar): void {
  const next = groups.find((gr) => gr.start >= c.end);
  if (!next || s.slice(c.end, next.start).trim() !== "") return;
  const year = yearOfText(next.inner, g.eras);
  if (year) component.year = year;
}

/**
 * Whether a word stands only in the reason a text gives before its state (`販売中止のため集計なし`: 中止 is why
 * nothing was counted, not what the result says of the KPI); `rest` is the text outside brackets.
 */
function onlyInReason(s: string, rest: string, word: string): boolean {
  const reason = rest.slice(0, rest.length - stateAfterReason(rest).length);
  return reason.includes(word) && !s.replace(reason, "").includes(word);
}

/**
 * How many years a target's figures are written for (`2024年度:90% 2025年度:92%`, `88%(2024年度)、90%(2025年度)`,
 * `2025年度目標90%`): each figure keeps its year, so that the judge takes the row's, or says the target is another
 * year's. When some figure names no year, none keeps one: 0.
 */
function targetYears(s: string, top: Candidate[], groups: readonly Group[], g: Grammar): number {
  const years = assignYears(s, top, g.eras, groups);
  if (years === 0 || top.some((c) => c.year === undefined)) {
    for (const c of top) delete c.year;
    return 0;
  }
  return years;
}

/** An expression with no figure outside brackets: a figure alone in brackets, a judgement word, a placeholder. */
function withoutFigures(
  s: string,
  role: ExpressionRole,
  g: Grammar,
  groups: Group[],
  all: Candidate[],
  j: JudgementMatch | undefined,
  outer: boolean,
  words: ResultWords = {},
): Expression {
  const inners = groups.map((gr) => gr.inner).filter((t) => t !== "");
  const rest = outsideGroups(s, groups, j);
  // `実施(12回)`, `開催済み（年12回）`: a done-word and the figure of what was done in the bracket after it
  const doneBefore = outer && role === "result" && all.length > 0 && !j ? findJudgement(rest, [], [], g, { re: g.done, table: g.doneWords }) : undefined;
  const wordless = doneBefore ? rest.slice(0, doneBefore.start) + rest.slice(doneBefore.end) : rest;
  // `毎月実施(12回)`: a period word before the done-word says how often, not what
  const left = cleanMetric(wordless, g.noise);
  if (outer && all.length > 0 && (left === undefined || (doneBefore !== undefined && g.periods.has(wordKey(left))))) {
    // `(80.2%)`, `達成(80.2%)`, `実績(208件)`: the bracket holds the whole expression.
    const inner = parse(groups[all[0].group].inner, role, g, false);
    // a done-word's bracket is what was done (`実施(12回)`), not another metric (`実施(回答率85%)`)
    if (inner.kind === "expression" && !(doneBefore && inner.metric !== undefined)) {
      const e = expression("expression", s, inner.components, inner.qualifiers, {
        ...inner,
        judgement: j?.word ?? doneBefore?.word ?? inner.judgement,
      });
      // the done-word answers a target without a figure; against a figure the bracket's figure decides
      if (doneBefore) e.doneWord = true;
      return e;
    }
  }
  // a hedge outweighs the judgement word it hedges (`概ね達成` holds `達成`)
  if (words.hedge !== undefined) return bare("unreadable", s, inners, undefined, { hedge: words.hedge });
  if (j) return bare("judgement", s, inners, j);
  if (g.notApplicableWord.test(s)) return bare("not_applicable", s, inners);
  if (isPlaceholder(stripAround(rest), g) || isPlaceholder(stripAround(stateAfterReason(rest)), g)) return bare("empty", s, inners);
  if (role === "result") {
    // the future outweighs a done-word (`実施予定`)
    if (words.future !== undefined) return bare("unreadable", s, inners, undefined, { future: words.future });
    // a done-word in the reason before the state (`販売中止のため集計なし`) is not what the result says was done
    const found = findJudgement(s, groups, [], g, { re: g.done, table: g.doneWords });
    const done = found && !onlyInReason(s, rest, s.slice(found.start, found.end)) ? found : undefined;
    const allWord = g.all.test(s);
    if (done || allWord) {
      const word = done ?? { word: "met" as const, start: 0, end: 0 };
      return bare("judgement", s, inners, word, { doneWord: true, all: allWord && word.word === "met" });
    }
  } else if (all.length === 0) {
    const implied = impliedTarget(s, g, inners);
    if (implied) return implied;
  }
  return bare("unreadable", s, inners);
}

/**
 * A relative target as an expression: its metric before the phrase, qualifiers after it; a figure in brackets
 * after it in another unit (`前年度比110%(1,100件)`) is the figure it comes to, kept as its `alternatives`.
 */
function relativeTarget(
  s: string,
  g: Grammar,
  groups: Group[],
  rt: NonNullable<ReturnType<typeof readRelativeTarget>>,
  all: Candidate[],
): Expression {
  // with nothing before it, the phrase names the metric: `前年比 105%`
  const metric =
    cleanMetric(s.slice(0, rt.start), g.noise) ??
    (rt.used ? cleanMetric(s.slice(rt.start, rt.used.start), g.noise) : undefined);
  const after = all.filter((c) => c.group >= 0 && groups[c.group].start >= rt.end);
  // `前年度比110%(1,100件)`: the figure the relative target comes to, in brackets, is another form of it
  const stated = after.length === 1 && after[0].quantity.unit !== undefined && after[0].quantity.unit !== rt.component.quantity.unit;
  const components = [stated ? { ...rt.component, alternatives: [after[0].quantity] } : rt.component];
  setDefaultComparators(components, metric, s, g);
  const qualifiers = groups.filter((gr) => gr.start >= rt.end && gr.inner !== "").map((gr) => gr.inner);
  return expression("expression", s, components, qualifiers, { metric });
}

/**
 * The actual in a bracket after a bar and its verdict (`95%未達(94.2%)`, `95%達成(実績96.1%)`): the figure before the
 * judgement word is the target it was judged against, the bracket's one figure in its unit the result. It takes the
 * bar's place in the text (so that the metric is what stands before it); undefined for any other text.
 */
function actualAfterVerdict(s: string, bar: Candidate, j: JudgementMatch, groups: readonly Group[], all: readonly Candidate[]): Candidate | undefined {
  if (j.start < bar.end || s.slice(bar.end, j.start).trim() !== "") return undefined;
  const g = groups.findIndex((gr) => gr.start >= j.end);
  if (g < 0 || s.slice(j.end, groups[g].start).trim() !== "") return undefined;
  const held = all.filter((c) => c.group === g);
  const [c] = held;
  if (held.length !== 1 || c.quantity.unit !== bar.quantity.unit || c.comparator !== undefined || c.reference) return undefined;
  return { ...c, start: bar.start, end: bar.end, group: -1 };
}

/**
 * The figure a result's own comparison comes to, in the bracket right after it in another unit
 * (`前年度比120%(312件)`): the result's actual, as a target's `前年度比110%(1,100件)` states what it comes to. It takes
 * the comparison's place in the text (the metric is what stands before it); undefined for any other text.
 */
function statedAfterChange(s: string, used: Candidate, groups: readonly Group[], all: readonly Candidate[]): Candidate | undefined {
  const g = groups.findIndex((gr) => gr.start >= used.end);
  if (g < 0 || s.slice(used.end, groups[g].start).trim() !== "") return undefined;
  const held = all.filter((c) => c.group === g);
  const [c] = held;
  if (held.length !== 1 || c.quantity.unit === undefined || c.quantity.unit === used.quantity.unit || c.comparator !== undefined || c.reference) return undefined;
  return { ...c, start: used.start, end: used.end, group: -1 };
}

/** A bracket that names a part of the total before it: `(うちお褒め20件以上)`, `(うち新規 5件)`. */
const PART = /^うち ?/;

/**
 * The parts of a total written in brackets after it with うち (`年間50件以上(うちお褒め20件以上)`, `62件(うちお褒め18件)`):
 * each a component labelled with what it counts (`お褒め`), so that a target's part asks the result for it too; a
 * bracket of one figure only.
 */
function partsOf(groups: readonly Group[], after: number, role: ExpressionRole, g: Grammar): Component[] {
  const parts: Component[] = [];
  for (const gr of groups) {
    if (gr.start < after || !PART.test(gr.inner)) continue;
    const e = parse(gr.inner.replace(PART, ""), role, g, false);
    const [c] = e.components;
    if (e.kind !== "expression" || e.components.length !== 1 || e.metric === undefined || c.relative) continue;
    parts.push({ ...c, label: e.metric, part: true });
  }
  return parts;
}

/** The units of events a member may be asked to reach each (`全店1回以上`, `全員 年2回以上`). */
const EVENT_UNITS: ReadonlySet<string | undefined> = new Set(["回", "件"]);

/**
 * Whether a target asks each of all members for a count of events: one at-least component in 回 or 件 and an
 * "all" word (`全店`, `全員`, `全件`) in the text (`全店1回以上`, `全員 年2回以上受講`, `年1回以上(全支店)`).
 */
function isEachTarget(s: string, components: readonly Component[], g: Grammar): boolean {
  if (components.length !== 1) return false;
  const [c] = components;
  return EVENT_UNITS.has(c.quantity.unit) && (c.comparator === ">=" || c.comparator === ">") && g.all.test(s);
}

/**
 * Whether a result counting events names all members: an "all" word (`全店で実施`) or 全 before a figure
 * (`全17店舗で54回実施`). Only a count of events answers a target for each member: other results are not looked at.
 */
function namesAll(s: string, top: readonly Candidate[], g: Grammar): boolean {
  if (!top.some((c) => EVENT_UNITS.has(c.quantity.unit))) return false;
  return g.all.test(s) || top.some((c) => isBefore(s, c.start, "全"));
}

/**
 * Where the metric ends: at the first component, or at an earlier figure in the same unit (a figure it competed
 * with: `80%→85%`); conditions and figures in other units describe the metric (`3ヶ月以内の解約率5%以下`,
 * `請求から5営業日以内 95%`). A label belongs to its figure.
 */
function metricEndOf(top: Candidate[], first: Candidate): number {
  const unit = first.quantity.unit;
  for (const c of top) {
    if (c === first || (!c.condition && c.quantity.unit === unit)) return c.labelStart ?? c.start;
  }
  return first.labelStart ?? first.start;
}

function parse(s: string, role: ExpressionRole, g: Grammar, outer: boolean): Expression {
  const core = stripAround(s);
  if (isPlaceholder(core, g)) return bare("empty", s);
  if (isNotApplicable(core, g)) return bare("not_applicable", s);
  const groups = findGroups(s);
  let all = scanCandidates(s, groups, g, role);
  const hedge = role === "result" ? g.hedge.exec(s)?.[0] : undefined;
  const future = role === "result" ? futureSpans(s, g) : undefined;
  if (future) all = all.filter((c) => !insideSpans(future.spans, c.start, c.end));
  let top = groups.length === 0 ? all : all.filter((c) => c.group < 0);
  if (role === "target" && outer) {
    const rt = readRelativeTarget(s, top, all, groups, g);
    if (rt && top.every((c) => c === rt.used || (c.start >= rt.start && c.end <= rt.end))) {
      return relativeTarget(s, g, groups, rt, all);
    }
  }
  let change: ReturnType<typeof readResultChange>;
  if (role === "result") {
    change = readResultChange(s, top, all, groups, g);
    if (change?.used) {
      // the figure of the comparison is no actual: it gives way to any other figure, and is marked when it stays
      change.used.reference = true;
      change.used.change = true;
    }
  }
  const baseline = role === "result" ? all.find((c) => c.previous)?.quantity : undefined;
  const average = role === "result" ? all.find((c) => c.average)?.quantity : undefined;
  const alternatives = attachGroups(s, top, all, groups, g);
  top = combineFigures(s, top, g, role);
  let j = role === "result" ? findJudgement(s, groups, top, g) : undefined;
  if (j && future && insideSpans(future.spans, j.start, j.end)) j = undefined;
  const actual = j && top.length === 1 ? actualAfterVerdict(s, top[0], j, groups, all) : undefined;
  if (actual) top = [actual];
  const stated = change?.used && top.length === 1 && top[0] === change.used ? statedAfterChange(s, change.used, groups, all) : undefined;
  if (stated) top = [stated, ...top];
  if (top.length === 0) {
    if (change) {
      const e = expression("expression", s, [], [], { judgement: j?.word, hedge });
      e.change = change.change;
      if (baseline) e.baseline = baseline;
      return e;
    }
    return withoutFigures(s, role, g, groups, all, j, outer, { hedge, future: future?.word });
  }

  const freeText = isFreeText(s);
  const years = role === "result" ? assignYears(s, top, g.eras, groups) : targetYears(s, top, groups, g);
  const selection = selectComponents(s, top, groups, g, freeText, years, role === "result", role === "target");
  if ("candidates" in selection) {
    const candidates = selection.candidates;
    return expression(
      "unreadable",
      s,
      candidates.map((c) => toComponent(c)),
      [],
      { judgement: j?.word, candidates: candidates.length },
    );
  }
  const chosen = selection.components;
  const metricEnd = metricEndOf(top, chosen[0]);
  let metric = cleanMetric(textBefore(s, metricEnd, j), g.noise, freeText);
  let components: Component[];
  if (chosen.length === 1 && chosen[0].label !== undefined && metric === undefined) {
    // A lone `回答数:200件` names its metric; its one component is unlabelled, so a result `208件` answers it.
    metric = chosen[0].label;
    components = [toComponent(chosen[0], false)];
  } else {
    components = chosen.map((c) => toComponent(c));
  }
  const parts = groups.length > 0 ? partsOf(groups, metricEnd, role, g) : [];
  if (role === "target") components.push(...parts);
  if (role === "target") setDefaultComparators(components, metric, s, g);
  const each = role === "target" ? isEachTarget(s, components, g) : namesAll(s, top, g);
  const qualifiers = qualifiersOf(groups, alternatives, metricEnd, chosen, j && g.judgements);
  const e: Expression = { kind: "expression", normalized: s, components, qualifiers };
  if (metric !== undefined) e.metric = metric;
  if (j !== undefined) e.judgement = j.word;
  if (freeText) e.fromText = true;
  if (each) e.each = true;
  if (role === "result" && parts.length > 0) e.parts = parts;
  if (role === "result") {
    if (years > 0 && e.metric !== undefined && isYearText(e.metric)) delete e.metric; // `2023年度 8.1P`
    // `累計11名`, `計12回開催`: a total word names no metric
    if (e.metric !== undefined && chosen[0].total && g.totalBefore.exec(e.metric)?.index === 0) delete e.metric;
    if (years === 0 && chosen.length === 1) dateAfter(s, chosen[0], groups, components[0], g);
    if (hedge !== undefined) e.hedge = hedge;
    if (change) e.change = change.change;
    if (baseline) e.baseline = baseline;
    if (average) e.average = average;
    if (selection.others) e.others = selection.others.map((c) => toComponent(c));
    if (chosen.length === 1) approximate(s, chosen[0], e);
    if (chosen.length === 1 && (isBefore(s, chosen[0].start, "全") || g.all.exec(s.slice(chosen[0].end, chosen[0].end + 8))?.index === 0)) {
      e.all = true; // `全35店舗で実施`, `25名全員受講`
    }
    const named = chosen.length === 1 ? (chosen[0].label ?? metric) : undefined;
    if (named !== undefined && chosen[0].quantity.unit === "%" && g.achievement.test(named)) e.achievement = true;
  }
  return e;
}

/**
 * Reads a target or result text (kpi-rules.md §2): `[metric] component (separator component)* [qualifiers]`,
 * where a component is `[label (:|：)] quantity [comparator]` and a quantity a signed number with its unit and
 * period (`年間10回`, `毎月5件`, `1人1資格`, `3億円` → 300000000 円). The grammar's words (units, periods,
 * comparators, lower-is-better words, judgement words, placeholders) come from the schema.
 *
 * - `empty` / `not_applicable`: the whole text is a placeholder (`-`, `未集計`) / a not-applicable word (`計測なし`).
 * - `judgement` (results only): only a judgement word (`達成`, `未達成`, `一部達成`); next to a figure the word is
 *   kept in `judgement` of an `expression` and the judge settles any conflict.
 * - `expression`: the components; brackets after the metric are `qualifiers` (`(新規)`, `(2023年度: 86.8%)`),
 *   a bracket restating a figure in another period is one of its `alternatives` (`毎月5件(年60件)以上`).
 *   A target component without a comparator gets `>=`, or `<=` when its metric or label names something to keep
 *   low (解約率, 苦情件数, …), with `impliedComparator`. A result's bare number has no unit (the judge infers it).
 *   `fromText` is set when the figure was picked out of a sentence (`回答数は合計208件となりました。`).
 * - `unreadable`: no figure; or free text with several figures and no way to choose one (see
 *   `selectComponents` for the rule) — then `candidates` is their number and `components` lists them, unlabelled,
 *   so that a judge may try each as the reading; or a hedge (`hedge`: `概ね達成`) or only words of the future
 *   (`future`: `集計後公表予定`).
 *
 * Beyond that (docs/kpi-grammar.md): a target may be relative (`前年比110%`, `前年度実績以上`: a `relative`
 * component), a range (`50～55%`: `upper`), an "all" or majority target in words (`全支店で開催`, `過半数`) or a change
 * in words (`苦情件数の削減`); a result's figures carry the year written before them (`year`), a ratio (`14名中11名`:
 * `of`), a stated total (`total`), its own comparison (`change`), a previous figure (`baseline`), the figures a
 * heuristic did not choose (`others`), and done-words answer as judgements (`doneWord`).
 *
 * Pure and linear in the text's length; never throws. The schema's grammar is compiled once per schema object.
 *
 * @example parseExpression("NSP(事故対応) 自動車:60.0pt 火新:70.0pt", "target", BUILT_IN_SCHEMA)
 * // { kind: "expression", metric: "NSP(事故対応)", components: [
 * //   { label: "自動車", quantity: { value: 60, unit: "pt", text: "60.0pt" }, comparator: ">=", impliedComparator: true },
 * //   { label: "火新", quantity: { value: 70, unit: "pt", text: "70.0pt" }, comparator: ">=", impliedComparator: true }], … }
 * @example parseExpression("研修実施回数 毎月1回（年12回）以上", "target", BUILT_IN_SCHEMA).components[0]
 * // { quantity: { value: 1, unit: "回", per: "month", text: "毎月1回" }, comparator: ">=",
 * //   alternatives: [{ value: 12, unit: "回", per: "year", text: "年12回" }] }
 */
export function parseExpression(text: string, role: ExpressionRole, schema: KpiSchema): Expression {
  const raw = typeof text === "string" ? text : String(text ?? "");
  const normalized = normalizeText(raw);
  // list marks (`●`, `①`) and numbers spelt in words (`年二回`, `ゼロ`) are read as such; the expression keeps the text
  const listed = withoutListMarks(raw);
  const read = digitsForWords(listed === raw ? normalized : normalizeText(listed));
  const e = parse(read, role, grammarOf(schema), true);
  return read === normalized ? e : { ...e, normalized };
}
