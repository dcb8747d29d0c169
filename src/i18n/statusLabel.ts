import type { KpiStatus } from "../core/KpiStatus";
import type { Lang } from "./Lang";

const LABELS: Record<Lang, Record<KpiStatus, string>> = {
  ja: {
    met: "達成",
    partial: "一部達成",
    not_met: "未達成",
    pending: "集計中",
    missing_result: "結果未入力",
    no_target: "目標なし",
    unevaluable: "判定不能",
  },
  en: {
    met: "Met",
    partial: "Partly met",
    not_met: "Not met",
    pending: "Pending",
    missing_result: "Result missing",
    no_target: "No target",
    unevaluable: "Cannot judge",
  },
};

const MARKS: Record<KpiStatus, string> = {
  met: "◯",
  partial: "△",
  not_met: "×",
  pending: "―",
  missing_result: "!",
  no_target: "―",
  unevaluable: "?",
};

/**
 * The word for a status in a language.
 *
 * @example statusLabel("partial", "ja") // "一部達成"
 */
export function statusLabel(status: KpiStatus, lang: Lang = "ja"): string {
  return LABELS[lang][status];
}

/**
 * The mark and word of a status, as the status column shows it (disclosure-output.md §1).
 *
 * @example statusMarkLabel("met", "ja") // "◯ 達成"
 */
export function statusMarkLabel(status: KpiStatus, lang: Lang = "ja"): string {
  return `${MARKS[status]} ${LABELS[lang][status]}`;
}
