import type { CellValue } from "./cell-value";
import type { RosterReadResult } from "./read-result";
import type { Worker } from "./worker";
import { RosterBuilder } from "./roster-builder";

export type { CellValue } from "./cell-value";

export interface ParseRosterOptions {
  /** Spreadsheet row number of cells[0]; default 1. */
  firstRow?: number;
  /** The workbook counts serial dates from 1904 (old Mac Excel). */
  date1904?: boolean;
  /** Hands each worker here instead of returning it (see RosterBuilderOptions). */
  onWorker?: (worker: Worker) => void;
}

/**
 * Reads a roster sheet given as rows of cells: the first non-empty row is the header, each
 * later non-empty row a worker (see RosterBuilder, which also takes rows one at a time).
 */
export function parseRoster(
  cells: readonly (readonly CellValue[])[],
  options: ParseRosterOptions = {},
): RosterReadResult {
  const builder = new RosterBuilder({ ...options, expectedRows: cells.length });
  for (let r = 0; r < cells.length; r++) builder.addRow(cells[r]!);
  return builder.finish();
}
