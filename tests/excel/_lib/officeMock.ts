// office-addin-mock imports office-addin-manifest only for its `OfficeApp` enum, and that package pulls an
// ESM-only dependency (strip-bom 5) which Jest cannot require under Node 20. The enum's values stand in for it.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));

import { OfficeMockObject } from "office-addin-mock";

export { OfficeMockObject };
