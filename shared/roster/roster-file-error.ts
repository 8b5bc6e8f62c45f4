/** Why a roster file could not be opened at all (as opposed to a cell being wrong). */
export type RosterFileProblem = "unreadable" | "unknownSheet" | "noWorksheet";

/**
 * A file-level failure with a message for the user in both languages; cell problems never
 * throw, they become RosterIssues.
 */
export class RosterFileError extends Error {
  constructor(
    readonly problem: RosterFileProblem,
    readonly messageJa: string,
    readonly messageEn: string,
    options?: { cause?: unknown },
  ) {
    super(messageEn, options);
    this.name = "RosterFileError";
  }
}
