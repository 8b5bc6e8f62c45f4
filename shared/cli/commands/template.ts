import Papa from "papaparse";
import { COLUMNS } from "../../roster/columns";
import { parseCommandArgs } from "../args";
import type { CommandOutput } from "../command-output";

/**
 * `template`: an empty roster with the template's headers, as CSV with a UTF-8 BOM so that
 * Japanese Excel opens it without mojibake.
 */
export function templateCommand(argv: string[]): CommandOutput {
  parseCommandArgs(argv, {});
  const header = Papa.unparse([COLUMNS.map((column) => column.header)]);
  return { stdout: Papa.BYTE_ORDER_MARK + header, exitCode: 0 };
}
