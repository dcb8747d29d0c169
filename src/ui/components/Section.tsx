import { makeStyles, tokens } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";

const useStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalL },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalS}` },
});

/**
 * A titled part of the pane: a `<section>` named by its `<h2>` for screen readers' landmarks.
 *
 * @example <Section title="指摘">…</Section>
 */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  const s = useStyles();
  return (
    <section className={s.section} aria-labelledby={id}>
      <h2 id={id} className={s.heading}>
        {title}
      </h2>
      {children}
    </section>
  );
}
