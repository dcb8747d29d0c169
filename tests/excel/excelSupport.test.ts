import { MERGED_AREAS_EXCEL_API, missingExcelApi, REQUIRED_EXCEL_API, supportsMergedAreas } from "../../src/excel/excelSupport";

/** An Excel that has ExcelApi up to 1.`minor`; versions compare by their minor number (1.13 > 1.9). */
function excelUpTo(minor: number) {
  return { isSetSupported: (name: string, version = "1.1") => name === "ExcelApi" && Number(version.split(".")[1]) <= minor };
}

describe("the ExcelApi check at run time", () => {
  it.each([
    ["Excel 2016 (ExcelApi 1.2)", 2, `ExcelApi ${REQUIRED_EXCEL_API}`, false],
    ["Excel 2019 (ExcelApi 1.8)", 8, `ExcelApi ${REQUIRED_EXCEL_API}`, false],
    ["Excel 2021 (ExcelApi 1.12)", 12, null, false],
    ["Microsoft 365 (ExcelApi 1.17)", 17, null, true],
  ])("%s: missing %j, merged areas %j", (_name, minor, missing, merged) => {
    expect(missingExcelApi(excelUpTo(minor))).toBe(missing);
    expect(supportsMergedAreas(excelUpTo(minor))).toBe(merged);
  });

  it("treats a host without requirement info as missing the set", () => {
    expect(missingExcelApi(undefined)).toBe(`ExcelApi ${REQUIRED_EXCEL_API}`);
    expect(MERGED_AREAS_EXCEL_API).toBe("1.13");
  });
});
