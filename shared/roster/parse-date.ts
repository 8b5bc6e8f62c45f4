import {
  civilDate,
  daysInMonth as monthLength,
  fromDayNumber,
  type CivilDate,
} from "../dates/civil-date";
import { eraNamed, eraToCivil, isInEra } from "./japanese-era";

/** Why a date cell could not be read; messages.ts turns it into words. */
export type DateProblem =
  | { readonly reason: "unreadable" }
  | { readonly reason: "impossible" }
  /** A real day written in the wrong era: 平成31年5月1日 is 2019-05-01, which is 令和. */
  | { readonly reason: "outsideEra"; readonly eraName: string; readonly date: CivilDate }
  /** Excel serial 60: the 1900-02-29 that Excel invented for Lotus compatibility. */
  | { readonly reason: "fictitiousLeapDay" }
  | { readonly reason: "serialOutOfRange" };

const UNREADABLE: DateProblem = { reason: "unreadable" };
const IMPOSSIBLE: DateProblem = { reason: "impossible" };
const LEAP_1900: DateProblem = { reason: "fictitiousLeapDay" };
const SERIAL_RANGE: DateProblem = { reason: "serialOutOfRange" };

/** Serial of 1970-01-01 in the 1900 system; the 1904 system starts 1462 days later. */
const SERIAL_1970 = 25569;
const SERIAL_1904_OFFSET = 1462;
/** 9999-12-31, Excel's last date. */
const MAX_SERIAL = 2958465;

export function isDateProblem(value: CivilDate | DateProblem): value is DateProblem {
  return typeof value !== "string";
}

/**
 * An Excel serial number as a civil date; the fraction (time of day) is ignored. In the 1900
 * system serials below 61 sit before Excel's fictitious leap day, so they are one day off the
 * usual epoch arithmetic.
 */
export function serialToDate(serial: number, date1904: boolean): CivilDate | DateProblem {
  if (!Number.isFinite(serial)) return UNREADABLE;
  const whole = Math.floor(serial);
  if (date1904) {
    if (whole < 0 || whole > MAX_SERIAL - SERIAL_1904_OFFSET) return SERIAL_RANGE;
    return fromDayNumber(whole - SERIAL_1970 + SERIAL_1904_OFFSET);
  }
  if (whole < 1 || whole > MAX_SERIAL) return SERIAL_RANGE;
  if (whole === 60) return LEAP_1900;
  return fromDayNumber(whole - SERIAL_1970 + (whole < 60 ? 1 : 0));
}

// A local alias for the per-cell call (see cell-reader.ts on CommonJS bindings).
const daysInMonth = monthLength;

/**
 * For text that already is a canonical civil date (2025-10-01) of a real day, a number unique
 * to that day (year × 372 + (month − 1) × 31 + day − 1); −1 for anything else. The form
 * generated and exported rosters mostly use, checked without a regex or an allocation.
 */
export function canonicalIsoDateKey(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    year = year * 10 + d;
  }
  const m1 = s.charCodeAt(5) - 48;
  const m2 = s.charCodeAt(6) - 48;
  const d1 = s.charCodeAt(8) - 48;
  const d2 = s.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 1 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 3 || d2 < 0 || d2 > 9) return -1;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (year < 1 || month < 1 || month > 12 || day < 1) return -1;
  // Every month has 28 days: the month's length matters only past them.
  if (day > 28 && day > daysInMonth(year, month)) return -1;
  return year * 372 + (month - 1) * 31 + day - 1;
}

/** True for text that already is a canonical civil date (2025-10-01) of a real day. */
export function isCanonicalIsoDate(s: string): boolean {
  return canonicalIsoDateKey(s) >= 0;
}

// Time parts Excel and other tools append when a date is exported as text.
const TIME_SUFFIX = /[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[ap]m)?(?:z|[+-]\d{2}:?\d{2})?$/i;
const SERIAL = /^\d{1,5}(?:\.\d+)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const GREGORIAN = /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})日)$/;
const ERA =
  /^(令和|平成|昭和|大正|明治|[RHSTMrhstm])(元|\d{1,2})(?:年(\d{1,2})月(\d{1,2})日|([-/.])(\d{1,2})\5(\d{1,2}))$/;

function dateOrImpossible(date: CivilDate | undefined): CivilDate | DateProblem {
  return date ?? IMPOSSIBLE;
}

/**
 * A date written as text, already passed through normalizeText (so ㋿ is 令和 and full-width
 * digits are ASCII). Accepts ISO, slashes, dots, 年月日, YYYYMMDD, the Japanese era and
 * Excel serials of up to five digits; a trailing time is ignored.
 */
export function parseDateText(text: string, date1904: boolean): CivilDate | DateProblem {
  let s = text.replace(TIME_SUFFIX, "");
  if (s.includes(" ")) s = s.replace(/ /g, "");
  if (s === "") return UNREADABLE;

  if (SERIAL.test(s)) return serialToDate(Number(s), date1904);

  let m = COMPACT.exec(s);
  if (m) return dateOrImpossible(civilDate(Number(m[1]), Number(m[2]), Number(m[3])));

  m = GREGORIAN.exec(s);
  if (m) {
    const month = m[3] ?? m[5];
    const day = m[4] ?? m[6];
    return dateOrImpossible(civilDate(Number(m[1]), Number(month), Number(day)));
  }

  m = ERA.exec(s);
  if (m) {
    const era = eraNamed(m[1]!)!;
    const year = m[2] === "元" ? 1 : Number(m[2]);
    const date = eraToCivil(era, year, Number(m[3] ?? m[6]), Number(m[4] ?? m[7]));
    if (date === undefined) return IMPOSSIBLE;
    if (!isInEra(era, date)) return { reason: "outsideEra", eraName: era.name, date };
    return date;
  }
  return UNREADABLE;
}
