/**
 * The centred page header and footer of a sheet the add-in writes, in the codes Excel, Office.js and the file
 * format share: the header's text with `&` doubled (a lone `&` starts a code), the footer `&P / &N` (page 1 / 3).
 *
 * @example pageHeaderFooter({ header: "R&D", pageNumbers: true }) // { header: "R&&D", footer: "&P / &N" }
 */
export function pageHeaderFooter(print: { header?: string; pageNumbers?: boolean }): { header?: string; footer?: string } {
  return {
    ...(print.header ? { header: print.header.replace(/&/g, "&&") } : {}),
    ...(print.pageNumbers ? { footer: "&P / &N" } : {}),
  };
}
