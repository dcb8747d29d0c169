/**
 * The first fiscal year of the tables KPI Check reads: 金融庁「顧客本位の業務運営に関する原則」 (March 2017) asked
 * firms to publish them, so no such table reports on a year before FY2017.
 */
const FIRST_DISCLOSURE_YEAR = 2017;
/** The last year of 平成 (平成31年 = 2019): `29年度` … `31年度` may be 平成29–31年度 (FY2017–2019) as well as 2029–2031. */
const HEISEI_FIRST = 1989;
const HEISEI_LAST = 31;

/**
 * The fiscal year a two-digit year written with 年度 or FY names (`24年度`, `24FY`): 20NN, where that is the only
 * reading a KPI disclosure can mean — 平成NN (1988 + NN) would be a year before {@link FIRST_DISCLOSURE_YEAR} or no
 * year of 平成 at all. Undefined where both readings are years of disclosure tables (`29年度` … `31年度`: 平成29–31
 * or 2029–2031) and before FY2017 (`16年度`): such a cell is not read, never read as a wrong year.
 *
 * @example twoDigitYear(24) // 2024
 * @example twoDigitYear(30) // undefined (平成30年度 = 2018, or 2030)
 */
export function twoDigitYear(nn: number): number | undefined {
  const western = 2000 + nn;
  if (!Number.isInteger(nn) || nn < 0 || nn > 99 || western < FIRST_DISCLOSURE_YEAR) return undefined;
  const heisei = HEISEI_FIRST + nn - 1;
  const heiseiPossible = nn <= HEISEI_LAST && heisei >= FIRST_DISCLOSURE_YEAR;
  return heiseiPossible ? undefined : western;
}
