import type { CellValue } from "../../shared/roster/cell-value";
import type { ProgressListener, SheetCells } from "../workbook-host";
import type { ExcelRun } from "./excel-run";
import { loadRuleFormulas, ownMarkIds } from "./own-marks";
import { READ_BUDGET_CELLS } from "./payload";
import { type Block, FIRST_BLOCK, firstBlockWithin, remainingBatches } from "./read-plan";
import { probeDateSystem } from "./serial-date";

/** A read sheet, plus what the next marking of it needs to know. */
export interface ReadSheetResult {
  cells: SheetCells;
  /** Our marks from the previous check, found in the same batch as the values. */
  ownMarkIds: string[];
}

type Matrix = CellValue[][];

function place(target: Matrix, block: Block, values: readonly (readonly CellValue[])[]): void {
  values.forEach((row, r) => {
    const out = target[block.row + r]!;
    row.forEach((value, c) => {
      out[block.column + c] = value;
    });
  });
}

/**
 * Reads a sheet's used range (values only) in as few round trips as the 5 MB limit allows.
 * Batch 1 asks for the used range's position and size, the first block of values (the used
 * range's part of a fixed rectangle from A1: bounded whatever the width), the date system and
 * the rules that mark cells; later batches read the rest, each within budget.
 * A 20k-row roster in the template's 17 columns takes 2 batches.
 */
export async function readSheet(
  run: ExcelRun,
  name: string,
  onProgress?: ProgressListener,
): Promise<ReadSheetResult> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(name);
    // valuesOnly: cells that only carry formatting must not stretch the roster.
    const used = sheet.getUsedRange(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    // The first block is a fixed rectangle from A1, cut to the used range. Anchoring it at A1
    // (not at the used range's corner through getResizedRange) keeps every address inside the
    // grid: Excel documents no behaviour for a resize past the sheet's edge, and getOffsetRange
    // throws there. A roster starting outside the rectangle gets a null object and is read by
    // the later batches instead.
    const first = used.getIntersectionOrNullObject(
      sheet.getRangeByIndexes(0, 0, FIRST_BLOCK.rows, FIRST_BLOCK.columns),
    );
    first.load("values");
    const date1904 = probeDateSystem(context);
    const rules = loadRuleFormulas(sheet);
    await context.sync();

    const { rowIndex, columnIndex, rowCount, columnCount } = used;
    const cells: Matrix = Array.from({ length: rowCount }, () =>
      new Array<CellValue>(columnCount).fill(null),
    );
    const covered = firstBlockWithin(rowIndex, columnIndex, rowCount, columnCount);
    if (!first.isNullObject) place(cells, covered, first.values as CellValue[][]);
    const batches = remainingBatches(rowCount, columnCount, READ_BUDGET_CELLS, covered);
    let done = covered.columns > 0 ? covered.rows : 0;
    onProgress?.(batches.length === 0 ? rowCount : done, rowCount);
    for (const batch of batches) {
      const ranges = batch.map((block) => {
        const range = sheet.getRangeByIndexes(
          rowIndex + block.row,
          columnIndex + block.column,
          block.rows,
          block.columns,
        );
        range.load("values");
        return { block, range };
      });
      await context.sync();
      for (const { block, range } of ranges) {
        place(cells, block, range.values as CellValue[][]);
        if (block.column === 0) done += block.rows;
      }
      onProgress?.(Math.min(done, rowCount), rowCount);
    }
    return {
      cells: {
        name,
        cells,
        firstRow: rowIndex + 1,
        firstColumn: columnIndex,
        date1904: date1904(),
      },
      ownMarkIds: ownMarkIds(rules),
    };
  });
}
