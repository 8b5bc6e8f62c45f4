import Papa from "papaparse";
import { apiError, type FieldProblem } from "../http/api-error";
import { CSV_COLUMNS, readCell, setPath } from "./csv-columns";
import { RECORD_MESSAGES } from "../messages/records";

/** One row of an import file, before validation; `row` is 1-based, not counting a header. */
export interface ImportRow {
  row: number;
  value: unknown;
  /** a row the CSV reader could not split into the header's columns */
  readProblem?: FieldProblem;
}

export const MAX_IMPORT_ROWS = 10_000;

/** A JSON body must be an array of records. */
export function rowsFromJson(body: unknown): ImportRow[] {
  if (!Array.isArray(body)) {
    throw apiError(400, "IMPORT_NOT_ARRAY", RECORD_MESSAGES.importNotArray);
  }
  checkRowCount(body.length);
  return body.map((value, index) => ({ row: index + 1, value }));
}

/**
 * A CSV body: a header row naming exactly the record's columns (in any order), one record per
 * row. An unknown column refuses the whole file: it might carry names or ids that must never
 * reach the foundation.
 */
export function rowsFromCsv(text: string): ImportRow[] {
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim(),
  });
  const headers = parsed.meta.fields ?? [];
  const known = new Set(CSV_COLUMNS.map((c) => c.path));
  const problems: FieldProblem[] = [
    ...headers
      .filter((h) => !known.has(h))
      .map((h) => ({
        path: h,
        code: "unknown_column",
        ...RECORD_MESSAGES.unknownColumn(h),
      })),
    ...CSV_COLUMNS.filter((c) => !headers.includes(c.path)).map((c) => ({
      path: c.path,
      code: "missing_column",
      ...RECORD_MESSAGES.missingColumn(c.path),
    })),
  ];
  if (new Set(headers).size !== headers.length) {
    problems.push({
      path: "",
      code: "duplicate_column",
      ...RECORD_MESSAGES.duplicateColumn,
    });
  }
  if (problems.length > 0) {
    throw apiError(400, "IMPORT_COLUMNS", RECORD_MESSAGES.importColumns, { fields: problems });
  }
  checkRowCount(parsed.data.length);
  const badRows = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.row !== undefined) badRows.set(error.row, error.message);
  }
  return parsed.data.map((cells, index) => {
    const value: Record<string, unknown> = {};
    for (const column of CSV_COLUMNS) {
      setPath(value, column.path, readCell(column, cells[column.path] ?? ""));
    }
    const message = badRows.get(index);
    return message === undefined
      ? { row: index + 1, value }
      : {
          row: index + 1,
          value,
          readProblem: {
            path: "",
            code: "csv_row",
            ...RECORD_MESSAGES.csvRow(message),
          },
        };
  });
}

function checkRowCount(rows: number): void {
  if (rows === 0) {
    throw apiError(400, "IMPORT_EMPTY", RECORD_MESSAGES.importEmpty);
  }
  if (rows > MAX_IMPORT_ROWS) {
    throw apiError(400, "IMPORT_TOO_MANY_ROWS", RECORD_MESSAGES.importTooManyRows(MAX_IMPORT_ROWS));
  }
}
