/** The date format used when a column names none. */
export const DEFAULT_DATE_FORMAT = "yyyy/m/d";

/** The column's format when it is a date format, else the default: a date never shows as "0.0%". */
export function dateFormatFor(columnFormat: string | null | undefined): string {
  return columnFormat && /[yd]/i.test(columnFormat) ? columnFormat : DEFAULT_DATE_FORMAT;
}
