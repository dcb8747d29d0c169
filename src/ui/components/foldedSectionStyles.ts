import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * The look of a folded part of the pane (推移, 新年度の準備, 読み取った表, 設定): its heading as large and bold as an
 * open section's `<h2>` (`Section`), its chevron at the column's left edge under the headings above, the same space
 * above it. Before, 読み取った表 and 設定 were in body text and indented, and a first-time reader took them for lines
 * of the section above rather than parts of their own.
 *
 * @example const s = useFoldedSectionStyles(); <Accordion className={s.fold}>…<AccordionHeader as="h2" className={s.header}>
 */
export const useFoldedSectionStyles = makeStyles({
  fold: { marginTop: tokens.spacingVerticalL },
  header: {
    "& button": {
      fontSize: tokens.fontSizeBase400,
      lineHeight: tokens.lineHeightBase400,
      fontWeight: tokens.fontWeightSemibold,
      paddingLeft: 0,
      textAlign: "left",
      overflowWrap: "anywhere",
    },
  },
});
