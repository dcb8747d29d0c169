import type JSZip from "jszip";
import type { DroppedPartKind } from "../WorkbookWriteError";
import type { CarriedSheets } from "./carriedSheets";
import { text } from "./packageParts";

/** Parts exceljs reads and writes back (its reader's own list), and parts it may drop without loss. */
const KEPT = [
  /^\[Content_Types\]\.xml$/,
  /^_rels\/\.rels$/,
  /^docProps\/(app|core)\.xml$/,
  /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|calcChain\.xml)$/,
  /^xl\/theme\/[^/]+\.xml$/,
  /^xl\/media\/[^/]+$/,
  /^xl\/worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?$/,
  /^xl\/drawings\/(_rels\/)?\w+\.xml(\.rels)?$/,
  /^xl\/drawings\/vmlDrawing\d+\.vml$/,
  /^xl\/comments\d+\.xml$/,
  /^xl\/tables\/table\d+\.xml$/,
  /^xl\/printerSettings\/[^/]+$/,
];
const isKept = (path: string): boolean => KEPT.some((re) => re.test(path));
const KINDS: [RegExp, DroppedPartKind][] = [
  [/^xl\/charts\//, "chart"], [/^xl\/chartsheets\//, "chartsheet"], [/^xl\/pivot(Tables|Cache)\//, "pivot-table"],
  [/vbaProject\.bin$/, "vba-project"], [/^xl\/slicer(s|Caches)\//, "slicer"], [/^xl\/timeline(s|Caches)\//, "timeline"],
  [/^xl\/externalLinks\//, "external-link"], [/^xl\/(ctrlProps|activeX)\//, "form-control"],
  [/^xl\/embeddings\//, "embedded-object"], [/^xl\/threadedComments\//, "threaded-comment"],
  [/^xl\/(connections\.xml|queryTables\/)/, "data-connection"], [/^xl\/model\//, "data-model"],
];

/**
 * The parts of a package that exceljs would drop on rewriting it, by kind: parts it does not read (charts, pivot
 * tables, VBA, …, unless carried over as they are), drawings with more than pictures, and the sheets' extensions
 * that refer to other parts. Parts of `ours` (what hangs off a sheet the add-in owns and writes anew, such as the
 * charts Excel drew on its 推移 sheet) go with that sheet and are not listed.
 *
 * @example await droppedParts(zip, carried.parts, sheets) // [{ kind: "chart", path: "xl/charts/chart1.xml" }]
 */
export async function droppedParts(
  zip: JSZip,
  carried: Set<string>,
  sheets: CarriedSheets,
  ours: ReadonlySet<string> = new Set(),
): Promise<{ kind: DroppedPartKind; path: string }[]> {
  const out: { kind: DroppedPartKind; path: string }[] = [];
  const lost = new Map([...sheets.values()].map((s) => [s.part, s.carried.lost]));
  for (const path of Object.keys(zip.files).filter((p) => !zip.files[p].dir && !carried.has(p) && !ours.has(p))) {
    if (!isKept(path)) {
      out.push({ kind: KINDS.find(([re]) => re.test(path))?.[1] ?? "other", path });
    } else if (/^xl\/drawings\/\w+\.xml$/.test(path)) {
      // exceljs keeps pictures only: charts, shapes, text boxes and groups would vanish.
      if (/<(\w+:)?(graphicFrame|sp|grpSp|cxnSp)[\s>]/.test(await text(zip, path))) out.push({ kind: "drawing-shape", path });
    } else {
      // a sheet's extensions that refer to other parts (slicers, timelines, …)
      for (const kind of new Set(lost.get(path))) out.push({ kind, path });
    }
  }
  return out;
}
