import type { SheetCells } from "../workbook-host";
import type { ExcelRun } from "./excel-run";

/** Activates the roster's sheet and selects one of its cells (Excel scrolls to it): one batch. */
export async function selectCell(
  run: ExcelRun,
  sheet: SheetCells,
  row: number,
  columnIndex: number,
): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet.name);
    ws.activate();
    ws.getRangeByIndexes(row - 1, sheet.firstColumn + columnIndex, 1, 1).select();
    await context.sync();
  });
}
