import holidayJp from "@holiday-jp/holiday_jp";
import type { CivilDate } from "./civil-date";

interface HolidayEntry {
  name: string;
  name_en: string;
}

/**
 * The library's table is keyed by `YYYY-MM-DD`, exactly our `CivilDate`. Looking the key up
 * directly avoids `isHoliday(Date)`, which formats the Date in the machine's local time zone
 * and so gives the wrong day outside Tokyo.
 */
const HOLIDAYS: Readonly<Record<string, HolidayEntry | undefined>> = holidayJp.holidays;

/** The years the holiday data covers (1970–2050 in @holiday-jp/holiday_jp 2.5). */
export const HOLIDAY_DATA_YEARS = { first: 1970, last: 2050 } as const;

/**
 * 国民の祝日・休日 in Japanese ("敬老の日", "勤労感謝の日 振替休日", "休日" …), or `undefined` on
 * an ordinary day. Outside {@link HOLIDAY_DATA_YEARS} the library knows no holidays, so this
 * returns `undefined` there too.
 */
export function japaneseHolidayName(date: CivilDate): string | undefined {
  return HOLIDAYS[date]?.name;
}

/** The same holiday with the library's English name, for bilingual messages. */
export function japaneseHoliday(date: CivilDate): { ja: string; en: string } | undefined {
  const entry = HOLIDAYS[date];
  return entry ? { ja: entry.name, en: entry.name_en } : undefined;
}
