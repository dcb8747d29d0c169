import JSZip from "jszip";
import { sniffContainer } from "./_lib/sniffContainer";
import { definedNames } from "./_lib/workbookXml";

/**
 * The workbook-scope defined names of an `.xlsx` file and what they refer to, read from `xl/workbook.xml` alone
 * (nothing else is inflated). The check needs them to know which column the add-in owns (`KpiCheck_Status`), so
 * that a re-run does not read its own status column as data. Anything that is not a zip gives no names.
 *
 * @example await readDefinedNames(bytes) // { KpiCheck_Status: "'KPI'!$I$1:$I$25" }
 */
export async function readDefinedNames(bytes: Uint8Array): Promise<Record<string, string>> {
  if (sniffContainer(bytes) !== "zip") return {};
  try {
    const xml = (await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")?.async("string")) ?? "";
    return Object.fromEntries(definedNames(xml).filter((n) => n.localSheetId === undefined).map((n) => [n.name, n.text]));
  } catch {
    return {};
  }
}
