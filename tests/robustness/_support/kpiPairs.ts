/**
 * Random targets with their results, written the way agencies write them (`自動車:60.0pt以上 火災:70pt以上`,
 * `回答数：２００件以上`), with each component's result figure kept as a number so that a property can move it.
 */
import fc from "fast-check";
import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import type { KpiStatus } from "../../../src/core/KpiStatus";
import { judgeKpi } from "../../../src/core/judge/judgeKpi";
import { makeRecord } from "../../_helpers/makeRecord";

/** Labels of which none is a prefix of another (prefix matches are a separate rule). */
const LABELS = ["自動車", "火災", "傷害", "新種", "生命", "医療"];
const UNITS = ["%", "％", "pt", "ポイント", "点", "件", "回", "社", "円"];
const SEPARATORS = [" ", "　", " / ", "／", "、"];
const COLONS = [":", "："];
const MINUS = ["-", "▲", "△", "−"];
const FULL_WIDTH = "０１２３４５６７８９";

/** One component: label, unit, comparator word and the two figures in hundredths. */
export interface PairComponent {
  label: string;
  unit: string;
  word: "以上" | "以下";
  target: number;
  result: number;
  /** The result leaves this component out. */
  missing: boolean;
}

/** How the texts are written (the same for target and result). */
export interface Style {
  separator: string;
  colon: string;
  minus: string;
  fullWidth: boolean;
  decimals: 0 | 1 | 2;
}

/** A KPI whose target and result are built from components; `metric` names a lone unlabelled component. */
export interface KpiPair {
  metric: string | null;
  components: PairComponent[];
  style: Style;
}

const figure = fc.integer({ min: -5000, max: 200_000 }); // hundredths: -50.00 … 2000.00

const component = (label: string): fc.Arbitrary<PairComponent> =>
  fc.record({
    label: fc.constant(label),
    unit: fc.constantFrom(...UNITS),
    word: fc.constantFrom<"以上" | "以下">("以上", "以下"),
    target: figure,
    result: figure,
    missing: fc.boolean(),
  });

const style: fc.Arbitrary<Style> = fc.record({
  separator: fc.constantFrom(...SEPARATORS),
  colon: fc.constantFrom(...COLONS),
  minus: fc.constantFrom(...MINUS),
  fullWidth: fc.boolean(),
  decimals: fc.constantFrom<0 | 1 | 2>(0, 1, 2),
});

/** A KPI with 1–4 labelled components (at least one answered), or one component named by a metric. */
export const kpiPair: fc.Arbitrary<KpiPair> = fc.oneof(
  fc
    .shuffledSubarray(LABELS, { minLength: 1, maxLength: 4 })
    .chain((labels) => fc.tuple(...labels.map(component)))
    .filter((cs) => cs.some((c) => !c.missing))
    .chain((components) => style.map((s) => ({ metric: null, components, style: s }))),
  fc
    .tuple(fc.constantFrom("回答数", "対面募集率", "早期更改率", "NPS(事故対応)"), component(""), style)
    .map(([metric, c, s]) => ({ metric, components: [{ ...c, missing: false }], style: s })),
);

/** A figure in hundredths as written: `60`, `60.0`, `▲2.50`, `６０．０` (rounded down to the style's decimals). */
export function writeFigure(hundredths: number, s: Style): string {
  const step = 10 ** (2 - s.decimals);
  const rounded = Math.floor(hundredths / step) * step;
  const abs = (Math.abs(rounded) / 100).toFixed(s.decimals);
  const text = (rounded < 0 ? s.minus : "") + abs;
  return s.fullWidth ? text.replace(/[0-9]/g, (d) => FULL_WIDTH[Number(d)]).replace(".", "．") : text;
}

/** The target text, components in the given order. */
export function targetText(p: KpiPair, order = p.components): string {
  const one = (c: PairComponent) => `${c.label ? c.label + p.style.colon : ""}${writeFigure(c.target, p.style)}${c.unit}${c.word}`;
  return (p.metric ? `${p.metric}${p.style.colon}` : "") + order.map(one).join(p.style.separator);
}

/** The result text, components in the given order, missing ones left out. */
export function resultText(p: KpiPair, order = p.components): string {
  const one = (c: PairComponent) => `${c.label ? c.label + p.style.colon : ""}${writeFigure(c.result, p.style)}${c.unit}`;
  return order.filter((c) => !c.missing).map(one).join(p.style.separator);
}

/** The status of a target and result, as the engine judges one KPI of fiscal year 2023 on 2026-11-29. */
export function judge(target: string, result: string): { status: KpiStatus; components: string[] } {
  const record = makeRecord(5, { fiscalYear: "2023年度", no: 1, title: "取組", target, result });
  const { kpi } = judgeKpi(record, { schema: BUILT_IN_SCHEMA, asOf: "2026-11-29", fiscalYearStartMonth: 4, fiscalYear: 2023, no: 1 });
  return { status: kpi.status, components: kpi.components.map((c) => `${c.label ?? ""}=${c.status}`).sort() };
}

/** The order of the statuses a result can earn: met > partial > not_met (anything else is off the scale). */
export const RANK: Partial<Record<KpiStatus, number>> = { met: 2, partial: 1, not_met: 0 };
