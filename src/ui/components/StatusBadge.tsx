import { Badge, makeStyles, type BadgeProps } from "@fluentui/react-components";
import type { KpiStatus } from "../../core/KpiStatus";
import { statusMarkLabel } from "../../i18n/statusLabel";
import { useUi } from "./UiContext";

/**
 * Badge colours of the statuses; the badge always carries the mark and the word too (not colour alone).
 *
 * @example STATUS_COLORS.met // "success"
 */
export const STATUS_COLORS: Record<KpiStatus, NonNullable<BadgeProps["color"]>> = {
  met: "success",
  partial: "warning",
  not_met: "danger",
  pending: "informative",
  missing_result: "severe",
  no_target: "subtle",
  unevaluable: "important",
};

// A badge never wraps or shrinks: next to a long KPI title in a narrow pane, 「✕ 未達成」 stays on one line.
const useStyles = makeStyles({ badge: { whiteSpace: "nowrap", flexShrink: 0 } });

/**
 * A status as a coloured badge with its mark and word, e.g. 「◯ 達成」 in green.
 *
 * @example <StatusBadge status="met" />
 */
export function StatusBadge({ status, children }: { status: KpiStatus; children?: React.ReactNode }) {
  const { lang } = useUi();
  const s = useStyles();
  return (
    <Badge className={s.badge} appearance="tint" color={STATUS_COLORS[status]} shape="rounded" data-status={status}>
      {statusMarkLabel(status, lang)}
      {children}
    </Badge>
  );
}
