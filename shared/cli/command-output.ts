/** What a command produced; main.ts writes it out and exits with the code. */
export interface CommandOutput {
  stdout: string;
  stderr?: string;
  exitCode: number;
}
