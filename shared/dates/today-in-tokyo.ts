import type { CivilDate } from "./civil-date";

/**
 * Today's civil date in Tokyo: the guideline's windows are Tokyo calendar days, whatever the
 * machine's time zone. The one place the pane, the pages and the CLI ask what day it is.
 */
export function todayInTokyo(now: Date = new Date()): CivilDate {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(now);
}
