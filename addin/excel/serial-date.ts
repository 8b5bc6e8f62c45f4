import { type CivilDate, toDayNumber } from "../../shared/dates/civil-date";

const SERIAL_1970 = 25569;
const SERIAL_1904_OFFSET = 1462;
/** 1900-03-01: from here on the 1900 system's serials follow the calendar (after its 1900-02-29). */
const FIRST_REGULAR_1900 = "1900-03-01";

/** The serial Excel stores for a date, or null when the workbook's date system cannot hold it. */
export function dateToSerial(date: CivilDate, date1904: boolean): number | null {
  const serial = toDayNumber(date) + SERIAL_1970 - (date1904 ? SERIAL_1904_OFFSET : 0);
  if (date1904) return serial >= 0 ? serial : null;
  return date >= FIRST_REGULAR_1900 ? serial : null;
}

/**
 * Asks the workbook for 1904-01-02 as a serial (1 in the 1904 system, whose day 0 is
 * 1904-01-01; 1463 in the 1900 one): the date system costs no extra round trip, riding on a
 * batch the action makes anyway. `workbook.functions` is ExcelApi 1.2, inside the manifest's
 * 1.7. `Workbook.use1904DateSystem` would say it directly, but it is a preview API (beta
 * office.js only, in no released ExcelApi set up to 1.21), so it is not used. A failed probe
 * (an error result carries no value) reads as the 1900 system, Excel's default.
 */
export function probeDateSystem(context: Excel.RequestContext): () => boolean {
  const probe = context.workbook.functions.date(1904, 1, 2);
  probe.load("value");
  return () => probe.value === 1;
}
