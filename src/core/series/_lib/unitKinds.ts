/**
 * Which group of `schema.series.unitFamilies` each unit belongs to (its first group, by index): units of one group
 * measure the same kind of thing (`%` and `pt`). Made once per linking, looked up per pair of KPIs.
 */
export type UnitKinds = ReadonlyMap<string, number>;

/**
 * The unit kinds of a schema's unit families.
 *
 * @example unitKinds([["%", "pt"], ["件", "人"]]).get("pt") // 0
 */
export function unitKinds(unitFamilies: readonly (readonly string[])[]): UnitKinds {
  const kinds = new Map<string, number>();
  unitFamilies.forEach((family, i) => {
    for (const unit of family) if (!kinds.has(unit)) kinds.set(unit, i);
  });
  return kinds;
}

/** Whether two units measure the same kind of thing: the same unit, or units of one group. */
export function sameKind(u: string, v: string, kinds: UnitKinds): boolean {
  if (u === v) return true;
  const kind = kinds.get(u);
  return kind !== undefined && kind === kinds.get(v);
}
