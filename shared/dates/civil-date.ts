/**
 * A civil (calendar) date as `YYYY-MM-DD`. The guideline's dates are Tokyo calendar days,
 * never instants: keeping them as strings avoids every midnight-UTC and time-zone trap,
 * and ISO strings compare correctly with `<` and `>`.
 */
export type CivilDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Builds a civil date, or `undefined` when it does not exist (2025-02-30). */
export function civilDate(year: number, month: number, day: number): CivilDate | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day))
    return undefined;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Splits a valid civil date into numbers; throws on a malformed one (a programming error). */
export function dateParts(date: CivilDate): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(date);
  if (!m) throw new Error(`not a civil date: ${date}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** True when the string is an existing `YYYY-MM-DD` date. */
export function isCivilDate(value: string): value is CivilDate {
  const m = ISO_DATE.exec(value);
  return m !== null && civilDate(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}

/** Days since 1970-01-01 (may be negative); exact integer arithmetic, no Date objects. */
export function toDayNumber(date: CivilDate): number {
  const { year, month, day } = dateParts(date);
  // Howard Hinnant's days_from_civil.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link toDayNumber}. */
export function fromDayNumber(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const date = civilDate(year, month, day);
  // Only years 1–9999 are civil dates here; arithmetic past them is a caller's error.
  if (date === undefined) throw new RangeError(`date out of range: day ${days}`);
  return date;
}

/** The date `n` days later (earlier when negative). */
export function addDays(date: CivilDate, n: number): CivilDate {
  return fromDayNumber(toDayNumber(date) + n);
}

/** The first day of the month `n` months after the month of `date`. */
export function firstOfMonthAfter(date: CivilDate, n: number): CivilDate {
  const { year, month } = dateParts(date);
  const index = year * 12 + (month - 1) + n;
  return civilDate(Math.floor(index / 12), (index % 12) + 1, 1)!;
}

/** The same day `n` years earlier or later; Feb 29 falls back to Feb 28 in a common year. */
export function addYears(date: CivilDate, n: number): CivilDate {
  const { year, month, day } = dateParts(date);
  return civilDate(year + n, month, Math.min(day, daysInMonth(year + n, month)))!;
}

/** Day of week, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(date: CivilDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/** Both ends inclusive, as the guideline's periods are. */
export function isWithin(date: CivilDate, start: CivilDate, end: CivilDate): boolean {
  return date >= start && date <= end;
}

/** A closed interval of civil dates. */
export interface DateRange {
  start: CivilDate;
  end: CivilDate;
}
