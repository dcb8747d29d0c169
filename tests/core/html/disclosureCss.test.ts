import { DISCLOSURE_CSS } from "../../../src/core/html/disclosureCss";
import { KPI_STATUSES } from "../../../src/core/KpiStatus";
import { STATUS_STYLES } from "../../../src/core/writeback/statusStyle";

describe("DISCLOSURE_CSS: a stylesheet for the fragment's classes", () => {
  const rules = new Map([...DISCLOSURE_CSS.matchAll(/^([^{]+)\{([^}]*)\}$/gm)].map((m) => [m[1], m[2]]));

  it.each(["kpi-disclosure", "kpi-year", "kpi-item", "kpi-item__caption", "kpi-item__no", "kpi-item__name", "kpi-item__label", "kpi-item__text", "kpi-status"])("styles .%s", (cls) => {
    expect(rules.get(`.${cls}`)).toBeTruthy();
  });

  it.each(["met", "partial", "not_met"] as const)("colours .kpi-status--%s as the sheet does", (status) => {
    const rule = rules.get(`.kpi-status.kpi-status--${status.replace(/_/g, "-")}`)!;
    expect(rule).toContain(`color:${STATUS_STYLES[status].color}`);
    if (STATUS_STYLES[status].fill) expect(rule).toContain(`background:${STATUS_STYLES[status].fill}`);
    else expect(rule).not.toContain("background");
  });

  it.each(KPI_STATUSES.filter((s) => !["met", "partial", "not_met"].includes(s)))("has no rule for the checker's own status %s (never published)", (status) => {
    expect(rules.has(`.kpi-status.kpi-status--${status.replace(/_/g, "-")}`)).toBe(false);
  });
});
