import type { CivilDate } from "./civil-date";
import { dateParts } from "./civil-date";

/**
 * 年末年始: Dec 29 – Jan 3, both ends inclusive. The guideline names this break for expert
 * visits (p.3: 令和7年12月29日～令和8年1月3日 excluded); it is the customary break of Japanese
 * public offices, so the same days are assumed for every year.
 */
export function isYearEndBreak(date: CivilDate): boolean {
  const { month, day } = dateParts(date);
  return (month === 12 && day >= 29) || (month === 1 && day <= 3);
}
