import type { RosterIssue } from "../../shared/roster/issue";
import type { RosterReadResult } from "../../shared/roster/read-result";
import { RosterFileError } from "../../shared/roster/roster-file-error";

/**
 * What a roster reader threw, checked to be its documented RosterFileError with a message in
 * both languages; anything else thrown fails the property that caught it.
 */
export function documentedFileError(error: unknown): RosterFileError {
  expect(error).toBeInstanceOf(RosterFileError);
  const e = error as RosterFileError;
  expect(e.messageJa.length * e.messageEn.length).toBeGreaterThan(0);
  return e;
}

/**
 * Every row is read or rejected, and every rejected row has an error saying why (`explains`
 * narrows which errors count), unless a missing column broke the header: then no row can be
 * read and the header's MISSING_COLUMN says why.
 */
export function expectRejectionsExplained(
  result: RosterReadResult,
  explains: (error: RosterIssue) => boolean = () => true,
): void {
  expect(result.workers.length + result.rejectedRows.length).toBe(result.rowCount);
  const headerBroken = result.issues.some((i) => i.code === "MISSING_COLUMN");
  for (const row of result.rejectedRows) {
    const errors = result.issues.filter((i) => i.row === row && i.severity === "error");
    expect(headerBroken || errors.some(explains)).toBe(true);
  }
}
