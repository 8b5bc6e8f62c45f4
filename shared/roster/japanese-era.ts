import { civilDate, dateParts, type CivilDate } from "../dates/civil-date";

/** A Japanese era (元号) with the Gregorian days it covers, both ends inclusive. */
export interface Era {
  name: string;
  /** The letter Japanese forms use (R7.10.1). */
  letter: string;
  /** Gregorian year of the era's first year (元年). */
  firstYear: number;
  start: CivilDate;
  end?: CivilDate;
}

/**
 * Eras since the Gregorian calendar could matter to a roster. 明治's start is its first
 * Gregorian day as Japan later counted it; rosters never reach that far back anyway.
 */
export const ERAS: readonly Era[] = [
  { name: "令和", letter: "R", firstYear: 2019, start: "2019-05-01" },
  { name: "平成", letter: "H", firstYear: 1989, start: "1989-01-08", end: "2019-04-30" },
  { name: "昭和", letter: "S", firstYear: 1926, start: "1926-12-25", end: "1989-01-07" },
  { name: "大正", letter: "T", firstYear: 1912, start: "1912-07-30", end: "1926-12-24" },
  { name: "明治", letter: "M", firstYear: 1868, start: "1868-01-25", end: "1912-07-29" },
];

const BY_NAME = new Map<string, Era>();
for (const era of ERAS) {
  BY_NAME.set(era.name, era);
  BY_NAME.set(era.letter, era);
  BY_NAME.set(era.letter.toLowerCase(), era);
}

/** The era written as 令和 or R (r); undefined for anything else. */
export function eraNamed(nameOrLetter: string): Era | undefined {
  return BY_NAME.get(nameOrLetter);
}

/** The era a Gregorian date falls in (undefined before 明治). */
export function eraOf(date: CivilDate): Era | undefined {
  return ERAS.find((era) => date >= era.start && (era.end === undefined || date <= era.end));
}

/** The Gregorian date of an era date, or undefined when the day does not exist at all. */
export function eraToCivil(
  era: Era,
  year: number,
  month: number,
  day: number,
): CivilDate | undefined {
  if (year < 1) return undefined;
  return civilDate(era.firstYear + year - 1, month, day);
}

/** True when the date lies inside the era (平成31年5月1日 does not: that day is 令和元年). */
export function isInEra(era: Era, date: CivilDate): boolean {
  return date >= era.start && (era.end === undefined || date <= era.end);
}

/** 令和元年5月1日: how the fix for an era mismatch names the right date. */
export function formatEraDate(date: CivilDate): string | undefined {
  const era = eraOf(date);
  if (era === undefined) return undefined;
  const { year, month, day } = dateParts(date);
  const eraYear = year - era.firstYear + 1;
  return `${era.name}${eraYear === 1 ? "元" : String(eraYear)}年${month}月${day}日`;
}

/** 2019年5月1日 */
export function formatJapaneseDate(date: CivilDate): string {
  const { year, month, day } = dateParts(date);
  return `${year}年${month}月${day}日`;
}
