import type { RosterIssue } from "./issue";

/** The order every issue list keeps: by row, then by column; an issue without a column last. */
export function byRowThenColumn(a: RosterIssue, b: RosterIssue): number {
  return a.row - b.row || (a.columnIndex ?? Infinity) - (b.columnIndex ?? Infinity) || 0;
}

/** Issues from two sources (the file's own and the roster's) as one ordered list. */
export function mergeIssues(
  first: readonly RosterIssue[],
  second: readonly RosterIssue[],
): RosterIssue[] {
  return second.length === 0 ? [...first] : [...first, ...second].sort(byRowThenColumn);
}
