/* eslint-disable @typescript-eslint/no-require-imports */
// office-addin-mock imports office-addin-manifest only for its `OfficeApp` enum, and that package pulls an
// ESM-only dependency (strip-bom 5) that cannot be required under Node 20. Its enum values stand in for it:
// through jest.mock under Jest, through a require hook when a bench script runs the fake under tsx.
const OFFICE_APP = { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" };

if (typeof jest !== "undefined") {
  jest.mock("office-addin-manifest", () => ({ OfficeApp: OFFICE_APP }));
} else {
  const Module = require("module") as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = Module._load;
  Module._load = (request: string, ...rest: unknown[]) => (request === "office-addin-manifest" ? { OfficeApp: OFFICE_APP } : load(request, ...rest));
}

const { OfficeMockObject } = require("office-addin-mock") as typeof import("office-addin-mock");
type OfficeMockObject = import("office-addin-mock").OfficeMockObject;

export { OfficeMockObject };
