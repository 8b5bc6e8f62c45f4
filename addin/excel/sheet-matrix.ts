import type { ResultSheet, SheetCell } from "../../shared/sheets/result-sheet";
import { dateFormatFor } from "../../shared/sheets/date-format";
import { formulaSafeText } from "../../shared/sheets/formula-safe-text";
import { cut } from "../../shared/sheets/sheet-name";
import { dateToSerial } from "./serial-date";

export type ExcelScalar = string | number | boolean;

/** A cell written differently from the result: what the pane reports after the write. */
type NoteBody = { kind: "cut"; length: number } | { kind: "notNumber"; value: string };
export type CellNote = NoteBody & { row: number; column: number };

/** A result sheet as the rectangular values and number formats Excel takes. */
export interface SheetMatrix {
  values: ExcelScalar[][];
  formats: string[][];
  columns: number;
  notes: CellNote[];
}

/** Excel's Text format: what makes a typed "=..." (or "0123", "1/2") stay the text it is. */
export const TEXT_FORMAT = "@";
const GENERAL = "General";

/** Excel's longest cell text (UTF-16 units); a longer string fails the whole write. */
export const MAX_CELL_TEXT = 32_767;
/** Ends a text cut to fit, so a reader sees that something is missing. */
export const CUT_MARKER = "…［以下省略］";

function cell(
  value: SheetCell,
  columnFormat: string | null,
  date1904: boolean,
  note: (n: NoteBody) => void,
): [ExcelScalar, string] {
  if (value === null) return ["", GENERAL];
  if (typeof value === "string") {
    // The Text format alone is not kept by every host (write-result-sheets.ts): the leading
    // apostrophe is Excel's own "this is text" mark, shown nowhere, kept everywhere.
    const safe = formulaSafeText(value);
    if (safe.length <= MAX_CELL_TEXT) return [safe, TEXT_FORMAT];
    note({ kind: "cut", length: value.length });
    return [cut(safe, MAX_CELL_TEXT - CUT_MARKER.length) + CUT_MARKER, TEXT_FORMAT];
  }
  if (typeof value === "object") {
    const serial = dateToSerial(value.date, date1904);
    // A date the workbook's system cannot hold (before 1900-03-01) is written as its text.
    return serial === null ? [value.date, TEXT_FORMAT] : [serial, dateFormatFor(columnFormat)];
  }
  if (typeof value === "number" && !Number.isFinite(value)) {
    // JSON (and so Excel) has no NaN or Infinity: the cell stays empty and the pane says so.
    note({ kind: "notNumber", value: String(value) });
    return ["", GENERAL];
  }
  return [value, typeof value === "number" && columnFormat ? columnFormat : GENERAL];
}

/**
 * Every cell with its number format: text as Text, dates as serials with a date format,
 * numbers with their column's format. Headings take no column format (a "0.0%" heading row
 * would be nonsense); short rows are padded with empty cells. Text too long for a cell is cut
 * with a visible marker and NaN/Infinity are left empty, each with a note.
 */
export function sheetMatrix(sheet: ResultSheet, date1904: boolean): SheetMatrix {
  const columns = Math.max(1, ...sheet.rows.map((row) => row.length));
  const values: ExcelScalar[][] = [];
  const formats: string[][] = [];
  const notes: CellNote[] = [];
  sheet.rows.forEach((row, r) => {
    const heading = r < sheet.headerRows;
    const v: ExcelScalar[] = [];
    const f: string[] = [];
    for (let c = 0; c < columns; c++) {
      const [value, format] = cell(
        row[c] ?? null,
        heading ? null : (sheet.numberFormats?.[c] ?? null),
        date1904,
        (n) => notes.push({ ...n, row: r, column: c }),
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
  return { values, formats, columns, notes };
}
