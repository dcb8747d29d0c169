import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { useUi } from "./UiContext";

const useStyles = makeStyles({
  link: {
    justifyContent: "flex-start",
    textAlign: "left",
    height: "auto",
    minHeight: "20px",
    fontSize: "inherit",
    lineHeight: "inherit",
    maxWidth: "100%",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorBrandForegroundLink,
  },
  text: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", minWidth: 0 },
  shown: {
    margin: `${tokens.spacingVerticalXXS} 0 ${tokens.spacingVerticalXS}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    whiteSpace: "pre-wrap",
    wordBreak: "break-word",
  },
  label: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** Props of {@link CellLink}. */
export interface CellLinkProps {
  /** A1 address on `sheet`, else on the checked sheet. */
  cell: string;
  /** The cell's sheet, when a check spans several sheets (the finding's or KPI's `sheet`): named in the link. */
  sheet?: string;
  /** The field's word (目標, 結果…), if the cell is a field of a KPI. */
  field: string | null;
  /** What the cell shows. */
  text: string;
  onSelect: (cell: string, sheet?: string) => void;
  showCellsInPlace: boolean;
}

/**
 * A link to a cell: 「結果（G2）：（空欄）」, 「結果（2023年度!G2）：（空欄）」 after a check of several sheets. In Excel it
 * selects the cell on its sheet; where there is no grid to select in (the browser preview) it unfolds the cell's whole
 * content in place.
 *
 * @example <CellLink cell="C24" field="取組項目" text="NSPの向上" onSelect={select} showCellsInPlace={false} />
 */
export function CellLink({ cell, sheet, field, text, onSelect, showCellsInPlace }: CellLinkProps) {
  const { t } = useUi();
  const s = useStyles();
  const [open, setOpen] = useState(false);
  const id = useId();
  const at = sheet === undefined ? cell : t.sheetCell(sheet, cell);
  const where = field ? t.fieldCell(field, at) : at;
  const shown = text.trim() === "" ? t.emptyCell : t.quoted(text.replace(/\s+/g, " ").trim());
  return (
    <>
      <Button
        appearance="transparent"
        size="small"
        className={s.link}
        data-cell={cell}
        data-sheet={sheet}
        title={showCellsInPlace ? t.showCell(at) : t.selectCell(at)}
        aria-expanded={showCellsInPlace ? open : undefined}
        aria-controls={showCellsInPlace && open ? id : undefined}
        onClick={() => (showCellsInPlace ? setOpen((v) => !v) : onSelect(cell, sheet))}
      >
        <span className={s.text}>{t.cellShows(where, shown)}</span>
      </Button>
      {showCellsInPlace && open && (
        <div id={id} className={s.shown} data-testid="cell-content">
          <span className={s.label}>{t.cellContent(at)}</span>
          {text === "" ? t.emptyCell : text}
        </div>
      )}
    </>
  );
}
