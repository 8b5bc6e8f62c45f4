/**
 * A refusal the user can fix by changing the command line or the file: exit code 2, the
 * message on stderr, Japanese first.
 */
export class UsageError extends Error {
  constructor(
    readonly messageJa: string,
    readonly messageEn: string,
  ) {
    super(`${messageJa} / ${messageEn}`);
    this.name = "UsageError";
  }
}
