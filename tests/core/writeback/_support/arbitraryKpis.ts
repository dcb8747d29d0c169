/* fast-check generators of judged KPIs whose texts are as awkward as real ones: line breaks, `|`, quotes, emoji,
   full-width text, very long text, empty optional fields. */
import fc from "fast-check";
import type { JudgedKpi } from "../../../../src/core/JudgedKpi";
import type { KpiField } from "../../../../src/core/KpiRecord";
import { KPI_STATUSES } from "../../../../src/core/KpiStatus";
import { judged } from "./seedJudged";

const PIECES = [
  "お客様", "アンケート", "回答数:200件", "80.0%", "NPS(事故対応)", "自動車:60.0pt", "火新", "『良い』", "①",
  "ＮＰＳ", "　", " ", "\n", "|", " | ", '"', "'", "<b>", "&amp;", "😀", "👨‍👩‍👧", "𠮷", "ｶﾀｶﾅ", "Ａ１", "=SUM(A1)", "-",
  "#N/A", "\t", "a", "Z", "0", "9", "、", "。", "（新規）", "~", "\\", "¥",
];

/** A text made of awkward pieces and arbitrary characters, never blank, no leading or trailing white space. */
export const awkwardText = (maxPieces = 12): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "grapheme", minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: maxPieces })
    .map((parts) => parts.join("").trim())
    .filter((t) => t !== "");

/** A text, now and then a very long one. */
export const anyText = (): fc.Arbitrary<string> =>
  fc.oneof({ weight: 9, arbitrary: awkwardText() }, { weight: 1, arbitrary: awkwardText(400) });

/** An optional field: absent, empty, or a text. */
const optional = (): fc.Arbitrary<string | null> =>
  fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant("") }, { weight: 5, arbitrary: anyText() });

export type KpiTexts = Partial<Record<KpiField, string | number | null>>;

/** The fields of one KPI (fiscal year and No given). */
export const kpiTexts = (fiscalYear: number, no: number, textFilter: (t: string) => boolean = () => true): fc.Arbitrary<KpiTexts> =>
  fc
    .record({
      title: anyText().filter(textFilter),
      description: optional().filter((t) => t === null || textFilter(t)),
      scope: optional().filter((t) => t === null || textFilter(t)),
      principles: optional().filter((t) => t === null || textFilter(t)),
      target: optional().filter((t) => t === null || textFilter(t)),
      result: optional().filter((t) => t === null || textFilter(t)),
      commitment: optional().filter((t) => t === null || textFilter(t)),
    })
    .map((f) => ({ fiscalYear: `${fiscalYear}年度`, no, ...f }));

/** Judged KPIs of one to three fiscal years, Nos 1..n per year, in a random sheet order. */
export const arbitraryKpis = (textFilter?: (t: string) => boolean): fc.Arbitrary<JudgedKpi[]> =>
  fc
    .uniqueArray(fc.integer({ min: 2015, max: 2030 }), { minLength: 1, maxLength: 3 })
    .chain((years) =>
      fc.tuple(
        ...years.map((y) =>
          fc.integer({ min: 1, max: 4 }).chain((n) =>
            fc.tuple(...Array.from({ length: n }, (_, i) => fc.tuple(kpiTexts(y, i + 1, textFilter), fc.constantFrom(...KPI_STATUSES)))),
          ),
        ),
      ),
    )
    .chain((perYear) => fc.shuffledSubarray(perYear.flat(), { minLength: perYear.flat().length }))
    .map((list) => list.map(([texts, status], i) => judged(i + 2, texts, status)));
