import type { RosterIssue } from "./issue";
import type { ColumnKey, Worker } from "./worker";

/** A template column found in the header row. */
export interface RecognisedColumn {
  key: ColumnKey;
  /** Header as written in the sheet. */
  header: string;
  /** 0-based column index. */
  index: number;
}

/** Everything one roster sheet yielded: the usable workers and what is wrong with the rest. */
export interface RosterReadResult {
  /** Every row whose required values are usable, INCLUDING dispatched workers (rules filter them). */
  workers: Worker[];
  /** Errors and warnings, sorted by row, then column index. */
  issues: RosterIssue[];
  /** Non-empty worker rows, valid or not. */
  rowCount: number;
  /** Rows not turned into a Worker because a required value is missing or invalid. */
  rejectedRows: number[];
  /** The 社員番号 of rejected rows that have a usable one: a later snapshot points back at them. */
  rejectedIds?: RejectedRowId[];
  columns: RecognisedColumn[];
  /** Unknown columns: kept in the sheet and ignored. */
  extraHeaders: string[];
}

/** A rejected row and the employee ID it still carries. */
export interface RejectedRowId {
  row: number;
  employeeId: string;
}
