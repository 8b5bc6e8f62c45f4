import { type CivilDate, isCivilDate } from "../../../../shared/dates/civil-date";
import { todayInTokyo } from "../../../../shared/dates/today-in-tokyo";

/** The as-of date of the figures to publish: the typed date when it is one, else today in Tokyo. */
export function publishAsOf(typed: string, now: Date = new Date()): CivilDate {
  const date = typed.trim();
  return isCivilDate(date) ? date : todayInTokyo(now);
}
