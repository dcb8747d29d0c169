import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Severity } from "../../core/Finding";
import { useUi } from "./UiContext";

const useStyles = makeStyles({
  icon: { flexShrink: 0, verticalAlign: "text-bottom" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
});

const ICONS = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled } as const;

/**
 * A finding's severity as Office marks it: a red circle, an orange triangle or a grey "i", each a different
 * shape (not colour alone) and named for screen readers (エラー／警告／情報).
 *
 * @example <SeverityIcon severity="warning" />
 */
export function SeverityIcon({ severity }: { severity: Severity }) {
  const { t } = useUi();
  const s = useStyles();
  const Icon = ICONS[severity];
  return <Icon className={mergeClasses(s.icon, s[severity])} role="img" aria-label={t.severity[severity]} data-severity={severity} />;
}
