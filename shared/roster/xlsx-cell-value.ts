import type { CellValue as ExcelValue } from "exceljs";
import type { CellValue } from "./cell-value";
import { isDateProblem, serialToDate } from "./parse-date";

const DAY_MS = 86_400_000;
const SERIAL_1970 = 25569;
const SERIAL_1904_OFFSET = 1462;

/**
 * ExcelJS turns date-formatted serials into Dates by plain epoch arithmetic, which is a day
 * off before 1900-03-01 (Excel's fictitious 1900-02-29). Going back to the serial and through
 * our own conversion gives the day Excel shows. A serial that is no day (a bare time, 60)
 * stays a number so the date column reports it.
 */
function dateCell(date: Date, date1904: boolean): CellValue {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  const serial = Math.floor(ms / DAY_MS) + SERIAL_1970 - (date1904 ? SERIAL_1904_OFFSET : 0);
  const civil = serialToDate(serial, date1904);
  return isDateProblem(civil) ? serial : civil;
}

/** An ExcelJS cell value as a plain cell: formulas by their cached result, rich text as text. */
export function fromExcelValue(value: ExcelValue, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
    case "number":
    case "boolean":
      return value;
    case "object":
      break;
    default:
      return null;
  }
  if (value instanceof Date) return dateCell(value, date1904);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    // A formula cell shows its last computed result; ExcelJS does not recalculate.
    return fromExcelValue(value.result ?? null, date1904);
  }
  if ("error" in value) return value.error;
  if ("hyperlink" in value) {
    const text: unknown = value.text;
    return typeof text === "string" ? text : fromExcelValue(text as ExcelValue, date1904);
  }
  return null;
}
