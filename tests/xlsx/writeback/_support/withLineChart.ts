/* A native Excel line chart put on a sheet of a workbook, part by part as Excel writes one (SpreadsheetML
   drawing → DrawingML chart part, relationships and content types), so that the writer meets a real chart part:
   LibreOffice reads it as a chart (tests/xlsx/writeback/libreoffice.test.ts). */
import JSZip from "jszip";

const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Where the chart's data is: the sheet's categories and one series of values, e.g. `$A$6:$A$8`, `$B$6:$B$8`. */
export interface ChartData {
  title: string;
  categories: string;
  values: string;
}

function chartXml(sheet: string, d: ChartData): string {
  const ref = (r: string) => `'${sheet.replace(/'/g, "''")}'!${r}`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${d.title}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:marker><c:symbol val="circle"/></c:marker><c:cat><c:strRef><c:f>${ref(d.categories)}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${ref(d.values)}</c:f></c:numRef></c:val><c:smooth val="0"/></c:ser><c:marker val="1"/><c:axId val="50001"/><c:axId val="50002"/></c:lineChart><c:catAx><c:axId val="50001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="50002"/></c:catAx><c:valAx><c:axId val="50002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="50001"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;
}

function drawingXml(name: string): string {
  const cell = (col: number, row: number) => `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from>${cell(7, 3)}</xdr:from><xdr:to>${cell(14, 14)}</xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${name}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
}

/**
 * The workbook with a line chart on `sheet` (its own drawing part, numbered after the package's others).
 *
 * @example await withLineChart(bytes, "推移", { title: "回答数", categories: "$A$6:$A$8", values: "$C$6:$C$8" })
 */
export async function withLineChart(bytes: Uint8Array, sheet: string, data: ChartData): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (p: string) => (await zip.file(p)?.async("string")) ?? "";
  const workbook = await read("xl/workbook.xml");
  const escaped = sheet.replace(/&/g, "&amp;").replace(/'/g, "&apos;");
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${escaped}"`) || t.includes(`name="${sheet}"`));
  if (!tag) throw new Error(`no sheet ${sheet}`);
  const rid = /\sr:id="([^"]*)"/.exec(tag)![1];
  const wbRels = await read("xl/_rels/workbook.xml.rels");
  const target = new RegExp(`<Relationship\\b[^>]*Id="${rid}"[^>]*>`).exec(wbRels)![0].match(/Target="([^"]*)"/)![1];
  const part = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  const n = Object.keys(zip.files).filter((p) => /^xl\/(drawings\/drawing|charts\/chart)\d+\.xml$/.test(p)).length + 1;
  const [drawing, chart] = [`xl/drawings/drawing${n}.xml`, `xl/charts/chart${n}.xml`];
  zip.file(chart, chartXml(sheet, data));
  zip.file(drawing, drawingXml(`Chart ${n}`));
  zip.file(`xl/drawings/_rels/drawing${n}.xml.rels`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart${n}.xml"/></Relationships>`);
  const relsPath = part.replace(/([^/]+)$/, "_rels/$1.rels");
  const rels = (await read(relsPath)) || `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const drawingRid = "rIdKpiTestDrawing";
  zip.file(relsPath, rels.replace("</Relationships>", `<Relationship Id="${drawingRid}" Type="${REL}/drawing" Target="../drawings/drawing${n}.xml"/></Relationships>`));
  let xml = await read(part);
  if (!/xmlns:r="/.test(xml.slice(0, 600))) xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${REL}"`);
  // <drawing> goes after the page setup and breaks, before legacy drawings, table parts and extensions
  const before = /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/.exec(xml)!;
  xml = `${xml.slice(0, before.index)}<drawing r:id="${drawingRid}"/>${xml.slice(before.index)}`;
  zip.file(part, xml);
  const types = await read("[Content_Types].xml");
  zip.file("[Content_Types].xml", types.replace("</Types>", `<Override PartName="/${drawing}" ContentType="${DRAWING_TYPE}"/><Override PartName="/${chart}" ContentType="${CHART_TYPE}"/></Types>`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
