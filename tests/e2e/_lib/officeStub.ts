/**
 * What the page gets instead of office.js when a test plays Excel: a minimal `Office` whose `onReady` names Excel
 * as the host, with the parts of `Office.context` the pane reads as it opens (language, requirement sets, theme,
 * the document's settings). Enough to show that the pane starts as the add-in, not as the preview; nothing in it
 * reads or writes cells.
 */
export const EXCEL_OFFICE_STUB = `
window.Office = {
  HostType: { Excel: "Excel" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  context: {
    displayLanguage: "ja-JP",
    requirements: { isSetSupported: function () { return true; } },
    officeTheme: undefined,
    document: {
      settings: {
        get: function () { return null; },
        set: function () {},
        saveAsync: function (cb) { if (cb) cb({ status: "succeeded" }); },
      },
    },
  },
  onReady: function (cb) {
    var info = { host: "Excel", platform: "OfficeOnline" };
    return Promise.resolve(info).then(function (i) { if (cb) cb(i); return i; });
  },
};
`;
