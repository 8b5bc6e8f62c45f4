import type { CellMark, WorkbookHost } from "../../../addin/workbook-host";
import { parseRoster } from "../../../shared/roster/parse-roster";

/** A check as the pane runs it: read "名簿", parse, mark every issue's cell. */
export async function checkRoster(
  host: WorkbookHost,
): Promise<{ marks: CellMark[]; rowCount: number }> {
  const sheet = await host.readSheet("名簿");
  const read = parseRoster(sheet.cells, { firstRow: sheet.firstRow, date1904: sheet.date1904 });
  const marks: CellMark[] = read.issues
    .filter((i) => i.columnIndex !== undefined)
    .map((i) => ({ row: i.row, columnIndex: i.columnIndex!, severity: i.severity }));
  await host.markCells(sheet, marks);
  return { marks, rowCount: read.rowCount };
}
