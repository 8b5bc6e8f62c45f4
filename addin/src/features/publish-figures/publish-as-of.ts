import { type CivilDate, isCivilDate } from "../../../../shared/dates/civil-date";

/** Today in Tokyo: the guideline's dates are Tokyo calendar days, whatever the PC's zone. */
export function todayInTokyo(now: Date = new Date()): CivilDate {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(now);
}

/** The as-of date of the figures to publish: the typed date when it is one, else today in Tokyo. */
export function publishAsOf(typed: string, now: Date = new Date()): CivilDate {
  const date = typed.trim();
  return isCivilDate(date) ? date : todayInTokyo(now);
}
