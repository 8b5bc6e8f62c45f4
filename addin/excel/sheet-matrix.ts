import type { ResultSheet, SheetCell } from "../../shared/report/sheets/result-sheet";
import { dateFormatFor } from "../../shared/report/sheets/date-format";
import { formulaSafeText } from "../../shared/report/sheets/formula-safe-text";
import { dateToSerial } from "./serial-date";

export type ExcelScalar = string | number | boolean;

/** A result sheet as the rectangular values and number formats Excel takes. */
export interface SheetMatrix {
  values: ExcelScalar[][];
  formats: string[][];
  columns: number;
}

/** Excel's Text format: what makes a typed "=..." (or "0123", "1/2") stay the text it is. */
export const TEXT_FORMAT = "@";
const GENERAL = "General";

function cell(
  value: SheetCell,
  columnFormat: string | null,
  date1904: boolean,
): [ExcelScalar, string] {
  if (value === null) return ["", GENERAL];
  // The Text format alone is not kept by every host (write-result-sheets.ts): the leading
  // apostrophe is Excel's own "this is text" mark, shown nowhere, kept everywhere.
  if (typeof value === "string") return [formulaSafeText(value), TEXT_FORMAT];
  if (typeof value === "object") {
    const serial = dateToSerial(value.date, date1904);
    // A date the workbook's system cannot hold (before 1900-03-01) is written as its text.
    return serial === null ? [value.date, TEXT_FORMAT] : [serial, dateFormatFor(columnFormat)];
  }
  return [value, typeof value === "number" && columnFormat ? columnFormat : GENERAL];
}

/**
 * Every cell with its number format: text as Text, dates as serials with a date format,
 * numbers with their column's format. Headings take no column format (a "0.0%" heading row
 * would be nonsense); short rows are padded with empty cells.
 */
export function sheetMatrix(sheet: ResultSheet, date1904: boolean): SheetMatrix {
  const columns = Math.max(1, ...sheet.rows.map((row) => row.length));
  const values: ExcelScalar[][] = [];
  const formats: string[][] = [];
  sheet.rows.forEach((row, r) => {
    const heading = r < sheet.headerRows;
    const v: ExcelScalar[] = [];
    const f: string[] = [];
    for (let c = 0; c < columns; c++) {
      const [value, format] = cell(
        row[c] ?? null,
        heading ? null : (sheet.numberFormats?.[c] ?? null),
        date1904,
      );
      v.push(value);
      f.push(format);
    }
    values.push(v);
    formats.push(f);
  });
  if (values.length === 0) {
    values.push([""]);
    formats.push([GENERAL]);
  }
  return { values, formats, columns };
}
