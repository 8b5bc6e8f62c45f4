/**
 * Excel on the web rejects a request or a response over 5 MB. Every batch here is sized
 * against a smaller budget, measured as the UTF-8 bytes of the JSON that carries it, so that
 * the estimate's error and the envelope around the values still fit.
 */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;
export const PAYLOAD_BUDGET_BYTES = 4_500_000;

/**
 * A guess at one read cell's share of a response, before the cells are seen: generated
 * 20k-row rosters average about 11 bytes (short codes, Japanese words at 3 bytes a character,
 * numbers), so 30 leaves room for long names and notes. Japanese notes can still pass it:
 * a response Excel refuses is asked again in halves (read-sheet.ts).
 */
export const READ_BYTES_PER_CELL = 30;

/**
 * After the first block: the bytes per cell it actually carried, with half again as margin
 * (the rows below may hold longer text), and never fewer than this many bytes per cell.
 */
export const MIN_READ_BYTES_PER_CELL = 12;
export const MEASURED_MARGIN = 1.5;

/** Cells one read batch may ask for. */
export const READ_BUDGET_CELLS = Math.floor(PAYLOAD_BUDGET_BYTES / READ_BYTES_PER_CELL);

/** Cells a later read batch may ask for, given what `cells` cells of the first block took. */
export function readBudgetCells(bytes: number, cells: number): number {
  if (cells <= 0) return READ_BUDGET_CELLS;
  const perCell = Math.max((bytes / cells) * MEASURED_MARGIN, MIN_READ_BYTES_PER_CELL);
  return Math.max(1, Math.floor(PAYLOAD_BUDGET_BYTES / perCell));
}

/**
 * Columns of the first read block, chosen before the used range's width is known: the
 * template's 17 columns plus room for a company's own. A wider roster reads its extra
 * columns in a later batch, so the first response stays within budget whatever the width.
 */
export const FIRST_BLOCK_COLUMNS = 24;

const encoder = new TextEncoder();

/** Bytes of a value as JSON in UTF-8: what a request or response carries for it. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length;
}
