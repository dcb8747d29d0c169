import type { WorkbookError } from "../WorkbookPort";

/**
 * The error of a write that protection refuses, as Excel's port throws it (`kind: "protected"`): the protected sheet
 * named, or the workbook's structure (Review > Protect Workbook) when the write had to add a sheet. The front ends
 * say it in their words (`errorMessage`, the CLI's `protectedSheet` / `protectedStructure`).
 *
 * @example protectedError({ sheet: "2024年度" }) // { kind: "protected", sheet: "2024年度", detail: "sheet 2024年度 is protected" }
 */
export function protectedError(about: { sheet: string } | { structure: true }): WorkbookError {
  const detail = "sheet" in about ? `sheet ${about.sheet} is protected` : "workbook structure";
  return Object.assign(new Error(`protected: ${detail}`), { kind: "protected" as const, detail, ...about });
}
