import type { JudgedKpi } from "../../../src/core/JudgedKpi";

/** One pasted table: the texts of its first row's cells, and of all its cells. */
export interface PastedTable {
  first: string[];
  cells: string[];
}

/** What of the look is left in pasted HTML: element counts and, per attribute name and per class, how often. */
export interface PastedLook {
  tables: number;
  cells: number;
  caption: number;
  colgroup: number;
  /** How many elements carry each attribute (`style`, `border`, `bgcolor`, `colspan`, …). */
  attributes: Record<string, number>;
  /** How many elements carry each class name. */
  classes: Record<string, number>;
}

/** What an editor made of a paste: per `<h3>` (a fiscal year) the tables after it, and the look. */
export interface Pasted {
  sections: { year: string; tables: PastedTable[] }[];
  look: PastedLook;
}

/**
 * Reads an HTML fragment as an editor left it (run in the browser page with `page.evaluate(readPasted, html)`:
 * it uses the page's DOMParser and nothing from its module, so Playwright can send its source): each `<h3>` opens
 * a section, each `<table>` after it is one of the section's tables; the look is counted over every element.
 */
export function readPasted(html: string): Pasted {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  const all = [...doc.body.querySelectorAll("*")];
  const attributes: Record<string, number> = {};
  const classes: Record<string, number> = {};
  for (const e of all) {
    for (const a of e.getAttributeNames()) attributes[a] = (attributes[a] ?? 0) + 1;
    for (const c of e.classList) classes[c] = (classes[c] ?? 0) + 1;
  }
  const sections: Pasted["sections"] = [];
  for (const e of all) {
    if (e.tagName === "H3") sections.push({ year: e.textContent ?? "", tables: [] });
    if (e.tagName === "TABLE" && sections.length > 0) {
      const rows = [...e.querySelectorAll("tr")];
      sections[sections.length - 1].tables.push({
        first: [...(rows[0]?.querySelectorAll("th,td") ?? [])].map((c) => c.textContent ?? ""),
        cells: [...e.querySelectorAll("th,td")].map((c) => c.textContent ?? ""),
      });
    }
  }
  return {
    sections,
    look: {
      tables: doc.querySelectorAll("table").length,
      cells: doc.querySelectorAll("th,td").length,
      caption: doc.querySelectorAll("caption").length,
      colgroup: doc.querySelectorAll("colgroup").length,
      attributes,
      classes,
    },
  };
}


/**
 * What of each KPI a paste lost, as `year/No: what` lines (none when everything survived): the KPI's table must
 * stand under its year's `<h3>` with `No` and title as its first row, and hold the target and the result as
 * cells (white space ignored, since editors re-flow it).
 */
export function lostKpis(pasted: Pasted, kpis: readonly Pick<JudgedKpi, "fiscalYear" | "no" | "title" | "target" | "result">[]): string[] {
  const squash = (s: string) => s.replace(/\s+/g, "");
  const lost: string[] = [];
  for (const kpi of kpis) {
    const id = `${kpi.fiscalYear}/${kpi.no}`;
    const section = pasted.sections.find((s) => s.year === `${kpi.fiscalYear}年度`);
    const table = section?.tables.find((t) => squash(t.first.join("")) === squash(`${kpi.no}${kpi.title}`));
    if (!section) lost.push(`${id}: year heading`);
    else if (!table) lost.push(`${id}: No and title row`);
    else {
      const cells = table.cells.map(squash);
      if (kpi.target && !cells.includes(squash(kpi.target))) lost.push(`${id}: target`);
      if (kpi.result && !cells.includes(squash(kpi.result))) lost.push(`${id}: result`);
    }
  }
  return lost;
}
