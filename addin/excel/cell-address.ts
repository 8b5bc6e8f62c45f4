import { columnLetter } from "../../shared/roster/messages";

/** A1-style address of a 0-based cell (row 0, column 0 → "A1"). */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** A1-style address of a rectangle given by 0-based corners, inclusive ("C2:C9", or "C2"). */
export function areaAddress(
  firstRow: number,
  firstColumn: number,
  lastRow: number,
  lastColumn: number,
): string {
  const start = cellAddress(firstRow, firstColumn);
  return firstRow === lastRow && firstColumn === lastColumn
    ? start
    : `${start}:${cellAddress(lastRow, lastColumn)}`;
}

/** Excel's last row (1,048,576) as a 0-based index. */
export const LAST_ROW_INDEX = 1_048_575;
