import type { FieldCell } from "../../../src/core/KpiRecord";
import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import type { ExpressionRole } from "../../../src/core/expression/parseExpression";
import { parseFieldCell } from "../../../src/core/expression/parseFieldCell";
import { readJson, showQuantity } from "./_lib/fixtures";

interface Case {
  case: string;
  role: ExpressionRole;
  cell: Pick<FieldCell, "text" | "value" | "numberFormat">;
  kind: string;
  /** The first component's quantity, value+unit. */
  quantity?: string;
  metric?: string;
}

const at = { row: 8, col: 7 };

describe("parseFieldCell reads a cell as the user sees it", () => {
  it.each(readJson<Case[]>("field-cells.json").map((c): [string, Case] => [c.case, c]))("%s", (_, c) => {
    const e = parseFieldCell({ ...c.cell, ...at }, c.role, BUILT_IN_SCHEMA);
    expect(e.kind).toBe(c.kind);
    if (c.quantity !== undefined) expect(showQuantity(e.components[0].quantity)).toBe(c.quantity);
    else expect(e.components).toEqual([]);
    if (c.metric !== undefined) expect(e.metric).toBe(c.metric);
  });

  it("the normalised text of an error cell is the error", () => {
    const e = parseFieldCell(
      { text: "", value: { error: "#REF!" }, numberFormat: "General", ...at },
      "result",
      BUILT_IN_SCHEMA,
    );
    expect(e.normalized).toBe("#REF!");
  });
});
