import type { Component, Expression, ExpressionRole } from "../Expression";
import type { KpiSchema } from "../KpiSchema";
import { normalizeText } from "../normalizeText";
import { attachGroups } from "./_lib/attachGroups";
import type { Candidate } from "./_lib/Candidate";
import { cleanMetric } from "./_lib/cleanMetric";
import { findGroups, type Group } from "./_lib/findGroups";
import { findJudgement, type JudgementMatch } from "./_lib/findJudgement";
import { grammarOf, type Grammar } from "./_lib/grammarOf";
import { isFreeText } from "./_lib/isFreeText";
import { isNotApplicable, isPlaceholder } from "./_lib/placeholders";
import { qualifiersOf } from "./_lib/qualifiersOf";
import { scanCandidates } from "./_lib/scanCandidates";
import { selectComponents } from "./_lib/selectComponents";
import { setDefaultComparators } from "./_lib/setDefaultComparators";
import { stripAround } from "./_lib/stripAround";

// Callers (and tests) that parse also name the role; the type itself lives with the other expression types.
export type { ExpressionRole } from "../Expression";

function toComponent(c: Candidate, keepLabel = true): Component {
  const out: Component =
    keepLabel && c.label !== undefined ? { label: c.label, quantity: c.quantity } : { quantity: c.quantity };
  if (c.comparator !== undefined) out.comparator = c.comparator;
  if (c.alternatives) out.alternatives = c.alternatives;
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
  return e;
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

function bare(kind: Expression["kind"], s: string, qualifiers: string[] = [], judgement?: JudgementMatch): Expression {
  return expression(kind, s, [], qualifiers, { judgement: judgement?.word });
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
): Expression {
  const inners = groups.map((gr) => gr.inner).filter((t) => t !== "");
  const rest = outsideGroups(s, groups, j);
  if (outer && all.length > 0 && cleanMetric(rest, g.noise) === undefined) {
    // `(80.2%)`, `達成(80.2%)`, `実績(208件)`: the bracket holds the whole expression.
    const inner = parse(groups[all[0].group].inner, role, g, false);
    if (inner.kind === "expression")
      return expression("expression", s, inner.components, inner.qualifiers, {
        ...inner,
        judgement: j?.word ?? inner.judgement,
      });
  }
  if (j) return bare("judgement", s, inners, j);
  if (g.notApplicableWord.test(s)) return bare("not_applicable", s, inners);
  if (isPlaceholder(stripAround(rest), g)) return bare("empty", s, inners);
  return bare("unreadable", s, inners);
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
  const all = scanCandidates(s, groups, g, role);
  const top = groups.length === 0 ? all : all.filter((c) => c.group < 0);
  const alternatives = attachGroups(s, top, all, groups, g);
  const j = role === "result" ? findJudgement(s, groups, top, g) : undefined;
  if (top.length === 0) return withoutFigures(s, role, g, groups, all, j, outer);

  const freeText = isFreeText(s);
  const selection = selectComponents(s, top, groups, g, freeText);
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
    components = [];
    for (const c of chosen) components.push(toComponent(c));
  }
  if (role === "target") setDefaultComparators(components, metric, s, g);
  const qualifiers = qualifiersOf(groups, alternatives, metricEnd, chosen, j && g.judgements);
  const e: Expression = { kind: "expression", normalized: s, components, qualifiers };
  if (metric !== undefined) e.metric = metric;
  if (j !== undefined) e.judgement = j.word;
  if (freeText) e.fromText = true;
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
 *   so that a judge may still pick the only one in the target's unit.
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
  const normalized = normalizeText(typeof text === "string" ? text : String(text ?? ""));
  return parse(normalized, role, grammarOf(schema), true);
}
