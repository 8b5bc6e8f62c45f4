import { FIRST_BLOCK_COLUMNS, READ_BUDGET_CELLS } from "./payload";

/** A rectangle of the used range, 0-based and relative to its top-left cell. */
export interface Block {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/**
 * The first block, asked for before the used range's position and size are known: a rectangle
 * from A1 (sheet coordinates), of which only the used range's part is read.
 */
export const FIRST_BLOCK: Block = {
  row: 0,
  column: 0,
  rows: Math.floor(READ_BUDGET_CELLS / FIRST_BLOCK_COLUMNS),
  columns: FIRST_BLOCK_COLUMNS,
};

/**
 * The part of the first block that lies in the used range, relative to the used range's
 * top-left cell: empty (0 × 0) when the used range starts outside the first block.
 */
export function firstBlockWithin(
  rowIndex: number,
  columnIndex: number,
  rowCount: number,
  columnCount: number,
  first: Block = FIRST_BLOCK,
): Block {
  const rows = Math.max(0, Math.min(first.row + first.rows - rowIndex, rowCount));
  const columns = Math.max(0, Math.min(first.column + first.columns - columnIndex, columnCount));
  return rows > 0 && columns > 0
    ? { row: 0, column: 0, rows, columns }
    : { row: 0, column: 0, rows: 0, columns: 0 };
}

function splitRows(block: Block, budget: number): Block[] {
  const out: Block[] = [];
  const step = Math.max(1, Math.floor(budget / block.columns));
  for (let r = 0; r < block.rows; r += step)
    out.push({ ...block, row: block.row + r, rows: Math.min(step, block.rows - r) });
  return out;
}

/**
 * What is left to read after the first block (`first`, relative to the used range's top-left
 * cell, as firstBlockWithin gives it), grouped into batches of at most `budget` cells each: the
 * columns right of it (for a roster wider than it) and every row below it. For the template's
 * 17 columns and 20k rows from A1 this is one batch.
 */
export function remainingBatches(
  rowCount: number,
  columnCount: number,
  budget = READ_BUDGET_CELLS,
  first: Block = FIRST_BLOCK,
): Block[][] {
  const firstRows = Math.min(first.rows, rowCount);
  const blocks: Block[] = [];
  if (columnCount > first.columns && firstRows > 0)
    blocks.push({
      row: 0,
      column: first.columns,
      rows: firstRows,
      columns: columnCount - first.columns,
    });
  if (rowCount > firstRows)
    blocks.push({ row: firstRows, column: 0, rows: rowCount - firstRows, columns: columnCount });
  return rebatch(blocks, budget);
}

/**
 * Blocks cut into row bands of at most `budget` cells (one row at least) and grouped, in
 * order, into batches of at most `budget` cells: used for the first plan and again, with half
 * the budget, when Excel answers that a batch was too big after all.
 */
export function rebatch(blocks: readonly Block[], budget: number): Block[][] {
  const batches: Block[][] = [];
  let current: Block[] = [];
  let cells = 0;
  for (const block of blocks.flatMap((b) => splitRows(b, budget))) {
    const size = block.rows * block.columns;
    if (current.length > 0 && cells + size > budget) {
      batches.push(current);
      current = [];
      cells = 0;
    }
    current.push(block);
    cells += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
