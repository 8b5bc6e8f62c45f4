import type { CellValue } from "../../shared/roster/cell-value";
import type { ProgressListener, SheetCells } from "../workbook-host";
import type { ExcelRun } from "./excel-run";
import { isPayloadTooLarge } from "./office-errors";
import { jsonBytes, readBudgetCells, READ_BUDGET_CELLS } from "./payload";
import { type Block, FIRST_BLOCK, firstBlockWithin, rebatch, remainingBatches } from "./read-plan";
import { probeDateSystem } from "./serial-date";

type Matrix = CellValue[][];

function place(target: Matrix, block: Block, values: readonly (readonly CellValue[])[]): void {
  values.forEach((row, r) => {
    const out = target[block.row + r]!;
    row.forEach((value, c) => {
      out[block.column + c] = value;
    });
  });
}

/** Batch 1: the used range's position and size, the first block of values, the date system. */
async function readFirst(context: Excel.RequestContext, name: string, first: Block) {
  const sheet = context.workbook.worksheets.getItem(name);
  // valuesOnly: cells that only carry formatting must not stretch the roster.
  const used = sheet.getUsedRange(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  // The first block is a fixed rectangle from A1, cut to the used range. Anchoring it at A1
  // (not at the used range's corner through getResizedRange) keeps every address inside the
  // grid: Excel documents no behaviour for a resize past the sheet's edge, and getOffsetRange
  // throws there. A roster starting outside the rectangle gets a null object and is read by
  // the later batches instead.
  const block = used.getIntersectionOrNullObject(
    sheet.getRangeByIndexes(0, 0, first.rows, first.columns),
  );
  block.load("values");
  const date1904 = probeDateSystem(context);
  await context.sync();
  const values = block.isNullObject ? null : (block.values as CellValue[][]);
  return {
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    rowCount: used.rowCount,
    columnCount: used.columnCount,
    values,
    date1904: date1904(),
  };
}

/**
 * Batch 1, retried with half the first block while Excel answers that the response passed
 * its 5 MB (long Japanese text can be several times the estimate per cell). Each try is an
 * `Excel.run` of its own, so that no proxy or context of a failed batch is used again.
 */
async function readFirstFitting(run: ExcelRun, name: string) {
  let first = FIRST_BLOCK;
  for (;;) {
    try {
      return { ...(await run((context) => readFirst(context, name, first))), first };
    } catch (error) {
      if (!isPayloadTooLarge(error) || first.rows === 1) throw error;
      first = { ...first, rows: Math.ceil(first.rows / 2) };
    }
  }
}

/** One later batch: the values of its blocks, in its own `Excel.run`. */
function readBlocks(
  run: ExcelRun,
  name: string,
  origin: { rowIndex: number; columnIndex: number },
  blocks: readonly Block[],
): Promise<CellValue[][][]> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(name);
    const ranges = blocks.map((block) => {
      const range = sheet.getRangeByIndexes(
        origin.rowIndex + block.row,
        origin.columnIndex + block.column,
        block.rows,
        block.columns,
      );
      range.load("values");
      return range;
    });
    await context.sync();
    return ranges.map((range) => range.values as CellValue[][]);
  });
}

/**
 * Reads a sheet's used range (values only) in as few round trips as the 5 MB limit allows.
 * Batch 1 asks for the used range's position and size, the first block of values (the used
 * range's part of a fixed rectangle from A1: bounded whatever the width) and the date system;
 * later batches read the rest, sized by the bytes per cell batch 1 actually carried. A batch
 * Excel still finds too big is cut in half and asked again, down to single rows. Every batch
 * is an `Excel.run` of its own: only plain values pass from one to the next.
 * A 20k-row roster in the template's 17 columns takes 2 batches.
 */
export async function readSheet(
  run: ExcelRun,
  name: string,
  onProgress?: ProgressListener,
): Promise<SheetCells> {
  const read = await readFirstFitting(run, name);
  const { rowIndex, columnIndex, rowCount, columnCount } = read;
  const cells: Matrix = Array.from({ length: rowCount }, () =>
    new Array<CellValue>(columnCount).fill(null),
  );
  const covered = firstBlockWithin(rowIndex, columnIndex, rowCount, columnCount, read.first);
  let budget = READ_BUDGET_CELLS;
  if (read.values !== null) {
    place(cells, covered, read.values);
    budget = readBudgetCells(jsonBytes(read.values), covered.rows * covered.columns);
  }
  const queue = remainingBatches(rowCount, columnCount, budget, covered);
  let done = covered.columns > 0 ? covered.rows : 0;
  onProgress?.(queue.length === 0 ? rowCount : done, rowCount);
  while (queue.length > 0) {
    const batch = queue.shift()!;
    let values: CellValue[][][];
    try {
      values = await readBlocks(run, name, read, batch);
    } catch (error) {
      const single = batch.length === 1 && batch[0]!.rows === 1;
      if (!isPayloadTooLarge(error) || single) throw error;
      budget = Math.max(1, Math.floor(budget / 2));
      const rest = queue.splice(0).flat();
      queue.push(...rebatch([...batch, ...rest], budget));
      continue;
    }
    batch.forEach((block, i) => {
      place(cells, block, values[i]!);
      if (block.column === 0) done += block.rows;
    });
    onProgress?.(Math.min(done, rowCount), rowCount);
  }
  return {
    name,
    cells,
    firstRow: rowIndex + 1,
    firstColumn: columnIndex,
    date1904: read.date1904,
  };
}
