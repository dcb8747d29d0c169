/**
 * True when Office shows a dark theme: its body background is dark (`Office.context.officeTheme`, absent on
 * some hosts, where the light theme is kept).
 *
 * @example isDarkTheme({ bodyBackgroundColor: "#262626" }) // true
 */
export function isDarkTheme(theme: { bodyBackgroundColor?: string } | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(theme?.bodyBackgroundColor ?? "");
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
